"""The one error tree of atelier; the CLI and web edges turn these into one-line messages."""

from __future__ import annotations


class AtelierError(Exception):
    """Base of every error a user can act on. ``str(err)`` is the one-line message."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else type(self).__name__

    def one_line(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(AtelierError):
    """The user's input cannot be used as given (empty brief, bad size, bad path)."""


class ImageInputError(InputError):
    """An image file is missing, corrupt, too large, of an unsupported format or wrong size."""


class ImageTooLarge(ImageInputError):
    """An image declares more pixels than atelier decodes (a decompression bomb, or just too
    big); refused from its header, before any pixel is allocated."""


class PathOutsideDataDir(InputError):
    """A path resolves outside the directory atelier is allowed to read or write."""


class NotFound(AtelierError):
    """A thread, asset, reference or review item id that does not exist."""


class StateConflict(AtelierError):
    """The operation does not fit the object's current state (approve twice, retire twice)."""


class ConfigError(AtelierError):
    """Settings are missing or contradict each other (provider without key, bad endpoint)."""


class ProviderError(AtelierError):
    """The model provider answered with an error atelier cannot recover from."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.code = code
        self.request_id = request_id


class ProviderTransient(ProviderError):
    """A provider failure worth another attempt: an answer cut off or malformed, or a file
    the provider no longer has (re-uploaded before the next attempt)."""


class ModerationBlocked(ProviderError):
    """The provider's safety system refused the request or its output."""


class BudgetExceeded(AtelierError):
    """A call would take the session or daily spend over its budget."""


class StorageError(AtelierError):
    """A store (assets, ledger, index, checkpoints) could not be read or written."""
