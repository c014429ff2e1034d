from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dataset_spec_checks import DatasetSpecChecks
    from ..models.dataset_spec_sealing import DatasetSpecSealing
    from ..models.field_spec import FieldSpec


T = TypeVar("T", bound="DatasetSpec")


@_attrs_define
class DatasetSpec:
    """
    Attributes:
        dataset_id (str):
        version (int): from 1, one more per change
        spec_hash (str): SHA-256 of the spec's canonical JSON
        registered_by (str):
        created_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
        fields (list[FieldSpec]):
        entity_key (str):
        event_time_field (str):
        label_field (None | str):
        segment_fields (list[str]):
        sensitive_fields (list[str]):
        freshness_sla_ms (int | None):
        sealing (DatasetSpecSealing):
        checks (DatasetSpecChecks):
    """

    dataset_id: str
    version: int
    spec_hash: str
    registered_by: str
    created_at: datetime.datetime
    fields: list[FieldSpec]
    entity_key: str
    event_time_field: str
    label_field: None | str
    segment_fields: list[str]
    sensitive_fields: list[str]
    freshness_sla_ms: int | None
    sealing: DatasetSpecSealing
    checks: DatasetSpecChecks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        version = self.version

        spec_hash = self.spec_hash

        registered_by = self.registered_by

        created_at = self.created_at.isoformat()

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        entity_key = self.entity_key

        event_time_field = self.event_time_field

        label_field: None | str
        label_field = self.label_field

        segment_fields = self.segment_fields

        sensitive_fields = self.sensitive_fields

        freshness_sla_ms: int | None
        freshness_sla_ms = self.freshness_sla_ms

        sealing = self.sealing.to_dict()

        checks = self.checks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetId": dataset_id,
                "version": version,
                "specHash": spec_hash,
                "registeredBy": registered_by,
                "createdAt": created_at,
                "fields": fields,
                "entityKey": entity_key,
                "eventTimeField": event_time_field,
                "labelField": label_field,
                "segmentFields": segment_fields,
                "sensitiveFields": sensitive_fields,
                "freshnessSlaMs": freshness_sla_ms,
                "sealing": sealing,
                "checks": checks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_spec_checks import DatasetSpecChecks
        from ..models.dataset_spec_sealing import DatasetSpecSealing
        from ..models.field_spec import FieldSpec

        d = dict(src_dict)
        dataset_id = d.pop("datasetId")

        version = d.pop("version")

        spec_hash = d.pop("specHash")

        registered_by = d.pop("registeredBy")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = FieldSpec.from_dict(fields_item_data)

            fields.append(fields_item)

        entity_key = d.pop("entityKey")

        event_time_field = d.pop("eventTimeField")

        def _parse_label_field(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label_field = _parse_label_field(d.pop("labelField"))

        segment_fields = cast(list[str], d.pop("segmentFields"))

        sensitive_fields = cast(list[str], d.pop("sensitiveFields"))

        def _parse_freshness_sla_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        freshness_sla_ms = _parse_freshness_sla_ms(d.pop("freshnessSlaMs"))

        sealing = DatasetSpecSealing.from_dict(d.pop("sealing"))

        checks = DatasetSpecChecks.from_dict(d.pop("checks"))

        dataset_spec = cls(
            dataset_id=dataset_id,
            version=version,
            spec_hash=spec_hash,
            registered_by=registered_by,
            created_at=created_at,
            fields=fields,
            entity_key=entity_key,
            event_time_field=event_time_field,
            label_field=label_field,
            segment_fields=segment_fields,
            sensitive_fields=sensitive_fields,
            freshness_sla_ms=freshness_sla_ms,
            sealing=sealing,
            checks=checks,
        )

        dataset_spec.additional_properties = d
        return dataset_spec

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
