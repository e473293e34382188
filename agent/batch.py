"""Batch runs: many briefs from a CSV or YAML file through the same graph, resumable.

Each row gets its own thread, named from the input file and the row, so a run killed
part-way (SIGKILL, Ctrl-C) resumes a half-done row from its checkpoint, and the image call
inside reuses bytes it already saved: nothing is paid for twice and no row is duplicated.
Results are appended to a JSON-lines file as rows finish (flushed and fsynced), and
``resume`` skips rows already ``done`` there. A client-side limiter spaces brief starts to
at most ``rpm`` a minute across all workers; every row starts a fresh thread, so its image
goes through the Image API, the surface meant for batch jobs.

Rows are read with their line numbers: a malformed row fails alone, with its line, and the
others run. CSV files in UTF-16 (with BOM), UTF-8 or Windows-1252 are read.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import hashlib
import io
import json
import os
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from agent.context import Services
from agent.runner import Runner, TurnResult
from core.errors import AtelierError, InputError
from core.settings import Settings
from core.text import check_brief
from tools.sizes import fit_size

RowStatus = Literal["done", "failed"]
MAX_CONCURRENCY = 32
MAX_RPM = 100_000


@dataclass(frozen=True)
class BatchRow:
    line: int
    key: str
    brief: str
    size: str | None = None


@dataclass
class RowResult:
    line: int
    key: str
    status: RowStatus
    thread_id: str | None = None
    assets: list[str] = field(default_factory=list)
    cost_usd: float = 0.0
    message: str = ""
    error: str | None = None
    seconds: float = 0.0

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False)


@dataclass
class BatchTotals:
    total: int
    done: int = 0
    failed: int = 0
    skipped: int = 0
    cost_usd: float = 0.0

    @property
    def finished(self) -> int:
        return self.done + self.failed


# -- reading ------------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """The file's text and the encoding that read it.

    A file that is UTF-8 but for a few broken bytes stays UTF-8: its good rows keep their
    accents and scripts, and the rows with broken bytes fail alone (``check_brief`` names
    the byte). Only a file with no UTF-8 sequence at all is read as Windows-1252.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="surrogateescape")
    if any(ord(ch) > 0x7F and not 0xDC80 <= ord(ch) <= 0xDCFF for ch in text):
        return text.removeprefix("\ufeff"), "utf-8"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _row(line: int, key: str, raw: Any) -> BatchRow | RowResult:
    """One row checked; a problem becomes a failed result naming the line."""

    def fail(msg: str) -> RowResult:
        return RowResult(line=line, key=key, status="failed", error=f"line {line}: {msg}")

    if isinstance(raw, str):
        raw = {"brief": raw}
    if not isinstance(raw, dict):
        return fail("a row must be a brief or a mapping with 'brief'")
    brief = raw.get("brief")
    if not isinstance(brief, str):
        return fail("the brief is empty")
    try:
        check_brief(brief)
    except InputError as err:
        return fail(err.one_line())
    size = raw.get("size")
    if size is not None and not isinstance(size, str):
        size = str(size)
    if size is not None and not size.strip():
        size = None
    if size is not None:
        try:
            fit_size(size)
        except InputError as err:
            return fail(err.one_line())
    ident = raw.get("id")
    return BatchRow(line=line, key=str(ident) if ident else key, brief=brief.strip(), size=size)


def _csv_rows(text: str) -> Iterable[BatchRow | RowResult]:
    reader = csv.reader(io.StringIO(text))
    header: list[str] | None = None
    for record in reader:
        line = reader.line_num
        if header is None:
            header = [h.strip().lower() for h in record]
            if "brief" not in header:
                raise InputError("line 1: the CSV needs a 'brief' column", hint="e.g. brief,size")
            continue
        if not any(cell.strip() for cell in record):
            continue
        key = f"line{line}"
        if len(record) != len(header):
            yield RowResult(
                line=line,
                key=key,
                status="failed",
                error=f"line {line}: {len(record)} fields, the header has {len(header)}",
            )
            continue
        yield _row(line, key, dict(zip(header, record, strict=True)))


