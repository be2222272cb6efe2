# communique: one entry point for a fresh machine that has only Python 3.11.
#
#   make demo    set up, ingest the sample corpus into a DuckDB store, serve the explorer
#   make test    set up, then lint and run the test suite
#
# Everything is installed into ./.venv from requirements.lock, so a run here is
# the same run as in CI. `make lock` rewrites the lock from a scratch venv.
# The lock holds the core install and every extra (store, serve, dask, plot,
# dev): `pip install communique` alone gives only `extract`, but a developer
# and CI get everything. Only the eval extra (textacy) stays out.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check
# Setup is redone only when what it installs could have changed.
STAMP      := $(VENV)/.setup-done
EVAL_STAMP := $(VENV)/.eval-done
LOCK       := requirements.lock
SHARED     ?= ../shared

.DEFAULT_GOAL := help
.PHONY: help setup demo demo-extract test lint bench eval lock train-quotes clean distclean

# The demo store: the bundled sample corpus, ingested once (a re-run adds nothing).
DEMO_DB    := .demo/samples.duckdb
DEMO_PORT  ?= 8000

help:
	@echo "make demo       ingest the sample corpus and serve the explorer on 127.0.0.1:$(DEMO_PORT)"
	@echo "make demo-extract  run the extractor on the sample article, as tables"
	@echo "make test       ruff + pytest (sets up first)"
	@echo "make lint       ruff only"
	@echo "make bench      throughput and loading benchmarks"
	@echo "make eval       PolNeAR dev evaluation against textacy (needs $(SHARED))"
	@echo "make lock       re-pin $(LOCK) from a scratch venv"
	@echo "make train-quotes  retrain the attribution models on PolNeAR train (needs $(SHARED))"
	@echo "make clean      remove caches and build output; distclean also removes $(VENV)"

setup: $(STAMP)

# Fails when pyproject.toml asks for something the lock does not pin (or pins
# at a version the requirement excludes), so a stale lock is caught at setup
# instead of pip quietly installing an unpinned package.
define CHECK_LOCK
import sys, tomllib
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
extras = project["optional-dependencies"]
wanted = project["dependencies"] + [
    spec for name, specs in extras.items() if name != "eval"
    for spec in specs if not spec.startswith("communique")
]
pins = {}
for line in open("$(LOCK)", encoding="utf-8"):
    name, sep, version = line.strip().partition("==")
    if sep and not name.startswith("#"):
        pins[canonicalize_name(name)] = version
stale = []
for spec in wanted:
    req = Requirement(spec)
    pin = pins.get(canonicalize_name(req.name))
    if pin is None or not req.specifier.contains(pin, prereleases=True):
        stale.append(f"{spec} (lock: {pin or 'missing'})")
if stale:
    sys.exit("$(LOCK) is out of date with pyproject.toml, run make lock: " + "; ".join(stale))
endef
export CHECK_LOCK

# The lock pins every distribution, the model included; the package itself is
# installed editable without re-resolving.
$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Python >= 3.11 is needed (PYTHON=$(PYTHON))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet -r $(LOCK)
	$(PIP) install --quiet --no-deps -e '.[all,dev]'
	@$(BIN)/python -c "$$CHECK_LOCK"
	$(PIP) check
	@touch $@

demo: setup
	@mkdir -p $(dir $(DEMO_DB))
	$(BIN)/communique ingest src/communique/samples/corpus --db $(DEMO_DB)
	$(BIN)/communique serve --db $(DEMO_DB) --port $(DEMO_PORT)

demo-extract: setup
	$(BIN)/communique extract src/communique/samples/munich_talks.txt --date 2022-02-18 --format table

test: setup
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .

bench: setup
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/loading.py

# textacy (scipy, scikit-learn) stays out of the core install; the lock still
# constrains every package the two installs share.
$(EVAL_STAMP): $(STAMP)
	$(PIP) install --quiet -c $(LOCK) -e '.[eval]'
	@touch $@

eval: $(EVAL_STAMP)
	@test -d $(SHARED)/data/polnear || { echo "$(SHARED)/data/polnear not found"; exit 1; }
	$(BIN)/communique eval polnear $(SHARED)/data/polnear/data/dev --compare textacy

# The quote finder's trained parts, from PolNeAR's train split only (never dev
# or test): the attribution models (configs/quotes/train.cfg, the held-back
# articles in configs/quotes/heldout.txt) in src/communique/data/quote_model.npz,
# and the cue statistics of the rule-only fallback in cue_stats.tsv.gz. Seeded.
train-quotes: setup
	@test -d $(SHARED)/data/polnear/data/train || { echo "$(SHARED)/data/polnear/data/train not found"; exit 1; }
	nice -n 10 $(BIN)/python scripts/train_quotes.py $(SHARED)/data/polnear/data/train --score
	nice -n 10 $(BIN)/python scripts/build_cue_stats.py $(SHARED)/data/polnear/data/train --cache .cache/train_quotes/cue_stats.spacy

# Pins the core requirements and every extra but eval, read from pyproject.toml,
# resolved in a throw-away venv so nothing installed here by hand leaks into the lock.
lock:
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PYTHON) -m venv "$$tmp/venv" && \
	$(PYTHON) -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; \
		x = p["optional-dependencies"]; print("\n".join(p["dependencies"] + [s for n, specs in \
		x.items() if n != "eval" for s in specs if not s.startswith("communique")]))' \
		> "$$tmp/requirements.in" && \
	"$$tmp/venv/bin/python" -m pip --disable-pip-version-check install --quiet -r "$$tmp/requirements.in" && \
	{ echo "# Generated by 'make lock' from pyproject.toml (core + every extra but eval) with Python $$($(PYTHON) -c 'import platform; print(platform.python_version())')."; \
	  echo "# Do not edit by hand: change pyproject.toml, then run 'make lock'."; \
	  "$$tmp/venv/bin/python" -m pip --disable-pip-version-check freeze; } > $(LOCK)
	@echo "wrote $(LOCK): $$(grep -vc '^#' $(LOCK)) pins"

clean:
	rm -rf build dist src/*.egg-info .pytest_cache .ruff_cache .hypothesis .demo $(STAMP) $(EVAL_STAMP)
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
