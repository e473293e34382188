"""Batch throughput under injected 429s, and resume after SIGKILL, against the offline engine.

Run: ``.venv/bin/python -m bench.batch [--n 200] [--rpm 240] [--concurrency 4]``

Two runs over N briefs at a fixed ``--rpm`` limit, each in a child process with its own
offline engine that answers a 429 with ``Retry-After`` to an image request every
``--fault-every`` seconds:

1. straight through;
2. killed with SIGKILL once half the rows are written, then resumed with ``--resume``.

For each it prints throughput as a ratio of the limit (the baseline: a perfect limiter
never exceeds it; goal >= 0.90), briefs lost (rows not ``done``; goal 0) and duplicates
(rows whose thread paid for more than one image, or holds more than one image; goal 0).
Throughput is measured inside the child from its first row to its last, so interpreter
start-up is not counted.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

GOAL_RATIO = 0.90


def _child(args: argparse.Namespace) -> None:
    from agent.batch import BatchTotals, RowResult, run_batch
    from agent.context import build_services
    from core.settings import Settings
    from tools.client import ProviderClient
    from tools.offline import OfflineEngine, offline_client

    settings = Settings(
        home=Path(args.home),
        provider="offline",
        partial_images=0,
        max_retries=6,
        retry_base_s=0.05,
        retry_max_delay_s=1.0,
    )
    # The bench drives the engine's faults, so it builds the engine and hands its client over.
    engine = OfflineEngine(settings.engine_dir, latency=settings.offline_latency)
    client = offline_client(engine, max_retries=0, timeout=settings.timeout_s)
    services = build_services(settings, provider=ProviderClient(client, "offline"))
    stop = threading.Event()
    injected = [0]

    def faults() -> None:
        while not stop.wait(args.fault_every):
            engine.inject_fault(
                "/images/generations",
                status=429,
                headers={"retry-after": str(args.retry_after)},
            )
            injected[0] += 1

    first: list[float] = []
    last: list[float] = []
    rows = [0]

    def on_start(_: BatchTotals) -> None:
        first.append(time.perf_counter())

    def on_result(_: RowResult, __: BatchTotals) -> None:
        rows[0] += 1
        last[:] = [time.perf_counter()]

    threading.Thread(target=faults, daemon=True).start()
    totals = run_batch(
        settings,
        services,
        Path(args.file),
        concurrency=args.concurrency,
        rpm=args.rpm,
        resume=args.resume,
        on_start=on_start,
        on_result=on_result,
    )
    stop.set()
    elapsed = (last[0] - first[0]) if first and last else 0.0
    print(
        json.dumps(
            {
                "rows": rows[0],
                "seconds": elapsed,
                "done": totals.done,
                "failed": totals.failed,
                "skipped": totals.skipped,
                "faults": injected[0],
            }
        )
    )


def _spawn(home: Path, file: Path, args: argparse.Namespace, *, resume: bool) -> Any:
    cmd = [
        sys.executable,
        "-m",
        "bench.batch",
        "--child",
        "--home",
        str(home),
        "--file",
        str(file),
        "--rpm",
        str(args.rpm),
        "--concurrency",
        str(args.concurrency),
        "--fault-every",
        str(args.fault_every),
        "--retry-after",
        str(args.retry_after),
    ]
    if resume:
        cmd.append("--resume")
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)


def _stats(proc: Any) -> dict[str, Any]:
    out, _ = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"child failed with {proc.returncode}")
    stats: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return stats


def _check(home: Path, file: Path, n: int) -> tuple[int, int]:
    """Briefs lost and duplicated, from the results file and the ledger."""
    from agent.batch import results_path
    from memory.assets import AssetStore
    from memory.ledger import Ledger

    done: dict[str, dict[str, Any]] = {}
    for line in results_path(file).read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if row["status"] == "done":
            done[row["key"]] = row
    lost = n - len(done)
    ledger = Ledger(home / "ledger.sqlite")
    assets = AssetStore(home / "assets")
    dupes = 0
    for row in done.values():
        paid = [
            r
            for r in ledger.rows(thread_id=row["thread_id"], outcome="generated")
            if r.node == "generate" and not (r.error or "").startswith("resumed")
        ]
        if len(paid) != 1 or len(assets.list(thread_id=row["thread_id"])) != 1:
            dupes += 1
    return lost, dupes


def _report(label: str, rows: int, seconds: float, rpm: float, lost: int, dupes: int) -> bool:
    rate = rows / seconds * 60 if seconds > 0 else 0.0
    ratio = rate / rpm
    ok = ratio >= GOAL_RATIO and lost == 0 and dupes == 0
    print(
        f"{label:<24} {rows:>4} rows in {seconds:6.1f}s = {rate:6.1f}/min; "
        f"ratio to limit {ratio:.3f} (goal >= {GOAL_RATIO}); lost {lost}; duplicates {dupes}"
        f" -> {'ok' if ok else 'MISSED'}"
    )
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--rpm", type=float, default=240.0)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--fault-every", type=float, default=2.0)
    parser.add_argument("--retry-after", type=float, default=0.5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--home", help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--resume", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args)
        return

    from agent.batch import results_path

    print(
        f"bench.batch: {args.n} briefs, limit {args.rpm:g}/min, concurrency {args.concurrency}, "
        f"a 429 (Retry-After {args.retry_after:g}s) every {args.fault_every:g}s"
    )
    briefs = "\n".join(f"Make a square post for product number {i}" for i in range(args.n))
    all_ok = True
    with tempfile.TemporaryDirectory(prefix="atelier-bench-") as tmp:
        base = Path(tmp)
        # 1. Straight through.
        home = base / "straight"
        file = base / "straight.csv"
        file.write_text("brief\n" + briefs + "\n", encoding="utf-8")
        stats = _stats(_spawn(home, file, args, resume=False))
        lost, dupes = _check(home, file, args.n)
        all_ok &= _report("straight", stats["rows"], stats["seconds"], args.rpm, lost, dupes)
        print(f"{'':<24} 429s injected: {stats['faults']}")

        # 2. SIGKILL at half, then resume.
        home = base / "killed"
        file = base / "killed.csv"
        file.write_text("brief\n" + briefs + "\n", encoding="utf-8")
        results = results_path(file)
        proc = _spawn(home, file, args, resume=False)
        while proc.poll() is None:
            if results.exists() and len(results.read_text().splitlines()) >= args.n // 2:
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.05)
        proc.wait()
        before = len(results.read_text().splitlines())
        stats = _stats(_spawn(home, file, args, resume=True))
        lost, dupes = _check(home, file, args.n)
        print(f"{'killed at':<24} {before} rows written, then SIGKILL")
        all_ok &= _report("resumed (rest)", stats["rows"], stats["seconds"], args.rpm, lost, dupes)
        print(f"{'':<24} skipped as done: {stats['skipped']}; 429s injected: {stats['faults']}")
    print("goal met" if all_ok else "goal MISSED")


if __name__ == "__main__":
    main()
