from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImagePanelCoordinateOutput")


@_attrs_define
class ImagePanelCoordinateOutput:
    """
    Attributes:
        height (int): The height of the panel.
        type_ (Literal['image_panel_coordinate_output']):  Default: 'image_panel_coordinate_output'.
        width (int): The width of the panel.
        x_left (int): The left x-coordinate of the panel.
        y_top (int): The top y-coordinate of the panel.
    """

    height: int
    width: int
    x_left: int
    y_top: int
    type_: Literal["image_panel_coordinate_output"] = "image_panel_coordinate_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        type_ = self.type_

        width = self.width

        x_left = self.x_left

        y_top = self.y_top

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "type": type_,
                "width": width,
                "x_left": x_left,
                "y_top": y_top,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        height = d.pop("height")

        type_ = cast(Literal["image_panel_coordinate_output"], d.pop("type"))
        if type_ != "image_panel_coordinate_output":
            raise ValueError(
                f"type must match const 'image_panel_coordinate_output', got '{type_}'"
            )

        width = d.pop("width")

        x_left = d.pop("x_left")

        y_top = d.pop("y_top")

        image_panel_coordinate_output = cls(
            height=height,
            type_=type_,
            width=width,
            x_left=x_left,
            y_top=y_top,
        )

        image_panel_coordinate_output.additional_properties = d
        return image_panel_coordinate_output

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
