"""Checks of the text people hand atelier, shared by every edge (CLI, web, sessions, batch).

A brief has one length limit and one emptiness rule wherever it arrives. Text that reached
Python from bytes that are not UTF-8 carries lone surrogates (``surrogateescape`` is how
Python decodes such argv and file names); it is refused with the first bad byte named,
instead of failing later in a tokenizer, the ledger or the checkpoint encoder. Bytes read
from files and forms are decoded here, strictly, with the line of the first bad byte.
"""

from __future__ import annotations

from core.errors import InputError

# The image endpoints' prompt limit; a brief longer than this could not be sent anyway.
MAX_BRIEF_CHARS = 32_000
UTF8_HINT = "save or type it as UTF-8"


def check_text(text: str, *, what: str) -> str:
    """``text`` unchanged, or InputError when it holds bytes that were not UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        code = ord(text[err.start])
        byte = f"byte 0x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"U+{code:04X}"
        raise InputError(
            f"{what} is not valid UTF-8 ({byte} at character {err.start + 1})", hint=UTF8_HINT
        ) from None
    return text


def check_brief(text: str, *, what: str = "the brief") -> str:
    """``text`` unchanged, or InputError: empty, not UTF-8, or over ``MAX_BRIEF_CHARS``."""
    check_text(text, what=what)
    if not text.strip():
        raise InputError(f"{what} is empty", hint="say what you want made or changed")
    if len(text) > MAX_BRIEF_CHARS:
        raise InputError(
            f"{what} has {len(text):,} characters; the limit is {MAX_BRIEF_CHARS:,}",
            hint="shorten the brief",
        )
    return text


def bad_utf8(data: bytes) -> tuple[int, int] | None:
    """(line, byte) of the first byte of ``data`` that is not UTF-8, or None."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return data.count(b"\n", 0, err.start) + 1, data[err.start]
    return None


def decode_utf8(data: bytes, *, what: str) -> str:
    """``data`` as UTF-8, or InputError naming ``what``, the bad byte and its line."""
    found = bad_utf8(data)
    if found is None:
        return data.decode("utf-8")
    line, byte = found
    where = f" on line {line}" if b"\n" in data else ""
    raise InputError(f"{what} is not valid UTF-8 (byte 0x{byte:02x}{where})", hint=UTF8_HINT)
