from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestWebhookResult")


@_attrs_define
class TestWebhookResult:
    success: bool
    """ Whether the endpoint responded with a 2xx status. """
    latency_ms: int
    """ Milliseconds from sending the request to the arrival of the response headers, or to the failure. """
    status_code: int | None | Unset = UNSET
    """ The endpoint's HTTP status, absent when the connection failed. """
    response_body: None | str | Unset = UNSET
    """ The first 4096 bytes of the endpoint's response body. """
    error: None | str | Unset = UNSET
    """ Set only when the connection failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        latency_ms = self.latency_ms

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        response_body: None | str | Unset
        if isinstance(self.response_body, Unset):
            response_body = UNSET
        else:
            response_body = self.response_body

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "latency_ms": latency_ms,
            }
        )
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if response_body is not UNSET:
            field_dict["response_body"] = response_body
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        success = src_dict["success"]

        latency_ms = src_dict["latency_ms"]

        status_code = _get("status_code", UNSET)

        response_body = _get("response_body", UNSET)

        error = _get("error", UNSET)

        test_webhook_result = cls(
            success,
            latency_ms,
            status_code,
            response_body,
            error,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            test_webhook_result.additional_properties = _extra
        return test_webhook_result

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
        "success",
        "latency_ms",
        "status_code",
        "response_body",
        "error",
    }
)
