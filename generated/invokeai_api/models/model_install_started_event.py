from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.external_model_source import ExternalModelSource
    from ..models.hf_model_source import HFModelSource
    from ..models.local_model_source import LocalModelSource
    from ..models.url_model_source import URLModelSource


T = TypeVar("T", bound="ModelInstallStartedEvent")


@_attrs_define
class ModelInstallStartedEvent:
    """Event model for model_install_started

    Attributes:
        id (int): The ID of the install job
        source (ExternalModelSource | HFModelSource | LocalModelSource | URLModelSource): Source of the model; local
            path, repo_id or url
        timestamp (int): The timestamp of the event
    """

    id: int
    source: ExternalModelSource | HFModelSource | LocalModelSource | URLModelSource
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source: dict[str, Any]
        if self.source is None:
            source = None
        else:
            from invokeai_api.types import dump_tagged  # noqa: PLC0415

            source = dump_tagged(self.source)

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_source(
            data: object,
        ) -> ExternalModelSource | HFModelSource | LocalModelSource | URLModelSource:
            from invokeai_api.types import parse_tagged  # noqa: PLC0415

            return parse_tagged(
                data,
                (
                    ("local", "local_model_source", "LocalModelSource"),
                    ("hf", "hf_model_source", "HFModelSource"),
                    ("url", "url_model_source", "URLModelSource"),
                    ("external", "external_model_source", "ExternalModelSource"),
                ),
            )  # type: ignore[no-any-return]

        source = _parse_source(d.pop("source"))

        timestamp = d.pop("timestamp")

        model_install_started_event = cls(
            id=id,
            source=source,
            timestamp=timestamp,
        )

        model_install_started_event.additional_properties = d
        return model_install_started_event

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
