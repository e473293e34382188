from __future__ import annotations

from pathlib import Path

import httpx2
import openai
import pytest

from core.errors import ConfigError
from core.settings import Settings, load_settings
from tools.client import make_client


def test_offline_is_the_default_without_keys(atelier_home: Path) -> None:
    settings = load_settings()
    assert settings.resolved_provider == "offline"
    assert settings.home == atelier_home.resolve()


def test_openai_key_selects_openai_and_stays_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret-value")
    settings = load_settings()
    assert settings.resolved_provider == "openai"
    assert "sk-test-secret-value" not in repr(settings)
    assert "sk-test-secret-value" not in settings.model_dump_json()


def test_model_ids_are_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATELIER_IMAGE_MODEL", "gpt-image-2-2026-04-21")
    assert load_settings().image_model == "gpt-image-2-2026-04-21"


def test_provider_without_credentials_is_a_clear_error() -> None:
    with pytest.raises(ConfigError) as openai_err:
        load_settings(provider="openai")
    assert "OPENAI_API_KEY" in openai_err.value.one_line()
    with pytest.raises(ConfigError) as azure_err:
        load_settings(provider="azure")
    assert "AZURE_OPENAI_ENDPOINT" in azure_err.value.one_line()


def test_azure_client_routes_images_to_the_deployment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://example-resource.openai.azure.com")
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "az-key")
    settings = Settings(image_model="my-image-deployment")
    built = make_client(settings)
    assert built.provider == "azure"
    assert isinstance(built.client, openai.AzureOpenAI)
    seen: list[str] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request.url.path)
        assert request.headers["api-key"] == "az-key"
        return httpx2.Response(200, json={"created": 1, "data": []})

    client = built.client.with_options(
        http_client=openai.DefaultHttpx2Client(transport=httpx2.MockTransport(handler))
    )
    client.images.generate(model=settings.image_model, prompt="x", size="1024x1024")
    assert seen == ["/openai/deployments/my-image-deployment/images/generations"]


def test_a_bad_setting_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATELIER_SESSION_BUDGET_USD", "-5")
    with pytest.raises(ConfigError) as info:
        load_settings()
    line = info.value.one_line()
    assert "session_budget_usd" in line and "ATELIER_SESSION_BUDGET_USD" in line


def test_offline_latency_is_a_profile_or_a_scale(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.helpers import engine_of, offline_services

    assert load_settings().offline_latency == "none"
    monkeypatch.setenv("ATELIER_OFFLINE_LATENCY", "0.1")
    settings = load_settings()
    assert engine_of(offline_services(settings)).latency.scale == pytest.approx(0.1)
    monkeypatch.setenv("ATELIER_OFFLINE_LATENCY", "Realistic")
    assert load_settings().offline_latency == "realistic"
    monkeypatch.setenv("ATELIER_OFFLINE_LATENCY", "slow")
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert "ATELIER_OFFLINE_LATENCY" in info.value.one_line()
