from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.canary_auto_promote_config import CanaryAutoPromoteConfig


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
        from ..models.canary_auto_promote_config import CanaryAutoPromoteConfig  # noqa: PLC0415

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
        from ..models.canary_auto_promote_config import CanaryAutoPromoteConfig  # noqa: PLC0415

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        source_version = d.pop("source_version")

        target_version = d.pop("target_version")

        traffic_pct = d.pop("traffic_pct")

        def _parse_auto_promote(data: object) -> CanaryAutoPromoteConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auto_promote_type_0 = CanaryAutoPromoteConfig.from_dict(data)

                return auto_promote_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CanaryAutoPromoteConfig | None | Unset, data)

        auto_promote = _parse_auto_promote(d.pop("auto_promote", UNSET))

        create_canary_deployment_request = cls(
            workflow_id=workflow_id,
            source_version=source_version,
            target_version=target_version,
            traffic_pct=traffic_pct,
            auto_promote=auto_promote,
        )

        create_canary_deployment_request.additional_properties = d
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
