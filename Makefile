# danvan: two commands do all the set-up on a fresh clone: `make report` and `make test`.
# Both create .venv when it is missing and reinstall only when pyproject.toml changes.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CORPUS ?=
JOBS   ?= 1
# a general-news corpus file that notebook 03 ranks shared sequences against (optional)
BACKGROUND ?=

.PHONY: help install ingest report test lint lab clean bench

help:
	@echo "make report   build data/processed, run every notebook, write reports/ (CORPUS=path for another corpus,"
	@echo "              BACKGROUND=path to a general-news corpus for notebook 03's shared sequences)"
	@echo "make test     run the whole test suite, notebooks included"
	@echo "make lab      open JupyterLab on the project"
	@echo "make lint     ruff check"
	@echo "make bench    run the benchmark scripts"
	@echo "make clean    remove generated files (keeps .venv)"

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install -e ".[dev,cluster]"
	$(PY) -m ipykernel install --prefix $(VENV) --name python3 --display-name "Python 3 (danvan)"
	touch $(STAMP)

install: $(STAMP)

ingest: install
	$(PY) -m danvan ingest --jobs $(JOBS)

report: install
	$(if $(BACKGROUND),DANVAN_BACKGROUND="$(abspath $(BACKGROUND))") $(PY) -m danvan report $(if $(CORPUS),--corpus "$(CORPUS)") --jobs $(JOBS)

test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .

# JupyterLab refuses to start as root (containers, Binder-like images) unless told it may.
lab: install
	$(VENV)/bin/jupyter lab --notebook-dir=. $(if $(filter 0,$(shell id -u)),--allow-root)

bench: install
	$(PY) benchmarks/ingest.py
	$(PY) benchmarks/themes.py

clean:
	rm -rf reports .pytest_cache .ruff_cache
	find data/processed -mindepth 1 ! -name README.md -exec rm -rf {} +
	find . -name __pycache__ -not -path "./$(VENV)/*" -exec rm -rf {} +
