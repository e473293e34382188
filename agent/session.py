"""Scripted sessions: a YAML file of turns in, a transcript, assets and a report out.

A session names the brand references to add and approve, then a list of turns (a brief,
attached images and a mask, answers to the clarifying questions it expects, and what a
reviewer does with held images), each with optional expectations: the action taken, a
question asked, a refusal (with a policy rule id), the image size, text read back from the
image, edit stability, cost. The whole file is checked first (unknown keys, wrong types,
missing images, expectations about turns that do not exist), each problem with its file
and line, before any model call. ``run_session`` drives a ``Runner`` and returns a
``SessionRun`` whose ``failures`` say which expectations did not hold.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import pydantic
import yaml
from PIL import Image

from agent.context import Services, build_services
from agent.errors import AtelierError, InputError, StateConflict
from agent.runner import Runner, TurnResult
from agent.settings import Settings, load_settings
from agent.state import ImageRecord, TurnState
from memory.assets import AssetRef
from memory.review_queue import ReviewQueue, review_db

Action = Literal["generate", "edit", "clarify", "reply", "finalize"]
Provider = Literal["offline", "openai", "azure"]


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
    review: Literal["pass", "review", "block"] | None = None
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


# -- loading with lines ------------------------------------------------------------------------

Loc = tuple[str | int, ...]


def _lines(node: yaml.Node, path: Loc, out: dict[Loc, int]) -> None:
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            sub = (*path, str(key.value))
            out[sub] = key.start_mark.line + 1
            _lines(value, sub, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _lines(item, (*path, i), out)


def _line_for(loc: Loc, lines: dict[Loc, int]) -> int:
    for cut in range(len(loc), -1, -1):
        if loc[:cut] in lines:
            return lines[loc[:cut]]
    return 1


def _dotted(loc: Iterable[str | int]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _problem(source: Path, line: int, where: str, what: str) -> str:
    return f"{source}:{line}: {where}: {what}"


def _problems_error(problems: list[str]) -> InputError:
    """All problems in one line: the first in full, then up to three more."""
    more = f" (and {len(problems) - 1} more: {'; '.join(problems[1:4])})" if problems[1:] else ""
    return InputError(f"{problems[0]}{more}", hint="fix the session file; nothing was run")


def _message(err: dict[str, Any]) -> str:
    kind = str(err.get("type", ""))
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    return str(err.get("msg", "invalid value"))


def load_session(path: Path) -> tuple[SessionFile, dict[Loc, int]]:
    """Parse and validate ``path``; every problem names its file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"the session file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"the session file {path} cannot be read: {err}") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise InputError(f"{path}:{line}: not valid YAML: {problem}") from None
    lines: dict[Loc, int] = {}
    if node is not None:
        _lines(node, (), lines)
    if not isinstance(data, dict):
        raise InputError(f"{path}:1: a session is a mapping with 'name' and 'turns'")
    try:
        session = SessionFile.model_validate(data)
    except pydantic.ValidationError as err:
        problems = [
            _problem(path, _line_for(e["loc"], lines), _dotted(e["loc"]), _message(dict(e)))
            for e in err.errors()
        ]
        raise _problems_error(problems) from None
    _check_references(session, path, lines)
    return session, lines


def _check_image(path: Path) -> str | None:
    if not path.is_file():
        return "file not found" if not path.exists() else "not a file"
    try:
        with Image.open(path) as img:
            img.verify()
    except (OSError, ValueError, Image.DecompressionBombError) as err:
        return f"not a readable image ({err})"
    return None


