from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conditioning_field import ConditioningField


T = TypeVar("T", bound="ConditioningPrimitive")


@_attrs_define
class ConditioningPrimitive:
    """A conditioning tensor primitive value

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['conditioning']):  Default: 'conditioning'.
        conditioning (ConditioningField | None | Unset): Conditioning tensor
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
    """

    id: str
    type_: Literal["conditioning"] = "conditioning"
    conditioning: ConditioningField | None | Unset = UNSET
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conditioning_field import ConditioningField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        conditioning: dict[str, Any] | None | Unset
        if isinstance(self.conditioning, Unset):
            conditioning = UNSET
        elif isinstance(self.conditioning, ConditioningField):
            conditioning = self.conditioning.to_dict()
        else:
            conditioning = self.conditioning

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if conditioning is not UNSET:
            field_dict["conditioning"] = conditioning
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conditioning_field import ConditioningField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["conditioning"], d.pop("type"))
        if type_ != "conditioning":
            raise ValueError(f"type must match const 'conditioning', got '{type_}'")

        def _parse_conditioning(data: object) -> ConditioningField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conditioning_type_0 = ConditioningField.from_dict(data)

                return conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditioningField | None | Unset, data)

        conditioning = _parse_conditioning(d.pop("conditioning", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        conditioning_primitive = cls(
            id=id,
            type_=type_,
            conditioning=conditioning,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

        conditioning_primitive.additional_properties = d
        return conditioning_primitive

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
