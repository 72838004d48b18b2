from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstallNodePackResponse")


@_attrs_define
class InstallNodePackResponse:
    """Response after installing a node pack.

    Attributes:
        message (str): Status message.
        name (str): The name of the installed node pack.
        success (bool): Whether the installation was successful.
        dependency_file (None | str | Unset): Name of the detected dependency manifest file, if any.
        requires_dependencies (bool | Unset): Whether the pack ships a dependency manifest (requirements.txt or
            pyproject.toml) that the user must install manually following the pack's documentation. Default: False.
        workflows_imported (int | Unset): Number of workflows imported from the pack. Default: 0.
    """

    message: str
    name: str
    success: bool
    dependency_file: None | str | Unset = UNSET
    requires_dependencies: bool | Unset = False
    workflows_imported: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        name = self.name

        success = self.success

        dependency_file: None | str | Unset
        if isinstance(self.dependency_file, Unset):
            dependency_file = UNSET
        else:
            dependency_file = self.dependency_file

        requires_dependencies = self.requires_dependencies

        workflows_imported = self.workflows_imported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "name": name,
                "success": success,
            }
        )
        if dependency_file is not UNSET:
            field_dict["dependency_file"] = dependency_file
        if requires_dependencies is not UNSET:
            field_dict["requires_dependencies"] = requires_dependencies
        if workflows_imported is not UNSET:
            field_dict["workflows_imported"] = workflows_imported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        name = d.pop("name")

        success = d.pop("success")

        def _parse_dependency_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dependency_file = _parse_dependency_file(d.pop("dependency_file", UNSET))

        requires_dependencies = d.pop("requires_dependencies", UNSET)

        workflows_imported = d.pop("workflows_imported", UNSET)

        install_node_pack_response = cls(
            message=message,
            name=name,
            success=success,
            dependency_file=dependency_file,
            requires_dependencies=requires_dependencies,
            workflows_imported=workflows_imported,
        )

        install_node_pack_response.additional_properties = d
        return install_node_pack_response

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
