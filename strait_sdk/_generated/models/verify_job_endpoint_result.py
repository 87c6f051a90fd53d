from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifyJobEndpointResult")


@_attrs_define
class VerifyJobEndpointResult:
    success: bool
    """ True when the endpoint returned with a 2xx status. """
    latency_ms: int
    status_code: int | None | Unset = UNSET
    """ The endpoint's HTTP status, absent when no answer arrived. """
    error: None | str | Unset = UNSET
    """ Set when the request could not be completed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        latency_ms = self.latency_ms

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

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
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        success = src_dict["success"]

        latency_ms = src_dict["latency_ms"]

        status_code = _get("status_code", UNSET)

        error = _get("error", UNSET)

        verify_job_endpoint_result = cls(
            success,
            latency_ms,
            status_code,
            error,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            verify_job_endpoint_result.additional_properties = _extra
        return verify_job_endpoint_result

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
        "error",
    }
)
