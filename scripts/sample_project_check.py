"""The contract-testing kit as a user gets it: a fresh project outside the repository.

Builds the wheel, installs it with its ``testing`` extra into a new venv, copies
``tests/sample_project`` (without its cassettes) into a new folder, records it against a real
InvokeAI (``--url`` of a running one, else the plugin installs/starts ``--version`` on loopback
and stops it when pytest ends), then replays it with no server and no network. Prints what it ran,
pass counts, timings and cassette sizes; exits non-zero if either run does not pass.

    python scripts/sample_project_check.py [--version 6.14.2 | --url http://127.0.0.1:9090]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "sample_project"
SNAPSHOTS = ROOT / "openapi"
SUMMARY = re.compile(r"=+ (.*\d+ (?:passed|failed|error).*) in [\d.]+s")


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[str, float]:
    """Run ``cmd``, echoing it; return its output and wall time; stop the check if it fails."""
    print(f"$ (cd {cwd} && {shlex.join(cmd)})", flush=True)
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if proc.returncode != 0:
        print(proc.stdout[-4000:], proc.stderr[-4000:], sep="\n", file=sys.stderr)
        raise SystemExit(f"failed ({proc.returncode}) after {elapsed:.1f} s: {' '.join(cmd)}")
    return proc.stdout, elapsed


def pytest_env() -> dict[str, str]:
    # A user's shell: nothing of this repository's test settings leaks into the project's runs.
    drop = {"INVOKEAI_TEST_MODE", "INVOKEAI_URL", "INVOKEAI_VERSION", "PYTHONPATH", "VIRTUAL_ENV"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def offline(cmd: list[str]) -> tuple[list[str], str]:
    """``cmd`` in a network namespace of its own (only a loopback of its own: no server, no
    network can answer), where ``unshare`` allows it; else as it is."""
    wrap = ["unshare", "-rn", "sh", "-c", 'ip link set lo up 2>/dev/null; exec "$@"', "sh"]
    probe = shutil.which("unshare") and subprocess.run([*wrap, "true"], capture_output=True)
    if probe and probe.returncode == 0:
        return [*wrap, *cmd], "in a network namespace of its own"
    return cmd, "no network isolation available here"


def server_version(url: str) -> str:
    with urllib.request.urlopen(f"{url.rstrip('/')}/api/v1/app/version", timeout=10) as answer:
        return str(json.loads(answer.read())["version"])


def summary(output: str) -> str:
    found = SUMMARY.search(output)
    return found.group(1) if found else "no pytest summary"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", default="6.14.2", help="server started by the plugin")
    parser.add_argument("--url", help="record against this running server instead")
    parser.add_argument("--workdir", type=Path, help="default: a new folder under /tmp")
    args = parser.parse_args(argv)
    uv = shutil.which("uv")
    if uv is None:
        raise SystemExit("needs uv on PATH (https://docs.astral.sh/uv/)")
    work = args.workdir or Path(tempfile.mkdtemp(prefix="invokeai-sample-"))
    work.mkdir(parents=True, exist_ok=True)
    dist, venv, project = work / "dist", work / "venv", work / "project"

    run([uv, "build", "--wheel", "--quiet", "--out-dir", str(dist)], ROOT)
    (wheel,) = sorted(dist.glob("invokeai_py_client-*.whl"))
    interpreter = f"{sys.version_info[0]}.{sys.version_info[1]}"
    run([uv, "venv", "--quiet", "-p", interpreter, str(venv)], work)
    python = venv / "bin" / "python"
    run([uv, "pip", "install", "--quiet", "--python", str(python), f"{wheel}[testing]"], work)

    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(SAMPLE, project, ignore=shutil.ignore_patterns("cassettes", "__pycache__"))
    version = server_version(args.url) if args.url else args.version
    snapshot = SNAPSHOTS / f"invokeai-{version}.json"
    if snapshot.is_file():  # else the pipeline fetches /openapi.json (recorded: 2-3 MB more)
        shutil.copy(snapshot, project / "openapi.json")

    target = [f"--invokeai-url={args.url}"] if args.url else [f"--invokeai-version={args.version}"]
    pytest = [str(python), "-m", "pytest", "-p", "no:cacheprovider", "-v"]
    recorded, record_s = run([*pytest, "--invokeai-mode=record", *target], project, pytest_env())
    cassettes = sorted(p for p in (project / "cassettes").rglob("*") if p.is_file())
    replay, isolation = offline(pytest)
    replayed, replay_s = run(replay, project, pytest_env())

    print(f"\nwheel    {wheel.name} ({wheel.stat().st_size / 1e3:.0f} kB), venv {venv}")
    print(f"project  {project}")
    print(f"record   {summary(recorded)} in {record_s:.1f} s (server start and stop included)")
    for path in cassettes:
        print(f"         {path.relative_to(project)}  {path.stat().st_size / 1e3:.1f} kB")
    print(f"replay   {summary(replayed)} in {replay_s:.1f} s (no server; {isolation})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
