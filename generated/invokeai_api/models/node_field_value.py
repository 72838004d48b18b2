from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_field import ImageField
    from ..models.video_field import VideoField


T = TypeVar("T", bound="NodeFieldValue")


@_attrs_define
class NodeFieldValue:
    """
    Attributes:
        field_name (str): The field into which this batch data item will be substituted.
        node_path (str): The node into which this batch data item will be substituted.
        value (float | ImageField | int | list[float | ImageField | int | str | VideoField] | str | VideoField): The
            value to substitute into the node/field.
    """

    field_name: str
    node_path: str
    value: (
        float
        | ImageField
        | int
        | list[float | ImageField | int | str | VideoField]
        | str
        | VideoField
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.video_field import VideoField  # noqa: PLC0415

        field_name = self.field_name

        node_path = self.node_path

        value: dict[str, Any] | float | int | list[dict[str, Any] | float | int | str] | str
        if isinstance(self.value, ImageField):
            value = self.value.to_dict()
        elif isinstance(self.value, VideoField):
            value = self.value.to_dict()
        elif isinstance(self.value, list):
            value = []
            for value_type_5_item_data in self.value:
                value_type_5_item: dict[str, Any] | float | int | str
                if isinstance(value_type_5_item_data, ImageField):
                    value_type_5_item = value_type_5_item_data.to_dict()
                elif isinstance(value_type_5_item_data, VideoField):
                    value_type_5_item = value_type_5_item_data.to_dict()
                else:
                    value_type_5_item = value_type_5_item_data
                value.append(value_type_5_item)

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_name": field_name,
                "node_path": node_path,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.video_field import VideoField  # noqa: PLC0415

        d = dict(src_dict)
        field_name = d.pop("field_name")

        node_path = d.pop("node_path")

        def _parse_value(
            data: object,
        ) -> (
            float
            | ImageField
            | int
            | list[float | ImageField | int | str | VideoField]
            | str
            | VideoField
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_3 = ImageField.from_dict(data)

                return value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_4 = VideoField.from_dict(data)

                return value_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_5 = []
                _value_type_5 = data
                for value_type_5_item_data in _value_type_5:

                    def _parse_value_type_5_item(
                        data: object,
                    ) -> float | ImageField | int | str | VideoField:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            value_type_5_item_type_3 = ImageField.from_dict(data)

                            return value_type_5_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            value_type_5_item_type_4 = VideoField.from_dict(data)

                            return value_type_5_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(float | ImageField | int | str | VideoField, data)

                    value_type_5_item = _parse_value_type_5_item(value_type_5_item_data)

                    value_type_5.append(value_type_5_item)

                return value_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                float
                | ImageField
                | int
                | list[float | ImageField | int | str | VideoField]
                | str
                | VideoField,
                data,
            )

        value = _parse_value(d.pop("value"))

        node_field_value = cls(
            field_name=field_name,
            node_path=node_path,
            value=value,
        )

        node_field_value.additional_properties = d
        return node_field_value

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
