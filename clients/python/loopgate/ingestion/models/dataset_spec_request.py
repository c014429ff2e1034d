from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_spec_request_checks import DatasetSpecRequestChecks
    from ..models.dataset_spec_request_fields_item import DatasetSpecRequestFieldsItem
    from ..models.dataset_spec_request_sealing import DatasetSpecRequestSealing


T = TypeVar("T", bound="DatasetSpecRequest")


@_attrs_define
class DatasetSpecRequest:
    """
    Attributes:
        fields (list[DatasetSpecRequestFieldsItem]):
        entity_key (str | Unset): left out, each row is identified by its content, in the platform's __row_id column (a
            static table without ids) Default: '__row_id'.
        event_time_field (str | Unset): left out, each row's time is its arrival, in the platform's __arrived_at column
            (a table without a clock) Default: '__arrived_at'.
        label_field (None | str | Unset): one of the fields: nullable when labels arrive later (POST .../labels)
        segment_fields (list[str] | Unset):
        sensitive_fields (list[str] | Unset):
        freshness_sla_ms (int | None | Unset):
        sealing (DatasetSpecRequestSealing | Unset):
        checks (DatasetSpecRequestChecks | Unset):
    """

    fields: list[DatasetSpecRequestFieldsItem]
    entity_key: str | Unset = "__row_id"
    event_time_field: str | Unset = "__arrived_at"
    label_field: None | str | Unset = UNSET
    segment_fields: list[str] | Unset = UNSET
    sensitive_fields: list[str] | Unset = UNSET
    freshness_sla_ms: int | None | Unset = UNSET
    sealing: DatasetSpecRequestSealing | Unset = UNSET
    checks: DatasetSpecRequestChecks | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        entity_key = self.entity_key

        event_time_field = self.event_time_field

        label_field: None | str | Unset
        if isinstance(self.label_field, Unset):
            label_field = UNSET
        else:
            label_field = self.label_field

        segment_fields: list[str] | Unset = UNSET
        if not isinstance(self.segment_fields, Unset):
            segment_fields = self.segment_fields

        sensitive_fields: list[str] | Unset = UNSET
        if not isinstance(self.sensitive_fields, Unset):
            sensitive_fields = self.sensitive_fields

        freshness_sla_ms: int | None | Unset
        if isinstance(self.freshness_sla_ms, Unset):
            freshness_sla_ms = UNSET
        else:
            freshness_sla_ms = self.freshness_sla_ms

        sealing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sealing, Unset):
            sealing = self.sealing.to_dict()

        checks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checks, Unset):
            checks = self.checks.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fields": fields,
            }
        )
        if entity_key is not UNSET:
            field_dict["entityKey"] = entity_key
        if event_time_field is not UNSET:
            field_dict["eventTimeField"] = event_time_field
        if label_field is not UNSET:
            field_dict["labelField"] = label_field
        if segment_fields is not UNSET:
            field_dict["segmentFields"] = segment_fields
        if sensitive_fields is not UNSET:
            field_dict["sensitiveFields"] = sensitive_fields
        if freshness_sla_ms is not UNSET:
            field_dict["freshnessSlaMs"] = freshness_sla_ms
        if sealing is not UNSET:
            field_dict["sealing"] = sealing
        if checks is not UNSET:
            field_dict["checks"] = checks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_spec_request_checks import DatasetSpecRequestChecks
        from ..models.dataset_spec_request_fields_item import (
            DatasetSpecRequestFieldsItem,
        )
        from ..models.dataset_spec_request_sealing import DatasetSpecRequestSealing

        d = dict(src_dict)
        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = DatasetSpecRequestFieldsItem.from_dict(fields_item_data)

            fields.append(fields_item)

        entity_key = d.pop("entityKey", UNSET)

        event_time_field = d.pop("eventTimeField", UNSET)

        def _parse_label_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_field = _parse_label_field(d.pop("labelField", UNSET))

        segment_fields = cast(list[str], d.pop("segmentFields", UNSET))

        sensitive_fields = cast(list[str], d.pop("sensitiveFields", UNSET))

        def _parse_freshness_sla_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        freshness_sla_ms = _parse_freshness_sla_ms(d.pop("freshnessSlaMs", UNSET))

        _sealing = d.pop("sealing", UNSET)
        sealing: DatasetSpecRequestSealing | Unset
        if isinstance(_sealing, Unset):
            sealing = UNSET
        else:
            sealing = DatasetSpecRequestSealing.from_dict(_sealing)

        _checks = d.pop("checks", UNSET)
        checks: DatasetSpecRequestChecks | Unset
        if isinstance(_checks, Unset):
            checks = UNSET
        else:
            checks = DatasetSpecRequestChecks.from_dict(_checks)

        dataset_spec_request = cls(
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

        return dataset_spec_request
