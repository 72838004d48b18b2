from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="QwenImage")


@_attrs_define
class QwenImage:
    """Loads a PiD decoder checkpoint, outputting a PiDDecoderField for use
    by the per-backbone PiD decode nodes.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['pid_decoder_loader']):  Default: 'pid_decoder_loader'.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            pid_decoder_model (ModelIdentifierField | None | Unset): PiD decoder checkpoint matching the upstream backbone.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
    """

    id: str
    type_: Literal["pid_decoder_loader"] = "pid_decoder_loader"
    is_intermediate: bool | Unset = False
    pid_decoder_model: ModelIdentifierField | None | Unset = UNSET
    use_cache: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        pid_decoder_model: dict[str, Any] | None | Unset
        if isinstance(self.pid_decoder_model, Unset):
            pid_decoder_model = UNSET
        elif isinstance(self.pid_decoder_model, ModelIdentifierField):
            pid_decoder_model = self.pid_decoder_model.to_dict()
        else:
            pid_decoder_model = self.pid_decoder_model

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if pid_decoder_model is not UNSET:
            field_dict["pid_decoder_model"] = pid_decoder_model
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["pid_decoder_loader"], d.pop("type"))
        if type_ != "pid_decoder_loader":
            raise ValueError(f"type must match const 'pid_decoder_loader', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_pid_decoder_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pid_decoder_model_type_0 = ModelIdentifierField.from_dict(data)

                return pid_decoder_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        pid_decoder_model = _parse_pid_decoder_model(d.pop("pid_decoder_model", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        qwen_image = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            pid_decoder_model=pid_decoder_model,
            use_cache=use_cache,
        )

        qwen_image.additional_properties = d
        return qwen_image

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
