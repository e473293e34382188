"""Prices per model: per-token prices for actual cost, per-image prices for estimates.

Prices are configuration: the table below is the default, overridable by a YAML file
(``ATELIER_HOME/prices.yaml``, same shape). Each entry says when it was taken so a stale
table is visible in reports. The actual cost of a call comes from the tokens its response
reports; the estimate made before an image call comes from ``image`` (USD per image at
1024x1024 for each quality, scaled by pixel count), because tokens are only known after.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError

from core.errors import ConfigError

REFERENCE_PIXELS = 1024 * 1024


class ModelPrice(BaseModel):
    """USD per million tokens; ``image`` is USD per 1024x1024 output image by quality."""

    text_input: float = Field(ge=0)
    image_input: float = Field(default=0.0, ge=0)
    output: float = Field(ge=0)
    image: dict[str, float] = Field(default_factory=dict)
    taken: str = ""


# gpt-image-1 list prices (text in $5/M, image in $10/M, image out $40/M), used for the
# gpt-image family until the team sets its contracted prices in prices.yaml.
DEFAULT_PRICES: dict[str, ModelPrice] = {
    "gpt-image": ModelPrice(
        text_input=5.0,
        image_input=10.0,
        output=40.0,
        # Per-image list prices at 1024x1024 (low / medium / high).
        image={"low": 0.011, "medium": 0.042, "high": 0.167},
        taken="2025-04",
    ),
    "gpt-5.4-mini": ModelPrice(text_input=0.25, output=2.0, taken="2026-03"),
    "omni-moderation": ModelPrice(text_input=0.0, output=0.0, taken="2024-09"),
}


class PriceTable:
    def __init__(self, prices: dict[str, ModelPrice]) -> None:
        # Longest prefix wins, so a dated snapshot inherits its family's price.
        self._prices = dict(sorted(prices.items(), key=lambda kv: -len(kv[0])))

    @classmethod
    def load(cls, path: Path | None = None) -> PriceTable:
        prices = dict(DEFAULT_PRICES)
        if path is not None and path.exists():
            try:
                raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
                if not isinstance(raw, dict):
                    raise ConfigError(f"{path} must map model names to prices")
                for name, entry in raw.items():
                    prices[str(name)] = ModelPrice.model_validate(entry)
            except (yaml.YAMLError, ValidationError, UnicodeDecodeError) as err:
                first = str(err).splitlines()[0]
                raise ConfigError(f"cannot read the price table {path}: {first}") from err
        return cls(prices)

    def entries(self) -> dict[str, ModelPrice]:
        return dict(self._prices)

    def price(self, model: str) -> ModelPrice | None:
        for prefix, price in self._prices.items():
            if model.startswith(prefix):
                return price
        return None

    def cost(
        self, model: str, *, text_in: int = 0, image_in: int = 0, output: int = 0
    ) -> float | None:
        price = self.price(model)
        if price is None:
            return None
        total = text_in * price.text_input + image_in * price.image_input + output * price.output
        return round(total / 1_000_000, 6)

    def estimate_image(
        self, model: str, *, quality: str, size: str, n: int = 1, input_images: int = 0
    ) -> float | None:
        """USD an image call should cost before it is made, or None if the model is unpriced.

        Output scales with pixel count from the 1024x1024 price; each input image adds
        roughly the tokens of a 1024x1024 tile at the image-input token price.
        """
        price = self.price(model)
        if price is None or quality not in price.image:
            return None
        width, height = (int(v) for v in size.lower().split("x"))
        per_image = price.image[quality] * (width * height) / REFERENCE_PIXELS
        inputs = input_images * INPUT_IMAGE_TOKENS * price.image_input / 1_000_000
        return round(per_image * n + inputs, 6)


# Tokens an input image costs at high fidelity, roughly (a 1024x1024 tile set).
INPUT_IMAGE_TOKENS = 1_000
