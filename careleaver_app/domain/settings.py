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
    free_text: bool = False  # words, not a phone number


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
    # DOMAIN.md §3: no statutory frequency outside LA-provided accommodation; the local
    # standard applies (LAs use 8 weeks to 3 months). Default 8 weeks.
    local_contact_weeks: int = 8
    # CA 1989 s.23B/s.23C: steps to re-establish contact when it is lost. How long without
    # reaching the young person counts as "not in touch". (unconfirmed: practice reading)
    lost_touch_days: int = 90
    # How far ahead the work tray looks for things falling due.
    worktray_days_ahead: int = 14
    # CLR 2010 reg 9 / Sch 2: suitability is judged when accommodation starts; practice is to
    # judge it again at least this often. (local practice)
    suitability_reassess_months: int = 12
    # DOMAIN.md §4 / Vol 3: bed and breakfast is not suitable for a 16 or 17 year old except
    # briefly in an emergency. How many days an emergency B&B stay can be judged suitable before it
    # is unsuitable and flagged. (unconfirmed: the guidance gives no number; a practice reading)
    bb_emergency_days: int = 2
    # Staying Close: a duty to 25 is enacted but not yet in force; until it is, the LA's own
    # offer applies. (configurable, DOMAIN.md §4)
    staying_close_end_age: int = 25
    # Consent to share health information (from 18) is checked again after this long. (practice)
    consent_review_months: int = 12
    # A mental-health referral still waiting this long after it was made is chased. (practice)
    referral_response_weeks: int = 6
    # Data protection (issue: encryption, auto-lock, backups). Local choices.
    lock_after_minutes: int = 10
    backup_every_minutes: int = 15
    backups_daily: int = 7
    backups_weekly: int = 4
    backups_monthly: int = 12
    # DOMAIN.md §5: the 903 OC3 reports each young person as on or around their birthday;
    # commonly 3 months before to 1 month after. (unconfirmed)
    oc3_window_before_months: int = 3
    oc3_window_after_months: int = 1
    # The team dashboard flags a PA holding more young people than this. (local practice)
    caseload_threshold: int = 20
    # Immigration: the work tray raises leave that is ending this many months before it ends
    # (domain.duties.leave_needs_action; an in-time application keeps their rights, Immigration
    # Act 1971 s.3C). (unconfirmed: a practice reading)
    leave_expiry_warning_months: int = 6
    # Children's Wellbeing and Schools Act 2026 s.7 (new CA 1989 s.23CZAA): the Staying Close duty
    # (assess former relevant young people under 25 for staying close support). Not yet in force:
    # off until commencement, when a manager turns it on. (domain.duties.STAYING_CLOSE)
    staying_close_duty_in_force: bool = False
    # The young person's own copy (My plan) says how to get an advocate and how to complain. CA 1989
    # s.26A: the LA arranges advocacy for a care leaver making representations; s.26(3) and the
    # Children Act 1989 Representations Procedure (England) Regulations 2006: its complaints
    # procedure. Who to contact is local.
    advocacy_contact: str = ""
    complaints_contact: str = ""

    @classmethod
    def info(cls) -> dict[str, SettingInfo]:
        return SETTING_INFO

    def rotation(self) -> dict:
        return {"daily": self.backups_daily, "weekly": self.backups_weekly, "monthly": self.backups_monthly}

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict | None) -> LocalSettings:
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
    "local_contact_weeks": SettingInfo(
        "Local contact standard: see each young person at least every", "weeks",
        "Local standard where the LA does not provide the accommodation (no statutory frequency)", 1, 13),
    "lost_touch_days": SettingInfo(
        "Treat as not in touch after no contact for", "days",
        "CA 1989 s.23B / s.23C: re-establish contact when it is lost", 14, 365, unconfirmed=True),
    "worktray_days_ahead": SettingInfo(
        "Work tray shows things due within", "days", "Local preference", 1, 60),
    "suitability_reassess_months": SettingInfo(
        "Judge the suitability of accommodation again at least every", "months",
        "CLR 2010 reg 9 and Schedule 2; local practice", 1, 24),
    "bb_emergency_days": SettingInfo(
        "Emergency bed and breakfast (16 or 17 year olds) stays suitable for at most", "days",
        "Bed and breakfast is not suitable for 16 and 17 year olds except briefly in an emergency (Vol 3; DOMAIN.md §4)",
        0, 28, unconfirmed=True),
    "staying_close_end_age": SettingInfo(
        "Staying Close support until the birthday of age", "years",
        "Staying Close: a duty to 25 is enacted but not yet in force; the local offer applies", 18, 25, unconfirmed=True),
    "consent_review_months": SettingInfo(
        "Check consent to share health information again after", "months",
        "Health information is the young person's from 18 (DOMAIN.md §7); local practice", 1, 36),
    "referral_response_weeks": SettingInfo(
        "Chase a referral still waiting after", "weeks", "Local practice", 1, 52),
    "lock_after_minutes": SettingInfo("Lock the app after no use for", "minutes", "Data protection: local policy", 1, 60),
    "backup_every_minutes": SettingInfo("Back up while changes are made every", "minutes", "Data protection: local policy", 5, 240),
    "backups_daily": SettingInfo("Keep daily backups for", "days", "Data protection: local policy", 1, 31),
    "backups_weekly": SettingInfo("Keep weekly backups for", "weeks", "Data protection: local policy", 0, 52),
    "backups_monthly": SettingInfo("Keep monthly backups for", "months", "Data protection: local policy", 0, 120),
    "oc3_window_before_months": SettingInfo(
        "903 OC3: report what was true from this long before the birthday", "months",
        "DfE SSDA903 guidance: on or around the 17th to 21st birthday (DOMAIN.md §5)", 0, 6, unconfirmed=True),
    "oc3_window_after_months": SettingInfo(
        "903 OC3: … to this long after the birthday", "months",
        "DfE SSDA903 guidance: on or around the 17th to 21st birthday (DOMAIN.md §5)", 0, 6, unconfirmed=True),
    "caseload_threshold": SettingInfo(
        "Dashboard: flag a PA holding more than", "young people", "Local workload policy", 1, 100),
    "leave_expiry_warning_months": SettingInfo(
        "Immigration: raise leave that is ending this long before it ends", "months",
        "Apply to extend before leave ends (Immigration Act 1971 s.3C); local practice", 1, 12, unconfirmed=True),
    "staying_close_duty_in_force": SettingInfo(
        "The Staying Close duty (CA 1989 s.23CZAA) is in force", "",
        "Children's Wellbeing and Schools Act 2026 s.7: not yet in force; turn on from commencement", 0, 1),
    "advocacy_contact": SettingInfo(
        "My plan: how to get an advocate (who and how to reach them)", "",
        "CA 1989 s.26A: advocacy for care leavers making representations; local arrangements", 0, 200, free_text=True),
    "complaints_contact": SettingInfo(
        "My plan: how to complain (who and how to reach them)", "",
        "CA 1989 s.26(3) and the Representations Procedure (England) Regulations 2006; local arrangements", 0, 200,
        free_text=True),
}


def validate_settings(s: LocalSettings) -> None:
    from .errors import Collector

    c = Collector()
    for name, info in SETTING_INFO.items():
        value = getattr(s, name)
        if isinstance(value, str) and info.free_text:
            if len(value) > info.maximum:
                c.add(name, info.label, f"use at most {info.maximum} characters")
        elif isinstance(value, str):
            if len(value) > info.maximum or (value.strip() and not all(ch.isdigit() or ch in " +()-" for ch in value)):
                c.add(name, info.label, "use digits, spaces and + only")
        elif isinstance(value, bool) and isinstance(getattr(LocalSettings, name, None), bool):
            continue  # a yes/no setting
        elif not isinstance(value, int) or isinstance(value, bool) or not info.minimum <= value <= info.maximum:
            c.add(name, info.label, f"must be a whole number from {info.minimum} to {info.maximum} {info.unit}")
    c.raise_if_any()