def _yaml_rows(text: str) -> Iterable[BatchRow | RowResult]:
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None and isinstance(node, yaml.MappingNode):
            # {briefs: [...]} as well as a bare list.
            for key_node, value_node in node.value:
                if loader.construct_object(key_node) == "briefs":
                    node = value_node
                    break
        if node is None or not isinstance(node, yaml.SequenceNode):
            raise InputError("the YAML file must be a list of briefs (or briefs: [...])")
        for item in node.value:
            line = item.start_mark.line + 1
            try:
                value = loader.construct_object(item, deep=True)
            except yaml.YAMLError as err:
                yield RowResult(line, f"line{line}", "failed", error=f"line {line}: {err}")
                continue
            yield _row(line, f"line{line}", value)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise InputError(f"{where}the YAML file cannot be parsed") from err
    finally:
        loader.dispose()


def read_batch(path: Path) -> tuple[list[BatchRow | RowResult], str]:
    """Rows in file order (failed results for malformed rows) and the encoding used."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}") from err
    text, encoding = decode_text(data)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = list(_csv_rows(text))
    elif suffix in (".yaml", ".yml"):
        rows = list(_yaml_rows(text))
    else:
        raise InputError(f"{path.name}: batch files are .csv, .yaml or .yml")
    keys = [r.key for r in rows]
    if len(keys) != len(set(keys)):
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        raise InputError(f"row ids are not unique: {', '.join(dupes[:5])}")
    return rows, encoding


# -- results file ---------------------------------------------------------------------------


def results_path(batch_file: Path) -> Path:
    return batch_file.with_name(batch_file.name + ".results.jsonl")


def finished_keys(path: Path) -> dict[str, RowResult]:
    """Rows already done in a results file; a torn last line (a kill mid-write) is ignored."""
    done: dict[str, RowResult] = {}
    if not path.exists():
        return done
    for raw in path.read_text(encoding="utf-8").splitlines():
        try:
            data = json.loads(raw)
            result = RowResult(**data)
        except (json.JSONDecodeError, TypeError):
            continue
        if result.status == "done":
            done[result.key] = result
    return done


class ResultWriter:
    """Appends one JSON line per finished row, durable before the row counts as done."""

    def __init__(self, path: Path, *, fresh: bool) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._file = path.open("w" if fresh else "a", encoding="utf-8")

    def write(self, result: RowResult) -> None:
        with self._lock:
            self._file.write(result.to_json() + "\n")
            self._file.flush()
            os.fsync(self._file.fileno())

    def close(self) -> None:
        self._file.close()


# -- running -------------------------------------------------------------------------------


class RateLimiter:
    """Spaces starts evenly: at most ``rpm`` a minute, no bursts, shared by all workers."""

    def __init__(self, rpm: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = 60.0 / rpm if rpm > 0 else 0.0
        self._clock = clock
        self._next = 0.0
        self._lock = threading.Lock()

    def acquire(self, stop: threading.Event | None = None) -> bool:
        """Wait for a slot; False when ``stop`` was set while waiting."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._next)
            self._next = slot + self.interval
        delay = slot - self._clock()
        if delay > 0:
            if stop is not None:
                return not stop.wait(delay)
            time.sleep(delay)
        return stop is None or not stop.is_set()


def thread_for(batch_file: Path, key: str) -> str:
    digest = hashlib.sha256(f"{batch_file.resolve()}\0{key}".encode()).hexdigest()
    return f"b-{digest[:16]}"


def check_limits(concurrency: int, rpm: float) -> None:
    if not 1 <= concurrency <= MAX_CONCURRENCY:
        raise InputError(f"concurrency {concurrency} is outside 1..{MAX_CONCURRENCY}")
    if not 0 < rpm <= MAX_RPM:
        raise InputError(f"rpm {rpm:g} is outside (0, {MAX_RPM}]")


