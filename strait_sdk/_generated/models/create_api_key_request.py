from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_scope import MEMBERS_BY_VALUE as _members_of_permission_scope
from ..models.permission_scope import PermissionScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiKeyRequest")


@_attrs_define
class CreateApiKeyRequest:
    project_id: str
    """ Must be the API key's project. """
    name: str
    org_id: None | str | Unset = UNSET
    """ Make the key org-scoped. It must be the caller's organization. """
    scopes: list[PermissionScope] | None | Unset = UNSET
    """ Required in practice, because an absent or empty list gives 400. """
    expires_in_days: int | None | Unset = UNSET
    """ Days until the key expires. When absent the project's maximum key lifetime applies, and
    a project without one returns 400.
     """
    environment_id: None | str | Unset = UNSET
    """ Bind the key to this environment. A caller bound to an environment can only create keys for it. """
    rotation_interval_days: int | None | Unset = UNSET
    """ Rotate the key on this schedule, which needs `rotation_webhook_url`. """
    rotation_webhook_url: None | str | Unset = UNSET
    """ An HTTPS URL the server notifies about scheduled rotations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = []
            for scopes_type_0_item_data in self.scopes:
                scopes_type_0_item = PermissionScope(scopes_type_0_item_data).value
                scopes.append(scopes_type_0_item)

        else:
            scopes = self.scopes

        expires_in_days: int | None | Unset
        if isinstance(self.expires_in_days, Unset):
            expires_in_days = UNSET
        else:
            expires_in_days = self.expires_in_days

        environment_id: None | str | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        rotation_interval_days: int | None | Unset
        if isinstance(self.rotation_interval_days, Unset):
            rotation_interval_days = UNSET
        else:
            rotation_interval_days = self.rotation_interval_days

        rotation_webhook_url: None | str | Unset
        if isinstance(self.rotation_webhook_url, Unset):
            rotation_webhook_url = UNSET
        else:
            rotation_webhook_url = self.rotation_webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "name": name,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if expires_in_days is not UNSET:
            field_dict["expires_in_days"] = expires_in_days
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if rotation_interval_days is not UNSET:
            field_dict["rotation_interval_days"] = rotation_interval_days
        if rotation_webhook_url is not UNSET:
            field_dict["rotation_webhook_url"] = rotation_webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        project_id = src_dict["project_id"]

        name = src_dict["name"]

        org_id = _get("org_id", UNSET)

        scopes = _get("scopes", UNSET)
        if isinstance(scopes, list):
            try:
                scopes = [
                    (_members_of_permission_scope.get(item) or PermissionScope(item))
                    for item in scopes
                ]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        expires_in_days = _get("expires_in_days", UNSET)

        environment_id = _get("environment_id", UNSET)

        rotation_interval_days = _get("rotation_interval_days", UNSET)

        rotation_webhook_url = _get("rotation_webhook_url", UNSET)

        create_api_key_request = cls(
            project_id,
            name,
            org_id,
            scopes,
            expires_in_days,
            environment_id,
            rotation_interval_days,
            rotation_webhook_url,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            create_api_key_request.additional_properties = _extra
        return create_api_key_request

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


_FIELD_NAMES = frozenset(
    {
        "project_id",
        "name",
        "org_id",
        "scopes",
        "expires_in_days",
        "environment_id",
        "rotation_interval_days",
        "rotation_webhook_url",
    }
)
