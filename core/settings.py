"""Settings: provider, credentials, model ids, data directory and cost defaults.

Read once from the environment (and ``.env``) at start-up and handed down; nodes and tools
never read ``os.environ`` themselves. Model ids are configuration because they change
(dated snapshots, newer versions, Azure deployment names).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.errors import ConfigError
from core.types import ImageModeration, Quality

Provider = Literal["offline", "openai", "azure"]


def default_home() -> Path:
    return Path.home() / ".local" / "share" / "atelier"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ATELIER_", env_file=".env", extra="ignore", populate_by_name=True
    )

    provider: Provider | None = Field(default=None, description="offline, openai or azure")
    home: Path = Field(default_factory=default_home)

    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "ATELIER_OPENAI_API_KEY")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "ATELIER_OPENAI_BASE_URL")
    )
    azure_endpoint: str | None = Field(
        default=None, validation_alias=AliasChoices("AZURE_OPENAI_ENDPOINT")
    )
    azure_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("AZURE_OPENAI_API_KEY")
    )
    azure_ad_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("AZURE_OPENAI_AD_TOKEN")
    )
    azure_api_version: str = Field(
        default="2025-04-01-preview",
        validation_alias=AliasChoices("OPENAI_API_VERSION", "ATELIER_AZURE_API_VERSION"),
    )

    # On Azure these are deployment names.
    decision_model: str = "gpt-5.4-mini"
    image_model: str = "gpt-image-2"
    moderation_model: str = "omni-moderation-latest"

    default_quality: Quality = "low"
    default_size: str = "1024x1024"
    partial_images: int = Field(default=1, ge=0, le=3)
    image_moderation: ImageModeration = "auto"
    max_references: int = Field(default=4, ge=0, le=15)
    max_retries: int = Field(default=2, ge=0, le=10)
    # Extra folders input files may come from, besides the data directory and the working
    # directory (os.pathsep-separated): scripted sessions must not read arbitrary files.
    input_roots: str = ""

    # -- brand memory --
    # auto: MiniLM int8 offline, the provider's embeddings online. Each embedder keeps its own
    # collection, so switching re-adds nothing by itself.
    embedder: Literal["auto", "minilm", "openai"] = "auto"
    embedding_model: str = "text-embedding-3-small"
    chroma_host: str | None = Field(
        default=None, validation_alias=AliasChoices("CHROMA_HOST", "ATELIER_CHROMA_HOST")
    )
    chroma_port: int | None = Field(
        default=None, validation_alias=AliasChoices("CHROMA_PORT", "ATELIER_CHROMA_PORT")
    )

    # -- shared backends (docs/architecture.md, "Deployment") --
    # postgresql://user:password@host:port/db. Unset: checkpoints and the small stores are
    # SQLite files in the data directory. Secret because the URL carries the password.
    checkpoint_url: SecretStr | None = None
    ledger_url: SecretStr | None = None

    # -- moderation and policy --
    review_threshold: float = Field(default=0.3, ge=0.0, le=1.0)
    # Hold for review a brief the rules pass that reads like violating briefs (tools.brief_risk).
    second_opinion: bool = True

    # -- production controls --
    # One retry policy for every model call (tools/retry.py); the SDK's own retries are off.
    retry_base_s: float = Field(default=0.5, ge=0.0, le=60.0)
    retry_max_delay_s: float = Field(default=8.0, ge=0.0, le=120.0)
    retry_total_s: float = Field(default=120.0, gt=0, le=3600.0)
    # Budgets in USD; 0 means no limit. Downgrading lowers quality instead of refusing.
    session_budget_usd: float = Field(default=0.0, ge=0.0, le=100_000.0)
    daily_budget_usd: float = Field(default=0.0, ge=0.0, le=1_000_000.0)
    budget_downgrade: bool = False
    final_quality: Quality = "high"
    timeout_s: float = Field(default=300.0, gt=0)
    # The offline engine's pacing (tools/offline/latency.py): none, realistic, or a scale on
    # realistic (0.1 = ten times faster than the hosted service).
    offline_latency: str = "none"

    @field_validator("checkpoint_url", "ledger_url", mode="after")
    @classmethod
    def _postgres_url(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        raw = value.get_secret_value().strip()
        scheme = raw.split("://", 1)[0].lower() if "://" in raw else ""
        if scheme not in ("postgresql", "postgres"):
            # The message never quotes the value: it may hold a password.
            given = f"{scheme}://..." if scheme.isalnum() else "something else"
            raise ValueError(f"must be a postgresql://user:password@host/db URL, not {given}")
        return SecretStr(raw)

    @field_validator("home", mode="after")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @field_validator("offline_latency", mode="after")
    @classmethod
    def _latency(cls, value: str) -> str:
        text = value.strip().lower()
        if text in ("none", "realistic"):
            return text
        try:
            scale = float(text)
        except ValueError:
            raise ValueError("use none, realistic or a scale such as 0.1") from None
        if not 0.0 <= scale < float("inf"):
            raise ValueError("a latency scale is a finite number >= 0")
        return text

    @property
    def resolved_provider(self) -> Provider:
        if self.provider is not None:
            return self.provider
        if self.openai_api_key is not None:
            return "openai"
        if self.azure_endpoint:
            return "azure"
        return "offline"

    def check(self) -> None:
        """Fail early, with what to set, when the chosen provider lacks what it needs."""
        provider = self.resolved_provider
        if provider == "openai" and self.openai_api_key is None:
            raise ConfigError("provider 'openai' needs an API key", hint="set OPENAI_API_KEY")
        if provider == "azure":
            if not self.azure_endpoint:
                raise ConfigError(
                    "provider 'azure' needs an endpoint", hint="set AZURE_OPENAI_ENDPOINT"
                )
            if self.azure_api_key is None and self.azure_ad_token is None:
                raise ConfigError(
                    "provider 'azure' needs a credential",
                    hint="set AZURE_OPENAI_API_KEY or AZURE_OPENAI_AD_TOKEN",
                )

    # Layout of the data directory: one place so every component agrees.
    @property
    def assets_dir(self) -> Path:
        return self.home / "assets"

    @property
    def checkpoint_db(self) -> Path:
        return self.home / "checkpoints.sqlite"

    @property
    def ledger_db(self) -> Path:
        return self.home / "ledger.sqlite"

    @property
    def engine_dir(self) -> Path:
        return self.home / "offline-engine"

    @property
    def prices_file(self) -> Path:
        return self.home / "prices.yaml"

    @property
    def previews_dir(self) -> Path:
        return self.home / "previews"

    def readable_roots(self) -> list[Path]:
        roots = [self.home, Path.cwd()]
        roots.extend(Path(p).expanduser() for p in self.input_roots.split(os.pathsep) if p)
        return [r.resolve() for r in roots]


def load_settings(**overrides: object) -> Settings:
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as err:
        first = err.errors()[0]
        name = ".".join(str(part) for part in first["loc"]) or "settings"
        env = f"ATELIER_{name.upper()}" if first["loc"] else "the environment"
        raise ConfigError(
            f"invalid setting {name}: {first['msg']}",
            hint=f"check {env} (or .env)",
        ) from None
    settings.check()
    return settings
