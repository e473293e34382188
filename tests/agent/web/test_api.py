"""Studio's HTTP API without a browser: the guards, the streams, and what it will not read.

Requests go through Starlette's in-process client (no sockets) to the whole app, guards
included; turns run on the offline engine.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pydantic import SecretStr
from starlette.testclient import TestClient
from typer.testing import CliRunner

from agent.cli import app as cli_app
from agent.web.app import MAX_REQUEST_BYTES, create_app
from agent.web.auth import TOKEN_ENV, check_bind
from core.errors import ConfigError
from core.settings import Settings
from memory.ledger import Ledger
from tests.helpers import sse_events

BASE = "http://127.0.0.1:8765"
TOKEN = "api-test-token-0123456789abcdef"


def png(size: tuple[int, int] = (256, 256), colour: tuple[int, int, int] = (30, 120, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    app = create_app(settings)
    with TestClient(app, base_url=BASE) as test_client:
        yield test_client
    app.close()


def events(client: TestClient, job: str, last: int | None = None) -> list[tuple[str, Any]]:
    """Every SSE event of a job, read until the server ends the stream."""
    headers = {"Last-Event-ID": str(last)} if last is not None else {}
    with client.stream("GET", f"/api/jobs/{job}/events", headers=headers) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        return sse_events(response.iter_lines())


def start_turn(client: TestClient, thread: str, brief: str, **files: Any) -> str:
    response = client.post(
        f"/api/threads/{thread}/turns", data={"brief": brief}, files=files or None
    )
    assert response.status_code == 202, response.text
    job: str = response.json()["job"]
    return job


# -- binding and tokens --------------------------------------------------------------------


def test_only_loopback_may_be_bound_without_a_long_token() -> None:
    check_bind("127.0.0.1", None)
    check_bind("localhost", None)
    check_bind("::1", None)
    for host in ("0.0.0.0", "192.168.1.20", "127.0.0.2", "studio.example"):
        with pytest.raises(ConfigError, match="needs an access token"):
            check_bind(host, None)
        with pytest.raises(ConfigError, match="too short"):
            check_bind(host, "short")
        check_bind(host, TOKEN)


def test_the_command_refuses_a_public_bind_without_the_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    result = CliRunner().invoke(cli_app, ["web", "--host", "0.0.0.0", "--port", "1"])
    assert result.exit_code == 2
    assert TOKEN_ENV in result.output
    assert "Traceback" not in result.output


def test_every_request_needs_the_token_when_one_is_set(settings: Settings) -> None:
    app = create_app(settings, token=TOKEN)
    with TestClient(app, base_url="http://10.1.2.3:8765") as client:
        for path in ("/", "/static/app.js", "/api/config", "/api/jobs/j-0/events"):
            assert client.get(path).status_code == 401, path
        assert (
            client.get("/api/config", headers={"X-Atelier-Token": TOKEN + "x"}).status_code == 401
        )
        assert client.get("/api/config", headers={"X-Atelier-Token": TOKEN}).status_code == 200
        bearer = {"Authorization": f"Bearer {TOKEN}"}
        assert client.get("/api/config", headers=bearer).status_code == 200
        by_query = client.get("/?token=" + TOKEN)
        assert by_query.status_code == 200
        cookie = by_query.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        # The cookie the page was given lets its plain links (images, reports) through.
        assert client.get("/api/threads").status_code == 200
        client.cookies.clear()
        assert client.get("/api/threads").status_code == 401
    app.close()


def test_loopback_refuses_other_host_names_and_cross_site_writes(client: TestClient) -> None:
    rebound = client.get("/api/config", headers={"Host": "attacker.example"})
    assert rebound.status_code == 403
    assert client.get("/api/config", headers={"Host": "localhost:8765"}).status_code == 200
    foreign = client.post("/api/threads", headers={"Origin": "http://attacker.example"})
    assert foreign.status_code == 403
    same = client.post("/api/threads", headers={"Origin": BASE})
    assert same.status_code == 201


def test_the_page_and_the_api_never_carry_an_api_key(atelier_home: Path) -> None:
    secret = "sk-secret-never-on-the-page-12345"
    settings = Settings(home=atelier_home, provider="offline", openai_api_key=SecretStr(secret))
    app = create_app(settings)
    with TestClient(app, base_url=BASE) as client:
        thread = client.post("/api/threads").json()["id"]
        job = start_turn(client, thread, "A square post with the copy “Hi”")
        seen = json.dumps(events(client, job))
        for path in ("/", "/static/app.js", "/api/config", f"/api/threads/{thread}", "/api/cost"):
            seen += client.get(path).text
    app.close()
    assert secret not in seen


# -- turns over SSE --------------------------------------------------------------------------


def test_a_turn_streams_its_events_and_replays_them_after_a_reconnect(client: TestClient) -> None:
    thread = client.post("/api/threads").json()["id"]
    job = start_turn(client, thread, "A square post for our spring launch with the copy “Hello”")
    seen = events(client, job)
    names = [name for name, _ in seen]
    assert names[-1] == "end" and names[-2] == "result"
    assert names.index("decision") < names.index("partial") < names.index("image")
    assert names.index("image") < names.index("result")
    partial = next(data for name, data in seen if name == "partial")
    assert partial["reviewed"] is False
    preview = client.get(partial["url"])
    assert preview.status_code == 200 and preview.content.startswith(b"\x89PNG")
    image = next(data for name, data in seen if name == "image")
    assert image["sent"]["prompt"].startswith("A square post")
    assert image["sent"]["model"] == "gpt-image-2" and image["sent"]["size"] == "1024x1024"
    result = next(data for name, data in seen if name == "result")["turn"]
    assert result["images"][0]["review"] == "pass"
    assert result["images"][0]["sha"] == image["images"][0]["sha"]
    # EventSource reconnects with the last id it saw: the rest follows, nothing twice.
    replay = events(client, job, last=len(seen) - 3)
    assert [name for name, _ in replay] == names[-3:]
    # The thread, read back from its checkpoints, shows the same turn.
    view = client.get(f"/api/threads/{thread}").json()
    assert [t["status"] for t in view["turns"]] == ["done"]
    assert view["turns"][0]["images"][0]["sha"] == result["images"][0]["sha"]
    assert view["current_image"] == result["images"][0]["sha"]


def test_a_question_is_answered_and_a_busy_thread_refuses_a_second_turn(
    settings: Settings,
) -> None:
    app = create_app(settings)
    with TestClient(app, base_url=BASE) as client:
        thread = client.post("/api/threads").json()["id"]
        app.studio.claim(thread)  # as a turn still running on this thread would
        busy = client.post(f"/api/threads/{thread}/turns", data={"brief": "another"})
        assert busy.status_code == 409 and "still working" in busy.json()["error"]
        app.studio.release(thread)
        brief = "Create a summer-sale visual for Acme with our logo and the copy “Stay Cool”"
        asked = next(
            d for n, d in events(client, start_turn(client, thread, brief)) if n == "result"
        )
        assert asked["turn"]["status"] == "question"
        assert asked["turn"]["question"]["options"][0].startswith("square post")
        reread = client.get(f"/api/threads/{thread}").json()["turns"]
        assert [t["status"] for t in reread] == ["question"]
        answer = client.post(f"/api/threads/{thread}/answer", json={"answer": "square 1:1"})
        done = next(d for n, d in events(client, answer.json()["job"]) if n == "result")["turn"]
    app.close()
    assert done["status"] == "done" and done["answer"] == "square 1:1"
    assert done["images"][0]["review"] == "pass"


def test_a_bad_attachment_is_refused_by_the_runners_own_checks(
    client: TestClient, settings: Settings
) -> None:
    thread = client.post("/api/threads").json()["id"]
    job = start_turn(
        client, thread, "Use this as the background", images=("fake.png", b"not a picture")
    )
    failed = [d for n, d in events(client, job) if n == "failed"]
    assert failed and "fake.png is not an image" in failed[0]["message"]
    rows = Ledger(settings.ledger_db).rows(thread_id=thread)
    assert [(r.node, r.outcome) for r in rows] == [("input", "rejected")]
    # Staged uploads are gone once the turn has them (or refused them).
    assert list((settings.home / "uploads").rglob("*.png")) == []


# -- uploads and paths ---------------------------------------------------------------------


def test_an_oversized_request_is_refused_before_it_is_read(client: TestClient) -> None:
    response = client.post(
        "/api/brand",
        content=b"x" * 16,
        headers={
            "Content-Type": "multipart/form-data; boundary=b",
            "Content-Length": str(MAX_REQUEST_BYTES + 1),
        },
    )
    assert response.status_code == 413
    assert "MB" in response.json()["error"]


def test_uploads_are_checked_by_content_and_staged_in_the_data_directory(
    client: TestClient, settings: Settings
) -> None:
    added = client.post(
        "/api/brand",
        data={"brand": "Acme", "kind": "logo", "description": "<b>blue</b> mark"},
        files=[
            ("files", ("../../escape.png", png(), "image/png")),
            ("files", ("photo.jpg", b"GIF89a not really", "image/jpeg")),
        ],
    ).json()
    assert [a["reference"]["description"] for a in added["added"]] == ["<b>blue</b> mark"]
    assert [s["source"] for s in added["skipped"]] == ["photo.jpg"]
    assert "not an image" in added["skipped"][0]["reason"]
    assert not (settings.home.parent / "escape.png").exists()
    assert list((settings.home / "uploads").rglob("*")) == []


def test_nothing_is_read_from_a_path_the_client_sends(
    client: TestClient, settings: Settings
) -> None:
    secret = settings.home / "ledger.sqlite"
    secret.write_bytes(b"private")
    for path in (
        "/api/assets/..%2F..%2Fledger.sqlite",
        "/api/assets/" + str(secret),
        "/api/threads/..%2Fetc",
        "/reports/abc/../../ledger.sqlite",
    ):
        response = client.get(path)
        assert response.status_code in (400, 404), path
        assert b"private" not in response.content
    thread = client.get("/api/threads/..%2F..%2Fx")
    assert thread.status_code in (400, 404)


def test_reports_are_served_only_from_what_was_found(settings: Settings, tmp_path: Path) -> None:
    runs = settings.home / "runs" / "hero"
    (runs / "assets").mkdir(parents=True)
    (runs / "report.html").write_text("<h1>hero</h1>")
    (runs / "assets" / "a.png").write_bytes(png((8, 8)))
    (runs / "notes.txt").write_text("not a report file")
    outside = tmp_path / "outside.png"
    outside.write_bytes(png((9, 9)))
    os.symlink(outside, runs / "assets" / "link.png")
    extra = tmp_path / "elsewhere" / "pilot"
    extra.mkdir(parents=True)
    (extra / "report.html").write_text("<h1>pilot</h1>")
    app = create_app(settings, report_roots=[tmp_path / "elsewhere"])
    with TestClient(app, base_url=BASE) as client:
        listed = {r["name"]: r["id"] for r in client.get("/api/reports").json()["reports"]}
        assert set(listed) == {"hero", "pilot"}
        hero = listed["hero"]
        page = client.get(f"/reports/{hero}/report.html")
        assert page.status_code == 200 and page.text == "<h1>hero</h1>"
        assert "sandbox" in page.headers["content-security-policy"]
        assert client.get(f"/reports/{hero}/assets/a.png").status_code == 200
        for name in ("notes.txt", "assets/link.png", "../pilot/report.html", "%2e%2e/x"):
            assert client.get(f"/reports/{hero}/{name}").status_code == 404, name
        assert client.get("/reports/0123456789abcdef/report.html").status_code == 404
    app.close()


# -- library, review, cost -----------------------------------------------------------------


def test_where_a_reference_was_used(client: TestClient) -> None:
    added = client.post(
        "/api/brand",
        data={"brand": "Acme", "kind": "logo", "tags": "primary", "description": "Acme logo"},
        files=[("files", ("logo.png", png((300, 300), (230, 90, 20)), "image/png"))],
    ).json()
    ref = added["added"][0]["reference"]["id"]
    assert client.get(f"/api/brand/{ref}/uses").json()["uses"] == []
    approved = client.post(f"/api/brand/{ref}/approve", json={"by": "bob"}).json()
    assert approved["status"] == "approved" and approved["approved_by"] == "bob"
    thread = client.post("/api/threads").json()["id"]
    job = start_turn(client, thread, "A square post for Acme with our logo and the copy “Hi”")
    turn = next(d for n, d in events(client, job) if n == "result")["turn"]
    assert [r["id"] for r in turn["references"] if r["used"]] == [ref]
    assert all(r["why"] for r in turn["references"])
    uses = client.get(f"/api/brand/{ref}/uses").json()["uses"]
    assert [(u["thread_id"], u["turn"]) for u in uses] == [(thread, 1)]
    assert uses[0]["images"] == [turn["images"][0]["sha"]]
    listed = client.get("/api/brand", params={"brand": "Acme", "kind": "logo"}).json()
    assert [r["id"] for r in listed["references"]] == [ref]
    assert client.post(f"/api/brand/{ref}/retire").json()["status"] == "retired"


def test_promotion_needs_a_passed_review(client: TestClient) -> None:
    thread = client.post("/api/threads").json()["id"]
    job = start_turn(client, thread, "A square post of runners wearing Nike shoes in a park")
    turn = next(d for n, d in events(client, job) if n == "result")["turn"]
    sha = turn["images"][0]["sha"]
    assert turn["images"][0]["review"] == "review"
    refused = client.post(f"/api/assets/{sha}/promote", json={"brand": "Acme", "kind": "photo"})
    assert refused.status_code == 409 and "has not passed review" in refused.json()["error"]
    item = client.get("/api/review").json()["items"][0]
    client.post(f"/api/review/{item['id']}/open")
    nameless = client.post(f"/api/review/{item['id']}/approve", json={"by": " "})
    assert nameless.status_code == 409
    decided = client.post(f"/api/review/{item['id']}/approve", json={"by": "carol", "note": "ok"})
    assert decided.json()["reviewer"] == "carol" and decided.json()["seconds_spent"] is not None
    promoted = client.post(f"/api/assets/{sha}/promote", json={"brand": "Acme", "kind": "photo"})
    assert promoted.status_code == 201
    assert promoted.json()["reference"]["promoted_from"] == sha


def test_the_cost_panel_reads_the_ledger_and_the_budgets(atelier_home: Path) -> None:
    settings = Settings(
        home=atelier_home, provider="offline", session_budget_usd=1.0, daily_budget_usd=5.0
    )
    app = create_app(settings)
    with TestClient(app, base_url=BASE) as client:
        thread = client.post("/api/threads").json()["id"]
        events(client, start_turn(client, thread, "A square post with the copy “Hi”"))
        cost = client.get("/api/cost", params={"thread": thread}).json()
    app.close()
    spent = Ledger(settings.ledger_db).spent(thread_id=thread)
    assert spent > 0
    assert cost["thread_usd"] == spent and cost["today_usd"] >= spent
    assert cost["session_left_usd"] == pytest.approx(1.0 - spent)
    assert cost["daily_left_usd"] == pytest.approx(5.0 - cost["today_usd"])
