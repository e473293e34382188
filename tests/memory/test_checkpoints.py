"""The checkpointer: integer versions, compressed payloads, and threads saved before both."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.graph import END, START, StateGraph
from pydantic import BaseModel

from core.errors import StorageError
from memory.checkpoints import ZlibCodec, sqlite_checkpointer


class Note(BaseModel):
    text: str


class Counter(BaseModel):
    count: int = 0
    note: Note | None = None


def _graph(saver: Any) -> Any:
    def bump(state: Counter) -> dict[str, Any]:
        return {"count": state.count + 1, "note": Note(text="x" * 400 + str(state.count))}

    g = StateGraph(Counter)
    g.add_node("bump", bump)
    g.add_edge(START, "bump")
    g.add_edge("bump", END)
    return g.compile(checkpointer=saver)


def _versions(saver: Any, thread: str) -> list[Any]:
    config = {"configurable": {"thread_id": thread}}
    return list(saver.get_tuple(config).checkpoint["channel_versions"].values())


def test_new_threads_get_integer_versions_and_compressed_rows(tmp_path: Path) -> None:
    saver = sqlite_checkpointer(tmp_path / "c.sqlite", (Counter, Note))
    graph = _graph(saver)
    config = {"configurable": {"thread_id": "t"}}
    for _ in range(3):
        graph.invoke({}, config, durability="sync")
    state = Counter.model_validate(graph.get_state(config).values)
    assert state.count == 3 and state.note == Note(text="x" * 400 + "2")
    assert all(isinstance(v, int) for v in _versions(saver, "t"))
    types = {t for (t,) in saver.conn.execute("SELECT type FROM checkpoints")}
    assert types == {"msgpack+zlib"}
    saver.conn.close()


def test_a_thread_saved_by_the_plain_saver_carries_on(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    conn = sqlite3.connect(str(path), check_same_thread=False)
    plain = SqliteSaver(conn, serde=JsonPlusSerializer(allowed_msgpack_modules=[Counter, Note]))
    config = {"configurable": {"thread_id": "old"}}
    _graph(plain).invoke({}, config)
    conn.close()
    before = _versions(sqlite_checkpointer(path, (Counter, Note)), "old")
    assert all(isinstance(v, str) for v in before)

    saver = sqlite_checkpointer(path, (Counter, Note))
    graph = _graph(saver)
    graph.invoke({}, config, durability="sync")
    assert Counter.model_validate(graph.get_state(config).values).count == 2
    after = _versions(saver, "old")
    assert all(isinstance(v, str) for v in after) and max(after) > max(before)
    saver.conn.close()


def test_codec_round_trips_and_refuses_what_it_did_not_write() -> None:
    codec = ZlibCodec()
    for payload in (b"", b"tiny", bytes(range(256)) * 8, b"a" * 5000):
        name, data = codec.encrypt(payload)
        assert codec.decrypt(name, data) == payload
    assert codec.encrypt(b"a" * 5000)[0] == "zlib" and codec.encrypt(b"tiny")[0] == "plain"
    with pytest.raises(StorageError, match="unknown encoding"):
        codec.decrypt("aes", b"...")
