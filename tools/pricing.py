"""Token prices per model, and the cost of a call from its usage.

Prices are configuration: the table below is the default, overridable by a YAML file
(``ATELIER_HOME/prices.yaml``, same shape). Each entry says when it was taken so a stale
table is visible in reports.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel


class ModelPrice(BaseModel):
    """USD per million tokens."""

    text_input: float
    image_input: float = 0.0
    output: float
    taken: str = ""


# gpt-image-1 list prices (text in $5/M, image in $10/M, image out $40/M), used for the
# gpt-image family until the team sets its contracted prices in prices.yaml.
DEFAULT_PRICES: dict[str, ModelPrice] = {
    "gpt-image": ModelPrice(text_input=5.0, image_input=10.0, output=40.0, taken="2025-04"),
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
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for name, entry in raw.items():
                prices[str(name)] = ModelPrice.model_validate(entry)
        return cls(prices)

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
