"""Types reach the user: the wheel is built, installed into a fresh virtual environment outside
the repository, and a user's script (tests/typing/downstream_usage.py) is checked there with
`mypy --strict`; its `assert_type` calls fail on any result that is `Any`."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
USAGE = Path(__file__).resolve().parent / "typing" / "downstream_usage.py"


def _uv() -> list[str]:
    configured = os.environ.get("INVOKEAI_UV")
    if configured:
        command = shlex.split(configured)
        if (REPO / command[0]).exists():  # the Makefile's .tools/bin/uv, relative to the repo
            command[0] = str(REPO / command[0])
        return command
    found = shutil.which("uv")
    if found:
        return [found]
    bootstrapped = REPO / ".tools" / "bin" / "uv"  # where `make venv` puts uv when none is found
    if bootstrapped.exists():
        return [str(bootstrapped)]
    return [sys.executable, "-m", "uv"]


def _run(*command: str | Path, cwd: Path) -> str:
    proc = subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, (
        f"{' '.join(map(str, command))} failed:\n{proc.stdout}{proc.stderr}"
    )
    return proc.stdout


def test_installed_wheel_types_reach_a_user_script(tmp_path: Path) -> None:
    uv = _uv()
    dist = tmp_path / "dist"
    _run(*uv, "build", "--wheel", "--out-dir", dist, cwd=REPO)
    [wheel] = dist.glob("*.whl")
    venv = tmp_path / "venv"
    _run(*uv, "venv", "--quiet", "--python", sys.executable, venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(*uv, "pip", "install", "--quiet", "--python", python, wheel, "mypy", cwd=tmp_path)
    # The quick client's prebuilt workflows ship in the wheel.
    shipped = _run(
        python,
        "-c",
        "from invokeai_py_client._core.quick import load_prebuilt\n"
        "for name in ('copy-image.json', 'sdxl-text-to-image.json'):\n"
        "    print(load_prebuilt(name).name)",
        cwd=tmp_path,
    )
    assert "Copy image" in shipped and "SDXL text to image" in shipped
    script = tmp_path / "user" / "pipeline.py"
    script.parent.mkdir()
    shutil.copy(USAGE, script)
    out = _run(python, "-m", "mypy", "--strict", "--no-incremental", script.name, cwd=script.parent)
    assert "Success: no issues found in 1 source file" in out
    # And the check has teeth: a typo on a generated model is caught.
    script.write_text(
        script.read_text()
        + "\n\ndef typo(client: InvokeAIClient) -> None:\n"
        + "    print(client.board_repo.list_boards()[0].board_nam)\n"
    )
    proc = subprocess.run(
        [str(python), "-m", "mypy", "--strict", "--no-incremental", script.name],
        cwd=script.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1 and '"BoardDTO" has no attribute "board_nam"' in proc.stdout


GRAPH_USAGE = Path(__file__).resolve().parent / "typing" / "downstream_graph.py"
MISWIRED = """

def miswired() -> None:
    # latents into an image input, and a string into an integer input
    BlurImage(image=noise.out.noise)
    AddIntegers(a=blur.out.image)
"""


def test_a_miswired_graph_is_a_type_error_and_a_right_one_is_clean(tmp_path: Path) -> None:
    uv = _uv()
    dist = tmp_path / "dist"
    _run(*uv, "build", "--wheel", "--out-dir", dist, cwd=REPO)
    [wheel] = dist.glob("*.whl")
    venv = tmp_path / "venv"
    _run(*uv, "venv", "--quiet", "--python", sys.executable, venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(*uv, "pip", "install", "--quiet", "--python", python, wheel, "mypy", cwd=tmp_path)
    script = tmp_path / "user" / "graph.py"
    script.parent.mkdir()
    shutil.copy(GRAPH_USAGE, script)
    out = _run(python, "-m", "mypy", "--strict", "--no-incremental", script.name, cwd=script.parent)
    assert "Success: no issues found in 1 source file" in out
    _run(python, script.name, cwd=script.parent)  # and it runs
    script.write_text(script.read_text() + MISWIRED)
    proc = subprocess.run(
        [str(python), "-m", "mypy", "--strict", "--no-incremental", script.name],
        cwd=script.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1, proc.stdout
    assert (
        'Argument "image" to "BlurImage" has incompatible type "Out[LatentsField]"' in proc.stdout
    )
    assert 'Argument "a" to "AddIntegers" has incompatible type "Out[ImageField]"' in proc.stdout
    assert "Found 2 errors" in proc.stdout
