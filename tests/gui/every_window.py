"""Every window and dialog the app can open, each in the states a user sees it in.

Used by the access-key, size and title tests (and by ``scripts/screens.py``-style runs in a
subprocess at other screen sizes): ``main_window_states`` puts the main window on each page, a
record on each tab and the plan on each part; ``dialogs`` makes one of every dialog class in
``careleaver_app.gui``, with real records. ``dialog_classes`` lists every dialog class the app
defines, so a new dialog that is not walked here fails the tests.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections import defaultdict
from datetime import date

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget

import careleaver_app.gui as gui_package

# Bases that are never shown themselves.
ABSTRACT = {"GuardedDialog", "RememberingDialog", "FormDialog", "_NewPassphraseDialog", "ManagedListDialog"}


def dialog_classes() -> set[str]:
    """The names of every QDialog subclass defined in careleaver_app.gui (but the bases)."""
    for info in pkgutil.iter_modules(gui_package.__path__):
        if info.name != "forms":
            importlib.import_module(f"careleaver_app.gui.{info.name}")
    found, todo = set(), [QDialog]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("careleaver_app.gui") and sub.__name__ not in ABSTRACT:
                found.add(sub.__name__)
    return found


# -- the main window --------------------------------------------------------------------------

def rich_person(services) -> str:
    """A demo young person with something in every tab: a finalised plan with contingencies,
    contacts with follow-ups, a stay, an activity, entitlements."""
    from careleaver_app.services.people import Scope, ScopeKind

    rows = services.people.caseload(Scope(ScopeKind.ALL))
    for r in rows:
        if not r.category_active or r.archived:
            continue
        plan = services.plans.current(r.id)
        if (plan is not None and plan.is_final and plan.contingencies and services.living.episodes(r.id)
                and services.living.eet(r.id) and services.living.entitlements(r.id) and services.contacts.contacts(r.id, limit=1)):
            return r.id
    raise AssertionError("no demo young person has something in every tab")


def draft_person(services) -> str:
    """A demo young person whose plan is a draft (so the plan can be edited)."""
    from careleaver_app.services.people import Scope, ScopeKind

    for r in services.people.caseload(Scope(ScopeKind.ALL)):
        plan = services.plans.current(r.id)
        if r.category_active and not r.archived and plan is not None and not plan.is_final:
            return r.id
    raise AssertionError("no demo young person has a draft plan")


def main_window_states(window, person_ids: list[str]):
    """Put ``window`` in each state a user sees; yields a name for each: every fixed page, then
    each record in ``person_ids`` on each of its tabs, and its plan on each of its parts."""
    from careleaver_app.gui.main_window import FIXED_PAGES
    from careleaver_app.gui.record import LAZY_TABS

    for name, *_ in FIXED_PAGES:
        window.tabs.setCurrentWidget(window.page(name))
        yield f"main window: {name}"
    for person_id in person_ids:
        page = window.open_person(person_id)
        for i in range(page.tabs.count()):
            page.tabs.setCurrentIndex(i)
            name = page.tabs.widget(i).objectName()
            if name == "plan_tab":
                plan = page.plan
                for row in range(plan.section_list.count()):
                    plan.section_list.setCurrentRow(row)
                    yield f"record: plan ({'editable' if plan.editable else 'finalised'}), part {row}"
            else:
                yield f"record: {name or page.tabs.tabText(i)}"
        assert {n for n, _ in LAZY_TABS} <= set(page._built)


# -- dialogs ----------------------------------------------------------------------------------

def dialogs(services, tmp_path):
    """(class name, a shown-ready dialog) for every dialog the app opens."""
    from careleaver_app.domain.plans import SectionKey
    from careleaver_app.gui import backup_dialog, chronology_tab, contacts_tab, cover_page, crisis_lines_dialog
    from careleaver_app.gui import dialogs as d
    from careleaver_app.gui import eet_tab, entitlement_types_dialog, guarded, health_tab, import_dialog, living_tab, money_tab
    from careleaver_app.gui import pdf_preview, plan_dialogs, settings_dialog, unlock
    from careleaver_app.services.access import StoreAccess
    from careleaver_app.services.cover import ExchangeReport

    me = services.workers.current()
    manager = next(w for w in services.workers.workers() if w.role.value == "manager")
    pid = rich_person(services)
    today = services.clock.today()
    plan = services.plans.current(pid)
    contingency = plan.contingencies[0]
    contact = services.contacts.contacts(pid, limit=1)[0]
    episode = services.living.episodes(pid)[-1]
    eet = services.living.eet(pid)[-1]
    entitlement = services.living.entitlements(pid)[0]
    csv = tmp_path / "people.csv"
    csv.write_text("legal_name,dob\nAmara Okafor,01/04/2008\n", encoding="utf-8")
    access = StoreAccess(tmp_path / "other.db")

    yield "ChooseWorkerDialog", d.ChooseWorkerDialog(services.workers)
    yield "NewPersonDialog", d.NewPersonDialog(services.people, services.workers, me)
    yield "ChangePaDialog", d.ChangePaDialog(services.people, services.workers, pid)
    yield "ContactDialog", contacts_tab.ContactDialog(services.workers, services.contacts, services.clock, pid, me)
    yield "AmendDialog", contacts_tab.AmendDialog(services.contacts, contact)
    yield "DecisionDialog", contacts_tab.DecisionDialog(services.contacts, services.clock, pid)
    yield "CadenceDialog", contacts_tab.CadenceDialog(services.contacts, services.settings, pid)
    from careleaver_app.domain.contacts import FollowUp

    yield "FollowUpDoneDialog", contacts_tab.FollowUpDoneDialog(services.contacts, services.clock,
                                                                [FollowUp("Ring the college", "Priya", today)])
    yield "EventDialog", chronology_tab.EventDialog(services.chronology, services.clock, pid)
    yield "AbsenceDialog", cover_page.AbsenceDialog(services.people, services.workers, services.cover, services.clock, None, me)
    yield "AwayDialog", cover_page.AwayDialog(services.cover, ExchangeReport("return", "pack"))
    yield "NeedDialog", health_tab.NeedDialog(None)
    yield "ReferralDialog", health_tab.ReferralDialog(services.health, services.clock, pid, None)
    yield "HandoverDialog", health_tab.HandoverDialog(services.health, pid)
    yield "ConsentDialog", health_tab.ConsentDialog(services.health, services.clock, pid)
    from careleaver_app.gui import bank_holidays_dialog, duties_tab

    yield "DocumentsDialog", duties_tab.DocumentsDialog(services.duties, pid)
    yield "ImmigrationDialog", duties_tab.ImmigrationDialog(services.duties, pid)
    yield "DeathNotificationDialog", duties_tab.DeathNotificationDialog(services.duties, pid)
    yield "CustodyDialog", duties_tab.CustodyDialog(services.duties, pid)
    yield "PaOfferDialog", duties_tab.PaOfferDialog(services.duties, services.clock, pid)
    yield "RequestDialog", duties_tab.RequestDialog(services.duties, services.clock, pid, None)
    yield "RiskDialog", duties_tab.RiskDialog(services.duties, services.clock, pid)
    yield "StayingCloseDialog", duties_tab.StayingCloseDialog(services.duties, services.clock, pid)
    yield "BankHolidaysDialog", bank_holidays_dialog.BankHolidaysDialog(services.duties, manager)
    yield "EpisodeDialog", living_tab.EpisodeDialog(services.living, services.clock, pid, None)
    yield "AssessmentDialog", living_tab.AssessmentDialog(services.living, services.clock, pid, episode)
    yield "ArrangementDialog", living_tab.ArrangementDialog(services.living, pid, None)
    yield "HousingDialog", living_tab.HousingDialog(services.living, pid, None)
    yield "EetDialog", eet_tab.EetDialog(services.living, services.clock, pid, eet)
    yield "EntitlementDialog", money_tab.EntitlementDialog(services.living, services.clock, entitlement,
                                                           "Setting-up-home allowance")
    yield "SpendDialog", money_tab.SpendDialog(services.living, services.clock, pid, entitlement, 3000)
    yield "OfferDialog", money_tab.OfferDialog(services.living, services.clock, pid)
    yield "ActionDialog", plan_dialogs.ActionDialog(None, SectionKey.EDUCATION, plan_start=plan.start_date, today=today,
                                                    pa_name=me.name, person_name="Mara")
    yield "ContingencyDialog", plan_dialogs.ContingencyDialog(None, None, plan_start=plan.start_date, default_check=today)
    yield "StartReviewDialog", plan_dialogs.StartReviewDialog(services.plans, pid, today)
    yield "OversightDialog", plan_dialogs.OversightDialog(services.plans, plan, manager.id, today)
    yield "ReviewRequestDialog", plan_dialogs.ReviewRequestDialog(services.plans, pid, today)
    yield "CheckDialog", plan_dialogs.CheckDialog(services.plans, contingency, today, today)
    yield "SettingsDialog", settings_dialog.SettingsDialog(services.settings, manager)
    yield "RestoreDialog", backup_dialog.RestoreDialog(services.store.path, services.store.key, services.store.restore)
    yield "ImportDialog", import_dialog.ImportDialog(services.importer, str(csv))
    yield "EntitlementTypesDialog", entitlement_types_dialog.EntitlementTypesDialog(services.living, manager)
    yield "CrisisLinesDialog", crisis_lines_dialog.CrisisLinesDialog(services.health, manager)
    yield "PdfPreviewDialog", pdf_preview.PdfPreviewDialog(services.plans.pdf(plan.id), "Pathway plan", "plan.pdf")
    yield "TextDialog", guarded.TextDialog(None, "Add a note", "A note for the young person's record:")
    from careleaver_app.gui import team_sync
    from careleaver_app.gui.ops import Operations

    ops = Operations(services)
    yield "JoinTeamDialog", team_sync.JoinTeamDialog(ops)
    yield "ConflictsDialog", team_sync.ConflictsDialog(services.team, ops)
    yield "SetupDialog", unlock.SetupDialog(access.create)
    yield "UnlockDialog", unlock.UnlockDialog(access, access.unlock)
    yield "RecoverDialog", unlock.RecoverDialog(access)
    yield "RecoveryKeyDialog", unlock.RecoveryKeyDialog("-".join(["ABCD"] * 14))
    yield "ChangePassphraseDialog", unlock.ChangePassphraseDialog(access)
    from careleaver_app.domain.own_copy import PlanCopy
    from careleaver_app.domain.subject_access import Pause, SubjectAccessRequest
    from careleaver_app.gui import own_copy_tab

    services.own_copy.record_copy(PlanCopy(plan.id, pid, today, "my_plan", "in_person"))
    request = SubjectAccessRequest(pid, today, identity_checked_on=today, pauses=[Pause(today, "Which years?")])
    services.subject_access.save(request)
    yield "MyPlanDialog", own_copy_tab.MyPlanDialog(services.plans, pid)
    yield "CopyDialog", own_copy_tab.CopyDialog(services.plans, services.own_copy, services.clock, pid)
    yield "ReplyDialog", own_copy_tab.ReplyDialog(services.own_copy, services.clock, pid)
    yield "StoryDialog", own_copy_tab.StoryDialog(services.own_copy, services.clock, pid)
    yield "RequestDialog", own_copy_tab.RequestDialog(services.subject_access, services.clock, pid,
                                                      services.subject_access.requests(pid)[0])


# -- access keys ------------------------------------------------------------------------------

def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def access_keys(window: QWidget) -> dict[str, list[tuple[str, object, str]]]:
    """Alt+key -> the visible controls in ``window`` that show it: (kind, control, text).
    A control is a button, a label with a buddy, a group box, a tab (tab bar, index) or a menu
    (menu bar, action)."""
    keys: dict[str, list] = defaultdict(list)

    def add(text: str, control, kind: str) -> None:
        key = _mnemonic(text)
        if key:
            keys[key].append((kind, control, text))

    for w in [window] + window.findChildren(QWidget):
        if w.window() is not window or not w.isVisibleTo(window):
            continue
        if isinstance(w, QAbstractButton):
            add(w.text(), w, "button")
        elif isinstance(w, QLabel) and w.buddy() is not None:
            add(w.text(), w, "label")
        elif isinstance(w, QGroupBox):
            add(w.title(), w, "group")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    add(w.tabText(i), (w, i), "tab")
        elif isinstance(w, QMenuBar):
            for a in w.actions():
                if a.isVisible():
                    add(a.text(), (w, a), "menu")
    return keys


def labels_without_buddies(window: QWidget) -> list[str]:
    """Plain-text labels that show an access key but have nothing to send it to."""
    out = []
    for w in window.findChildren(QLabel):
        if w.window() is window and w.isVisibleTo(window) and w.buddy() is None and w.textFormat() != 1 and \
                not _looks_rich(w.text()) and _mnemonic(w.text()):
            out.append(w.text())
    return out


def _looks_rich(text: str) -> bool:
    return "<" in text and ">" in text


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Access keys shown by more than one visible control: key -> their texts."""
    return {k: [t for _, _, t in v] for k, v in access_keys(window).items() if len(v) > 1}


def today_of(services) -> date:
    return services.clock.today()
