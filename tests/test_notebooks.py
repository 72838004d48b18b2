"""The docs notebooks run in a real Jupyter kernel (nbclient) against each recorded server line:
the kernel replays (or records) the test's cassette and Socket.IO events itself
(``tests/_recorded_process.py``), so the notebook's own client, built as written, is answered
by the recording. Recording the newest line (or replaying it with ``INVOKEAI_WRITE_NOTEBOOKS=1``)
also writes the executed notebook, with its outputs, back into ``docs/notebooks/`` (what the
docs site renders)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client.testing._recording import cassette_path
from scripts.versions import newest_snapshot_version
from tests._recorded_process import Settings

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((REPO / "docs" / "notebooks").glob("*.ipynb"))
RUN_TIMEOUT_S = 600
# Set to 1 to write the outputs of a replayed run of the newest line back into the notebook
# (after a change of how things display; recording the newest line always writes them).
WRITE_ENV = "INVOKEAI_WRITE_NOTEBOOKS"

pytestmark = pytest.mark.destructive  # runs diffusion, may install the tiny model


def _setup_code(settings: Settings, tiny_sd1: str) -> str:
    return f"""
import os, sys
sys.path.insert(0, {str(REPO)!r})
os.environ["INVOKEAI_URL"] = {settings.url!r}
from tests._recorded_process import ProcessRecording, Settings
_recording = ProcessRecording(Settings.from_json({settings.to_json()!r})).start()
from pathlib import Path as _Path
from invokeai_py_client import InvokeAIClient as _Client
from tests._diffusion import tiny_model as _tiny_model
with _Client.from_url({settings.url!r}) as _setup:
    _tiny_model(_setup, {{"sd1": _Path({tiny_sd1!r})}}, "sd1")
"""


FINISH = """
_mismatches = _recording.stop()
assert not _mismatches, "requests the cassette does not hold: " + "; ".join(_mismatches)
"""


def _outputs(cell: Any) -> list[dict[str, Any]]:
    return list(cell.get("outputs", []))


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_the_docs_notebook_runs_in_a_kernel(
    notebook: Path,
    request: pytest.FixtureRequest,
    mode: str,
    server_version: str,
    server_url: str,
    server_openapi: dict[str, Any],
    tiny_models: dict[str, Path],
    invokeai_cassettes_dir: Path,
    tmp_path: Path,
) -> None:
    openapi = tmp_path / "openapi.json"
    openapi.write_text(json.dumps(server_openapi))
    settings = Settings(
        mode=mode,
        cassette=str(cassette_path(request, invokeai_cassettes_dir, server_version)),
        version=server_version,
        url=server_url,
        openapi=str(openapi),
    )
    nb = nbformat.read(notebook, as_version=4)
    shown = len(nb.cells)
    nb.cells.insert(0, nbformat.v4.new_code_cell(_setup_code(settings, str(tiny_models["sd1"]))))
    nb.cells.append(nbformat.v4.new_code_cell(FINISH))
    client = nbclient.NotebookClient(
        nb,
        timeout=RUN_TIMEOUT_S,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()
    ran = nb.cells[1:-1]
    assert len(ran) == shown
    code = [c for c in ran if c.cell_type == "code"]
    errors = [o for c in code for o in _outputs(c) if o.get("output_type") == "error"]
    assert not errors, errors
    html = [
        o["data"]["text/html"]
        for c in code
        for o in _outputs(c)
        if "text/html" in o.get("data", {})
    ]
    assert any("<figure" in h and "data:image/" in h for h in html), "no thumbnails shown"
    assert any("<table" in h and "<td>" in h for h in html), "no inputs table"
    pngs = [o for c in code for o in _outputs(c) if "image/png" in o.get("data", {})]
    assert pngs, "no full-size image"
    texts = "\n".join(
        o.get("text", "") or o.get("data", {}).get("text/plain", "")
        for c in code
        for o in _outputs(c)
    )
    assert "1 item · 100% · 1 completed" in texts
    assert "3 prompts: 3/3 items ended · 100% · 3 completed" in texts
    rewrite = mode == "record" or os.environ.get(WRITE_ENV) == "1"
    if rewrite and server_version == newest_snapshot_version():
        nb.cells = ran
        nbformat.write(nb, notebook)
