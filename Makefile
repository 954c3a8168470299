# Two entry points (see README): `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: demo test bench evaluate lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

demo: $(STAMP)
	$(PY) -m extractor demo

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) -m extractor.bench

evaluate: $(STAMP)
	$(PY) -m extractor evaluate corpus/gold.jsonl

lint: $(STAMP)
	$(PY) -m pip install --quiet ruff mypy
	$(PY) -m ruff check extractor tests
	$(PY) -m mypy

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
