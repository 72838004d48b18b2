# invokeai-py-client: every task a newcomer or CI needs, from a clean clone.
#   make demo     real local InvokeAI server + the client end to end (images saved under ./out)
#   make test     the test suite, replaying cassettes recorded from real servers (no server needed)
#   make docs     the documentation site (docs/, mkdocs --strict) into site/

SHELL := /bin/bash
PYTHON ?= python3
# Versions come from the repository (openapi/ snapshots, tests/cassettes/ folders), never from a
# list here: the newest snapshot is the line the bindings follow and the one a server starts at.
NEWEST := $(shell $(PYTHON) scripts/versions.py newest)
INVOKEAI_VERSION ?=
SERVER_VERSION = $(or $(INVOKEAI_VERSION),$(NEWEST))
A ?= $(shell $(PYTHON) scripts/versions.py previous)
B ?= $(NEWEST)
# URL=http://127.0.0.1:9090 points test-live, record and regen at an already running server.
URL ?=
PYTEST_ARGS ?=
VENV := .venv
PY := $(VENV)/bin/python
# uv: on PATH, or importable by PYTHON, or else bootstrapped into .tools/ (a venv of its own),
# so that a system Python which forbids `pip install` (PEP 668) is never modified.
UV := $(shell command -v uv 2>/dev/null || { $(PYTHON) -m uv --version >/dev/null 2>&1 && echo "$(PYTHON) -m uv"; } || echo .tools/bin/uv)
# Tests that build the wheel (tests/test_typed_downstream.py) use the same uv.
export INVOKEAI_UV := $(UV)
TARGET_OPTS = $(if $(INVOKEAI_VERSION),--invokeai-version=$(INVOKEAI_VERSION)) $(if $(URL),--invokeai-url=$(URL))

.PHONY: help venv test test-live record record-smoke server server-stop regen regen-local \
        regen-check api-diff lint typecheck docs docs-serve demo bench clean tiny-models \
        sample-project

help:
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 16

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/python -m pip install --quiet uv

$(VENV)/.synced: pyproject.toml uv.lock $(if $(filter .tools/bin/uv,$(UV)),.tools/bin/uv)
	$(UV) sync --frozen --quiet --python $(PYTHON)
	@touch $@

venv: $(VENV)/.synced ## create .venv with the pinned dependencies (uv is bootstrapped into .tools/ if missing)

test: venv ## run the tests against recorded cassettes (no server)
	$(PY) -m pytest

test-live: venv ## run the tests against a real server: URL=... (running) or one started here
	$(PY) -m pytest --invokeai-mode=live $(TARGET_OPTS) $(PYTEST_ARGS)

record: venv ## re-record the cassettes of INVOKEAI_VERSION (default: newest), or of URL=...
	$(PY) -m pytest --invokeai-mode=record $(TARGET_OPTS) $(PYTEST_ARGS)

record-smoke: venv ## record only the smoke tests, making INVOKEAI_VERSION (or URL=...) a smoke line
	$(PY) -m pytest --invokeai-mode=record -m smoke $(TARGET_OPTS) $(PYTEST_ARGS)

server: venv ## install (once) and start a real InvokeAI on a free loopback port
	$(PY) scripts/invokeai_server.py start --version $(SERVER_VERSION)

server-stop: venv ## stop the server started by `make server`
	$(PY) scripts/invokeai_server.py stop --name $(SERVER_VERSION)

regen: venv ## add a snapshot (URL=... and/or INVOKEAI_VERSION=...); bindings follow the newest
	@[ -n "$(URL)$(INVOKEAI_VERSION)" ] || { echo "make regen needs URL=http://... (a running server) or INVOKEAI_VERSION=x.y.z (one started here)" >&2; exit 2; }
	$(PY) scripts/regen.py --from-server $(if $(INVOKEAI_VERSION),--version $(INVOKEAI_VERSION)) $(if $(URL),--url $(URL))
	$(PY) scripts/compat_table.py

regen-local: venv ## regenerate generated/, the compat table and _sync/ from their sources
	$(PY) scripts/regen.py
	$(PY) scripts/compat_table.py
	$(PY) scripts/unasync.py

regen-check: venv ## fail if generated/, the compat table or _sync/ differ from their sources
	$(PY) scripts/regen.py --check
	$(PY) scripts/compat_table.py --check
	$(PY) scripts/unasync.py --check

api-diff: venv ## readable API differences between two snapshots: make api-diff A=5.15.0 B=6.14.2
	$(PY) scripts/api_diff.py $(A) $(B)

sample-project: venv ## fresh venv + the built wheel: tests/sample_project records (INVOKEAI_VERSION or URL=...), then replays offline
	$(PY) scripts/sample_project_check.py $(if $(URL),--url $(URL),--version $(SERVER_VERSION))

tiny-models: venv ## build (once, cached in .servers/models) the tiny SD-1 and SDXL test models
	$(PY) scripts/tiny_models.py build

lint: venv ## ruff on the hand-written code
	$(VENV)/bin/ruff check src scripts tests bench
	$(VENV)/bin/ruff format --check src scripts tests bench

typecheck: venv ## mypy --strict on src/ and scripts/
	$(VENV)/bin/mypy

docs: venv ## build the documentation site into site/ (mkdocs --strict: any warning fails)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --site-dir site

docs-serve: venv ## serve the documentation on http://127.0.0.1:8000 while editing it
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000

demo: venv ## start a real server, upload/board/download, then generate a picture with a tiny model (./out)
	$(PY) scripts/demo.py --version $(SERVER_VERSION)

bench: venv ## print the benchmarks' figures
	$(PY) bench/bench_import.py
	$(PY) bench/bench_parse.py
	$(PY) bench/bench_wait_latency.py
	$(PY) bench/bench_t2i_latency.py
	$(PY) bench/bench_download.py

clean: ## remove caches (keeps .servers/, the installed InvokeAI servers)
	rm -rf .pytest_cache .mypy_cache .ruff_cache .cache out .tools site
