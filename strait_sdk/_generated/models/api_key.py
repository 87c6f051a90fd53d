from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_scope import MEMBERS_BY_VALUE as _members_of_permission_scope
from ..models.permission_scope import PermissionScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """An API key's metadata. The secret value is returned only when the key is created or rotated."""

    id: str
    project_id: str
    name: str
    key_prefix: str
    """ The first 12 characters of the key, for recognizing it. """
    scopes: list[PermissionScope]
    """ An empty list grants full access. Such keys predate scopes. """
    created_at: datetime.datetime
    org_id: None | str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    last_used_at: datetime.datetime | None | Unset = UNSET
    revoked_at: datetime.datetime | None | Unset = UNSET
    replaced_by_key_id: None | str | Unset = UNSET
    """ The key that replaced this one in a rotation. """
    grace_expires_at: datetime.datetime | None | Unset = UNSET
    """ When a rotated key stops working. """
    rate_limit_requests: int | None | Unset = UNSET
    """ The key's own request limit per window, when it has one. """
    rate_limit_window_secs: int | None | Unset = UNSET
    environment_id: None | str | Unset = UNSET
    """ The environment the key is bound to, absent for keys of the whole project. """
    rotation_interval_days: int | None | Unset = UNSET
    next_rotation_at: datetime.datetime | None | Unset = UNSET
    rotation_webhook_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        name = self.name

        key_prefix = self.key_prefix

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = PermissionScope(scopes_item_data).value
            scopes.append(scopes_item)

        created_at = self.created_at.isoformat()

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        revoked_at: None | str | Unset
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        elif isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        replaced_by_key_id: None | str | Unset
        if isinstance(self.replaced_by_key_id, Unset):
            replaced_by_key_id = UNSET
        else:
            replaced_by_key_id = self.replaced_by_key_id

        grace_expires_at: None | str | Unset
        if isinstance(self.grace_expires_at, Unset):
            grace_expires_at = UNSET
        elif isinstance(self.grace_expires_at, datetime.datetime):
            grace_expires_at = self.grace_expires_at.isoformat()
        else:
            grace_expires_at = self.grace_expires_at

        rate_limit_requests: int | None | Unset
        if isinstance(self.rate_limit_requests, Unset):
            rate_limit_requests = UNSET
        else:
            rate_limit_requests = self.rate_limit_requests

        rate_limit_window_secs: int | None | Unset
        if isinstance(self.rate_limit_window_secs, Unset):
            rate_limit_window_secs = UNSET
        else:
            rate_limit_window_secs = self.rate_limit_window_secs

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

        next_rotation_at: None | str | Unset
        if isinstance(self.next_rotation_at, Unset):
            next_rotation_at = UNSET
        elif isinstance(self.next_rotation_at, datetime.datetime):
            next_rotation_at = self.next_rotation_at.isoformat()
        else:
            next_rotation_at = self.next_rotation_at

        rotation_webhook_url: None | str | Unset
        if isinstance(self.rotation_webhook_url, Unset):
            rotation_webhook_url = UNSET
        else:
            rotation_webhook_url = self.rotation_webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "name": name,
                "key_prefix": key_prefix,
                "scopes": scopes,
                "created_at": created_at,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at
        if replaced_by_key_id is not UNSET:
            field_dict["replaced_by_key_id"] = replaced_by_key_id
        if grace_expires_at is not UNSET:
            field_dict["grace_expires_at"] = grace_expires_at
        if rate_limit_requests is not UNSET:
            field_dict["rate_limit_requests"] = rate_limit_requests
        if rate_limit_window_secs is not UNSET:
            field_dict["rate_limit_window_secs"] = rate_limit_window_secs
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if rotation_interval_days is not UNSET:
            field_dict["rotation_interval_days"] = rotation_interval_days
        if next_rotation_at is not UNSET:
            field_dict["next_rotation_at"] = next_rotation_at
        if rotation_webhook_url is not UNSET:
            field_dict["rotation_webhook_url"] = rotation_webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        name = src_dict["name"]

        key_prefix = src_dict["key_prefix"]

        scopes = src_dict["scopes"]
        scopes = [
            (_members_of_permission_scope.get(item) or PermissionScope(item)) for item in scopes
        ]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        org_id = _get("org_id", UNSET)

        expires_at = _get("expires_at", UNSET)
        if isinstance(expires_at, str):
            try:
                expires_at = datetime.datetime.fromisoformat(expires_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        last_used_at = _get("last_used_at", UNSET)
        if isinstance(last_used_at, str):
            try:
                last_used_at = datetime.datetime.fromisoformat(last_used_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        revoked_at = _get("revoked_at", UNSET)
        if isinstance(revoked_at, str):
            try:
                revoked_at = datetime.datetime.fromisoformat(revoked_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        replaced_by_key_id = _get("replaced_by_key_id", UNSET)

        grace_expires_at = _get("grace_expires_at", UNSET)
        if isinstance(grace_expires_at, str):
            try:
                grace_expires_at = datetime.datetime.fromisoformat(grace_expires_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        rate_limit_requests = _get("rate_limit_requests", UNSET)

        rate_limit_window_secs = _get("rate_limit_window_secs", UNSET)

        environment_id = _get("environment_id", UNSET)

        rotation_interval_days = _get("rotation_interval_days", UNSET)

        next_rotation_at = _get("next_rotation_at", UNSET)
        if isinstance(next_rotation_at, str):
            try:
                next_rotation_at = datetime.datetime.fromisoformat(next_rotation_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        rotation_webhook_url = _get("rotation_webhook_url", UNSET)

        api_key = cls(
            id,
            project_id,
            name,
            key_prefix,
            scopes,
            created_at,
            org_id,
            expires_at,
            last_used_at,
            revoked_at,
            replaced_by_key_id,
            grace_expires_at,
            rate_limit_requests,
            rate_limit_window_secs,
            environment_id,
            rotation_interval_days,
            next_rotation_at,
            rotation_webhook_url,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            api_key.additional_properties = _extra
        return api_key

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
        "id",
        "project_id",
        "name",
        "key_prefix",
        "scopes",
        "created_at",
        "org_id",
        "expires_at",
        "last_used_at",
        "revoked_at",
        "replaced_by_key_id",
        "grace_expires_at",
        "rate_limit_requests",
        "rate_limit_window_secs",
        "environment_id",
        "rotation_interval_days",
        "next_rotation_at",
        "rotation_webhook_url",
    }
)
