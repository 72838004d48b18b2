"""Matching in shape: ids and timestamps become numbered placeholders, the rest must be equal."""

from __future__ import annotations

from pathlib import Path

from invokeai_py_client.testing._normalize import first_difference, normalize_text
from invokeai_py_client.testing.diff import diff, exchanges

A = "1b3c5d7e-0000-4000-8000-00000000000a"
B = "9f8e7d6c-1111-4111-8111-11111111111b"


def test_ids_are_numbered_by_first_appearance_so_the_wiring_counts() -> None:
    assert normalize_text(f"/i/{A}.png?board={B}") == "/i/<id:1>.png?board=<id:2>"
    assert normalize_text(f"{B} {A} {B}") == normalize_text(f"{A} {B} {A}")
    assert normalize_text(f"{A} {A}") != normalize_text(f"{A} {B}")


def test_timestamps_become_one_placeholder() -> None:
    assert normalize_text("at 2026-11-25 20:56:40.724 and 2025-01-02T03:04:05Z") == (
        "at <time> and <time>"
    )


def test_other_values_are_kept() -> None:
    assert normalize_text("a red fox, 80x48, seed 1234") == "a red fox, 80x48, seed 1234"


def test_first_difference_names_the_path_and_both_values() -> None:
    recorded = {"batch": {"nodes": {"blank": {"width": 80}}, "runs": 1}}
    sent = {"batch": {"nodes": {"blank": {"width": 96}}, "runs": 1}}
    assert first_difference(recorded, sent) == "$.batch.nodes.blank.width: recorded 80, sent 96"
    assert first_difference(recorded, recorded) is None
    assert first_difference({"a": [1, 2]}, {"a": [1]}) == "$.a: recorded 2 items, sent 1"
    assert first_difference({"a": 1}, {}) == "$.a: recorded 1, not sent any more"


def test_diff_of_a_recording_with_itself_is_empty_and_a_missing_cassette_is_named(
    tmp_path: Path,
) -> None:
    recorded = Path(__file__).parent / "sample_project" / "cassettes" / "6.14.2"
    assert diff(recorded, recorded) == []
    (tmp_path / "test_pipeline").mkdir()
    assert diff(recorded, tmp_path) == [
        f"only in {recorded}: {Path('test_pipeline', 'test_text_to_image.yaml')}"
    ]
    assert any(
        line.startswith("> POST /api/v1/queue/default/enqueue_batch")
        for line in exchanges(recorded / "test_pipeline" / "test_text_to_image.yaml")
    )
