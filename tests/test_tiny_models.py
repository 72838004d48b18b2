"""The tiny-model tooling, checked without a server: paths, recipe hash, graph filling, vocab."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from invokeai_py_client.testing import _tiny_models_builder as tiny_models_builder
from invokeai_py_client.testing import tiny_models as packaged
from invokeai_py_client.testing.tiny_models import tiny_model_folders
from scripts import tiny_models
from scripts.tiny_models import t2i_payload

MODEL = {"key": "k-1", "hash": "blake3:abc", "name": 'tiny "quoted"', "base": "sdxl"}


def test_replay_gives_the_fixed_paths_and_builds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("replay must not build models")

    monkeypatch.setattr(packaged, "ensure", refuse)
    folders = tiny_model_folders("replay")
    assert folders == {
        "sd1": Path("/tmp/invokeai-py-client-tests/tiny-models/tiny-sd1"),
        "sdxl": Path("/tmp/invokeai-py-client-tests/tiny-models/tiny-sdxl"),
    }


def test_cache_folder_is_named_by_kind_and_recipe_hash() -> None:
    folder = tiny_models.model_path("sdxl")
    assert folder.parent == tiny_models.models_dir()
    assert folder.name == f"tiny-sdxl-{tiny_models.recipe_hash()}"
    assert len(tiny_models.recipe_hash()) == 12


def test_unknown_kind_is_refused_with_the_known_ones() -> None:
    with pytest.raises(tiny_models.TinyModelError, match=r"'sd3'.*sd1, sdxl"):
        tiny_models.model_path("sd3")
    with pytest.raises(tiny_models.TinyModelError, match="'sd3'"):
        t2i_payload("sd3", MODEL)


@pytest.mark.parametrize(
    ("kind", "loader"), [("sd1", "main_model_loader"), ("sdxl", "sdxl_model_loader")]
)
def test_t2i_payload_names_the_installed_model(kind: str, loader: str) -> None:
    payload = t2i_payload(kind, MODEL)
    nodes = payload["batch"]["graph"]["nodes"]
    model = nodes["model"]["model"]
    assert nodes["model"]["type"] == loader
    assert (model["key"], model["hash"], model["name"]) == ("k-1", "blake3:abc", 'tiny "quoted"')
    assert "<MODEL_" not in json.dumps(payload)
    # only the decoded image is a gallery image: every other node is intermediate
    outputs = [node_id for node_id, node in nodes.items() if not node["is_intermediate"]]
    assert outputs == ["decode"]
    assert (nodes["noise"]["width"], nodes["noise"]["height"], nodes["denoise"]["steps"]) == (
        64,
        64,
        3,
    )


def test_t2i_payload_refuses_a_config_without_a_hash() -> None:
    with pytest.raises(tiny_models.TinyModelError, match="'hash'"):
        t2i_payload("sd1", {"key": "k", "name": "n"})


def test_tokenizer_vocab_is_characters_then_word_ends_then_specials() -> None:
    vocab = tiny_models_builder.tokenizer_vocab()
    printable = [chr(c) for c in range(33, 127)]
    assert len(vocab) == 2 * len(printable) + 2
    assert all(char in vocab and f"{char}</w>" in vocab for char in printable)
    assert vocab["<|startoftext|>"] == len(vocab) - 2
    assert vocab["<|endoftext|>"] == len(vocab) - 1
    assert sorted(vocab.values()) == list(range(len(vocab)))
