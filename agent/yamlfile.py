"""YAML files people write by hand (sessions, pilots), validated with file:line errors.

``load_yaml`` parses a file into a pydantic model and keeps the line of every key and list
item, so each problem (unknown key, wrong type, missing file) names where to fix it. The
loaded ``Lines`` answer later questions the same way (an expectation that failed points at
its line).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pydantic
import yaml

from core.errors import InputError
from core.text import UTF8_HINT, bad_utf8

Loc = tuple[str | int, ...]
M = TypeVar("M", bound=pydantic.BaseModel)


def dotted(loc: Iterable[str | int]) -> str:
    """``("turns", 0, "expect")`` as ``turns[0].expect``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def resolve(base: Path, value: Path) -> Path:
    """A path from the file, relative to the file's folder unless absolute."""
    value = value.expanduser()
    return value if value.is_absolute() else base / value


@dataclass
class Lines:
    """Where each key and list item of a YAML file starts."""

    source: Path
    at: dict[Loc, int] = field(default_factory=dict)

    def line(self, loc: Loc) -> int:
        """The line of ``loc``, or of its nearest parent that has one."""
        for cut in range(len(loc), -1, -1):
            if loc[:cut] in self.at:
                return self.at[loc[:cut]]
        return 1

    def problem(self, loc: Loc, what: str) -> str:
        return f"{self.source}:{self.line(loc)}: {dotted(loc)}: {what}"

    def _walk(self, node: yaml.Node, path: Loc) -> None:
        self.at.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                sub = (*path, str(key.value))
                self.at[sub] = key.start_mark.line + 1
                self._walk(value, sub)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                self._walk(item, (*path, i))


def problems_error(problems: list[str], hint: str) -> InputError:
    """All problems in one line: the first in full, then up to three more."""
    more = f" (and {len(problems) - 1} more: {'; '.join(problems[1:4])})" if problems[1:] else ""
    return InputError(f"{problems[0]}{more}", hint=hint)


def _message(err: dict[str, Any]) -> str:
    kind = str(err.get("type", ""))
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    return str(err.get("msg", "invalid value"))


def load_yaml(path: Path, model: type[M], *, what: str, shape: str, hint: str) -> tuple[M, Lines]:
    """Parse ``path`` into ``model``; every problem names its file and line.

    ``what`` names the file in messages ("session file"), ``shape`` says what the top level
    must be when it is not a mapping, ``hint`` is what to do about a validation problem.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"the {what} {path} does not exist") from None
    except OSError as err:
        raise InputError(f"the {what} {path} cannot be read: {err.strerror or err}") from None
    broken = bad_utf8(data)
    if broken is not None:
        raise InputError(
            f"{path}:{broken[0]}: not valid UTF-8 (byte 0x{broken[1]:02x})", hint=UTF8_HINT
        )
    text = data.decode("utf-8")
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise InputError(f"{path}:{line}: not valid YAML: {problem}") from None
    lines = Lines(path)
    if node is not None:
        lines._walk(node, ())
    if not isinstance(data, dict):
        raise InputError(f"{path}:1: {shape}")
    try:
        return model.model_validate(data), lines
    except pydantic.ValidationError as err:
        problems = [lines.problem(tuple(e["loc"]), _message(dict(e))) for e in err.errors()]
        raise problems_error(problems, hint) from None
