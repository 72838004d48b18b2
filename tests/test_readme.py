"""The README's quick start runs as written (against the test's server or cassette)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


def quickstart_code(marker: str = "quickstart") -> str:
    text = README.read_text()
    block = re.search(
        rf"<!-- {marker}:start -->\s*```python\n(.*?)```\s*<!-- {marker}:end -->", text, re.S
    )
    assert block, f"README.md has no block between the {marker} markers"
    return block.group(1)


@pytest.mark.smoke
def test_readme_quick_start_runs(
    server_url: str, server_version: str, cassette: object, capsys: pytest.CaptureFixture[str]
) -> None:
    code = quickstart_code()
    assert 'from_url("http://localhost:9090")' in code
    exec(compile(code.replace("http://localhost:9090", server_url), str(README), "exec"), {})
    printed = capsys.readouterr().out
    assert "InvokeAI reachable" in printed
    assert f"server version: {server_version}" in printed
    assert "_make_request" not in code  # the quick start uses public API only
    assert "none Uncategorized" in printed


@pytest.mark.smoke
def test_readme_async_quick_start_runs(
    server_url: str, server_version: str, cassette: object, capsys: pytest.CaptureFixture[str]
) -> None:
    code = quickstart_code("async-quickstart")
    exec(compile(code.replace("http://localhost:9090", server_url), str(README), "exec"), {})
    printed = capsys.readouterr().out
    assert "InvokeAI reachable" in printed
    assert f"server version: {server_version}" in printed
    assert "none Uncategorized" in printed
