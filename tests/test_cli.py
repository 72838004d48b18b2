"""The ``invokeai-client`` command line against real servers (recorded): what it prints, its
exit statuses, the files it writes, and its live progress in a real terminal (a pty)."""

from __future__ import annotations

import ast
import contextlib
import io
import json
import os
import pty
import re
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client import InvokeAIClient
from invokeai_py_client.cli import _progress as progress_module
from invokeai_py_client.cli import main
from scripts.png import make_png

REPO_ROOT = Path(__file__).resolve().parent.parent
FORM = REPO_ROOT / "tests" / "workflows" / "blank_blur_save_form.json"
T2I = "Text to Image - SD1.5"
GHOST_MODEL = json.dumps(
    {"key": "no-such-model", "hash": "blake3:0", "name": "Ghost", "base": "sd-1", "type": "main"}
)


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Cli = Callable[..., Outcome]


@pytest.fixture
def client_factory(
    make_client: Callable[..., InvokeAIClient], server_url: str, server_openapi: dict[str, Any]
) -> Callable[[str | None, str | None], InvokeAIClient]:
    """The CLI's clients: the harness's (recorded or replayed), given the saved node schemas."""

    def factory(url: str | None, api_key: str | None) -> InvokeAIClient:
        assert url == server_url  # the CLI passes --url on to its client factory
        client = make_client(api_key=api_key)
        client.workflow_repo.load_node_schemas(server_openapi)
        return client

    return factory


@pytest.fixture
def cli(
    client_factory: Callable[[str | None, str | None], InvokeAIClient],
    server_url: str,
    capsys: pytest.CaptureFixture[str],
) -> Cli:
    """Runs the command line in this process with ``--url`` of the test's server."""

    def run(*args: str) -> Outcome:
        capsys.readouterr()
        code = main(["--url", server_url, *args], client_factory=client_factory)
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


OFFLINE_URL = "http://127.0.0.1:1"  # nothing listens there: a request would fail the test


