"""The record's money tab: the local offer (when and how it was explained) and entitlements, with
their dialogs."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.dates import format_uk
from ..domain.entitlements import (
    ALLOWANCE_CODES,
    OFFER_METHOD_LABELS,
    OFFER_METHODS,
    STATUS_LABELS,
    STATUSES,
    EntitlementRecord,
    Spend,
    parse_pounds,
    pounds,
)
from ..domain.errors import Collector
from .ask import ask
from .dialogs import FormDialog
from .forms.entitlement_dialog_ui import Ui_EntitlementDialog
from .forms.offer_dialog_ui import Ui_OfferDialog
from .forms.spend_dialog_ui import Ui_SpendDialog
from .models import Column, RowsModel, rows_table, selected_row
from .widgets import group_box, scroll_area, set_combo, typed_dates

if TYPE_CHECKING:
    from ..services.context import Clock
    from ..services.living import LivingService


class EntitlementDialog(FormDialog):
    def __init__(self, living: LivingService, clock: Clock, record: EntitlementRecord, name: str, parent=None):
        super().__init__(parent)
        self.living, self.clock = living, clock
        ui = Ui_EntitlementDialog()
        ui.setupUi(self)
        self.ui = ui
        self.record = record
        ui.name_value.setText(name)
        for s in STATUSES:
            ui.status_combo.addItem(STATUS_LABELS[s], s)
        set_combo(ui.status_combo, record.status)
        ui.status_on_edit.setDate(record.status_on or self.clock.today())
        ui.amount_edit.setText(pounds(record.amount).replace("£", "") if record.amount is not None else "")
        ui.notes_edit.setPlainText(record.notes)
        self.setup(ui, {"status": (ui.status_combo, ui.status_error), "status_on": (ui.status_on_edit, ui.status_on_error),
                        "amount": (ui.amount_edit, ui.amount_error)})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        (on,) = typed_dates(c, (ui.status_on_edit, "status_on", "Date"))
        amount = None
        if ui.amount_edit.text().strip():
            try:
                amount = parse_pounds(ui.amount_edit.text())
            except ValueError as exc:
                c.add("amount", "Amount awarded", str(exc))
        c.raise_if_any()
        self.living.set_entitlement(replace(self.record, status=ui.status_combo.currentData(), status_on=on,
                                                     amount=amount, notes=ui.notes_edit.toPlainText()))


class SpendDialog(FormDialog):
    def __init__(self, living: LivingService, clock: Clock, person_id: str, record: EntitlementRecord, allowance: int | None,
                 parent=None):
        super().__init__(parent)
        self.living, self.clock = living, clock
        ui = Ui_SpendDialog()
        ui.setupUi(self)
        self.ui = ui
        self.person_id, self.record = person_id, record
        limit = record.amount if record.amount is not None else allowance
        ui.allowance_value.setText(f"{pounds(limit)}; spent so far {pounds(record.spent) or '£0'}; left {pounds(max(0, (limit or 0) - record.spent)) or '£0'}")
        ui.on_edit.setDate(self.clock.today())
        self.setup(ui, {"on": (ui.on_edit, ui.on_error), "amount": (ui.amount_edit, ui.amount_error), "what": (ui.what_edit, ui.what_error),
                        "manager_note": (ui.manager_note_edit, ui.manager_note_error)})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        (on,) = typed_dates(c, (ui.on_edit, "on", "Date"))
        amount = 0
        try:
            amount = parse_pounds(ui.amount_edit.text())
        except ValueError as exc:
            c.add("amount", "Amount", str(exc))
        c.raise_if_any()
        self.living.add_spend(self.person_id, self.record.code, Spend(on, amount, ui.what_edit.text().strip(),
                                                                                 ui.manager_note_edit.toPlainText().strip()))


class OfferDialog(FormDialog):
    def __init__(self, living: LivingService, clock: Clock, person_id: str, parent=None):
        super().__init__(parent)
        self.living, self.clock = living, clock
        ui = Ui_OfferDialog()
        ui.setupUi(self)
        self.ui = ui
        self.person_id = person_id
        for m in OFFER_METHODS:
            ui.method_combo.addItem(OFFER_METHOD_LABELS[m], m)
        ui.on_edit.setDate(self.clock.today())
        self.setup(ui, {"on": (ui.on_edit, ui.on_error), "method": (ui.method_combo, ui.method_error)})

    def save(self) -> None:
        c = Collector()
        (on,) = typed_dates(c, (self.ui.on_edit, "on", "Date"))
        c.raise_if_any()
        self.living.explain_offer(self.person_id, on, self.ui.method_combo.currentData(), self.ui.notes_edit.toPlainText())


class MoneyTab(QWidget):
    changed = Signal()

    def __init__(self, living: LivingService, clock: Clock, person_id: str, parent=None):
        super().__init__(parent)
        self.living, self.clock = living, clock
        self.setObjectName("money_tab")
        self.person_id = person_id
        self.types = {code: (name, amount, note) for code, name, amount, note in self.living.entitlement_types()}
        self.offer_model = RowsModel([
            Column("Date", lambda r: format_uk(_d(r["on_date"])), sort=lambda r: r["on_date"]),
            Column("How", lambda r: OFFER_METHOD_LABELS.get(r["method"], r["method"])),
            Column("By", lambda r: r["by_name"] or ""),
            Column("Notes", lambda r: r["notes"] or ""),
        ], self)
        self.offer_table = rows_table(self.offer_model, "offer_table", (90, 140, 160))
        self.offer_table.setMinimumHeight(90)
        self.offer_table.setMaximumHeight(160)
        self.offer_button = QPushButton("Record that the &local offer was explained…")
        self.ent_model = RowsModel([
            Column("Entitlement", lambda e: self.types.get(e.code, (e.code,))[0]),
            Column("Status", lambda e: STATUS_LABELS.get(e.status, e.status)),
            Column("Date", lambda e: format_uk(e.status_on), sort=lambda e: e.status_on),
            Column("Awarded", lambda e: pounds(e.amount)),
            Column("Spent", lambda e: pounds(e.spent) if e.spends else "", sort=lambda e: e.spent),
            Column("Left", lambda e: pounds(max(0, (e.amount or self.types.get(e.code, ("", None))[1] or 0) - e.spent))
                   if e.code in ALLOWANCE_CODES else ""),
            Column("Note", lambda e: self.types.get(e.code, ("", None, ""))[2]),
        ], self)
        self.ent_table = rows_table(self.ent_model, "entitlements_table", (220, 140, 90, 90, 90, 90))
        self.update_button = QPushButton("&Update…")
        self.spend_button = QPushButton("Record a &spend…")
        self.spend_button.setObjectName("record_spend")
        self.spends_label = QLabel()
        self.spends_label.setWordWrap(True)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addWidget(group_box("The local offer: when and how it was explained (CSWA 2017 s.2)", self.offer_table, [self.offer_button]))
        lay.addWidget(group_box("Entitlements", self.ent_table, [self.update_button, self.spend_button], below=(self.spends_label,)))
        outer = QVBoxLayout(self)
        outer.addWidget(scroll_area(inner))
        self.offer_button.clicked.connect(lambda: self._run(OfferDialog(self.living, self.clock, person_id, self)))
        self.update_button.clicked.connect(self.update_entitlement)
        self.ent_table.activated.connect(lambda _: self.update_entitlement())
        self.spend_button.clicked.connect(self.spend)
        self.reload()

    def reload(self) -> None:
        offers = self.living.offer_explanations(self.person_id)
        self.offer_model.set_rows(offers)
        self.offer_button.setText("Record that the &local offer was explained…" if offers else
                                  "Not yet explained: record that the &local offer was explained…")
        records = self.living.entitlements(self.person_id)
        self.ent_model.set_rows(records)
        lines = []
        for r in records:
            for s in r.spends:
                lines.append(f"{format_uk(s.on)}: {s.what}, {pounds(s.amount)}" + (f" (manager: {s.manager_note})" if s.manager_note else ""))
        self.spends_label.setText("Spent from the setting-up-home allowance: " + "; ".join(lines) if lines else "")

    def _run(self, dlg) -> None:
        if dlg.exec():
            self.reload()
            self.changed.emit()

    def update_entitlement(self) -> None:
        r = selected_row(self.ent_table)
        if r is None:
            ask.inform(self, "Choose a row", "Select an entitlement first.")
            return
        self._run(EntitlementDialog(self.living, self.clock, r, self.types.get(r.code, (r.code,))[0], self))

    def spend(self) -> None:
        r = next((e for e in self.ent_model.rows if e.code in ALLOWANCE_CODES), None)
        if r is None:
            return
        self._run(SpendDialog(self.living, self.clock, self.person_id, r, self.types[r.code][1], self))


def _d(text):
    from ..domain.dates import from_iso

    return from_iso(text)
