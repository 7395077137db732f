# One task runner. `make` runs lint + tests; `make demo` runs the main job on the sample corpus.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: all test lint demo eval bench clean

all: test

$(BIN)/eventwire: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(BIN)/eventwire
	$(BIN)/eventwire ingest --sample
	$(BIN)/eventwire events --format table

lint: $(BIN)/eventwire
	$(BIN)/ruff check src tests tools

test: lint
	$(BIN)/pytest -q

eval: $(BIN)/eventwire
	$(BIN)/eventwire eval

bench: $(BIN)/eventwire
	$(BIN)/eventwire bench

clean:
	rm -rf $(VENV) eventwire.db eventwire.db-wal eventwire.db-shm
