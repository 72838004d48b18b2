from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="ZImageControlField")


@_attrs_define
class ZImageControlField:
    """A Z-Image control conditioning field for spatial control (Canny, HED, Depth, Pose, MLSD).

    Attributes:
        control_model (ModelIdentifierField):
        image_name (str): The name of the preprocessed control image
        begin_step_percent (float | Unset): When the control is first applied (% of total steps) Default: 0.0.
        control_context_scale (float | Unset): The strength of the control signal. Recommended range: 0.65-0.80.
            Default: 0.75.
        end_step_percent (float | Unset): When the control is last applied (% of total steps) Default: 1.0.
    """

    control_model: ModelIdentifierField
    image_name: str
    begin_step_percent: float | Unset = 0.0
    control_context_scale: float | Unset = 0.75
    end_step_percent: float | Unset = 1.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        control_model = self.control_model.to_dict()

        image_name = self.image_name

        begin_step_percent = self.begin_step_percent

        control_context_scale = self.control_context_scale

        end_step_percent = self.end_step_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "control_model": control_model,
                "image_name": image_name,
            }
        )
        if begin_step_percent is not UNSET:
            field_dict["begin_step_percent"] = begin_step_percent
        if control_context_scale is not UNSET:
            field_dict["control_context_scale"] = control_context_scale
        if end_step_percent is not UNSET:
            field_dict["end_step_percent"] = end_step_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        d = dict(src_dict)
        control_model = ModelIdentifierField.from_dict(d.pop("control_model"))

        image_name = d.pop("image_name")

        begin_step_percent = d.pop("begin_step_percent", UNSET)

        control_context_scale = d.pop("control_context_scale", UNSET)

        end_step_percent = d.pop("end_step_percent", UNSET)

        z_image_control_field = cls(
            control_model=control_model,
            image_name=image_name,
            begin_step_percent=begin_step_percent,
            control_context_scale=control_context_scale,
            end_step_percent=end_step_percent,
        )

        z_image_control_field.additional_properties = d
        return z_image_control_field

    def get(self, key: str, default: Any = None) -> Any:
        """The value named ``key`` in this record's JSON form (:meth:`to_dict`), or ``default``:
        dict-style reading, as the original client's results were read."""
        return self.to_dict().get(key, default)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
