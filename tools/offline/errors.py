"""OpenAI-shaped API errors raised by every handler of the offline engine.

One exception type carries status, message, type, param and code, so handlers stay
linear and the app turns whatever they raise into the exact JSON the SDK unwraps.
"""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error answer: ``{"error": {"message", "type", "param", "code", ...extra}}``."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.extra = dict(extra or {})
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {
            "message": self.message,
            "type": self.type,
            "param": self.param,
            "code": self.code,
        }
        error.update(self.extra)
        return {"error": error}


def invalid_value(param: str, message: str) -> ApiError:
    return ApiError(400, message, param=param, code="invalid_value")


def missing(param: str) -> ApiError:
    return ApiError(
        400,
        f"Missing required parameter: '{param}'.",
        param=param,
        code="missing_required_parameter",
    )


def unknown_parameter(param: str) -> ApiError:
    return ApiError(400, f"Unknown parameter: '{param}'.", param=param, code="unknown_parameter")


def invalid_type(param: str, expected: str) -> ApiError:
    return ApiError(
        400,
        f"Invalid type for '{param}': expected {expected}.",
        param=param,
        code="invalid_type",
    )


def not_found(kind: str, ident: str, param: str | None = None) -> ApiError:
    return ApiError(404, f"{kind} with id '{ident}' not found.", param=param, code=None)


def moderation_blocked(categories: list[str]) -> ApiError:
    listed = ",".join(categories)
    return ApiError(
        400,
        "Your request was rejected by the safety system. If you believe this is an error, "
        f"contact us at help.openai.com and include the request ID. safety_violations=[{listed}].",
        type="image_generation_user_error",
        code="moderation_blocked",
        extra={"moderation_details": {"moderation_stage": "input", "categories": categories}},
    )
