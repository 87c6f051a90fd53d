from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditEvent")


@_attrs_define
class AuditEvent:
    """A record of a sensitive action in the project, signed into the project's audit chain."""

    id: str
    project_id: str
    actor_id: str
    actor_type: str
    """ Such as `api_key` or `user`. """
    action: str
    """ What happened, such as `role.created` or `dlq.replay`. """
    resource_type: str
    resource_id: str
    created_at: datetime.datetime
    details: Any | Unset = UNSET
    """ Data about the action, any JSON value. """
    signature: None | str | Unset = UNSET
    """ The HMAC-SHA256 signature of the event. """
    previous_hash: None | str | Unset = UNSET
    """ The signature of the event before this one in the chain. """
    remote_ip: None | str | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    schema_version: int | None | Unset = UNSET
    """ Which fields the signature covers. Newer versions cover more fields. """
    is_anchor: bool | None | Unset = UNSET
    """ Marks a boundary of the chain, such as a signing key rotation. """
    rotation_epoch: int | None | Unset = UNSET
    """ The signing key generation the event was signed with, from 0. """
    shard_id: None | str | Unset = UNSET
    """ The sub-chain of the project the event belongs to, absent for the main chain. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        actor_id = self.actor_id

        actor_type = self.actor_type

        action = self.action

        resource_type = self.resource_type

        resource_id = self.resource_id

        created_at = self.created_at.isoformat()

        details = self.details

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        previous_hash: None | str | Unset
        if isinstance(self.previous_hash, Unset):
            previous_hash = UNSET
        else:
            previous_hash = self.previous_hash

        remote_ip: None | str | Unset
        if isinstance(self.remote_ip, Unset):
            remote_ip = UNSET
        else:
            remote_ip = self.remote_ip

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        schema_version: int | None | Unset
        if isinstance(self.schema_version, Unset):
            schema_version = UNSET
        else:
            schema_version = self.schema_version

        is_anchor: bool | None | Unset
        if isinstance(self.is_anchor, Unset):
            is_anchor = UNSET
        else:
            is_anchor = self.is_anchor

        rotation_epoch: int | None | Unset
        if isinstance(self.rotation_epoch, Unset):
            rotation_epoch = UNSET
        else:
            rotation_epoch = self.rotation_epoch

        shard_id: None | str | Unset
        if isinstance(self.shard_id, Unset):
            shard_id = UNSET
        else:
            shard_id = self.shard_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "actor_id": actor_id,
                "actor_type": actor_type,
                "action": action,
                "resource_type": resource_type,
                "resource_id": resource_id,
                "created_at": created_at,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if signature is not UNSET:
            field_dict["signature"] = signature
        if previous_hash is not UNSET:
            field_dict["previous_hash"] = previous_hash
        if remote_ip is not UNSET:
            field_dict["remote_ip"] = remote_ip
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if is_anchor is not UNSET:
            field_dict["is_anchor"] = is_anchor
        if rotation_epoch is not UNSET:
            field_dict["rotation_epoch"] = rotation_epoch
        if shard_id is not UNSET:
            field_dict["shard_id"] = shard_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        actor_id = src_dict["actor_id"]

        actor_type = src_dict["actor_type"]

        action = src_dict["action"]

        resource_type = src_dict["resource_type"]

        resource_id = src_dict["resource_id"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        details = _get("details", UNSET)

        signature = _get("signature", UNSET)

        previous_hash = _get("previous_hash", UNSET)

        remote_ip = _get("remote_ip", UNSET)

        user_agent = _get("user_agent", UNSET)

        request_id = _get("request_id", UNSET)

        trace_id = _get("trace_id", UNSET)

        schema_version = _get("schema_version", UNSET)

        is_anchor = _get("is_anchor", UNSET)

        rotation_epoch = _get("rotation_epoch", UNSET)

        shard_id = _get("shard_id", UNSET)

        audit_event = cls(
            id,
            project_id,
            actor_id,
            actor_type,
            action,
            resource_type,
            resource_id,
            created_at,
            details,
            signature,
            previous_hash,
            remote_ip,
            user_agent,
            request_id,
            trace_id,
            schema_version,
            is_anchor,
            rotation_epoch,
            shard_id,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            audit_event.additional_properties = _extra
        return audit_event

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
        "actor_id",
        "actor_type",
        "action",
        "resource_type",
        "resource_id",
        "created_at",
        "details",
        "signature",
        "previous_hash",
        "remote_ip",
        "user_agent",
        "request_id",
        "trace_id",
        "schema_version",
        "is_anchor",
        "rotation_epoch",
        "shard_id",
    }
)
