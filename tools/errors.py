"""Turns SDK exceptions into atelier's error tree, keeping status, code and request id."""

from __future__ import annotations

import openai

from core.errors import ModerationBlocked, ProviderError

# Statuses a user can act on: what happened and what to do.
_BY_STATUS: dict[int, tuple[str, str]] = {
    401: ("the provider rejected the credentials", "check the API key"),
    403: (
        "the provider refused access: {message}",
        "GPT Image models may need organisation verification",
    ),
    429: ("rate limited by the provider: {message}", "wait and retry"),
}


def provider_error(err: openai.APIError) -> ProviderError:
    status = getattr(err, "status_code", None)
    request_id = getattr(err, "request_id", None)
    code = err.code
    message = err.message
    if code == "moderation_blocked":
        body = err.body if isinstance(err.body, dict) else {}
        details = body.get("moderation_details") or {}
        cats = details.get("categories") or []
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
    return ProviderError(f"{prefix}: {message}", status=status, code=code, request_id=request_id)
