"""Reading the page's uploads: multipart forms streamed straight into the data directory.

Files go to a staging folder under ``$ATELIER_HOME/uploads/`` as they arrive, never to the
system's temporary folder, and a file over the per-file limit stops being written the moment
it passes it (its size is still counted, for the message). Nothing here trusts the content:
the staged files are handed to the same checks the CLI uses (``agent.paths.readable_input``,
``Runner.attach`` and ``AssetStore.put_file``), which read the bytes to decide what they are.
The client's file name is only ever a label: on disk each file gets a folder of its own and
a name with nothing but letters, digits, dots, dashes and underscores.
"""

from __future__ import annotations

import codecs
import re
import shutil
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import parse_qsl

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from core.errors import ImageInputError, InputError
from core.text import UTF8_HINT, decode_utf8
from memory.assets import MAX_IMAGE_BYTES

MAX_FILES = 16
MAX_FIELD_BYTES = 64 * 1024
MAX_FIELDS = 32
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(filename: str) -> str:
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE.sub("_", base).strip("._")[:80]
    return cleaned or "upload"


def megabytes(n: int) -> str:
    return f"{n / 2**20:.1f} MB"


@dataclass
class Part:
    """One uploaded file: its field, the client's name (a label), where it is staged."""

    field: str
    filename: str
    path: Path
    size: int = 0

    @property
    def oversized(self) -> bool:
        return self.size > MAX_IMAGE_BYTES

    def check_size(self) -> None:
        if self.oversized:
            raise ImageInputError(
                f"{self.filename} is {megabytes(self.size)}; the limit is "
                f"{megabytes(MAX_IMAGE_BYTES)}",
                hint="downscale or re-encode it",
            )


@dataclass
class Form:
    folder: Path
    fields: dict[str, str] = field(default_factory=dict)
    files: list[Part] = field(default_factory=list)

    def text(self, name: str, default: str = "") -> str:
        return self.fields.get(name, default)

    def files_of(self, name: str) -> list[Part]:
        return [p for p in self.files if p.field == name]

    def cleanup(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


class _Reader:
    def __init__(self, folder: Path, charset: str) -> None:
        self.form = Form(folder=folder)
        self.charset = charset
        self._header_name = b""
        self._header_value = b""
        self._disposition = b""
        self._field: str = ""
        self._data = bytearray()
        self._part: Part | None = None
        self._out: IO[bytes] | None = None

    def _decode(self, raw: bytes) -> str:
        # A file name is only a label; a bad byte in it is shown as a replacement mark.
        return raw.decode(self.charset, errors="replace")

    def _value(self, raw: bytes) -> str:
        # A field's value is what the user typed: a brief, a description. Bytes that do not
        # decode are refused, not silently replaced.
        what = f"the field {self._field!r}"
        if self.charset == "utf-8":
            return decode_utf8(raw, what=what)
        try:
            return raw.decode(self.charset)
        except UnicodeDecodeError:
            raise InputError(f"{what} is not valid {self.charset}") from None

    def on_part_begin(self) -> None:
        self._disposition = b""
        self._data = bytearray()
        self._part = None

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        if self._header_name.lower() == b"content-disposition":
            self._disposition = self._header_value
        self._header_name = self._header_value = b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._disposition)
        if b"name" not in options:
            raise InputError("an upload part has no field name")
        self._field = self._decode(options[b"name"])
        if b"filename" not in options:
            if len(self.form.fields) >= MAX_FIELDS:
                raise InputError("the form has too many fields")
            return
        if len(self.form.files) >= MAX_FILES:
            raise InputError(f"at most {MAX_FILES} files per upload")
        label = self._decode(options[b"filename"]) or "upload"
        folder = self.form.folder / str(len(self.form.files))
        folder.mkdir(parents=True)
        self._part = Part(field=self._field, filename=label, path=folder / safe_name(label))
        self.form.files.append(self._part)
        self._out = self._part.path.open("wb")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if self._part is None:
            if len(self._data) + len(chunk) > MAX_FIELD_BYTES:
                raise InputError(f"the field {self._field!r} is too long")
            self._data.extend(chunk)
            return
        self._part.size += len(chunk)
        if self._out is not None:
            if self._part.oversized:
                # Past the limit: keep counting for the message, stop writing.
                self._out.close()
                self._out = None
                self._part.path.unlink(missing_ok=True)
            else:
                self._out.write(chunk)

    def on_part_end(self) -> None:
        if self._part is None:
            self.form.fields[self._field] = self._value(bytes(self._data))
        elif self._out is not None:
            self._out.close()
            self._out = None

    def on_end(self) -> None:
        pass

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None


async def read_form(content_type: str, stream: AsyncIterator[bytes], staging_root: Path) -> Form:
    """Parse a ``multipart/form-data`` body (files staged under ``staging_root``) or, for a
    form without files, an ``application/x-www-form-urlencoded`` one."""
    kind, params = parse_options_header(content_type)
    if kind == b"application/x-www-form-urlencoded":
        return await _read_urlencoded(stream, staging_root)
    if kind != b"multipart/form-data" or b"boundary" not in params:
        raise InputError("expected a form (multipart/form-data or urlencoded)")
    charset = params.get(b"charset", b"utf-8").decode("latin-1")
    try:
        charset = codecs.lookup(charset).name
    except LookupError:
        charset = "utf-8"
    folder = staging_root / uuid.uuid4().hex
    folder.mkdir(parents=True)
    reader = _Reader(folder, charset)
    parser = MultipartParser(
        params[b"boundary"],
        {
            "on_part_begin": reader.on_part_begin,
            "on_part_data": reader.on_part_data,
            "on_part_end": reader.on_part_end,
            "on_header_field": reader.on_header_field,
            "on_header_value": reader.on_header_value,
            "on_header_end": reader.on_header_end,
            "on_headers_finished": reader.on_headers_finished,
            "on_end": reader.on_end,
        },
    )
    try:
        async for chunk in stream:
            parser.write(chunk)
        parser.finalize()
    except MultipartParseError as err:
        reader.close()
        reader.form.cleanup()
        raise InputError(f"the upload is not a well-formed form ({err})") from None
    except BaseException:
        reader.close()
        reader.form.cleanup()
        raise
    reader.close()
    return reader.form


async def _read_urlencoded(stream: AsyncIterator[bytes], staging_root: Path) -> Form:
    body = bytearray()
    async for chunk in stream:
        body.extend(chunk)
        if len(body) > MAX_FIELD_BYTES * MAX_FIELDS:
            raise InputError("the form is too long")
    try:
        pairs = parse_qsl(bytes(body).decode("utf-8"), keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise InputError("the form is not valid UTF-8", hint=UTF8_HINT) from None
    if len(pairs) > MAX_FIELDS:
        raise InputError("the form has too many fields")
    return Form(folder=staging_root / uuid.uuid4().hex, fields=dict(pairs))
