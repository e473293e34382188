# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEBIAN_PACKAGES := fonts-noto-core fonts-noto-cjk libfribidi0

.PHONY: demo test lint typecheck pytest system-deps docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -U pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[dev]"
	touch $@ $(VENV)/.installed

# Fonts for Japanese, Korean, Chinese, Hindi and Bengali text in offline images.
system-deps:
	@if [ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc ] && \
	    [ -f /usr/share/fonts/truetype/noto/NotoSansBengali-Bold.ttf ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    --no-install-recommends $(DEBIAN_PACKAGES) >/dev/null; \
	else \
	  echo "note: install $(DEBIAN_PACKAGES) so offline images render every script"; \
	fi

demo: system-deps $(VENV)/.installed
	$(BIN)/atelier demo --out out/demo

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy agent tools memory prompts tests

pytest: $(VENV)/.installed-dev
	$(BIN)/pytest -q

test: system-deps lint typecheck pytest

docs: $(VENV)/.installed
	$(BIN)/python -m agent.diagram --write

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
