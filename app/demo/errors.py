"""OpenAI-shaped error replies: ``{"error": {"message", "type", "param", "code"}}``."""

from __future__ import annotations

from typing import Final

KEYS_URL: Final = "https://platform.openai.com/account/api-keys"


class ApiError(Exception):
    """An error the demo answers with, as the real API words it."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code

    def body(self) -> dict[str, object]:
        return {
            "error": {
                "message": self.message,
                "type": self.type,
                "param": self.param,
                "code": self.code,
            }
        }


def quoted_list(values: tuple[str, ...] | list[str]) -> str:
    """``'a', 'b', and 'c'`` as the API lists supported values."""
    items = [f"'{v}'" for v in values]
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


def invalid_value(value: object, supported: tuple[str, ...] | list[str], param: str) -> ApiError:
    return ApiError(
        400,
        f"Invalid value: '{value}'. Supported values are: {quoted_list(supported)}.",
        param=param,
        code="invalid_value",
    )


def missing(param: str) -> ApiError:
    return ApiError(
        400,
        f"Missing required parameter: '{param}'.",
        param=param,
        code="missing_required_parameter",
    )


def mask_key(key: str) -> str:
    """A wrong key as the real 401 shows it: first 8 and last 4 characters, stars between.

    Short keys keep less so that most of a key is never echoed.
    """
    if len(key) >= 20:
        return key[:8] + "*" * (len(key) - 12) + key[-4:]
    keep = max(0, len(key) // 4)
    return key[:keep] + "*" * (len(key) - keep)


def invalid_api_key(key: str) -> ApiError:
    return ApiError(
        401,
        f"Incorrect API key provided: {mask_key(key)}. You can find your API key at {KEYS_URL}.",
        code="invalid_api_key",
    )


def missing_api_key() -> ApiError:
    return ApiError(
        401,
        "You didn't provide an API key. You need to provide your API key in an Authorization "
        "header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field "
        "(with blank username) if you're accessing the API from your browser and are prompted "
        f"for a username and password. You can obtain an API key from {KEYS_URL}.",
    )


def bad_json() -> ApiError:
    return ApiError(
        400,
        "We could not parse the JSON body of your request. (HINT: This likely means you aren't "
        "using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was "
        "sent was not valid JSON.)",
    )


def model_not_found(model: object) -> ApiError:
    return ApiError(
        404,
        f"The model `{model}` does not exist or you do not have access to it.",
        code="model_not_found",
    )


def stream_refused() -> ApiError:
    """What OpenAI answers a model that does not stream (gpt-audio-mini's page: "not supported")."""
    return ApiError(
        400,
        "Unsupported value: 'stream' does not support true with this model. Only the default "
        "(false) value is supported.",
        param="stream",
        code="unsupported_value",
    )


def stream_required() -> ApiError:
    """What a gateway that only streams answers a whole request."""
    return ApiError(
        400,
        "This model only support stream mode, please enable the stream parameter to access the "
        "model.",
        type="invalid_request_error",
        code="invalid_parameter_error",
    )


def invalid_url(method: str, path: str) -> ApiError:
    return ApiError(404, f"Invalid URL ({method} {path})")


#: Bodies for the statuses ``Faults.status_code`` can make the server answer with.
_FAILURES: Final[dict[int, tuple[str, str, str | None]]] = {
    400: ("Bad request (demo fault).", "invalid_request_error", None),
    401: ("Incorrect API key provided (demo fault).", "invalid_request_error", "invalid_api_key"),
    403: ("You are not allowed to use this model (demo fault).", "invalid_request_error", None),
    404: ("The model does not exist (demo fault).", "invalid_request_error", "model_not_found"),
    408: ("Request timed out (demo fault).", "timeout", None),
    409: ("Conflict (demo fault).", "invalid_request_error", None),
    429: (
        "Rate limit reached for requests (demo fault). Please try again in 1s.",
        "requests",
        "rate_limit_exceeded",
    ),
    500: (
        "The server had an error while processing your request. Sorry about that!",
        "server_error",
        None,
    ),
    502: ("Bad gateway.", "server_error", None),
    503: (
        "The engine is currently overloaded, please try again later.",
        "server_error",
        "overloaded",
    ),
    504: ("Gateway timeout.", "server_error", None),
}


def failure(status: int, *, gateway: bool = False) -> ApiError:
    """The real-shaped body for a status a fault asks for (a 401 in a gateway's words)."""
    if status == 401 and gateway:
        return ApiError(
            401,
            "litellm.AuthenticationError: AuthenticationError: OpenAIException - the upstream "
            "provider rejected the key configured on this proxy.",
            type="auth_error",
            param="None",
            code="401",
        )
    fallback = (f"Error {status} (demo fault).", "api_error", None)
    message, kind, code = _FAILURES.get(status, fallback)
    return ApiError(status, message, type=kind, code=code)


def server_error_event() -> dict[str, object]:
    """The ``data: {"error": ...}`` event a 200 stream can carry."""
    return {
        "error": {
            "message": "The server had an error while processing your request. Sorry about that!",
            "type": "server_error",
            "param": None,
            "code": None,
        }
    }
