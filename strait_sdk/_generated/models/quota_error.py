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

    code: None | str | Unset = UNSET
    kind: None | str | Unset = UNSET
    """ Which limit was hit, such as `plan_cap_reached` or `dispatch_priority_exceeded`. """
    message: None | str | Unset = UNSET
    limit: int | None | Unset = UNSET
    current: int | None | Unset = UNSET
    plan: None | str | Unset = UNSET
    upgrade_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        current: int | None | Unset
        if isinstance(self.current, Unset):
            current = UNSET
        else:
            current = self.current

        plan: None | str | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        else:
            plan = self.plan

        upgrade_url: None | str | Unset
        if isinstance(self.upgrade_url, Unset):
            upgrade_url = UNSET
        else:
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
        _get = src_dict.get
        code = _get("code", UNSET)

        kind = _get("kind", UNSET)

        message = _get("message", UNSET)

        limit = _get("limit", UNSET)

        current = _get("current", UNSET)

        plan = _get("plan", UNSET)

        upgrade_url = _get("upgrade_url", UNSET)

        quota_error = cls(
            code,
            kind,
            message,
            limit,
            current,
            plan,
            upgrade_url,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            quota_error.additional_properties = _extra
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


_FIELD_NAMES = frozenset(
    {
        "code",
        "kind",
        "message",
        "limit",
        "current",
        "plan",
        "upgrade_url",
    }
)