@pytest.fixture
def offline_cli(server_openapi: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> Cli:
    """The command line with the node schemas of the test's server version and no server at
    all: what it does must not need one (or it fails with a connection error)."""

    def factory(url: str | None, api_key: str | None) -> InvokeAIClient:
        assert url == OFFLINE_URL
        client = InvokeAIClient.from_url(url, max_retries=0)
        client.workflow_repo.load_node_schemas(server_openapi)
        return client

    def run(*args: str) -> Outcome:
        capsys.readouterr()
        code = main(["--url", OFFLINE_URL, *args], client_factory=factory)
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# ----------------------------------------------------------------------------- no server
CLI_LIBRARIES = frozenset({"click", "rich", "typer"})
_BLOCKED_IMPORT = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.partition(".")[0] in {blocked!r}:
            raise ImportError("blocked " + name)
sys.meta_path.insert(0, Block())
import invokeai_py_client
from invokeai_py_client import AsyncInvokeAIClient, InvokeAIClient
import invokeai_py_client.board, invokeai_py_client.dnn_model, invokeai_py_client.events
import invokeai_py_client.queue, invokeai_py_client.workflow
InvokeAIClient.from_url("http://127.0.0.1:1").close()
print(sorted({blocked!r} & {{*sys.modules}}))
"""


def test_the_client_works_without_the_cli_libraries() -> None:
    # httpx imports click and rich by itself when they are installed (its own `httpx` command),
    # so the proof is an interpreter where they cannot be imported at all.
    code = _BLOCKED_IMPORT.format(blocked=set(CLI_LIBRARIES))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_only_the_cli_package_imports_the_cli_libraries() -> None:
    package = REPO_ROOT / "src" / "invokeai_py_client"
    offenders = []
    for path in package.rglob("*.py"):
        relative = path.relative_to(package)
        if relative.parts[0] == "cli" or relative.name == "__main__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            offenders += [f"{relative}: {n}" for n in names if n.partition(".")[0] in CLI_LIBRARIES]
    assert offenders == []


def test_python_dash_m_and_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "invokeai_py_client", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    for command in ("run", "inputs", "boards", "images", "models", "queue", "server"):
        assert command in result.stdout
    script = Path(sys.executable).with_name("invokeai-client")
    version = subprocess.run([str(script), "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and "invokeai-client" in version.stdout


def test_a_run_needs_a_workflow_file_or_a_library_name() -> None:
    assert main(["--url", OFFLINE_URL, "run"]) == 2


def test_no_server_exits_1_saying_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INVOKEAI_URL", OFFLINE_URL)  # the address when --url is not given
    assert main(["server", "version"]) == 1
    err = capsys.readouterr().err
    assert f"error: GET {OFFLINE_URL}/api/v1/app/version: ConnectError" in err


# ----------------------------------------------------------------------------- server
def test_server_version(cli: Cli, server_version: str, server_url: str) -> None:
    plain = cli("server", "version")
    assert (plain.code, plain.out.strip()) == (0, server_version)
    assert cli("--json", "server", "version").json() == {
        "url": server_url,
        "version": server_version,
    }


def test_inputs_table_and_json(offline_cli: Cli) -> None:
    cli = offline_cli
    table = cli("inputs", str(FORM))
    assert table.code == 0
    assert "Width" in table.out and "blank.width" in table.out
    rows = cli("--json", "inputs", str(FORM)).json()
    assert rows[0] | {"value": None} == {
        "index": 0,
        "label": "Width",
        "field": "blank.width",
        "kind": "integer",
        "required": False,
        "value": None,
    }


def test_run_writes_the_output_images(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = cli("--json", "run", str(FORM), "--set", "0=80", "--out", str(out))
    assert result.code == 0, result.err
    [item] = result.json()["items"]
    assert item["status"] == "completed"
    written = {Path(image["path"]) for image in item["images"]}
    # Exactly what map_outputs_to_images reported, each downloaded once.
    assert written == set(out.iterdir())
    saved = [Path(i["path"]) for i in item["images"] if i["node_id"] == "save"]
    assert [png_size(p) for p in saved] == [(80, 48)]


def test_a_batch_makes_one_item_per_value(cli: Cli, tmp_path: Path) -> None:
    result = cli("run", str(FORM), "--batch", "Width=16,24,32", "--out", str(tmp_path))
    assert result.code == 0, result.err
    assert "enqueued 3 queue item(s)" in result.err
    assert result.err.count("completed") >= 3  # the final frame of the progress bars
    listed = [Path(line) for line in result.out.split()]
    assert all(p.parent == tmp_path and p.exists() for p in listed)
    assert listed and sorted(listed) == sorted(tmp_path.iterdir())
    # Each item's outputs (every one of them is 48 high and as wide as its item's value).
    assert {png_size(p) for p in listed} == {(16, 48), (24, 48), (32, 48)}


def test_bad_values_exit_2_before_anything_is_sent(offline_cli: Cli, tmp_path: Path) -> None:
    cli = offline_cli
    not_a_number = cli("run", str(FORM), "--set", "Width=wide", "--out", str(tmp_path))
    assert not_a_number.code == 2
    assert "input [0] 'Width' takes a number (integer), got 'wide'" in not_a_number.err
    unknown = cli("run", str(FORM), "--set", "Depth=3")
    assert unknown.code == 2 and "no input labelled 'Depth'" in unknown.err
    missing = cli("run", str(FORM), "--set", "Width")
    assert missing.code == 2 and "--set takes KEY=VALUE" in missing.err
    twice = cli("run", str(FORM), "--batch", "Width=16,24", "--batch", "0=8")
    assert twice.code == 2 and "input [0] 'Width' is given twice in --batch" in twice.err
    not_a_list = cli("run", str(FORM), "--batch", "Width=[16")
    assert not_a_list.code == 2 and "unreadable JSON list" in not_a_list.err
    assert list(tmp_path.iterdir()) == []


def test_a_failed_item_exits_1_with_the_servers_error(cli: Cli, tmp_path: Path) -> None:
    result = cli(
        "run",
        "--library",
        T2I,
        "--set",
        f"model={GHOST_MODEL}",
        "--set",
        "Positive Prompt=a red fox",
        "--out",
        str(tmp_path),
    )
    assert result.code == 1
    assert "failed" in result.err and "no-such-model" in result.err
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_library_workflow_is_a_usage_error(cli: Cli) -> None:
    result = cli("run", "--library", "No such workflow anywhere")
    assert result.code == 2 and "no workflow named 'No such workflow anywhere'" in result.err


def test_boards_and_images(cli: Cli, tmp_path: Path) -> None:
    picture = tmp_path / "picture.png"
    picture.write_bytes(make_png(24, 16, (0, 128, 255)))
    created = cli("--json", "boards", "create", "cli board")
    assert created.code == 0
    board_id = created.json()["board_id"]
    try:
        listed = cli("--json", "boards", "ls").json()
        assert listed[0]["board_id"] == "none"
        assert {"board_id": board_id, "name": "cli board"}.items() <= next(
            b for b in listed if b["board_id"] == board_id
        ).items()
        uploaded = cli("images", "upload", str(picture), "--board", "cli board")
        assert uploaded.code == 0
        [image_name] = uploaded.out.split()
        ran = cli("--json", "run", str(FORM), "--board", "cli board", "--no-download")
        assert ran.code == 0, ran.err
        assert all(i["path"] is None for i in ran.json()["items"][0]["images"])
        out = tmp_path / "board"
        downloaded = cli("boards", "download", board_id, "--out", str(out))
        assert downloaded.code == 0
        names = {p.name for p in out.iterdir()}
        assert image_name in names and len(names) >= 2  # the upload and the run's output
        again = cli("boards", "download", "cli board", "--out", str(out))
        assert again.code == 0
        # A repeated download says what it skipped, per file and in all.
        assert f"downloaded 0 image(s), skipped {len(names)} already in" in again.err
        lines = again.out.splitlines()
        assert len(lines) == len(names)
        assert all(line.endswith("(skipped: already there)") for line in lines)
    finally:
        removed = cli("boards", "rm", board_id, "--delete-images")
    assert removed.code == 0 and f"deleted board {board_id}" in removed.out
    gone = cli("boards", "rm", "cli board")
    assert gone.code == 2 and "no board named 'cli board'" in gone.err


def test_queue_status_and_cancel(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    status = cli("--json", "queue", "status")
    assert status.code == 0
    assert {"pending", "in_progress", "completed", "failed", "canceled", "total"} <= set(
        status.json()
    )
    assert "processor:" in cli("queue", "status").out
    assert cli("queue", "cancel").code == 2  # nothing named
    monkeypatch.setattr(sys, "stdin", io.StringIO("n\n"))
    declined = cli("queue", "clear")
    assert declined.code == 2 and "not confirmed" in declined.err


def test_a_timeout_cancels_what_the_run_enqueued(cli: Cli, tmp_path: Path) -> None:
    result = cli("run", str(FORM), "--runs", "3", "--timeout", "0", "--out", str(tmp_path))
    assert result.code == 1
    assert "timed out after 0.0 s: canceled" in result.err
    assert "of the 3 queue item(s) this run enqueued" in result.err
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_cancels_what_the_run_enqueued(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(self: Any, event: Any) -> None:
        raise KeyboardInterrupt  # as if Ctrl-C came while the first item ran

    monkeypatch.setattr(progress_module.QueueProgress, "on_event", interrupt)
    result = cli("run", str(FORM), "--runs", "3", "--out", str(tmp_path))
    assert result.code == 130
    assert "interrupted: canceled" in result.err
    assert "of the 3 queue item(s) this run enqueued" in result.err
    assert list(tmp_path.iterdir()) == []


# ----------------------------------------------------------------------------- a real terminal
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class Terminal:
    """A pseudo-terminal (100 columns) that stdout and stderr can be attached to."""

    def __init__(self) -> None:
        self._master, slave = pty.openpty()
        self._screen = os.fdopen(slave, "w", encoding="utf-8", buffering=1)
        self._chunks: list[bytes] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self._master, 65536)
            except OSError:  # the terminal was closed
                return
            if not data:
                return
            self._chunks.append(data)

    @contextlib.contextmanager
    def attached(self) -> Iterator[None]:
        # Set at call time: pytest's capture puts its own sys.stdout back when a test starts.
        saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = self._screen
        try:
            yield
        finally:
            sys.stdout, sys.stderr = saved

    def shown(self) -> str:
        """Everything written so far (once the reader has been quiet for a moment)."""
        self._screen.flush()
        seen = -1
        while seen != len(self._chunks):
            seen = len(self._chunks)
            self._reader.join(timeout=0.3)
        return b"".join(self._chunks).decode("utf-8", "replace")

    def close(self) -> None:
        self._screen.close()
        self._reader.join(timeout=5)
        os.close(self._master)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[Terminal]:
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("NO_COLOR", raising=False)
    screen = Terminal()
    try:
        yield screen
    finally:
        screen.close()


@pytest.mark.destructive  # installs and deletes a model
# 4.2.9's default workflow needs l2i.fp32, which it does not expose
@pytest.mark.invokeai_versions(since="5.0.0")
def test_a_gui_workflow_renders_with_a_tiny_model_and_live_progress_in_a_terminal(
    cli: Cli,
    client_factory: Callable[[str | None, str | None], InvokeAIClient],
    server_url: str,
    tiny_models: dict[str, Path],
    terminal: Terminal,
    tmp_path: Path,
) -> None:
    with terminal.attached():
        install = ["--url", server_url, "models", "install", str(tiny_models["sd1"]), "--inplace"]
        assert main(install, client_factory=client_factory) == 0
    installing = terminal.shown()
    assert re.search(r"install \d+ .*completed", _ANSI.sub("", installing)), installing
    listed = cli("--json", "models", "ls", "--type", "main", "--base", "sd-1").json()
    # Named after the folder: 6.x the link's name, 5.x the folder it points to (tiny-sd1-<hash>).
    [model] = [m for m in listed if m["name"].startswith("tiny-sd1")]
    assert model["key"] in installing and (model["base"], model["type"]) == ("sd-1", "main")
    try:
        args = ["--url", server_url, "run", "--library", T2I, "--set", f"model={model['name']}"]
        args += ["--set", "Positive Prompt=a red fox", "--set", "3=64", "--set", "Height=64"]
        with terminal.attached():
            code = main([*args, "--out", str(tmp_path)], client_factory=client_factory)
        shown = terminal.shown()[len(installing) :]
    finally:
        removed = cli("models", "rm", model["key"])
    assert code == 0, shown
    [image] = list(tmp_path.iterdir())
    assert png_size(image) == (64, 64)
    assert str(image) in shown
    # The bar was redrawn in place (erase line, cursor up) as the denoising steps went by.
    steps = [int(n) for n in re.findall(r"step (\d+)/30", shown)]
    assert steps == sorted(steps) and steps[-1] == 30 and len(set(steps)) >= 20, shown
    assert shown.count("\x1b[2K") >= 20
    assert "100%" in shown and "completed" in shown
    assert removed.code == 0 and "deleted model" in removed.out
