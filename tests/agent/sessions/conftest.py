"""Every scripted-session test runs twice: on the embedded defaults and on the servers."""

from __future__ import annotations

import pytest

from tests.backends import Backend


@pytest.fixture(autouse=True)
def _on_each_backend(backend: Backend) -> Backend:
    return backend
