"""The contract-testing kit as a user meets it: a sample project (``tests/sample_project``) run
with pytest's ``pytester`` in a folder of its own. Its recorded cassettes replay with no server;
a changed pipeline fails, saying what it now sends; a missing cassette names the command that
records it; in live/record runs, the project records against the real server and then replays."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from invokeai_py_client.testing import DEFAULT_VERSION
from scripts.versions import OPENAPI_DIR, newest_snapshot_version

SAMPLE = Path(__file__).parent / "sample_project"
SAMPLE_VERSION = "6.14.2"
CASSETTE = Path("cassettes", SAMPLE_VERSION, "test_pipeline", "test_text_to_image.yaml")
TEST = "test_pipeline.py::test_text_to_image"


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    for name in ("INVOKEAI_TEST_MODE", "INVOKEAI_URL", "INVOKEAI_VERSION"):
        monkeypatch.delenv(name, raising=False)
    shutil.copytree(SAMPLE, pytester.path, dirs_exist_ok=True)
    shutil.copy(OPENAPI_DIR / f"invokeai-{SAMPLE_VERSION}.json", pytester.path / "openapi.json")
    return pytester


def test_recorded_pipeline_replays_with_no_server(project: pytest.Pytester) -> None:
    result = project.runpytest_subprocess("-p", "no:cacheprovider", "-v")
    result.assert_outcomes(passed=1)
    # The test names its board with a fresh uuid4 on every run, the recorded server picked
    # other image, board, batch and model ids: all matched in shape.
    result.stdout.fnmatch_lines([f"*test_text_to_image?{SAMPLE_VERSION}? PASSED*"])


@pytest.mark.parametrize(
    ("file", "old", "new", "difference"),
    [
        pytest.param(
            "test_pipeline.py",
            "SEED = 1234",
            "SEED = 4321",
            "POST /api/v1/queue/default/enqueue_batch: body "
            "$.batch.graph.nodes.<id:?>.seed: recorded 1234, sent 4321",
            id="another-seed",
        ),
        pytest.param(
            "pipeline.py",
            'BASE = "sd-1"',
            'BASE = "sdxl"',
            "GET /api/v2/models/get_by_attrs: query: "
            "recorded 'base=sd-1&name=tiny-sd1&type=main', "
            "sent 'base=sdxl&name=tiny-sd1&type=main'",
            id="another-model",
        ),
    ],
)
def test_a_changed_pipeline_fails_saying_what_it_now_sends(
    project: pytest.Pytester, file: str, old: str, new: str, difference: str
) -> None:
    source = project.path / file
    assert old in source.read_text()
    source.write_text(source.read_text().replace(old, new))
    result = project.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1, errors=1)
    result.stdout.fnmatch_lines(
        [
            f"*the test sent 1 request(s) that {CASSETTE} does not hold:",
            f"*{difference}",
            "*re-record: pytest --invokeai-mode=record "
            f"--invokeai-version={SAMPLE_VERSION} {TEST}*",
        ]
    )


def test_a_missing_cassette_names_the_command_that_records_it(project: pytest.Pytester) -> None:
    shutil.rmtree(project.path / "cassettes")
    result = project.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        [
            f"*no cassette {CASSETTE}: record it from a real InvokeAI {DEFAULT_VERSION} with "
            f"pytest --invokeai-mode=record --invokeai-version={DEFAULT_VERSION} "
            f"{TEST}*",
        ]
    )


def test_a_cassettes_folder_can_be_named_on_the_command_line(project: pytest.Pytester) -> None:
    (project.path / "cassettes").rename(project.path / "pinned")
    result = project.runpytest_subprocess("-p", "no:cacheprovider", "--invokeai-cassettes=pinned")
    result.assert_outcomes(passed=1)


@pytest.mark.parametrize("version", [SAMPLE_VERSION])
def test_record_against_a_real_server_then_replay_offline(
    project: pytest.Pytester, mode: str, servers: object, version: str
) -> None:
    if mode == "replay":
        pytest.skip("records against a real server: runs with --invokeai-mode=live or record")
    from invokeai_py_client.testing.plugin import Servers

    assert isinstance(servers, Servers)
    url = servers.url_of(version)
    shutil.rmtree(project.path / "cassettes")
    recorded = project.runpytest_subprocess(
        "-p", "no:cacheprovider", "--invokeai-mode=record", f"--invokeai-url={url}"
    )
    recorded.assert_outcomes(passed=1)
    assert (project.path / CASSETTE).is_file()
    assert (project.path / CASSETTE.with_name("test_text_to_image.events.json")).is_file()
    replayed = project.runpytest_subprocess("-p", "no:cacheprovider")
    replayed.assert_outcomes(passed=1)


def test_the_plugin_starts_the_line_the_bindings_follow() -> None:
    assert newest_snapshot_version() == DEFAULT_VERSION


def test_importing_the_client_imports_neither_pytest_nor_vcrpy() -> None:
    code = (
        "import sys, invokeai_py_client; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pytest', '_pytest', 'vcr') "
        "or m.startswith('invokeai_py_client.testing')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
