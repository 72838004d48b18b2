from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_field import ImageField
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="AnimaControlNetLLLite")


@_attrs_define
class AnimaControlNetLLLite:
    """Configure an Anima ControlNet-LLLite adapter for model-level conditioning.

    Takes a conditioning image (the initial/raster image), an optional inpaint
    mask (white = area to inpaint), and a LLLite adapter model. Inpainting
    adapters (4-channel conditioning) require a mask; other adapters ignore it.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['anima_lllite']):  Default: 'anima_lllite'.
            begin_step_percent (float | Unset): When the adapter is first applied (% of total steps) Default: 0.0.
            control_model (ModelIdentifierField | None | Unset): ControlNet model to load
            end_step_percent (float | Unset): When the adapter is last applied (% of total steps) Default: 1.0.
            image (ImageField | None | Unset): The conditioning image (the initial/raster image for inpainting)
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            mask (ImageField | None | Unset): The inpaint mask (white = area to inpaint). Required by inpainting adapters.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            weight (float | Unset): Strength of the LLLite adapter. Default: 1.0.
    """

    id: str
    type_: Literal["anima_lllite"] = "anima_lllite"
    begin_step_percent: float | Unset = 0.0
    control_model: ModelIdentifierField | None | Unset = UNSET
    end_step_percent: float | Unset = 1.0
    image: ImageField | None | Unset = UNSET
    is_intermediate: bool | Unset = False
    mask: ImageField | None | Unset = UNSET
    use_cache: bool | Unset = True
    weight: float | Unset = 1.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        begin_step_percent = self.begin_step_percent

        control_model: dict[str, Any] | None | Unset
        if isinstance(self.control_model, Unset):
            control_model = UNSET
        elif isinstance(self.control_model, ModelIdentifierField):
            control_model = self.control_model.to_dict()
        else:
            control_model = self.control_model

        end_step_percent = self.end_step_percent

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageField):
            image = self.image.to_dict()
        else:
            image = self.image

        is_intermediate = self.is_intermediate

        mask: dict[str, Any] | None | Unset
        if isinstance(self.mask, Unset):
            mask = UNSET
        elif isinstance(self.mask, ImageField):
            mask = self.mask.to_dict()
        else:
            mask = self.mask

        use_cache = self.use_cache

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if begin_step_percent is not UNSET:
            field_dict["begin_step_percent"] = begin_step_percent
        if control_model is not UNSET:
            field_dict["control_model"] = control_model
        if end_step_percent is not UNSET:
            field_dict["end_step_percent"] = end_step_percent
        if image is not UNSET:
            field_dict["image"] = image
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if mask is not UNSET:
            field_dict["mask"] = mask
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["anima_lllite"], d.pop("type"))
        if type_ != "anima_lllite":
            raise ValueError(f"type must match const 'anima_lllite', got '{type_}'")

        begin_step_percent = d.pop("begin_step_percent", UNSET)

        def _parse_control_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                control_model_type_0 = ModelIdentifierField.from_dict(data)

                return control_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        control_model = _parse_control_model(d.pop("control_model", UNSET))

        end_step_percent = d.pop("end_step_percent", UNSET)

        def _parse_image(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_type_0 = ImageField.from_dict(data)

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_mask(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mask_type_0 = ImageField.from_dict(data)

                return mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        mask = _parse_mask(d.pop("mask", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        weight = d.pop("weight", UNSET)

        anima_control_net_ll_lite = cls(
            id=id,
            type_=type_,
            begin_step_percent=begin_step_percent,
            control_model=control_model,
            end_step_percent=end_step_percent,
            image=image,
            is_intermediate=is_intermediate,
            mask=mask,
            use_cache=use_cache,
            weight=weight,
        )

        anima_control_net_ll_lite.additional_properties = d
        return anima_control_net_ll_lite

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
