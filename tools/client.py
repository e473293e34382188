"""The one place that knows which provider is in use: builds the OpenAI SDK client.

offline: the embedded engine reached in-process through an httpx2 transport (no socket);
openai: the public API; azure: Azure OpenAI / Microsoft Foundry. Everything above this
module receives an ``openai.OpenAI`` and never asks which.

The SDK's own retries are off (``max_retries=0``): the one retry policy is
``tools/retry.py``, driven by ``settings.max_retries``, so each attempt is a ledger row.
"""

from __future__ import annotations

from dataclasses import dataclass

import openai

from core.errors import ConfigError
from core.settings import Settings


@dataclass(frozen=True)
class ProviderClient:
    client: openai.OpenAI
    provider: str


def make_client(settings: Settings) -> ProviderClient:
    settings.check()
    provider = settings.resolved_provider
    if provider == "offline":
        from tools.offline import OfflineEngine, offline_client

        engine = OfflineEngine(settings.engine_dir, latency=settings.offline_latency)
        client = offline_client(engine, max_retries=0, timeout=settings.timeout_s)
        return ProviderClient(client, provider)
    if provider == "openai":
        assert settings.openai_api_key is not None  # settings.check() guarantees it
        client = openai.OpenAI(
            api_key=settings.openai_api_key.get_secret_value(),
            base_url=settings.openai_base_url,
            max_retries=0,
            timeout=settings.timeout_s,
        )
        return ProviderClient(client, provider)
    if provider == "azure":
        if not settings.azure_endpoint:
            raise ConfigError("provider 'azure' needs AZURE_OPENAI_ENDPOINT")
        key = settings.azure_api_key.get_secret_value() if settings.azure_api_key else None
        token = settings.azure_ad_token.get_secret_value() if settings.azure_ad_token else None
        azure = openai.AzureOpenAI(
            azure_endpoint=settings.azure_endpoint,
            api_version=settings.azure_api_version,
            api_key=key,
            azure_ad_token=token,
            max_retries=0,
            timeout=settings.timeout_s,
        )
        return ProviderClient(azure, provider)
    raise ConfigError(f"unknown provider {provider!r}", hint="use offline, openai or azure")
