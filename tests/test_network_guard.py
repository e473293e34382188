"""The autouse guard must actually refuse non-loopback connections."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import NetworkBlocked


def test_non_loopback_connect_fails() -> None:
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("93.184.216.34", 80), timeout=1)
    s = socket.socket()
    try:
        with pytest.raises(NetworkBlocked):
            s.connect(("10.1.2.3", 80))
    finally:
        s.close()


def test_loopback_is_allowed() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    try:
        client = socket.create_connection(server.getsockname(), timeout=1)
        client.close()
    finally:
        server.close()
