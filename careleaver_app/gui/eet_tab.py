"""The record's education, employment and training tab (the 903 activity codes) and its dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.dates import format_uk
from ..domain.eet import ACTIV_CODES, EetEpisode, activ_label
from ..domain.errors import Collector
from .ask import ask
from .colours import ERROR, hex_colour
from .dialogs import FormDialog
from .forms.eet_dialog_ui import Ui_EetDialog
from .models import Column, RowsModel, rows_table, selected_row
from .widgets import counted, group_box, set_combo, typed_dates

if TYPE_CHECKING:
    from ..services.context import Clock
    from ..services.living import LivingService


class EetDialog(FormDialog):
    def __init__(self, living: LivingService, clock: Clock, person_id: str, episode: EetEpisode | None, parent=None):
        super().__init__(parent)
        self.living, self.clock = living, clock
        ui = Ui_EetDialog()
        ui.setupUi(self)
        self.ui = ui
        self.person_id, self.episode = person_id, episode
        for code, (meaning, _) in ACTIV_CODES.items():
            ui.activ_combo.addItem(f"{code}: {meaning}", code)
        ui.intro_label.setText("Starting a course or job ends a NEET spell on the same day, and the other way round."
                               if episode is None else "Correct this episode, or enter the day it ended.")
        e = episode
        if e is not None:
            set_combo(ui.activ_combo, e.activ)
            ui.provider_edit.setText(e.provider)
            ui.course_edit.setText(e.course_or_job)
            ui.start_edit.setDate(e.start)
            ui.end_edit.setDate(e.end)
            ui.hours_spin.setValue(e.hours_per_week or 0)
            ui.bursary_check.setChecked(e.he_bursary)
            ui.notes_edit.setPlainText(e.notes)
        else:
            ui.start_edit.setDate(self.clock.today())
        self.setup(ui, {"activ": (ui.activ_combo, ui.activ_error), "provider": (ui.provider_edit, ui.provider_error),
                        "start": (ui.start_edit, ui.start_error), "end": (ui.end_edit, ui.end_error),
                        "hours_per_week": (ui.hours_spin, ui.hours_per_week_error), "he_bursary": (ui.bursary_check, ui.he_bursary_error)})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        start, end = typed_dates(c, (ui.start_edit, "start", "From"), (ui.end_edit, "end", "Until"))
        c.raise_if_any()
        self.living.save_eet(EetEpisode(
            self.person_id, ui.activ_combo.currentData(), start, end, ui.provider_edit.text(), ui.course_edit.text(),
            ui.hours_spin.value() or None, ui.bursary_check.isChecked(), ui.notes_edit.toPlainText(),
            self.episode.id if self.episode else None))


class EetTab(QWidget):
    changed = Signal()

    def __init__(self, living: LivingService, clock: Clock, person_id: str, parent=None):
        super().__init__(parent)
        self.living, self.clock = living, clock
        self.setObjectName("eet_tab")
        self.person_id = person_id
        self.now_label = QLabel()
        self.now_label.setObjectName("eet_now")
        self.now_label.setWordWrap(True)
        self.now_label.setTextFormat(Qt.TextFormat.RichText)
        self.model = RowsModel([
            Column("Activity", lambda e: f"{e.activ}: {activ_label(e.activ)}", colour=lambda e: ERROR if e.is_neet else None),
            Column("Provider or employer", lambda e: e.provider),
            Column("Course or job", lambda e: e.course_or_job),
            Column("From", lambda e: format_uk(e.start), sort=lambda e: e.start),
            Column("Until", lambda e: format_uk(e.end, "continuing"), sort=lambda e: e.end),
            Column("Hours a week", lambda e: str(e.hours_per_week or ""), numeric=True),
            Column("Notes", lambda e: ("HE bursary. " if e.he_bursary else "") + e.notes),
        ], self)
        self.table = rows_table(self.model, "eet_table", (300, 200, 200, 90, 90, 90))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.add_button = QPushButton("&Add…")
        self.add_button.setObjectName("add_eet")
        self.edit_button = QPushButton("Ed&it…")
        lay = QVBoxLayout(self)
        lay.addWidget(self.now_label)
        lay.addWidget(group_box("Education, employment and training (903 activity codes)", self.table, [self.add_button, self.edit_button]), 1)
        self.add_button.clicked.connect(lambda: self._run(EetDialog(self.living, self.clock, person_id, None, self)))
        self.edit_button.clicked.connect(self.edit)
        self.table.activated.connect(lambda _: self.edit())
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.living.eet(self.person_id))
        today = self.clock.today()
        st = self.living.eet_state(self.person_id)
        if st.episode is None:
            self.now_label.setText(f'<span style="color:{hex_colour(ERROR)}"><b>No current activity recorded.</b></span>')
        elif st.neet_since is not None:
            days = (today - st.neet_since).days
            self.now_label.setText(f'<span style="color:{hex_colour(ERROR)}"><b>Not in education, employment or training</b></span> '
                                   f"({st.episode.activ}: {activ_label(st.episode.activ)}) for {counted(days, 'day')}, since {format_uk(st.neet_since)}.")
        else:
            e = st.episode
            self.now_label.setText(f"<b>Now:</b> {e.activ}: {activ_label(e.activ)}" + (f", {e.course_or_job}" if e.course_or_job else "")
                                   + (f" at {e.provider}" if e.provider else "") + f", since {format_uk(e.start)}.")

    def _run(self, dlg) -> None:
        if dlg.exec():
            self.reload()
            self.changed.emit()

    def edit(self) -> None:
        e = selected_row(self.table)
        if e is None:
            ask.inform(self, "Choose a row", "Select a row in the table first.")
            return
        self._run(EetDialog(self.living, self.clock, self.person_id, e, self))
