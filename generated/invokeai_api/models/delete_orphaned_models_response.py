from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.delete_orphaned_models_response_errors import DeleteOrphanedModelsResponseErrors


T = TypeVar("T", bound="DeleteOrphanedModelsResponse")


@_attrs_define
class DeleteOrphanedModelsResponse:
    """Response from deleting orphaned models.

    Attributes:
        deleted (list[str]): Paths that were successfully deleted
        errors (DeleteOrphanedModelsResponseErrors): Paths that had errors, with error messages
    """

    deleted: list[str]
    errors: DeleteOrphanedModelsResponseErrors
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted = self.deleted

        errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted": deleted,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delete_orphaned_models_response_errors import (
            DeleteOrphanedModelsResponseErrors,  # noqa: PLC0415
        )

        d = dict(src_dict)
        deleted = cast(list[str], d.pop("deleted"))

        errors = DeleteOrphanedModelsResponseErrors.from_dict(d.pop("errors"))

        delete_orphaned_models_response = cls(
            deleted=deleted,
            errors=errors,
        )

        delete_orphaned_models_response.additional_properties = d
        return delete_orphaned_models_response

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
