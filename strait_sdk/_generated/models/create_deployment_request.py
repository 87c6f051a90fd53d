from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateDeploymentRequest")


@_attrs_define
class CreateDeploymentRequest:
    """The server requires every key; send empty values for those that do not apply."""

    project_id: str
    """ Must be the API key's project. """
    environment: str
    runtime: str
    """ The runtime of the artifact, such as `node`. """
    artifact_uri: str
    """ Where the artifact is stored; must be a URL. """
    manifest: Any
    """ Any JSON value stored with the version; null is stored as `{}`. """
    checksum: str
    strategy: str
    """ `direct` or `canary`; empty means `direct`. """
    canary_percent: int | None
    """ The share of traffic for a `canary` strategy, from 1 to 99; null for `direct`. """
    canary_duration: str
    """ How long the canary phase lasts, as a Go duration string such as `30m`; empty for none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        environment = self.environment

        runtime = self.runtime

        artifact_uri = self.artifact_uri

        manifest = self.manifest

        checksum = self.checksum

        strategy = self.strategy

        canary_percent: int | None
        canary_percent = self.canary_percent

        canary_duration = self.canary_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "environment": environment,
                "runtime": runtime,
                "artifact_uri": artifact_uri,
                "manifest": manifest,
                "checksum": checksum,
                "strategy": strategy,
                "canary_percent": canary_percent,
                "canary_duration": canary_duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_id = src_dict["project_id"]

        environment = src_dict["environment"]

        runtime = src_dict["runtime"]

        artifact_uri = src_dict["artifact_uri"]

        manifest = src_dict["manifest"]

        checksum = src_dict["checksum"]

        strategy = src_dict["strategy"]

        canary_percent = src_dict["canary_percent"]

        canary_duration = src_dict["canary_duration"]

        create_deployment_request = cls(
            project_id,
            environment,
            runtime,
            artifact_uri,
            manifest,
            checksum,
            strategy,
            canary_percent,
            canary_duration,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            create_deployment_request.additional_properties = _extra
        return create_deployment_request

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
        "environment",
        "runtime",
        "artifact_uri",
        "manifest",
        "checksum",
        "strategy",
        "canary_percent",
        "canary_duration",
    }
)