def _check_references(session: SessionFile, source: Path, lines: dict[Loc, int]) -> None:
    """Files exist and decode, sizes parse, expectations name real turns."""
    from tools.sizes import fit_size

    base = source.parent
    problems: list[str] = []

    def image(loc: Loc, value: Path) -> None:
        found = _check_image(resolve(base, value))
        if found is not None:
            problems.append(
                _problem(source, _line_for(loc, lines), _dotted(loc), f"{value}: {found}")
            )

    def size(loc: Loc, value: str | None) -> None:
        if value is None:
            return
        try:
            fit_size(value)
        except AtelierError as err:
            problems.append(_problem(source, _line_for(loc, lines), _dotted(loc), err.message))

    for i, ref in enumerate(session.brand):
        image(("brand", i, "path"), ref.path)
    for i, turn in enumerate(session.turns):
        for j, img in enumerate(turn.images):
            image(("turns", i, "images", j), img)
        if turn.mask is not None:
            image(("turns", i, "mask"), turn.mask)
        size(("turns", i, "size"), turn.size)
        if turn.expect is not None and turn.expect.logo is not None:
            image(("turns", i, "expect", "logo"), turn.expect.logo)
    for k, exp in enumerate(session.expectations):
        if exp.turn > len(session.turns):
            problems.append(
                _problem(
                    source,
                    _line_for(("expectations", k, "turn"), lines),
                    _dotted(("expectations", k, "turn")),
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
                    problems.append(
                        _problem(source, _line_for(loc, lines), _dotted(loc), err.message)
                    )
    if problems:
        raise _problems_error(problems)


def resolve(base: Path, value: Path) -> Path:
    value = value.expanduser()
    return value if value.is_absolute() else base / value


# -- results ---------------------------------------------------------------------------------


class Check(pydantic.BaseModel):
    """One expectation after one turn: what was wanted, what happened."""

    turn: int
    key: str
    expected: Any
    actual: Any
    passed: bool
    line: int | None = None

    def diff(self, source: Path) -> str:
        where = f"{source}:{self.line}" if self.line else str(source)
        return (
            f"{where}: turn {self.turn} {self.key}: expected {self.expected!r}, got {self.actual!r}"
        )


class ImageOut(pydantic.BaseModel):
    sha256: str
    file: str  # relative to the output folder
    parent: str | None
    action: str
    surface: str
    size: str
    quality: str
    review: str | None
    review_notes: list[str]
    prompt: str


class TurnRecord(pydantic.BaseModel):
    index: int
    user: str
    attachments: list[str] = pydantic.Field(default_factory=list)
    mask: str | None = None
    # The attached images and mask as stored: sha256 and file relative to the output folder.
    inputs: list[dict[str, str]] = pydantic.Field(default_factory=list)
    questions: list[dict[str, Any]] = pydantic.Field(default_factory=list)
    action: str | None = None
    decision: dict[str, Any] | None = None
    references: list[dict[str, Any]] = pydantic.Field(default_factory=list)
    images: list[ImageOut] = pydantic.Field(default_factory=list)
    refusal: dict[str, Any] | None = None
    message: str = ""
    cost_usd: float = 0.0
    calls: int = 0
    latency_s: float = 0.0
    qa: list[dict[str, Any]] = pydantic.Field(default_factory=list)
    checks: list[Check] = pydantic.Field(default_factory=list)
    error: str | None = None


class SessionRun(pydantic.BaseModel):
    name: str
    source: str
    provider: str
    thread_id: str
    started: datetime
    seconds: float = 0.0
    out: str
    turns: list[TurnRecord] = pydantic.Field(default_factory=list)

    @property
    def checks(self) -> list[Check]:
        return [c for t in self.turns for c in t.checks]

    @property
    def failures(self) -> list[Check]:
        return [c for c in self.checks if not c.passed]

    @property
    def cost_usd(self) -> float:
        return sum(t.cost_usd for t in self.turns)

    @property
    def ok(self) -> bool:
        return not self.failures and not any(t.error for t in self.turns)


# -- running ---------------------------------------------------------------------------------


def checked_provider(provider: str | None) -> dict[str, Any]:
    """``provider=`` for Settings, or nothing so ATELIER_PROVIDER and the keys decide."""
    if provider is None:
        return {}
    if provider not in ("offline", "openai", "azure"):
        raise InputError(f"unknown provider {provider!r}", hint="use offline, openai or azure")
    return {"provider": provider}


def session_settings(source: Path, out: Path, provider: str | None, **extra: Any) -> Settings:
    """A fresh data directory under ``out``; inputs may be read from the session's folder."""
    roots = os.pathsep.join(
        p for p in (str(source.parent.resolve()), extra.pop("input_roots", "")) if p
    )
    settings = load_settings(
        home=out / "data", input_roots=roots, **checked_provider(provider), **extra
    )
    settings.check()
    return settings


def _copy_asset(ref: AssetRef, out: Path) -> str:
    target = out / "assets" / f"{ref.sha256[:16]}.{ref.format.lower() or 'png'}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ref.path, target)
    return target.relative_to(out).as_posix()


def _image_out(record: ImageRecord, out: Path) -> ImageOut:
    return ImageOut(
        sha256=record.asset.sha256,
        file=_copy_asset(record.asset, out),
        parent=record.asset.parent,
        action=record.action,
        surface=record.surface,
        size=record.size,
        quality=record.quality,
        review=record.review,
        review_notes=record.review_notes,
        prompt=record.prompt,
    )


def _refusal_ids(state: TurnState) -> list[str]:
    refusal = state.refusal
    if refusal is None:
        return []
    return [*refusal.categories, *getattr(refusal, "rule_ids", [])]


def _check_turn(
    index: int,
    expect: Expect,
    record: TurnRecord,
    state: TurnState,
    parent: AssetRef | None,
    mask: Path | None,
    base: Path,
    where: Loc,
    lines: dict[Loc, int],
) -> list[Check]:
    from tools import qa

    checks: list[Check] = []

    def add(key: str, expected: Any, actual: Any, passed: bool) -> None:
        checks.append(
            Check(
                turn=index,
                key=key,
                expected=expected,
                actual=actual,
                passed=passed,
                line=_line_for((*where, key), lines),
            )
        )

    images = list(state.images)
    if expect.action is not None:
        add("action", expect.action, record.action, record.action == expect.action)
    if expect.asked is not None:
        asked = bool(record.questions)
        add("asked", expect.asked, asked, asked == expect.asked)
    if expect.question_contains is not None:
        texts = " | ".join(q["question"] for q in record.questions)
        ok = expect.question_contains.casefold() in texts.casefold()
        add("question_contains", expect.question_contains, texts or None, ok)
    if expect.refused is not None:
        refused = state.refusal is not None
        add("refused", expect.refused, refused, refused == expect.refused)
    if expect.refused_rule is not None:
        ids = _refusal_ids(state)
        add("refused_rule", expect.refused_rule, ids, expect.refused_rule in ids)
    if expect.images is not None:
        add("images", expect.images, len(images), len(images) == expect.images)
    if expect.size is not None:
        sizes = [f"{i.asset.width}x{i.asset.height}" for i in images]
        add("size", expect.size, sizes, bool(sizes) and all(s == expect.size for s in sizes))
    if expect.review is not None:
        reviews = [i.review for i in images]
        add(
            "review",
            expect.review,
            reviews,
            bool(reviews) and all(r == expect.review for r in reviews),
        )
    if expect.message_contains is not None:
        ok = expect.message_contains.casefold() in record.message.casefold()
        add("message_contains", expect.message_contains, record.message, ok)
    if expect.max_cost_usd is not None:
        add(
            "max_cost_usd",
            expect.max_cost_usd,
            round(record.cost_usd, 6),
            record.cost_usd <= expect.max_cost_usd,
        )
    for image in images:
        short = image.asset.sha256[:12]
        if expect.text is not None:
            result = qa.text_rendering(image.asset.path, expect.text, threshold=expect.max_cer)
            record.qa.append({"image": short, **result.model_dump()})
            add(
                "text",
                expect.text,
                {"read": result.evidence["read"], "cer": result.score},
                result.passed,
            )
        if expect.edit_stability is not None:
            if parent is None or mask is None:
                add(
                    "edit_stability",
                    expect.edit_stability,
                    "no masked edit of an earlier image",
                    False,
                )
            else:
                result = qa.edit_stability(parent.path, image.asset.path, mask)
                record.qa.append({"image": short, **result.model_dump()})
                ok = result.score >= expect.edit_stability and result.passed
                add(
                    "edit_stability",
                    expect.edit_stability,
                    {"ssim_outside": result.score, "failures": result.evidence["failures"]},
                    ok,
                )
        if expect.palette is not None:
            result = qa.palette_adherence(image.asset.path, expect.palette)
            record.qa.append({"image": short, **result.model_dump()})
            add("palette", expect.palette, {"delta_e": result.score}, result.passed)
        if expect.logo is not None:
            result = qa.logo_presence(image.asset.path, resolve(base, expect.logo))
            record.qa.append({"image": short, **result.model_dump()})
            add(
                "logo",
                str(expect.logo),
                {k: result.evidence.get(k) for k in ("found", "colour_delta_e")},
                result.passed,
            )
    image_keys = ("text", "edit_stability", "palette", "logo")
    for key in image_keys:
        if getattr(expect, key) is not None and not images:
            add(
                key,
                getattr(expect, key) if key != "logo" else str(expect.logo),
                "no image was made",
                False,
            )
    return checks


def run_session(
    source: Path,
    out: Path,
    *,
    provider: str | None = None,
    settings: Settings | None = None,
    services: Services | None = None,
    on_turn: Callable[[TurnRecord], None] | None = None,
    reviewer: str = "session",
) -> SessionRun:
    """Validate ``source`` completely, then run its turns; write transcript.json and assets."""
    session, lines = load_session(source)
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    settings = settings or session_settings(source, out, provider or session.provider)
    services = services or build_services(settings)
    base = source.parent
    started = time.perf_counter()
    run = SessionRun(
        name=session.name,
        source=str(source),
        provider=settings.resolved_provider,
        thread_id="",
        started=datetime.now(UTC),
        out=str(out),
    )
    for ref in session.brand:
        path = resolve(base, ref.path)
        try:
            added = services.brand.add(
                path, brand=ref.brand, kind=ref.kind, tags=ref.tags, description=ref.description
            )
        except StateConflict:
            added = next(
                r for r in services.brand.list() if r.brand == ref.brand and r.kind == ref.kind
            )
        if ref.approve and added.status == "pending":
            services.brand.approve(added.id, by=reviewer)
    runner = Runner(settings, services=services)
    run.thread_id = runner.thread_id
    queue = ReviewQueue(review_db(settings.home))
    separate: dict[int, list[tuple[int, TurnExpect]]] = {}
    for k, exp in enumerate(session.expectations):
        separate.setdefault(exp.turn, []).append((k, exp))
    try:
        for index, turn in enumerate(session.turns, start=1):
            record = _run_turn(runner, services, queue, turn, index, base, out, reviewer)
            state = runner.state()
            parent = _edit_parent(state, services)
            mask = resolve(base, turn.mask) if turn.mask is not None else None
            if turn.expect is not None and record.error is None:
                record.checks += _check_turn(
                    index,
                    turn.expect,
                    record,
                    state,
                    parent,
                    mask,
                    base,
                    ("turns", index - 1, "expect"),
                    lines,
                )
            for k, exp in separate.get(index, []):
                if record.error is None:
                    record.checks += _check_turn(
                        index,
                        exp,
                        record,
                        state,
                        parent,
                        mask,
                        base,
                        ("expectations", k),
                        lines,
                    )
            if record.error is not None:
                record.checks.append(
                    Check(
                        turn=index,
                        key="turn",
                        expected="completes",
                        actual=record.error,
                        passed=False,
                        line=_line_for(("turns", index - 1), lines),
                    )
                )
            run.turns.append(record)
            if on_turn is not None:
                on_turn(record)
            if record.error is not None:
                break
    finally:
        runner.close()
        run.seconds = round(time.perf_counter() - started, 3)
        (out / "transcript.json").write_text(
            json.dumps(run.model_dump(mode="json"), ensure_ascii=False, indent=2), encoding="utf-8"
        )
    return run


def _edit_parent(state: TurnState, services: Services) -> AssetRef | None:
    """The image this turn's edit started from (the recorded parent of its first output)."""
    for image in state.images:
        if image.action == "edited" and image.asset.parent:
            for ref in state.attachments:
                if ref.sha256 == image.asset.parent:
                    return ref
            try:
                return services.assets.get(image.asset.parent)
            except AtelierError:
                return None
    return None


def _run_turn(
    runner: Runner,
    services: Services,
    queue: ReviewQueue,
    turn: Turn,
    index: int,
    base: Path,
    out: Path,
    reviewer: str,
) -> TurnRecord:
    before = {r.id for r in services.ledger.rows(thread_id=runner.thread_id)}
    record = TurnRecord(
        index=index,
        user=turn.user,
        attachments=[str(p) for p in turn.images],
        mask=str(turn.mask) if turn.mask else None,
    )
    started = time.perf_counter()
    answers = list(turn.answers)
    try:
        result: TurnResult = runner.turn(
            turn.user,
            images=[resolve(base, p) for p in turn.images],
            mask=resolve(base, turn.mask) if turn.mask else None,
            size=turn.size,
        )
        while result.status == "question":
            asked: dict[str, Any] = {"question": result.question or "", "options": result.options}
            record.questions.append(asked)
            if not answers:
                record.error = f"asked {result.question!r} and the session has no answer left"
                break
            reply = answers.pop(0)
            asked["answer"] = reply
            result = runner.answer(reply)
        if record.error is None and answers:
            record.error = f"{len(answers)} answer(s) left unused: no more questions were asked"
    except AtelierError as err:
        record.error = err.one_line()
    record.latency_s = round(time.perf_counter() - started, 3)
    state = runner.state()
    rows = [r for r in services.ledger.rows(thread_id=runner.thread_id) if r.id not in before]
    record.calls = len(rows)
    record.cost_usd = round(sum(r.cost_usd or 0.0 for r in rows), 6)
    if state.decision is not None:
        record.action = state.decision.action
        record.decision = state.decision.model_dump(exclude={"call_id"})
    record.references = [
        {
            "id": r.id,
            "brand": r.brand,
            "kind": r.kind,
            "why": r.why,
            "file": _copy_asset(r.asset, out),
        }
        for r in state.references
    ]
    record.images = [_image_out(i, out) for i in state.images]
    stored = [*state.attachments, *([state.mask] if state.mask is not None else [])]
    if record.error is None:
        record.inputs = [{"sha256": a.sha256, "file": _copy_asset(a, out)} for a in stored]
    record.refusal = state.refusal.model_dump() if state.refusal is not None else None
    record.message = state.message or ""
    if turn.review is not None:
        shas = {i.asset.sha256 for i in state.images if i.review == "review"}
        for item in queue.list(status="open"):
            if item.asset_sha256 in shas:
                if turn.review == "approve":
                    queue.approve(item.id, reviewer=reviewer)
                else:
                    queue.reject(item.id, reviewer=reviewer)
    return record
