"""The Ivk*Field classes on their own (no server): checked assignment, validate_field after a
constraint changes, the documented API formats, the list behaviour, aliases, and a model field
whose name is set."""

from __future__ import annotations

import pytest

from invokeai_py_client.errors import InvalidInputError
from invokeai_py_client.ivk_fields import (
    IvkBoardField,
    IvkBooleanField,
    IvkBoundingBoxField,
    IvkCollectionField,
    IvkColorField,
    IvkEnumField,
    IvkFloatField,
    IvkImageField,
    IvkIntegerField,
    IvkLatentsField,
    IvkModelIdentifierField,
    IvkSchedulerField,
    IvkStringField,
    IvkUNetField,
)
from invokeai_py_client.models import IvkImage
from invokeai_py_client.workflow import Field, IntegerField, ModelField


def test_assignment_is_checked_and_names_the_field() -> None:
    steps = IvkIntegerField(minimum=1, maximum=100)
    steps.value = 30
    with pytest.raises(InvalidInputError, match=r"IvkIntegerField: must be >= 1 and <= 100"):
        steps.value = 0
    with pytest.raises(InvalidInputError, match="expected an integer"):
        steps.value = "30"
    assert steps.value == 30
    with pytest.raises(InvalidInputError, match="expected True or False"):
        IvkBooleanField(value=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="at most 3 characters"):
        IvkStringField("long", max_length=3)
    with pytest.raises(InvalidInputError, match="has no constraint 'maximum'"):
        Field(maximum=3)


def test_validate_field_rechecks_after_a_constraint_changes() -> None:
    even = IvkIntegerField(multiple_of=2)
    even.value = 16
    assert even.validate_field() is True
    even.multiple_of = 5
    assert even.multiple_of == 5 and even.validate_field() is False
    cfg = IvkFloatField(value=7.5)
    cfg.maximum = 5.0
    assert cfg.validate_field() is False


def test_documented_api_formats_round_trip() -> None:
    assert IvkStringField("a fox").to_api_format() == {"value": "a fox"}
    assert IvkStringField.from_api_format({"value": "a fox"}).value == "a fox"
    image = IvkImageField(IvkImage(image_name="x.png"))
    assert image.value == "x.png"
    assert image.to_api_format() == {"value": {"image_name": "x.png"}, "type": "image"}
    assert IvkImageField.from_api_format(image.to_api_format()).value == "x.png"
    board = IvkBoardField("b-1")
    assert board.to_api_format() == {"value": {"board_id": "b-1"}, "type": "board"}
    assert IvkBoardField.from_api_format(board.to_api_format()).value == "b-1"
    latents = IvkLatentsField("l-1", seed=3)
    assert latents.to_api_format() == {
        "value": {"latents_name": "l-1", "seed": 3},
        "type": "latents",
    }
    assert IvkLatentsField.from_api_format(latents.to_api_format()).seed == 3
    unet = IvkUNetField(unet_model={"key": "k"})
    assert unet.to_api_format()["unet_model"] == {"key": "k"} and unet.loras == []
    box = IvkBoundingBoxField(x_max=4, y_max=2, score=0.5)
    assert IvkBoundingBoxField.from_api_format(box.to_api_format()).score == 0.5
    assert IvkBoundingBoxField(x_min=5, x_max=1).validate_field() is False
    assert IvkStringField(max_length=9).to_json_dict() == {
        "value": None,
        "min_length": None,
        "max_length": 9,
    }
    assert IvkStringField.from_json_dict({"value": "a", "max_length": 2}).max_length == 2


def test_color_collection_enum_and_scheduler() -> None:
    color = IvkColorField()
    color.set_hex("#ff8000")
    assert color.to_rgba() == (255, 128, 0, 255) and color.to_hex() == "#ff8000ff"
    color.g = 1
    assert color.value == {"r": 255, "g": 1, "b": 0, "a": 255}
    with pytest.raises(InvalidInputError):
        color.b = 256

    seeds: IvkCollectionField[int] = IvkCollectionField(item_type=int, max_length=2)
    seeds.append(1)
    seeds.extend([2])
    assert list(seeds) == [1, 2] and len(seeds) == 2 and seeds[1] == 2
    with pytest.raises(InvalidInputError, match="at most 2 items"):
        seeds.append(3)
    with pytest.raises(InvalidInputError, match="every item"):
        IvkCollectionField(["a"], item_type=int)
    seeds.clear()
    assert seeds.value == []

    mode = IvkEnumField(choices=["RGB", "RGBA"])
    with pytest.raises(InvalidInputError, match="must be one of 'RGB', 'RGBA'"):
        mode.value = "L"
    scheduler = IvkSchedulerField()
    assert IvkSchedulerField.normalize_alias("DPM++ 2M Karras") == "dpmpp_2m_k"
    scheduler.value = "euler_ancestral"
    assert scheduler.value == "euler_a"
    with pytest.raises(InvalidInputError):
        scheduler.value = "no_such_scheduler"


def test_setting_a_model_name_chooses_that_model_by_name() -> None:
    model = IvkModelIdentifierField(key="k1", hash="h1", name="Old", base="sdxl")
    assert model.to_payload() == {
        "key": "k1",
        "hash": "h1",
        "name": "Old",
        "base": "sdxl",
        "type": "main",
    }
    model.name = "Old"  # the same name: nothing changes
    assert model.key == "k1"
    model.name = "SDXL Base 1.0"
    assert (model.key, model.hash, model.name) == ("", "", "SDXL Base 1.0")
    assert not model.is_resolved and model.validate_field() is True
    with pytest.raises(InvalidInputError, match=r"chosen by name only.*sync_dnn_model"):
        model.to_payload()
    model.key = "k2"
    assert model.is_resolved and model.to_payload()["key"] == "k2"
    assert model.to_api_format()["submodel_type"] is None


def test_short_names_are_the_same_classes() -> None:
    assert IntegerField is IvkIntegerField and ModelField is IvkModelIdentifierField
    assert isinstance(IvkStringField(), Field)
