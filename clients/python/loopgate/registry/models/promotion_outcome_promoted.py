from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.promotion_outcome_promoted_status import PromotionOutcomePromotedStatus

if TYPE_CHECKING:
    from ..models.gate_result import GateResult
    from ..models.model_version import ModelVersion


T = TypeVar("T", bound="PromotionOutcomePromoted")


@_attrs_define
class PromotionOutcomePromoted:
    """
    Attributes:
        status (PromotionOutcomePromotedStatus):
        version (ModelVersion):
        gates (list[GateResult]):
    """

    status: PromotionOutcomePromotedStatus
    version: ModelVersion
    gates: list[GateResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        version = self.version.to_dict()

        gates = []
        for gates_item_data in self.gates:
            gates_item = gates_item_data.to_dict()
            gates.append(gates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "version": version,
                "gates": gates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gate_result import GateResult
        from ..models.model_version import ModelVersion

        d = dict(src_dict)
        status = PromotionOutcomePromotedStatus(d.pop("status"))

        version = ModelVersion.from_dict(d.pop("version"))

        gates = []
        _gates = d.pop("gates")
        for gates_item_data in _gates:
            gates_item = GateResult.from_dict(gates_item_data)

            gates.append(gates_item)

        promotion_outcome_promoted = cls(
            status=status,
            version=version,
            gates=gates,
        )

        promotion_outcome_promoted.additional_properties = d
        return promotion_outcome_promoted

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
