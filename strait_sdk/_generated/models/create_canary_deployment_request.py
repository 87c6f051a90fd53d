from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCanaryDeploymentRequest")


@_attrs_define
class CreateCanaryDeploymentRequest:
    workflow_id: str
    source_version: int
    """ The version number that keeps the rest of the traffic. """
    target_version: int
    """ The version number under test. """
    traffic_pct: int
    """ The percentage of runs that use `target_version`. """
    auto_promote: CanaryAutoPromoteConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        source_version = self.source_version

        target_version = self.target_version

        traffic_pct = self.traffic_pct

        auto_promote: dict[str, Any] | None | Unset
        if isinstance(self.auto_promote, Unset):
            auto_promote = UNSET
        elif isinstance(self.auto_promote, CanaryAutoPromoteConfig):
            auto_promote = self.auto_promote.to_dict()
        else:
            auto_promote = self.auto_promote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "source_version": source_version,
                "target_version": target_version,
                "traffic_pct": traffic_pct,
            }
        )
        if auto_promote is not UNSET:
            field_dict["auto_promote"] = auto_promote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        workflow_id = src_dict["workflow_id"]

        source_version = src_dict["source_version"]

        target_version = src_dict["target_version"]

        traffic_pct = src_dict["traffic_pct"]

        auto_promote = _get("auto_promote", UNSET)
        if isinstance(auto_promote, dict):
            try:
                auto_promote = CanaryAutoPromoteConfig.from_dict(auto_promote)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        create_canary_deployment_request = cls(
            workflow_id,
            source_version,
            target_version,
            traffic_pct,
            auto_promote,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            create_canary_deployment_request.additional_properties = _extra
        return create_canary_deployment_request

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
        "workflow_id",
        "source_version",
        "target_version",
        "traffic_pct",
        "auto_promote",
    }
)

from ..models.canary_auto_promote_config import CanaryAutoPromoteConfig
