from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.external_model_source import ExternalModelSource
    from ..models.hf_model_source import HFModelSource
    from ..models.local_model_source import LocalModelSource
    from ..models.model_install_download_progress_event_parts_item import (
        ModelInstallDownloadProgressEventPartsItem,
    )
    from ..models.url_model_source import URLModelSource


T = TypeVar("T", bound="ModelInstallDownloadProgressEvent")


@_attrs_define
class ModelInstallDownloadProgressEvent:
    """Event model for model_install_download_progress

    Attributes:
        bytes_ (int): Number of bytes downloaded so far
        id (int): The ID of the install job
        local_path (str): Where model is downloading to
        parts (list[ModelInstallDownloadProgressEventPartsItem]): Progress of downloading URLs that comprise the model,
            if any
        source (ExternalModelSource | HFModelSource | LocalModelSource | URLModelSource): Source of the model; local
            path, repo_id or url
        timestamp (int): The timestamp of the event
        total_bytes (int): Total size of download, including all files
    """

    bytes_: int
    id: int
    local_path: str
    parts: list[ModelInstallDownloadProgressEventPartsItem]
    source: ExternalModelSource | HFModelSource | LocalModelSource | URLModelSource
    timestamp: int
    total_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_ = self.bytes_

        id = self.id

        local_path = self.local_path

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        source: dict[str, Any]
        if self.source is None:
            source = None
        else:
            from invokeai_api.types import dump_tagged  # noqa: PLC0415

            source = dump_tagged(self.source)

        timestamp = self.timestamp

        total_bytes = self.total_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bytes": bytes_,
                "id": id,
                "local_path": local_path,
                "parts": parts,
                "source": source,
                "timestamp": timestamp,
                "total_bytes": total_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_install_download_progress_event_parts_item import (
            ModelInstallDownloadProgressEventPartsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        bytes_ = d.pop("bytes")

        id = d.pop("id")

        local_path = d.pop("local_path")

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = ModelInstallDownloadProgressEventPartsItem.from_dict(parts_item_data)

            parts.append(parts_item)

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

        total_bytes = d.pop("total_bytes")

        model_install_download_progress_event = cls(
            bytes_=bytes_,
            id=id,
            local_path=local_path,
            parts=parts,
            source=source,
            timestamp=timestamp,
            total_bytes=total_bytes,
        )

        model_install_download_progress_event.additional_properties = d
        return model_install_download_progress_event

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
