from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnstarredVideosResult")


@_attrs_define
class UnstarredVideosResult:
    """
    Attributes:
        affected_boards (list[str]): The ids of boards affected by the operation
        failed_videos (list[str]): The names of videos that were not unstarred
        unstarred_videos (list[str]): The names of the videos that were unstarred
    """

    affected_boards: list[str]
    failed_videos: list[str]
    unstarred_videos: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        affected_boards = self.affected_boards

        failed_videos = self.failed_videos

        unstarred_videos = self.unstarred_videos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "affected_boards": affected_boards,
                "failed_videos": failed_videos,
                "unstarred_videos": unstarred_videos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        affected_boards = cast(list[str], d.pop("affected_boards"))

        failed_videos = cast(list[str], d.pop("failed_videos"))

        unstarred_videos = cast(list[str], d.pop("unstarred_videos"))

        unstarred_videos_result = cls(
            affected_boards=affected_boards,
            failed_videos=failed_videos,
            unstarred_videos=unstarred_videos,
        )

        unstarred_videos_result.additional_properties = d
        return unstarred_videos_result

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
