from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ideogram_4_region import Ideogram4Region


T = TypeVar("T", bound="CaptionBuilderIdeogram4")


@_attrs_define
class CaptionBuilderIdeogram4:
    """Assembles the Ideogram 4 structured JSON caption at generation time.

    The caption is built here (not in the graph builder) so the batch-injectable global `prompt` — which
    dynamic prompts and prompt batching vary — is folded into the encoded caption. The regions and color
    palette are fixed per generation and supplied as inputs. If the prompt is already a JSON object it is
    passed through verbatim; otherwise it is always wrapped in the structured JSON schema (never bare
    plain text — Ideogram's safety filter false-positives far more on plain text).

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['ideogram4_caption_builder']):  Default: 'ideogram4_caption_builder'.
            color_palette (list[str] | Unset): Optional color palette as hex colors (#RRGGBB).
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            prompt (str | Unset): The global prompt (becomes `high_level_description`, or is used verbatim if it is already
                a JSON caption). Default: ''.
            regions (list[Ideogram4Region] | Unset): Regional descriptions and bounding boxes assembled from Canvas Regional
                Guidance layers.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
    """

    id: str
    type_: Literal["ideogram4_caption_builder"] = "ideogram4_caption_builder"
    color_palette: list[str] | Unset = UNSET
    is_intermediate: bool | Unset = False
    prompt: str | Unset = ""
    regions: list[Ideogram4Region] | Unset = UNSET
    use_cache: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        color_palette: list[str] | Unset = UNSET
        if not isinstance(self.color_palette, Unset):
            color_palette = self.color_palette

        is_intermediate = self.is_intermediate

        prompt = self.prompt

        regions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = []
            for regions_item_data in self.regions:
                regions_item = regions_item_data.to_dict()
                regions.append(regions_item)

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if color_palette is not UNSET:
            field_dict["color_palette"] = color_palette
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if regions is not UNSET:
            field_dict["regions"] = regions
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ideogram_4_region import Ideogram4Region  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["ideogram4_caption_builder"], d.pop("type"))
        if type_ != "ideogram4_caption_builder":
            raise ValueError(f"type must match const 'ideogram4_caption_builder', got '{type_}'")

        color_palette = cast(list[str], d.pop("color_palette", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        prompt = d.pop("prompt", UNSET)

        _regions = d.pop("regions", UNSET)
        regions: list[Ideogram4Region] | Unset = UNSET
        if _regions is not UNSET:
            regions = []
            for regions_item_data in _regions:
                regions_item = Ideogram4Region.from_dict(regions_item_data)

                regions.append(regions_item)

        use_cache = d.pop("use_cache", UNSET)

        caption_builder_ideogram_4 = cls(
            id=id,
            type_=type_,
            color_palette=color_palette,
            is_intermediate=is_intermediate,
            prompt=prompt,
            regions=regions,
            use_cache=use_cache,
        )

        caption_builder_ideogram_4.additional_properties = d
        return caption_builder_ideogram_4

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
