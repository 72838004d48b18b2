from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_latent_noise_noise_type import CreateLatentNoiseNoiseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLatentNoise")


@_attrs_define
class CreateLatentNoise:
    """Generates latent noise for supported denoiser architectures.

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['noise']):  Default: 'noise'.
        height (int | Unset): Height of output (px) Default: 512.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        noise_type (CreateLatentNoiseNoiseType | Unset): Architecture-specific noise type. Default:
            CreateLatentNoiseNoiseType.SD.
        seed (int | Unset): Seed for random number generation Default: 0.
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
        use_cpu (bool | Unset): Use CPU for noise generation (for reproducible results across platforms) Default: True.
        width (int | Unset): Width of output (px) Default: 512.
    """

    id: str
    type_: Literal["noise"] = "noise"
    height: int | Unset = 512
    is_intermediate: bool | Unset = False
    noise_type: CreateLatentNoiseNoiseType | Unset = CreateLatentNoiseNoiseType.SD
    seed: int | Unset = 0
    use_cache: bool | Unset = True
    use_cpu: bool | Unset = True
    width: int | Unset = 512
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        height = self.height

        is_intermediate = self.is_intermediate

        noise_type: str | Unset = UNSET
        if not isinstance(self.noise_type, Unset):
            noise_type = self.noise_type.value

        seed = self.seed

        use_cache = self.use_cache

        use_cpu = self.use_cpu

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if height is not UNSET:
            field_dict["height"] = height
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if noise_type is not UNSET:
            field_dict["noise_type"] = noise_type
        if seed is not UNSET:
            field_dict["seed"] = seed
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if use_cpu is not UNSET:
            field_dict["use_cpu"] = use_cpu
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["noise"], d.pop("type"))
        if type_ != "noise":
            raise ValueError(f"type must match const 'noise', got '{type_}'")

        height = d.pop("height", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        _noise_type = d.pop("noise_type", UNSET)
        noise_type: CreateLatentNoiseNoiseType | Unset
        if isinstance(_noise_type, Unset):
            noise_type = UNSET
        else:
            noise_type = CreateLatentNoiseNoiseType(_noise_type)

        seed = d.pop("seed", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        use_cpu = d.pop("use_cpu", UNSET)

        width = d.pop("width", UNSET)

        create_latent_noise = cls(
            id=id,
            type_=type_,
            height=height,
            is_intermediate=is_intermediate,
            noise_type=noise_type,
            seed=seed,
            use_cache=use_cache,
            use_cpu=use_cpu,
            width=width,
        )

        create_latent_noise.additional_properties = d
        return create_latent_noise

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
