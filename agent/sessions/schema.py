"""The scripted session file: its schema, and loading it with every problem at its line.

A session names the brand references to add and approve, then a list of turns (a brief,
attached images and a mask, answers to the clarifying questions it expects, whether to accept
the rewrite a refused brief is offered, and what a reviewer does with held images), each
with optional expectations: the action taken, a question asked, a refusal (with a policy
rule id), the image size, text read back from the image, edit stability, cost.
``load_session`` checks the whole file first (unknown keys, wrong types, missing images,
expectations about turns that do not exist), each problem with its file and line, before
any model call.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pydantic

from agent.inputs import CheckedImage, check_image_file, check_mask_image
from agent.paths import readable_in
from agent.yamlfile import Lines, Loc, load_yaml, problems_error, resolve
from core.errors import AtelierError, InputError
from core.settings import Provider
from core.text import check_brief
from core.types import Action, ReviewOutcome

_HINT = "fix the session file; nothing was run"


class _Strict(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid", strict=False)


class BrandRef(_Strict):
    path: Path
    brand: str
    kind: str = "logo"
    description: str = ""
    tags: list[str] = pydantic.Field(default_factory=list)
    approve: bool = True


class Expect(_Strict):
    """What must hold after a turn; only the keys given are checked."""

    action: Action | None = None
    asked: bool | None = None
    question_contains: str | None = None
    refused: bool | None = None
    refused_rule: str | None = None
    images: int | None = pydantic.Field(default=None, ge=0)
    size: str | None = None
    review: ReviewOutcome | None = None
    text: str | None = None
    max_cer: float = pydantic.Field(default=0.05, ge=0.0, le=1.0)
    edit_stability: float | None = pydantic.Field(default=None, ge=0.0, le=1.0)
    palette: list[str] | None = None
    logo: Path | None = None
    max_cost_usd: float | None = pydantic.Field(default=None, ge=0.0)
    message_contains: str | None = None


class Turn(_Strict):
    user: str = pydantic.Field(min_length=1)
    images: list[Path] = pydantic.Field(default_factory=list)
    mask: Path | None = None
    size: str | None = None
    answers: list[str] = pydantic.Field(default_factory=list)
    # Say yes to the rewrite a refused brief is offered; expectations then check the turn
    # made from the rewrite.
    accept_rewrite: bool = False
    # What a reviewer does with this turn's images held for human review.
    review: Literal["approve", "reject"] | None = None
    expect: Expect | None = None


class TurnExpect(Expect):
    turn: int = pydantic.Field(ge=1)


class SessionFile(_Strict):
    name: str = pydantic.Field(min_length=1)
    description: str = ""
    provider: Provider | None = None
    brand: list[BrandRef] = pydantic.Field(default_factory=list)
    turns: list[Turn] = pydantic.Field(min_length=1)
    # Expectations kept apart from the turns, numbered from 1.
    expectations: list[TurnExpect] = pydantic.Field(default_factory=list)


def load_session(path: Path) -> tuple[SessionFile, Lines]:
    """Parse and validate ``path``; every problem names its file and line."""
    session, lines = load_yaml(
        path,
        SessionFile,
        what="session file",
        shape="a session is a mapping with 'name' and 'turns'",
        hint=_HINT,
    )
    _check_references(session, path, lines)
    return session, lines


def _check_references(session: SessionFile, source: Path, lines: Lines) -> None:
    """Files exist and decode, sizes parse, expectations name real turns."""
    from tools.sizes import fit_size

    base = source.parent
    problems: list[str] = []
    # The folders a run reads from (agent/sessions/run.py): the file's own and the working one.
    roots = [base, Path.cwd()]

    def readable(path: Path) -> Path:
        return readable_in(
            path,
            roots,
            folders="the session file's folder and the working directory",
            hint="move it next to the session file",
        )

    def image(loc: Loc, value: Path) -> CheckedImage | None:
        path = resolve(base, value)
        if not path.is_file():
            missing = "file not found" if not path.exists() else "not a file"
            problems.append(lines.problem(loc, f"{value}: {missing}"))
            return None
        try:
            return check_image_file(path, readable)
        except AtelierError as err:
            problems.append(lines.problem(loc, err.one_line()))
            return None

    def size(loc: Loc, value: str | None) -> None:
        if value is None:
            return
        try:
            fit_size(value)
        except AtelierError as err:
            problems.append(lines.problem(loc, err.message))

    for i, ref in enumerate(session.brand):
        image(("brand", i, "path"), ref.path)
    for i, turn in enumerate(session.turns):
        try:
            check_brief(turn.user, what="the brief")
        except AtelierError as err:
            problems.append(lines.problem(("turns", i, "user"), err.one_line()))
        attached = [image(("turns", i, "images", j), img) for j, img in enumerate(turn.images)]
        if turn.mask is not None:
            mask = image(("turns", i, "mask"), turn.mask)
            # Without an attached image the mask applies to the thread's image of the time.
            if mask is not None and attached and attached[0] is not None:
                try:
                    check_mask_image(mask, (attached[0].width, attached[0].height))
                except AtelierError as err:
                    problems.append(lines.problem(("turns", i, "mask"), err.one_line()))
        size(("turns", i, "size"), turn.size)
        if turn.expect is not None and turn.expect.logo is not None:
            image(("turns", i, "expect", "logo"), turn.expect.logo)
    for k, exp in enumerate(session.expectations):
        if exp.turn > len(session.turns):
            problems.append(
                lines.problem(
                    ("expectations", k, "turn"),
                    f"there is no turn {exp.turn}: the session has {len(session.turns)}",
                )
            )
        if exp.logo is not None:
            image(("expectations", k, "logo"), exp.logo)
    for loc_prefix, exp_or_none in [
        *((("turns", i, "expect"), t.expect) for i, t in enumerate(session.turns)),
        *((("expectations", k), e) for k, e in enumerate(session.expectations)),
    ]:
        if exp_or_none is None:
            continue
        if exp_or_none.palette is not None:
            from tools.qa import parse_hex

            for n, colour in enumerate(exp_or_none.palette):
                try:
                    parse_hex(colour)
                except InputError as err:
                    loc = (*loc_prefix, "palette", n)
                    problems.append(lines.problem(loc, err.message))
    if problems:
        raise problems_error(problems, _HINT)
