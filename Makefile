# The two commands of the README: `make build` and `make test`. Both set up .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: build test lint dev evaluate bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/readouts build

test: $(STAMP)
	$(BIN)/ruff check pipelines tests scripts frictionless_readouts.py
	$(BIN)/python -m pytest

dev: $(STAMP)
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1

evaluate: $(STAMP)
	$(BIN)/readouts evaluate ../shared/eval/dev.gold.jsonl

# Builds of 1,000 and 10,000 documents made from the bulk corpus, then a one-document rebuild.
BENCH_SIZES ?= 1000,10000
BENCH_RUNS ?= 1
bench: $(STAMP)
	$(BIN)/readouts bench --sizes $(BENCH_SIZES) --runs $(BENCH_RUNS)

clean:
	rm -rf outputs .pytest_cache .ruff_cache
