"""Turns SDK exceptions into atelier's error tree, keeping status, code and request id."""

from __future__ import annotations

import openai

from core.errors import ModerationBlocked, ProviderError


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
    if status == 401:
        return ProviderError(
            "the provider rejected the credentials",
            status=status,
            code=code,
            request_id=request_id,
            hint="check the API key",
        )
    if status == 403:
        return ProviderError(
            f"the provider refused access: {message}",
            status=status,
            code=code,
            request_id=request_id,
            hint="GPT Image models may need organisation verification",
        )
    if status == 429:
        return ProviderError(
            f"rate limited by the provider: {message}",
            status=status,
            code=code,
            request_id=request_id,
            hint="wait and retry",
        )
    prefix = f"provider error {status}" if status else "provider error"
    return ProviderError(f"{prefix}: {message}", status=status, code=code, request_id=request_id)
