from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        name = d.pop("name")

        key_prefix = d.pop("key_prefix")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = PermissionScope(scopes_item_data)

            scopes.append(scopes_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_org_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_last_used_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at", UNSET))

        def _parse_revoked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at", UNSET))

        def _parse_replaced_by_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replaced_by_key_id = _parse_replaced_by_key_id(d.pop("replaced_by_key_id", UNSET))

        def _parse_grace_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                grace_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return grace_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        grace_expires_at = _parse_grace_expires_at(d.pop("grace_expires_at", UNSET))

        def _parse_rate_limit_requests(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rate_limit_requests = _parse_rate_limit_requests(d.pop("rate_limit_requests", UNSET))

        def _parse_rate_limit_window_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rate_limit_window_secs = _parse_rate_limit_window_secs(
            d.pop("rate_limit_window_secs", UNSET)
        )

        def _parse_environment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment_id = _parse_environment_id(d.pop("environment_id", UNSET))

        def _parse_rotation_interval_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rotation_interval_days = _parse_rotation_interval_days(
            d.pop("rotation_interval_days", UNSET)
        )

        def _parse_next_rotation_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_rotation_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_rotation_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_rotation_at = _parse_next_rotation_at(d.pop("next_rotation_at", UNSET))

        def _parse_rotation_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rotation_webhook_url = _parse_rotation_webhook_url(d.pop("rotation_webhook_url", UNSET))

        api_key = cls(
            id=id,
            project_id=project_id,
            name=name,
            key_prefix=key_prefix,
            scopes=scopes,
            created_at=created_at,
            org_id=org_id,
            expires_at=expires_at,
            last_used_at=last_used_at,
            revoked_at=revoked_at,
            replaced_by_key_id=replaced_by_key_id,
            grace_expires_at=grace_expires_at,
            rate_limit_requests=rate_limit_requests,
            rate_limit_window_secs=rate_limit_window_secs,
            environment_id=environment_id,
            rotation_interval_days=rotation_interval_days,
            next_rotation_at=next_rotation_at,
            rotation_webhook_url=rotation_webhook_url,
        )

        api_key.additional_properties = d
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
