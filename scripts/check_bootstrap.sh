#!/usr/bin/env bash
# Proves the set-up on a Python that forbids `pip install` (PEP 668): in a fresh clone, with no uv
# on PATH, `make venv PYTHON=<that python>` bootstraps uv into .tools/ and builds .venv, and the
# interpreter itself is left exactly as it was.
#   scripts/check_bootstrap.sh [/usr/bin/python3]
set -euo pipefail
PY=${1:-/usr/bin/python3}
REPO=$(cd "$(dirname "$0")/.." && pwd)

marker=$("$PY" -c 'import os, sysconfig; print(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED"))')
if [ ! -e "$marker" ]; then
    echo "check_bootstrap: $PY is not externally managed (no $marker): nothing to prove" >&2
    exit 2
fi
if "$PY" -m pip --version >/dev/null 2>&1 && "$PY" -m pip install --dry-run --quiet uv >/dev/null 2>&1; then
    echo "check_bootstrap: $PY accepted pip install; PEP 668 is not enforced there" >&2
    exit 2
fi
before=$("$PY" -c 'import sys, sysconfig; print(sorted(__import__("os").listdir(sysconfig.get_path("purelib"))))')

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone --quiet "$REPO" "$work/clone"
# Only the interpreter's own directory and the basics on PATH: no uv, no pyenv shims (the rest of
# the environment, e.g. certificates and proxies, is kept).
clean_path="$(dirname "$PY"):/usr/bin:/bin"
(cd "$work/clone" && env -u VIRTUAL_ENV PATH="$clean_path" make venv PYTHON="$PY")
test -x "$work/clone/.tools/bin/uv"
"$work/clone/.venv/bin/python" -c 'import invokeai_py_client, invokeai_api; print("venv ok:", invokeai_py_client.__name__)'

after=$("$PY" -c 'import sys, sysconfig; print(sorted(__import__("os").listdir(sysconfig.get_path("purelib"))))')
if [ "$before" != "$after" ] || "$PY" -m uv --version >/dev/null 2>&1; then
    echo "check_bootstrap: $PY was modified" >&2
    exit 1
fi
echo "check_bootstrap: ok ($PY is externally managed and untouched; uv came from .tools/)"
