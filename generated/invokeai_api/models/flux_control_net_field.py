from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flux_control_net_field_resize_mode import FluxControlNetFieldResizeMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_field import ImageField
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="FluxControlNetField")


@_attrs_define
class FluxControlNetField:
    """
    Attributes:
        control_model (ModelIdentifierField):
        image (ImageField): An image primitive field
        begin_step_percent (float | Unset): When the ControlNet is first applied (% of total steps) Default: 0.0.
        control_weight (float | list[float] | Unset): The weight given to the ControlNet Default: 1.0.
        end_step_percent (float | Unset): When the ControlNet is last applied (% of total steps) Default: 1.0.
        instantx_control_mode (int | None | Unset): The control mode for InstantX ControlNet union models. Ignored for
            other ControlNet models. The standard mapping is: canny (0), tile (1), depth (2), blur (3), pose (4), gray (5),
            low quality (6). Negative values will be treated as 'None'. Default: -1.
        resize_mode (FluxControlNetFieldResizeMode | Unset): The resize mode to use Default:
            FluxControlNetFieldResizeMode.JUST_RESIZE.
    """

    control_model: ModelIdentifierField
    image: ImageField
    begin_step_percent: float | Unset = 0.0
    control_weight: float | list[float] | Unset = 1.0
    end_step_percent: float | Unset = 1.0
    instantx_control_mode: int | None | Unset = -1
    resize_mode: FluxControlNetFieldResizeMode | Unset = FluxControlNetFieldResizeMode.JUST_RESIZE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        control_model = self.control_model.to_dict()

        image = self.image.to_dict()

        begin_step_percent = self.begin_step_percent

        control_weight: float | list[float] | Unset
        if isinstance(self.control_weight, Unset):
            control_weight = UNSET
        elif isinstance(self.control_weight, list):
            control_weight = self.control_weight

        else:
            control_weight = self.control_weight

        end_step_percent = self.end_step_percent

        instantx_control_mode: int | None | Unset
        if isinstance(self.instantx_control_mode, Unset):
            instantx_control_mode = UNSET
        else:
            instantx_control_mode = self.instantx_control_mode

        resize_mode: str | Unset = UNSET
        if not isinstance(self.resize_mode, Unset):
            resize_mode = self.resize_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "control_model": control_model,
                "image": image,
            }
        )
        if begin_step_percent is not UNSET:
            field_dict["begin_step_percent"] = begin_step_percent
        if control_weight is not UNSET:
            field_dict["control_weight"] = control_weight
        if end_step_percent is not UNSET:
            field_dict["end_step_percent"] = end_step_percent
        if instantx_control_mode is not UNSET:
            field_dict["instantx_control_mode"] = instantx_control_mode
        if resize_mode is not UNSET:
            field_dict["resize_mode"] = resize_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        d = dict(src_dict)
        control_model = ModelIdentifierField.from_dict(d.pop("control_model"))

        image = ImageField.from_dict(d.pop("image"))

        begin_step_percent = d.pop("begin_step_percent", UNSET)

        def _parse_control_weight(data: object) -> float | list[float] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                control_weight_type_1 = cast(list[float], data)

                return control_weight_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | list[float] | Unset, data)

        control_weight = _parse_control_weight(d.pop("control_weight", UNSET))

        end_step_percent = d.pop("end_step_percent", UNSET)

        def _parse_instantx_control_mode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        instantx_control_mode = _parse_instantx_control_mode(d.pop("instantx_control_mode", UNSET))

        _resize_mode = d.pop("resize_mode", UNSET)
        resize_mode: FluxControlNetFieldResizeMode | Unset
        if isinstance(_resize_mode, Unset):
            resize_mode = UNSET
        else:
            resize_mode = FluxControlNetFieldResizeMode(_resize_mode)

        flux_control_net_field = cls(
            control_model=control_model,
            image=image,
            begin_step_percent=begin_step_percent,
            control_weight=control_weight,
            end_step_percent=end_step_percent,
            instantx_control_mode=instantx_control_mode,
            resize_mode=resize_mode,
        )

        flux_control_net_field.additional_properties = d
        return flux_control_net_field

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