def run_row(settings: Settings, services: Services, row: BatchRow, thread_id: str) -> RowResult:
    started = time.perf_counter()
    own = dataclasses.replace(services, thread_id=thread_id)
    runner = Runner(settings, thread_id=thread_id, services=own)
    try:
        if runner.unfinished():
            # Killed mid-row before: continue from the checkpoint (saved bytes are reused).
            result = runner.resume()
        elif runner.pending_question() is not None:
            return RowResult(
                row.line, row.key, "failed", thread_id, error=f"line {row.line}: needs an answer"
            )
        elif runner.state().turn > 0:
            # The turn ended in an earlier run that stopped before writing its result:
            # report it from the checkpoint rather than paying for the brief again.
            result = TurnResult("done", runner.state())
        else:
            result = runner.turn(row.brief, size=row.size)
    except AtelierError as err:
        return RowResult(
            row.line,
            row.key,
            "failed",
            thread_id,
            cost_usd=own.ledger.spent(thread_id=thread_id),
            error=f"line {row.line}: {err.one_line()}",
            seconds=round(time.perf_counter() - started, 3),
        )
    finally:
        runner.close()
    state = result.state
    cost = own.ledger.spent(thread_id=thread_id)
    elapsed = round(time.perf_counter() - started, 3)
    problem = None
    if result.status == "question":
        problem = f"the brief needs an answer: {result.question}"
    elif state.refusal is not None:
        problem = f"refused: {state.refusal.reason}"
    if problem is not None:
        return RowResult(
            row.line,
            row.key,
            "failed",
            thread_id,
            cost_usd=cost,
            error=f"line {row.line}: {problem}",
            seconds=elapsed,
        )
    assets = [r.asset.sha256 for r in state.images]
    return RowResult(
        row.line,
        row.key,
        "done",
        thread_id,
        assets=assets,
        cost_usd=cost,
        message=result.message,
        seconds=elapsed,
    )


ProgressHook = Callable[[RowResult, BatchTotals], None]


def run_batch(
    settings: Settings,
    services: Services,
    batch_file: Path,
    *,
    concurrency: int = 2,
    rpm: float = 60.0,
    resume: bool = False,
    out: Path | None = None,
    on_result: ProgressHook | None = None,
    on_start: Callable[[BatchTotals], None] | None = None,
    stop: threading.Event | None = None,
) -> BatchTotals:
    """Run every row of ``batch_file``; returns the counts. Results go to ``out`` as they end."""
    check_limits(concurrency, rpm)
    rows, _ = read_batch(batch_file)
    out = out or results_path(batch_file)
    previous = finished_keys(out) if resume else {}
    totals = BatchTotals(total=len(rows))
    todo: list[BatchRow] = []
    writer = ResultWriter(out, fresh=not resume)
    stop = stop or threading.Event()
    try:
        for row in rows:
            if row.key in previous:
                totals.skipped += 1
                totals.done += 1
                totals.cost_usd += previous[row.key].cost_usd
            elif isinstance(row, RowResult):
                writer.write(row)
                totals.failed += 1
            else:
                todo.append(row)
        if on_start is not None:
            on_start(totals)
        limiter = RateLimiter(rpm)
        if todo and services.brand_factory is not None:
            # Open the brand index once: every row's Services copy then shares it instead
            # of opening Chroma concurrently from each worker.
            with contextlib.suppress(AtelierError):
                services.brand  # noqa: B018 - opening is the point

        def work(row: BatchRow) -> RowResult | None:
            if not limiter.acquire(stop):
                return None
            thread_id = thread_for(batch_file, row.key)
            try:
                return run_row(settings, services, row, thread_id)
            except Exception as err:  # one broken row must not stop the batch
                return RowResult(
                    row.line,
                    row.key,
                    "failed",
                    thread_id,
                    error=f"line {row.line}: {type(err).__name__}: {err}".splitlines()[0],
                )

        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="batch") as pool:
            pending: set[Future[RowResult | None]] = set()
            queue = iter(todo)
            try:
                while True:
                    while len(pending) < concurrency * 2 and not stop.is_set():
                        nxt = next(queue, None)
                        if nxt is None:
                            break
                        pending.add(pool.submit(work, nxt))
                    if not pending:
                        break
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in finished:
                        result = fut.result()
                        if result is None:
                            continue
                        writer.write(result)
                        if result.status == "done":
                            totals.done += 1
                        else:
                            totals.failed += 1
                        totals.cost_usd += result.cost_usd
                        if on_result is not None:
                            on_result(result, totals)
            except BaseException:
                # Ctrl-C: stop starting rows; rows in flight end at their next checkpoint
                # on the next run (--resume), nothing written so far is lost.
                stop.set()
                for fut in pending:
                    fut.cancel()
                raise
    finally:
        writer.close()
    return totals
