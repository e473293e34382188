"""HTML report of a scripted session: a contact sheet with lineage, decisions, costs, checks.

The page is one self-contained file next to the transcript: images are linked by paths
relative to it (the session's ``assets/`` folder), styles are inline, and nothing is
fetched from the network, so it opens from a CI artifact or a laptop alike.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from agent.sessions.transcript import Check, SessionRun, TurnRecord

_STYLE = """
body{font:14px/1.45 system-ui,'Noto Sans',sans-serif;margin:24px;color:#1d1d24;background:#fafafa}
h1{font-size:22px;margin:0 0 4px} h2{font-size:16px;margin:0 0 6px}
.meta{color:#555;margin-bottom:16px}
.ok{color:#11703a;font-weight:600} .bad{color:#b3261e;font-weight:600}
.turn{background:#fff;border:1px solid #ddd;border-radius:8px;padding:14px;margin:0 0 16px}
.sheet{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0}
figure{margin:0;width:220px} figure img{width:220px;border:1px solid #ccc;border-radius:4px}
figcaption{font-size:12px;color:#444;word-break:break-word}
table{border-collapse:collapse;margin:6px 0} td,th{border:1px solid #ddd;padding:3px 8px;
text-align:left;vertical-align:top;font-size:13px}
code,pre{font-family:ui-monospace,monospace;font-size:12px} pre{white-space:pre-wrap;margin:0}
.tag{display:inline-block;border-radius:4px;padding:0 6px;background:#eee;margin-right:4px}
.tag.pass{background:#d7f2df} .tag.review{background:#fff1c2} .tag.block{background:#f8d4d0}
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _json(value: Any) -> str:
    return _e(json.dumps(value, ensure_ascii=False, default=str))


def _figure(file: str, lines: list[str]) -> str:
    caption = "<br>".join(lines)
    return (
        f'<figure><a href="{_e(file)}"><img src="{_e(file)}" alt="{_e(file)}" loading="lazy"></a>'
        f"<figcaption>{caption}</figcaption></figure>"
    )


def _checks(checks: list[Check]) -> str:
    if not checks:
        return ""
    rows = "".join(
        f"<tr><td class={'ok' if c.passed else 'bad'}>{'pass' if c.passed else 'FAIL'}</td>"
        f"<td><code>{_e(c.key)}</code></td><td>{_json(c.expected)}</td><td>{_json(c.actual)}</td>"
        f"<td>{_e(c.line or '')}</td></tr>"
        for c in checks
    )
    return (
        "<table><tr><th></th><th>expectation</th><th>expected</th><th>actual</th><th>line</th>"
        f"</tr>{rows}</table>"
    )


def _turn(turn: TurnRecord, sha_to_file: dict[str, str]) -> str:
    parts = [f'<section class="turn"><h2>Turn {turn.index}</h2>']
    parts.append(f"<p><b>Brief:</b> {_e(turn.user)}</p>")
    for q in turn.questions:
        answer = q.get("answer")
        parts.append(
            f"<p><b>Asked:</b> {_e(q['question'])}"
            + (f" — <b>answer:</b> {_e(answer)}" if answer else "")
            + "</p>"
        )
    decision = turn.decision or {}
    if decision:
        parts.append(
            f"<p><b>Decision:</b> <code>{_e(decision.get('action'))}</code> "
            f"size {_e(decision.get('size') or '-')}, quality {_e(decision.get('quality'))}"
            + (f", copy “{_e(decision['text'])}”" if decision.get("text") else "")
            + "</p>"
        )
        if decision.get("prompt"):
            parts.append(f"<details><summary>prompt</summary><pre>{_e(decision['prompt'])}</pre>")
            parts.append("</details>")
    if turn.refusal:
        why = [*turn.refusal.get("categories", []), *turn.refusal.get("rule_ids", [])]
        parts.append(
            f"<p class=bad>Refused ({_e(turn.refusal.get('stage'))}): "
            f"{_e(turn.refusal.get('reason'))} — {_e(', '.join(why))}</p>"
        )
    if turn.error:
        parts.append(f"<p class=bad>Error: {_e(turn.error)}</p>")
    figures: list[str] = []
    for item in turn.inputs:
        figures.append(_figure(item["file"], [f"input {_e(item['sha256'][:12])}"]))
    for ref in turn.references:
        figures.append(_figure(ref["file"], [f"reference {_e(ref['id'])} ({_e(ref['kind'])})"]))
    for image in turn.images:
        lineage = "new"
        if image.parent:
            parent_file = sha_to_file.get(image.parent)
            lineage = (
                f'from <a href="{_e(parent_file)}">{_e(image.parent[:12])}</a>'
                if parent_file
                else f"from {_e(image.parent[:12])}"
            )
        review = image.review or "-"
        figures.append(
            _figure(
                image.file,
                [
                    f"<span class='tag {_e(review)}'>{_e(review)}</span>"
                    f"{_e(image.action)} {_e(image.size)} · {_e(image.surface)}",
                    f"{_e(image.sha256[:12])} {lineage}",
                    *(_e(n) for n in image.review_notes),
                ],
            )
        )
    if figures:
        parts.append(f'<div class="sheet">{"".join(figures)}</div>')
    if turn.message:
        parts.append(f"<p><b>Reply:</b> {_e(turn.message)}</p>")
    parts.append(
        f"<p class=meta>{turn.calls} model calls · ${turn.cost_usd:.4f} · "
        f"{turn.latency_s:.2f} s</p>"
    )
    for qa in turn.qa:
        parts.append(
            f"<p><code>{_e(qa['name'])}</code> on {_e(qa['image'])}: score {_e(qa['score'])}, "
            f"{'passed' if qa['passed'] else 'failed'}</p>"
            f"<details><summary>evidence</summary><pre>{_json(qa['evidence'])}</pre></details>"
        )
    parts.append(_checks(turn.checks))
    parts.append("</section>")
    return "".join(parts)


def session_html(run: SessionRun) -> str:
    failures = run.failures
    status = (
        "<span class=ok>all expectations held</span>"
        if run.ok
        else f"<span class=bad>{len(failures)} expectation(s) failed</span>"
    )
    sha_to_file = {i["sha256"]: i["file"] for t in run.turns for i in t.inputs}
    sha_to_file.update({img.sha256: img.file for t in run.turns for img in t.images})
    body = "".join(_turn(t, sha_to_file) for t in run.turns)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>atelier session {_e(run.name)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>Session {_e(run.name)}</h1>"
        f"<div class=meta>{_e(run.source)} · provider {_e(run.provider)} · thread "
        f"<code>{_e(run.thread_id)}</code> · {len(run.turns)} turns · "
        f"${run.cost_usd:.4f} · {run.seconds:.1f} s · {status}</div>"
        f"{body}</body></html>"
    )


def write_session_report(run: SessionRun, out: Path) -> Path:
    """Write ``report.html`` into ``out`` (where the transcript and assets are)."""
    path = out / "report.html"
    path.write_text(session_html(run), encoding="utf-8")
    return path
