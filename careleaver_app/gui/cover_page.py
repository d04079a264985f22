"""Duty cover: absences and who covers, the cover summary, cover packs and returns, the team folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.cover import KINDS, Absence
from ..domain.dates import format_uk
from ..domain.errors import Collector, ExportRefused, NotAllowed, NotFound, ValidationError
from ..domain.people import Role
from ..safe_files import write_private
from ..services.cover import PACK_SUFFIX, RETURN_SUFFIX, ExchangeReport
from ..services.errors import StoreError
from .ask import ask
from .colours import ACCENT
from .dialogs import FormDialog, RememberingDialog
from .forms.absence_dialog_ui import Ui_AbsenceDialog
from .models import Column, RowsModel, RowsProxy
from .widgets import FieldErrors, set_combo, typed_dates

if TYPE_CHECKING:
    from ..services.context import Clock
    from ..services.cover import CoverService
    from ..services.people import PeopleService
    from ..services.team import TeamService
    from ..services.workers import WorkerService


class AbsenceDialog(FormDialog):
    def __init__(self, people: PeopleService, workers: WorkerService, cover: CoverService, clock: Clock,
                 absence: Absence | None, me, parent=None):
        super().__init__(parent)
        self.people, self.workers, self.cover, self.clock = people, workers, cover, clock
        self.ui = ui = Ui_AbsenceDialog()
        ui.setupUi(self)
        self.absence = absence
        everyone = self.workers.workers()
        for w in everyone:
            if w.role == Role.PA:
                ui.worker_combo.addItem(w.name, w.id)
        ui.cover_combo.addItem("", None)
        for w in everyone:
            ui.cover_combo.addItem(f"{w.name} ({w.role.label.lower()})", w.id)
        for k, label in KINDS.items():
            ui.kind_combo.addItem(label, k)
        t = ui.per_person_table
        t.setHorizontalHeaderLabels(["Young person", "Covered by"])
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        t.verticalHeader().setVisible(False)
        a = absence or Absence(me.id if me.role == Role.PA else (everyone[0].id if everyone else ""), "unplanned",
                               self.clock.today(), None)
        set_combo(ui.worker_combo, a.worker_id)
        set_combo(ui.kind_combo, a.kind)
        ui.start_edit.setDate(a.start)
        ui.return_edit.setDate(a.expected_return)
        set_combo(ui.cover_combo, a.cover_worker_id)
        ui.out_of_hours_edit.setPlainText(a.out_of_hours)
        ui.notes_edit.setPlainText(a.notes)
        ui.per_person_check.setChecked(bool(a.per_person))
        self.per_person = dict(a.per_person)
        self.errors = FieldErrors({f: (getattr(ui, w), getattr(ui, f"{f}_error")) for f, w in (
            ("worker_id", "worker_combo"), ("kind", "kind_combo"), ("start", "start_edit"), ("expected_return", "return_edit"),
            ("cover_worker_id", "cover_combo"), ("ended_on", "notes_edit"))}, parent=self)
        ui.worker_combo.currentIndexChanged.connect(self._fill_people)
        ui.per_person_check.toggled.connect(t.setVisible)
        t.setVisible(ui.per_person_check.isChecked())
        self._fill_people()
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.restore_geometry()

    def _fill_people(self) -> None:
        from ..services.people import Scope, ScopeKind

        t = self.ui.per_person_table
        t.setRowCount(0)
        for r in self.people.caseload(Scope(ScopeKind.WORKER, self.ui.worker_combo.currentData())):
            i = t.rowCount()
            t.insertRow(i)
            item = QTableWidgetItem(r.display_name)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            t.setItem(i, 0, item)
            combo = QComboBox(t)
            combo.setAccessibleName(f"Who covers {r.display_name}")
            combo.addItem("(as above)", None)
            for w in self.workers.workers():
                combo.addItem(w.name, w.id)
            set_combo(combo, self.per_person.get(r.id))
            t.setCellWidget(i, 1, combo)

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        start, back = typed_dates(c, (ui.start_edit, "start", "Away from"), (ui.return_edit, "expected_return", "Back on"))
        per = {}
        if ui.per_person_check.isChecked():
            t = ui.per_person_table
            for i in range(t.rowCount()):
                wid = t.cellWidget(i, 1).currentData()
                if wid:
                    per[t.item(i, 0).data(Qt.ItemDataRole.UserRole)] = wid
        a = replace(self.absence or Absence("", "", None, None), worker_id=ui.worker_combo.currentData(),
                    kind=ui.kind_combo.currentData(), start=start, expected_return=back,
                    cover_worker_id=ui.cover_combo.currentData(), out_of_hours=ui.out_of_hours_edit.toPlainText(),
                    notes=ui.notes_edit.toPlainText(), per_person=per)
        c.raise_if_any()
        self.cover.save_absence(a)


class AwayDialog(RememberingDialog):
    """While you were away: what the duty worker did, and what is overdue now."""

    def __init__(self, cover: CoverService, report, parent=None):
        super().__init__(parent)
        self.cover = cover
        self.setWindowTitle("While you were away")
        self.setMinimumSize(820, 600)
        self.report = report
        s = self.cover.away_summary(report)
        html = [f"<h2>While you were away</h2><p>What {_e(s['from'])} recorded while covering, and what is overdue now.</p>",
                f"<h3>Contacts ({len(s['contacts'])})</h3><ul>"]
        html += [f"<li><b>{_e(who)}</b>, {_e(when)}, {_e(kind)} by {_e(by)}: {_e(text)}</li>" for who, when, kind, by, text in s["contacts"]]
        html.append(f"</ul><h3>Plan actions updated ({len(s['actions'])})</h3><ul>")
        html += [f"<li><b>{_e(p)}</b>: {_e(w)}: {_e(st.replace('_', ' '))} {_e(on)}</li>" for p, w, st, on in s["actions"]]
        html.append(f"</ul><h3>Contingency checks ({len(s['checks'])})</h3><ul>")
        html += [f"<li><b>{_e(p)}</b>: if {_e(t)}: checked {_e(on)}. {_e(n)}</li>" for p, t, on, n in s["checks"]]
        html.append(f"</ul><h3>Notes ({len(s['notes'])})</h3><ul>")
        html += [f"<li><b>{_e(who)}</b> ({_e(by)}): {_e(n)}</li>" for who, by, n in s["notes"]]
        html.append(f"</ul><h3>Overdue now ({len(s['overdue'])})</h3><ul>")
        html += [f"<li><b>{_e(who)}</b>: {_e(when)}, {_e(kind)}: {_e(why)}</li>" for who, when, kind, why in s["overdue"]]
        html.append("</ul>")
        self.view = QTextBrowser()
        self.view.setObjectName("away_view")
        self.view.setHtml("".join(html))
        pdf = QPushButton("P&rint / PDF…")
        close = QPushButton("&Close")
        pdf.clicked.connect(self.show_pdf)
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(pdf)
        bar.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addLayout(bar)
        self.restore_geometry()

    def show_pdf(self) -> None:
        from .pdf_preview import PdfPreviewDialog

        PdfPreviewDialog(self.cover.away_pdf(self.report), "While you were away", "while-you-were-away.pdf", self).exec()


def _e(t) -> str:
    return str(t or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CoverPage(QWidget):
    """The Cover tab: for PAs and managers (absences, summaries, packs) and duty workers (packs, returns)."""

    # The tables it shows (see TeamPage.SHOWS).
    SHOWS = frozenset({"absences", "cover_assignments", "cover_exchanges", "settings", "sync_state", "workers", "teams",
                       "young_people", "allocations"})
    changed = Signal()

    def __init__(self, people: PeopleService, workers: WorkerService, cover: CoverService, team: TeamService, clock: Clock,
                 me, parent=None):
        super().__init__(parent)
        self.people, self.workers, self.cover, self.team, self.clock = people, workers, cover, team, clock
        self.setObjectName("cover_page")
        self.me = me
        today = self.clock.today()
        self.model = RowsModel([
            Column("PA away", lambda a: a.worker_name),
            Column("Kind", lambda a: "Planned" if a.kind == "planned" else "Unplanned"),
            Column("From", lambda a: format_uk(a.start), sort=lambda a: a.start),
            Column("Back on", lambda a: format_uk(a.ended_on or a.expected_return), sort=lambda a: a.ended_on or a.expected_return),
            Column("Covered by", lambda a: a.cover_name + (f" (+{len(a.per_person)} individually)" if a.per_person else "")),
            Column("Now", lambda a: "Cover in force" if a.in_force(today) else ("Coming" if a.start and a.start > today else "Ended"),
                   colour=lambda a: ACCENT if a.in_force(today) else None),
        ], self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("absences_table")
        self.table.setAccessibleName("Absences")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, w in enumerate((170, 100, 90, 90, 260)):
            self.table.setColumnWidth(i, w)
        b = self._button
        absences = QGroupBox("Absences and cover")
        al = QVBoxLayout(absences)
        al.addWidget(self.table, 1)
        row1 = QHBoxLayout()
        for button in (b("Record an &absence…", self.record_absence, "record_absence"), b("&Edit…", self.edit_absence),
                  b("E&nd cover now…", self.end_cover), b("Cover &summary PDF…", lambda: self.summary(False), "cover_summary"),
                  b("&Redacted summary PDF…", lambda: self.summary(True)), b("E&xport cover pack…", self.export_pack, "export_pack")):
            row1.addWidget(button)
        row1.addStretch(1)
        al.addLayout(row1)
        exchange = QGroupBox("Covering a colleague, and coming back")
        el = QVBoxLayout(exchange)
        self.exchanges_label = QLabel()
        self.exchanges_label.setObjectName("exchanges")
        self.exchanges_label.setWordWrap(True)
        el.addWidget(self.exchanges_label)
        row2 = QHBoxLayout()
        for button in (b("&Import a cover pack…", self.import_pack, "import_pack"), b("Export a cover re&turn…", self.export_return, "export_return"),
                  b("Import a cover return (&back at work)…", self.import_return, "import_return"),
                  b("Team f&older…", self.team_folder), b("&Publish to the team folder now", self.publish)):
            row2.addWidget(button)
        row2.addStretch(1)
        el.addLayout(row2)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        el.addWidget(self.folder_label)
        lay = QVBoxLayout(self)
        lay.addWidget(absences, 1)
        lay.addWidget(exchange, 0)

    def _button(self, text, slot, name="") -> QPushButton:
        btn = QPushButton(text)
        if name:
            btn.setObjectName(name)
        btn.clicked.connect(slot)
        return btn

    def refresh(self) -> None:
        self.model.set_rows(self.cover.absences())
        packs = self.cover.imported_packs()
        text = ("Cover packs imported here: " + "; ".join(f"{p['absent_pa_name']}'s caseload ({p['created_at'][:10]})" for p in packs)
                if packs else "No cover packs imported here. When you cover a colleague, import the cover pack they (or the team "
                              "folder) gave you; when you hand back, export a cover return for them.")
        if self.team.is_team_laptop:
            text = ("On the team server, cover recorded here reaches the duty worker's laptop at their next sync, and "
                    "leaves it when cover ends: no cover pack is needed. Packs are for a laptop without the server, a "
                    "server outage, or a transfer to another council. " + text)
        self.exchanges_label.setText(text)
        folder, has_pass = self.cover.team_folder()
        self.folder_label.setText(f"Team folder: {folder} (published daily and on closing)" if folder and has_pass else
                                  "No team folder set: set one so a duty worker can open today's state of your caseload if "
                                  "you are off unexpectedly.")

    def selected(self) -> Absence | None:
        idx = self.table.currentIndex()
        return self.proxy.row_at(idx.row()) if idx.isValid() else None

    def _need_selection(self) -> Absence | None:
        a = self.selected()
        if a is None:
            ask.inform(self, "Choose an absence", "Select an absence in the table first.")
        return a

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def record_absence(self) -> None:
        if AbsenceDialog(self.people, self.workers, self.cover, self.clock, None, self.me, self).exec():
            self._done()

    def edit_absence(self) -> None:
        a = self._need_selection()
        if a and AbsenceDialog(self.people, self.workers, self.cover, self.clock, a, self.me, self).exec():
            self._done()

    def end_cover(self) -> None:
        a = self._need_selection()
        if a is None or a.id is None or not ask.confirm(self, "End cover", f"End cover for {a.worker_name}'s caseload today?",
                                                         yes="End cover"):
            return
        try:
            self.cover.end_cover(a.id)
        except ValidationError as exc:
            ask.warn(self, "Not ended", str(exc))
            return
        self._done()

    def summary(self, redacted: bool) -> None:
        from .pdf_preview import PdfPreviewDialog

        a = self._need_selection()
        if a is None or a.start is None:  # (a stored absence always has its start)
            return
        end = a.last_day or a.start
        pdf = self.cover.summary_pdf(a.worker_id, max(a.start, self.clock.today()) if a.in_force(
            self.clock.today()) else a.start, end, redacted=redacted, absence=a)
        name = f"cover-summary{'-redacted' if redacted else ''}.pdf"
        PdfPreviewDialog(pdf, "Duty cover summary", name, self).exec()

    def _passphrase(self, title: str, twice: bool) -> str | None:
        p = ask.secret(self, title, "The team's passphrase for cover files:")
        if not p:
            return None
        if twice and ask.secret(self, title, "Type it again:") != p:
            ask.warn(self, title, "The two passphrases are not the same.")
            return None
        return p

    def export_pack(self) -> None:
        a = self._need_selection()
        if a is None:
            return
        name = self._export("Export cover pack", "cover pack", PACK_SUFFIX,
                            lambda passphrase: self.cover.export_pack(a.worker_id, passphrase, absence=a)[0])
        if name:
            ask.inform(self, "Cover pack saved", f"Saved {name}. Give it to the duty worker with the team passphrase "
                       "(separately). It is encrypted.")
            self._done()

    def _export(self, title: str, what: str, suffix: str, make: Callable[[str], bytes]) -> str | None:
        """Ask the passphrase (twice), make the cover file with ``make(passphrase)`` and save it where
        the adviser chooses: the saved file's name, or None when they stopped or it was refused
        (said why)."""
        passphrase = self._passphrase(title, True)
        if not passphrase:
            return None
        try:
            data = make(passphrase)
        except (ValidationError, NotFound) as exc:
            ask.warn(self, "Not exported", str(exc))
            return None
        path = ask.save_path(self, f"Save the {what}", f"{what.replace(' ', '-')}{suffix}", f"{what.capitalize()}s (*{suffix})")
        if not path:
            return None
        try:
            write_private(path, data)
        except ExportRefused as exc:  # open in another program (Windows): close it and try again
            ask.warn(self, "Not saved", str(exc))
            return None
        return Path(path).name

    def _read(self, title: str, suffix: str) -> bytes | None:
        path = ask.open_path(self, title, f"Cover files (*{suffix});;All files (*)")
        if not path:
            return None
        try:
            return Path(path).read_bytes()
        except OSError as exc:
            ask.warn(self, title, f"The file cannot be read: {exc.strerror or exc}")
            return None

    def _import(self, title: str, suffix: str, what: str,
                take: Callable[[bytes, str], ExchangeReport]) -> ExchangeReport | None:
        """Read a cover file, ask its passphrase and take it in with ``take(data, passphrase)``:
        the report (when it was taken in before, said so: nothing has changed), or None when the
        adviser stopped or it was refused (said why)."""
        data = self._read(title, suffix)
        if data is None:
            return None
        passphrase = self._passphrase(title, False)
        if not passphrase:
            return None
        try:
            report = take(data, passphrase)
        except (StoreError, NotAllowed) as exc:
            ask.warn(self, "Not imported", exc.user_message() if isinstance(exc, StoreError) else str(exc))
            return None
        if report.already:
            ask.inform(self, "Already here", f"This {what} was imported before: nothing has changed.")
        return report

    def import_pack(self) -> None:
        report = self._import("Import a cover pack", PACK_SUFFIX, "cover pack", self.cover.import_pack)
        if report is None:
            return
        if not report.already:
            ask.inform(self, "Cover pack imported", f"{report.people} young people from {report.from_name}'s caseload are now in "
                       "your caseload list, read-only except for cover work (contacts, actions done, checks, notes).")
        self._done()

    def export_return(self) -> None:
        packs = self.cover.imported_packs()
        if not packs:
            ask.inform(self, "No cover pack", "Import a cover pack first.")
            return
        pack = packs[0]
        if len(packs) > 1:
            names = [f"{p['absent_pa_name']} ({p['created_at'][:10]})" for p in packs]
            choice = ask.text(self, "Export a cover return", "Which caseload? Type the number:\n" +
                              "\n".join(f"{i + 1}. {n}" for i, n in enumerate(names)), "1")
            if not choice or not choice.strip().isdigit() or not 1 <= int(choice) <= len(packs):
                return
            pack = packs[int(choice) - 1]
        name = self._export("Export a cover return", "cover return", RETURN_SUFFIX,
                            lambda passphrase: self.cover.export_return(pack["pack_id"], passphrase))
        if name:
            ask.inform(self, "Cover return saved", f"Saved {name}: give it to {pack['absent_pa_name']}.")
            self._done()

    def import_return(self) -> None:
        report = self._import("Import a cover return", RETURN_SUFFIX, "cover return", self.cover.import_return)
        if report is None or report.already:
            return
        self._done()
        AwayDialog(self.cover, report, self).exec()

    def team_folder(self) -> None:
        folder = ask.folder(self, "Choose the team's shared folder")
        if not folder:
            return
        passphrase = self._passphrase("Team folder", True)
        if not passphrase:
            return
        try:
            self.cover.set_team_folder(folder, passphrase)
        except ValidationError as exc:
            ask.warn(self, "Team folder not set", str(exc))
            return
        self.refresh()

    def publish(self) -> None:
        try:
            out = self.cover.publish()
        except (ValidationError, StoreError, OSError) as exc:
            ask.warn(self, "Not published", str(exc))
            return
        if out:
            ask.inform(self, "Published", "Today's cover pack and summary are in the team folder (encrypted).")
        else:
            ask.inform(self, "Nothing published", "Set a team folder first (only a PA publishes their own caseload).")
        self.refresh()

