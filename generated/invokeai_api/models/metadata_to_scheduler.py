from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metadata_to_scheduler_default_value import MetadataToSchedulerDefaultValue
from ..models.metadata_to_scheduler_label import MetadataToSchedulerLabel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_field import MetadataField


T = TypeVar("T", bound="MetadataToScheduler")


@_attrs_define
class MetadataToScheduler:
    """Extracts a Scheduler value of a label from metadata

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['metadata_to_scheduler']):  Default: 'metadata_to_scheduler'.
        custom_label (None | str | Unset): Label for this metadata item
        default_value (MetadataToSchedulerDefaultValue | Unset): The default scheduler to use if not found in the
            metadata Default: MetadataToSchedulerDefaultValue.EULER.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        label (MetadataToSchedulerLabel | Unset): Label for this metadata item Default:
            MetadataToSchedulerLabel.SCHEDULER.
        metadata (MetadataField | None | Unset): Optional metadata to be saved with the image
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
    """

    id: str
    type_: Literal["metadata_to_scheduler"] = "metadata_to_scheduler"
    custom_label: None | str | Unset = UNSET
    default_value: MetadataToSchedulerDefaultValue | Unset = MetadataToSchedulerDefaultValue.EULER
    is_intermediate: bool | Unset = False
    label: MetadataToSchedulerLabel | Unset = MetadataToSchedulerLabel.SCHEDULER
    metadata: MetadataField | None | Unset = UNSET
    use_cache: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        custom_label: None | str | Unset
        if isinstance(self.custom_label, Unset):
            custom_label = UNSET
        else:
            custom_label = self.custom_label

        default_value: str | Unset = UNSET
        if not isinstance(self.default_value, Unset):
            default_value = self.default_value.value

        is_intermediate = self.is_intermediate

        label: str | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label.value

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if custom_label is not UNSET:
            field_dict["custom_label"] = custom_label
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if label is not UNSET:
            field_dict["label"] = label
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["metadata_to_scheduler"], d.pop("type"))
        if type_ != "metadata_to_scheduler":
            raise ValueError(f"type must match const 'metadata_to_scheduler', got '{type_}'")

        def _parse_custom_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_label = _parse_custom_label(d.pop("custom_label", UNSET))

        _default_value = d.pop("default_value", UNSET)
        default_value: MetadataToSchedulerDefaultValue | Unset
        if isinstance(_default_value, Unset):
            default_value = UNSET
        else:
            default_value = MetadataToSchedulerDefaultValue(_default_value)

        is_intermediate = d.pop("is_intermediate", UNSET)

        _label = d.pop("label", UNSET)
        label: MetadataToSchedulerLabel | Unset
        if isinstance(_label, Unset):
            label = UNSET
        else:
            label = MetadataToSchedulerLabel(_label)

        def _parse_metadata(data: object) -> MetadataField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = MetadataField.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetadataField | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        metadata_to_scheduler = cls(
            id=id,
            type_=type_,
            custom_label=custom_label,
            default_value=default_value,
            is_intermediate=is_intermediate,
            label=label,
            metadata=metadata,
            use_cache=use_cache,
        )

        metadata_to_scheduler.additional_properties = d
        return metadata_to_scheduler

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
