from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuotaError")


@_attrs_define
class QuotaError:
    """The flat body of plan and quota rejections; it is not the envelope."""

    code: str | Unset = UNSET
    kind: str | Unset = UNSET
    """ Which limit was hit, such as `plan_cap_reached` or `dispatch_priority_exceeded`. """
    message: str | Unset = UNSET
    limit: int | Unset = UNSET
    current: int | Unset = UNSET
    plan: str | Unset = UNSET
    upgrade_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind = self.kind

        message = self.message

        limit = self.limit

        current = self.current

        plan = self.plan

        upgrade_url = self.upgrade_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if kind is not UNSET:
            field_dict["kind"] = kind
        if message is not UNSET:
            field_dict["message"] = message
        if limit is not UNSET:
            field_dict["limit"] = limit
        if current is not UNSET:
            field_dict["current"] = current
        if plan is not UNSET:
            field_dict["plan"] = plan
        if upgrade_url is not UNSET:
            field_dict["upgrade_url"] = upgrade_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        kind = d.pop("kind", UNSET)

        message = d.pop("message", UNSET)

        limit = d.pop("limit", UNSET)

        current = d.pop("current", UNSET)

        plan = d.pop("plan", UNSET)

        upgrade_url = d.pop("upgrade_url", UNSET)

        quota_error = cls(
            code=code,
            kind=kind,
            message=message,
            limit=limit,
            current=current,
            plan=plan,
            upgrade_url=upgrade_url,
        )

        quota_error.additional_properties = d
        return quota_error

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
