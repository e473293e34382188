"""Turns SDK exceptions into atelier's error tree, keeping status, code and request id."""

from __future__ import annotations

import re

import httpx2
import openai

from core.errors import ModerationBlocked, ProviderError

# The code of errors after which the provider may have finished (and charged) the call:
# it was sent, and its answer never arrived whole.
UNANSWERED = "unanswered"

# Statuses a user can act on: what happened and what to do.
_BY_STATUS: dict[int, tuple[str, str]] = {
    401: ("the provider rejected the credentials", "check the API key"),
    403: (
        "the provider refused access: {message}",
        "GPT Image models may need organisation verification",
    ),
    429: ("rate limited by the provider: {message}", "wait and retry"),
}


_SDK_PREFIX = re.compile(r"^Error code: \d+ - ")

# The provider's own refusal of a request: OpenAI's image models say moderation_blocked;
# Azure OpenAI says content_policy_violation (images) or content_filter (text).
BLOCKED_CODES = frozenset({"moderation_blocked", "content_policy_violation", "content_filter"})


def _blocked_categories(body: dict[str, object]) -> list[str]:
    details = body.get("moderation_details")
    if isinstance(details, dict) and details.get("categories"):
        return [str(c) for c in details["categories"]]
    # Azure: innererror.content_filter_result{category: {filtered: bool, ...}}
    inner = body.get("innererror")
    result = inner.get("content_filter_result") if isinstance(inner, dict) else None
    if isinstance(result, dict):
        return [k for k, v in result.items() if isinstance(v, dict) and v.get("filtered")]
    return []


def _dropped(err: BaseException) -> bool:
    """True when the answer had started and its connection then dropped."""
    cause: BaseException | None = err
    while cause is not None:
        if isinstance(cause, httpx2.RemoteProtocolError):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def provider_error(err: openai.APIError) -> ProviderError:
    status = getattr(err, "status_code", None)
    request_id = getattr(err, "request_id", None)
    code = err.code
    # The SDK prefixes "Error code: 503 - " when it could read no message; say it once.
    message = _SDK_PREFIX.sub("", err.message)
    if code in BLOCKED_CODES:
        body = err.body if isinstance(err.body, dict) else {}
        cats = _blocked_categories(body)
        text = "the provider's safety system refused the request"
        if cats:
            text += f" ({', '.join(str(c) for c in cats)})"
        said = str(body.get("message") or "").strip().splitlines()
        if said:
            text += f": {said[0]}"
        return ModerationBlocked(
            text,
            status=status,
            code=code,
            request_id=request_id,
            hint="rephrase the brief; see the refusal for what fired",
        )
    if isinstance(err, openai.APITimeoutError):
        return ProviderError(
            "the provider did not answer in time",
            code=UNANSWERED,
            hint="try again; if calls are often this slow, raise ATELIER_TIMEOUT_S",
        )
    if isinstance(err, openai.APIConnectionError) and _dropped(err):
        return ProviderError(
            "the connection to the provider dropped part-way through its answer",
            code=UNANSWERED,
            hint="try again; a resumed turn starts the call afresh",
        )
    if isinstance(err, openai.APIConnectionError):
        return ProviderError(
            f"could not reach the provider: {message}",
            hint="check the network or use ATELIER_PROVIDER=offline",
        )
    known = _BY_STATUS.get(status or 0)
    if known is not None:
        text, hint = known
        return ProviderError(
            text.format(message=message),
            status=status,
            code=code,
            request_id=request_id,
            hint=hint,
        )
    prefix = f"provider error {status}" if status else "provider error"
    later = "a fault at the provider; try again later: the turn resumes where it stopped"
    return ProviderError(
        f"{prefix}: {message}",
        status=status,
        code=code,
        request_id=request_id,
        hint=later if status is not None and status >= 500 else None,
    )
