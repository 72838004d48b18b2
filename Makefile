# invokeai-py-client: every task a newcomer or CI needs, from a clean clone.
#   make demo     real local InvokeAI server + the client end to end (images saved under ./out)
#   make test     the test suite, replaying cassettes recorded from real servers (no server needed)

SHELL := /bin/bash
INVOKEAI_VERSION ?= 6.14.2
A ?= 5.15.0
B ?= 6.14.2
PYTHON ?= python3
UV := $(PYTHON) -m uv
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: help venv test test-live record server server-stop regen regen-local regen-check \
        api-diff lint typecheck demo bench clean tiny-models

help:
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 16

$(VENV)/.synced: pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	$(UV) sync --frozen --quiet
	@touch $@

venv: $(VENV)/.synced ## create .venv with the pinned dependencies (uv, installed with pip if missing)

test: venv ## run the tests against recorded cassettes (no server)
	$(PY) -m pytest

test-live: venv ## run the tests against a real server started here (INVOKEAI_VERSION=6.14.2)
	$(PY) -m pytest --invokeai-mode=live --invokeai-version=$(INVOKEAI_VERSION)

record: venv ## re-record the cassettes of INVOKEAI_VERSION from a real server started here
	$(PY) -m pytest --invokeai-mode=record --invokeai-version=$(INVOKEAI_VERSION)

server: venv ## install (once) and start a real InvokeAI on a free loopback port
	$(PY) scripts/invokeai_server.py start --version $(INVOKEAI_VERSION)

server-stop: venv ## stop the server started by `make server`
	$(PY) scripts/invokeai_server.py stop --name $(INVOKEAI_VERSION)

regen: venv ## snapshot a server's /openapi.json (one started here, or URL=...) and regenerate generated/
	$(PY) scripts/regen.py --from-server --version $(INVOKEAI_VERSION) $(if $(URL),--url $(URL))
	$(PY) scripts/compat_table.py

regen-local: venv ## regenerate generated/ from the newest committed snapshot, and _sync/ from _async/
	$(PY) scripts/regen.py
	$(PY) scripts/compat_table.py
	$(PY) scripts/unasync.py

regen-check: venv ## fail if generated/ or _sync/ differ from what their sources generate
	$(PY) scripts/regen.py --check
	$(PY) scripts/compat_table.py --check
	$(PY) scripts/unasync.py --check

api-diff: venv ## readable API differences between two snapshots: make api-diff A=5.15.0 B=6.14.2
	$(PY) scripts/api_diff.py $(A) $(B)

tiny-models: venv ## build (once, cached in .servers/models) the tiny SD-1 and SDXL test models
	$(PY) scripts/tiny_models.py build

lint: venv ## ruff on the hand-written code
	$(VENV)/bin/ruff check src scripts tests bench
	$(VENV)/bin/ruff format --check src scripts tests bench

typecheck: venv ## mypy --strict on src/ and scripts/
	$(VENV)/bin/mypy

demo: venv ## start a real server, upload an image, put it on a board, download it to ./out
	$(PY) scripts/demo.py --version $(INVOKEAI_VERSION)

bench: venv ## print the benchmarks' figures
	$(PY) bench/bench_import.py
	$(PY) bench/bench_parse.py
	$(PY) bench/bench_wait_latency.py
	$(PY) bench/bench_download.py

clean: ## remove caches (keeps .servers/, the installed InvokeAI servers)
	rm -rf .pytest_cache .mypy_cache .ruff_cache out
