"""The local authority's settings: the timescales the law leaves to local practice.

Each setting names its source. Those marked *unconfirmed* are common practice readings not
checked against the primary text; the settings dialog says so.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class SettingInfo:
    label: str
    unit: str
    source: str
    minimum: int
    maximum: int
    unconfirmed: bool = False


@dataclass
class LocalSettings:
    # CLR 2010 reg 7(1)(b)/(3): after the LA provides accommodation, the plan is reviewed
    # following the move. Default 28 days. (unconfirmed)
    review_after_move_days: int = 28
    # CLR 2010 reg 7(1)(c): a review at the young person's request (cannot be refused).
    # Local standard for how soon it is held. (local practice)
    review_request_days: int = 28
    # The Emergency Duty Team's number, printed on plans and cover summaries (local).
    out_of_hours_phone: str = ""

    @classmethod
    def info(cls) -> dict[str, SettingInfo]:
        return SETTING_INFO

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict | None) -> "LocalSettings":
        data = data or {}
        types = {f.name: type(f.default) for f in fields(cls)}
        return cls(**{k: types[k](v) for k, v in data.items() if k in types})


SETTING_INFO: dict[str, SettingInfo] = {
    "review_after_move_days": SettingInfo(
        "Review the pathway plan after a move by", "days after the move",
        "CLR 2010 reg 7: review following a move into LA-provided accommodation", 1, 90, unconfirmed=True),
    "review_request_days": SettingInfo(
        "Hold a review the young person asks for within", "days",
        "CLR 2010 reg 7(1)(c): a review the young person asks for cannot be refused; local standard", 1, 60),
    "out_of_hours_phone": SettingInfo(
        "Emergency Duty Team phone", "", "Local arrangements (DOMAIN.md §9)", 0, 20),
}


def validate_settings(s: LocalSettings) -> None:
    from .errors import Collector

    c = Collector()
    for name, info in SETTING_INFO.items():
        value = getattr(s, name)
        if isinstance(value, str):
            if len(value) > info.maximum or (value.strip() and not all(ch.isdigit() or ch in " +()-" for ch in value)):
                c.add(name, info.label, "use digits, spaces and + only")
        elif not isinstance(value, int) or isinstance(value, bool) or not info.minimum <= value <= info.maximum:
            c.add(name, info.label, f"must be a whole number from {info.minimum} to {info.maximum} {info.unit}")
    c.raise_if_any()
