from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="MainModelSD3")


@_attrs_define
class MainModelSD3:
    """Loads a SD3 base model, outputting its submodels.

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        model (ModelIdentifierField):
        type_ (Literal['sd3_model_loader']):  Default: 'sd3_model_loader'.
        clip_g_model (ModelIdentifierField | None | Unset): CLIP-G Embed loader
        clip_l_model (ModelIdentifierField | None | Unset): CLIP Embed loader
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        t5_encoder_model (ModelIdentifierField | None | Unset): T5 tokenizer and text encoder
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
        vae_model (ModelIdentifierField | None | Unset): VAE model to load
    """

    id: str
    model: ModelIdentifierField
    type_: Literal["sd3_model_loader"] = "sd3_model_loader"
    clip_g_model: ModelIdentifierField | None | Unset = UNSET
    clip_l_model: ModelIdentifierField | None | Unset = UNSET
    is_intermediate: bool | Unset = False
    t5_encoder_model: ModelIdentifierField | None | Unset = UNSET
    use_cache: bool | Unset = True
    vae_model: ModelIdentifierField | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        id = self.id

        model = self.model.to_dict()

        type_ = self.type_

        clip_g_model: dict[str, Any] | None | Unset
        if isinstance(self.clip_g_model, Unset):
            clip_g_model = UNSET
        elif isinstance(self.clip_g_model, ModelIdentifierField):
            clip_g_model = self.clip_g_model.to_dict()
        else:
            clip_g_model = self.clip_g_model

        clip_l_model: dict[str, Any] | None | Unset
        if isinstance(self.clip_l_model, Unset):
            clip_l_model = UNSET
        elif isinstance(self.clip_l_model, ModelIdentifierField):
            clip_l_model = self.clip_l_model.to_dict()
        else:
            clip_l_model = self.clip_l_model

        is_intermediate = self.is_intermediate

        t5_encoder_model: dict[str, Any] | None | Unset
        if isinstance(self.t5_encoder_model, Unset):
            t5_encoder_model = UNSET
        elif isinstance(self.t5_encoder_model, ModelIdentifierField):
            t5_encoder_model = self.t5_encoder_model.to_dict()
        else:
            t5_encoder_model = self.t5_encoder_model

        use_cache = self.use_cache

        vae_model: dict[str, Any] | None | Unset
        if isinstance(self.vae_model, Unset):
            vae_model = UNSET
        elif isinstance(self.vae_model, ModelIdentifierField):
            vae_model = self.vae_model.to_dict()
        else:
            vae_model = self.vae_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "type": type_,
            }
        )
        if clip_g_model is not UNSET:
            field_dict["clip_g_model"] = clip_g_model
        if clip_l_model is not UNSET:
            field_dict["clip_l_model"] = clip_l_model
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if t5_encoder_model is not UNSET:
            field_dict["t5_encoder_model"] = t5_encoder_model
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if vae_model is not UNSET:
            field_dict["vae_model"] = vae_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        model = ModelIdentifierField.from_dict(d.pop("model"))

        type_ = cast(Literal["sd3_model_loader"], d.pop("type"))
        if type_ != "sd3_model_loader":
            raise ValueError(f"type must match const 'sd3_model_loader', got '{type_}'")

        def _parse_clip_g_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                clip_g_model_type_0 = ModelIdentifierField.from_dict(data)

                return clip_g_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        clip_g_model = _parse_clip_g_model(d.pop("clip_g_model", UNSET))

        def _parse_clip_l_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                clip_l_model_type_0 = ModelIdentifierField.from_dict(data)

                return clip_l_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        clip_l_model = _parse_clip_l_model(d.pop("clip_l_model", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_t5_encoder_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                t5_encoder_model_type_0 = ModelIdentifierField.from_dict(data)

                return t5_encoder_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        t5_encoder_model = _parse_t5_encoder_model(d.pop("t5_encoder_model", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        def _parse_vae_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vae_model_type_0 = ModelIdentifierField.from_dict(data)

                return vae_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        vae_model = _parse_vae_model(d.pop("vae_model", UNSET))

        main_model_sd3 = cls(
            id=id,
            model=model,
            type_=type_,
            clip_g_model=clip_g_model,
            clip_l_model=clip_l_model,
            is_intermediate=is_intermediate,
            t5_encoder_model=t5_encoder_model,
            use_cache=use_cache,
            vae_model=vae_model,
        )

        main_model_sd3.additional_properties = d
        return main_model_sd3

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
