"""The record's "Where they live" tab: stays and their suitability, Staying Put and Staying Close,
housing applications, and the dialogs that record them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.accommodation import (
    ACCOMMODATION_TYPES,
    EMERGENCY_TYPES,
    HOUSING_OUTCOMES,
    SCHEDULE_2,
    AccommodationEpisode,
    Arrangement,
    HousingApplication,
    Suitability,
    SuitabilityAssessment,
)
from ..domain.dates import format_uk
from ..domain.errors import Collector
from .ask import ask
from .colours import ERROR, hex_colour
from .dialogs import FormDialog
from .forms.arrangement_dialog_ui import Ui_ArrangementDialog
from .forms.assessment_dialog_ui import Ui_AssessmentDialog
from .forms.episode_dialog_ui import Ui_EpisodeDialog
from .forms.housing_dialog_ui import Ui_HousingDialog
from .models import Column, RowsModel, rows_table, selected_row
from .widgets import group_box, scroll_area, set_combo, typed_dates

if TYPE_CHECKING:
    from ..services.context import Clock
    from ..services.living import LivingService


class EpisodeDialog(FormDialog):
    def __init__(self, living: LivingService, clock: Clock, person_id: str, episode: AccommodationEpisode | None, parent=None):
        super().__init__(parent)
        self.living, self.clock = living, clock
        ui = Ui_EpisodeDialog()
        ui.setupUi(self)
        self.ui = ui
        self.person_id, self.episode = person_id, episode
        for letter, (meaning, _) in ACCOMMODATION_TYPES.items():
            ui.type_combo.addItem(f"{letter}: {meaning}", letter)
        ui.intro_label.setText("Record a move: the current stay ends the day they move in here. A move into accommodation the "
                               "local authority provides sets the first statutory visit (within 7 days) and asks for a plan review."
                               if episode is None else "Correct the details of this stay, or enter the day they moved out.")
        self.setWindowTitle("Record a move" if episode is None else "Edit a stay")
        if episode is not None:
            set_combo(ui.type_combo, episode.accom_type)
            ui.address_edit.setPlainText(episode.address)
            ui.provider_edit.setText(episode.provider)
            ui.start_edit.setDate(episode.start)
            ui.end_edit.setDate(episode.end)
            ui.la_check.setChecked(episode.la_provided)
            ui.emergency_check.setChecked(episode.emergency)
            ui.out_of_area_check.setChecked(episode.out_of_area)
            ui.area_edit.setText(episode.area)
        else:
            ui.start_edit.setDate(self.clock.today())
            ui.end_edit.setEnabled(False)
        ui.type_combo.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        self.setup(ui, {"accom_type": (ui.type_combo, ui.accom_type_error), "start": (ui.start_edit, ui.start_error),
                        "end": (ui.end_edit, ui.end_error), "area": (ui.area_edit, ui.area_error)})

    def _type_changed(self) -> None:
        letter = self.ui.type_combo.currentData()
        self.ui.emergency_check.setEnabled(letter in EMERGENCY_TYPES)
        if letter not in EMERGENCY_TYPES:
            self.ui.emergency_check.setChecked(False)

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        start, end = typed_dates(c, (ui.start_edit, "start", "Moved in"), (ui.end_edit, "end", "Moved out"))
        c.raise_if_any()
        ep = AccommodationEpisode(
            self.person_id, ui.type_combo.currentData(), start, end, ui.address_edit.toPlainText().strip(), ui.provider_edit.text().strip(),
            ui.la_check.isChecked(), ui.out_of_area_check.isChecked(), ui.area_edit.text().strip(), ui.emergency_check.isChecked(),
            ui.notes_edit.toPlainText().strip(), self.episode.id if self.episode else None)
        if self.episode is None:
            self.living.record_move(ep)
        else:
            self.living.update_episode(ep)


class AssessmentDialog(FormDialog):
    def __init__(self, living: LivingService, clock: Clock, person_id: str, episode: AccommodationEpisode, parent=None):
        super().__init__(parent)
        self.living, self.clock = living, clock
        ui = Ui_AssessmentDialog()
        ui.setupUi(self)
        self.ui = ui
        self.person_id, self.episode = person_id, episode
        ui.episode_value.setText(f"{episode.type_label}" + (f", {episode.address}" if episode.address else "")
                                 + f", since {format_uk(episode.start)}")
        ui.assessed_on_edit.setDate(self.clock.today())
        self.answers = {key: getattr(ui, f"answer_{key}") for key, _, _ in SCHEDULE_2}
        self.setup(ui, {"episode": (ui.assessed_on_edit, ui.episode_error), "assessed_on": (ui.assessed_on_edit, ui.assessed_on_error),
                        "answers": (ui.answer_facilities, ui.answers_error), "overall": (ui.suitable_radio, ui.overall_error),
                        "reason": (ui.reason_edit, ui.reason_error)})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        (on,) = typed_dates(c, (ui.assessed_on_edit, "assessed_on", "Assessed on"))
        c.raise_if_any()
        overall = Suitability.SUITABLE if ui.suitable_radio.isChecked() else (Suitability.UNSUITABLE if ui.unsuitable_radio.isChecked() else None)
        self.living.assess(SuitabilityAssessment(
            self.person_id, self.episode.id, on, overall, ui.reason_edit.text().strip(),
            {k: w.text().strip() for k, w in self.answers.items()}, ui.views_edit.toPlainText().strip()))


class ArrangementDialog(FormDialog):
    def __init__(self, living: LivingService, person_id: str, arrangement: Arrangement | None, parent=None):
        super().__init__(parent)
        self.living = living
        ui = Ui_ArrangementDialog()
        ui.setupUi(self)
        self.ui = ui
        self.person_id, self.arrangement = person_id, arrangement
        ui.kind_combo.addItem("Staying Put (with former foster carers)", "staying_put")
        ui.kind_combo.addItem("Staying Close", "staying_close")
        a = arrangement
        if a is not None:
            set_combo(ui.kind_combo, a.kind)
            ui.carer_edit.setText(a.carer)
            ui.start_edit.setDate(a.start)
            ui.end_edit.setDate(a.end)
            ui.support_edit.setPlainText(a.support)
            ui.allowance_edit.setText(a.weekly_allowance)
            ui.notes_edit.setPlainText(a.notes)
        self.setup(ui, {"kind": (ui.kind_combo, ui.kind_error), "carer": (ui.carer_edit, ui.carer_error),
                        "start": (ui.start_edit, ui.start_error), "end": (ui.end_edit, ui.end_error)})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        start, end = typed_dates(c, (ui.start_edit, "start", "From"), (ui.end_edit, "end", "Until"))
        c.raise_if_any()
        self.living.save_arrangement(Arrangement(
            self.person_id, ui.kind_combo.currentData(), start, end, ui.carer_edit.text(), ui.support_edit.toPlainText(),
            ui.allowance_edit.text(), ui.notes_edit.toPlainText(), self.arrangement.id if self.arrangement else None))


class HousingDialog(FormDialog):
    def __init__(self, living: LivingService, person_id: str, application: HousingApplication | None, parent=None):
        super().__init__(parent)
        self.living = living
        ui = Ui_HousingDialog()
        ui.setupUi(self)
        self.ui = ui
        self.person_id, self.application = person_id, application
        ui.district_combo.addItems([""] + self.living.known_districts())
        for o in HOUSING_OUTCOMES:
            ui.outcome_combo.addItem(o.capitalize(), o)
        h = application
        if h is not None:
            ui.district_combo.setEditText(h.district)
            ui.applied_on_edit.setDate(h.applied_on)
            ui.band_edit.setText(h.band)
            ui.reference_edit.setText(h.reference)
            set_combo(ui.outcome_combo, h.outcome)
            ui.outcome_on_edit.setDate(h.outcome_on)
            ui.notes_edit.setPlainText(h.notes)
        self.setup(ui, {"district": (ui.district_combo, ui.district_error), "applied_on": (ui.applied_on_edit, ui.applied_on_error),
                        "outcome": (ui.outcome_combo, ui.outcome_error), "outcome_on": (ui.outcome_on_edit, ui.outcome_on_error)})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        applied, outcome_on = typed_dates(c, (ui.applied_on_edit, "applied_on", "Applied on"), (ui.outcome_on_edit, "outcome_on", "Outcome date"))
        c.raise_if_any()
        self.living.save_housing(HousingApplication(
            self.person_id, ui.district_combo.currentText().strip(), applied, ui.band_edit.text(), ui.outcome_combo.currentData(),
            outcome_on, ui.reference_edit.text(), ui.notes_edit.toPlainText(), self.application.id if self.application else None))


class LivingTab(QWidget):
    """Where they live: stays with suitability, Staying Put/Close, housing applications."""

    changed = Signal()

    def __init__(self, living: LivingService, clock: Clock, person_id: str, parent=None):
        super().__init__(parent)
        self.living, self.clock = living, clock
        self.setObjectName("living_tab")
        self.person_id = person_id
        self.now_label = QLabel()
        self.now_label.setObjectName("accommodation_now")
        self.now_label.setWordWrap(True)
        self.now_label.setTextFormat(Qt.TextFormat.RichText)
        today = self.clock.today()
        self.stays = RowsModel([
            Column("Type", lambda e: f"{e.accom_type}: {e.type_label}"),
            Column("Address", lambda e: " ".join(e.address.split())),
            Column("Provider", lambda e: e.provider),
            Column("Moved in", lambda e: format_uk(e.start), sort=lambda e: e.start),
            Column("Moved out", lambda e: format_uk(e.end, "living there now"), sort=lambda e: e.end),
            Column("LA-provided", lambda e: "Yes" if e.la_provided else ""),
            Column("Out of area", lambda e: e.area if e.out_of_area else ""),
        ], self)
        self.stays_table = rows_table(self.stays, "stays_table", (260, 260, 170, 90, 110, 90))
        self.stays_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.stays_table.setSortingEnabled(True)
        self.move_button = QPushButton("&Record a move…")
        self.move_button.setObjectName("record_move")
        self.edit_stay_button = QPushButton("Edit &stay…")
        self.assess_button = QPushButton("&Judge suitability…")
        self.assess_button.setObjectName("judge_suitability")
        self.judgements = RowsModel([
            Column("Date", lambda a: format_uk(a.assessed_on), sort=lambda a: a.assessed_on),
            Column("Stay", lambda a: self._stay_name(a.episode_id)),
            Column("Overall", lambda a: a.overall.label, colour=lambda a: ERROR if a.overall == Suitability.UNSUITABLE else None),
            Column("Reason", lambda a: a.reason),
            Column("Their views", lambda a: a.young_person_views),
            Column("By", lambda a: a.assessed_by),
        ], self)
        self.judgements_table = rows_table(self.judgements, "suitability_table", (90, 220, 90, 300, 200))
        self.judgements_table.setSortingEnabled(True)
        self.judgements_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.arrangements = RowsModel([
            Column("Arrangement", lambda a: a.label),
            Column("With", lambda a: a.carer),
            Column("From", lambda a: format_uk(a.start), sort=lambda a: a.start),
            Column("Until", lambda a: format_uk(a.end, "continuing"), sort=lambda a: a.end),
            Column("Allowance", lambda a: a.weekly_allowance),
            Column("Support", lambda a: a.support),
        ], self)
        self.arr_table = rows_table(self.arrangements, "arrangements_table", (120, 200, 90, 90, 120))
        self.add_arr_button = QPushButton("Add Staying Put / Close…")
        self.edit_arr_button = QPushButton("Edit…")
        self.housing_model = RowsModel([
            Column("District or borough", lambda h: h.district),
            Column("Applied", lambda h: format_uk(h.applied_on), sort=lambda h: h.applied_on),
            Column("Band", lambda h: h.band),
            Column("Outcome", lambda h: h.outcome.capitalize() + (f" {format_uk(h.outcome_on)}" if h.outcome_on else "")),
            Column("Waiting", lambda h: f"{(today - h.applied_on).days} days" if h.outcome == "pending" and h.applied_on else "",
                   sort=lambda h: (today - h.applied_on).days if h.outcome == "pending" and h.applied_on else 0),
            Column("Reference", lambda h: h.reference),
        ], self)
        self.housing_table = rows_table(self.housing_model, "housing_table", (260, 90, 90, 160, 90))
        self.add_housing_button = QPushButton("Add housing &application…")
        self.edit_housing_button = QPushButton("Edit…")
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addWidget(self.now_label)
        lay.addWidget(group_box("Stays (newest first)", self.stays_table, [self.move_button, self.edit_stay_button, self.assess_button]))
        lay.addWidget(group_box("Suitability judgements (CLR 2010 Schedule 2)", self.judgements_table, []))
        lay.addWidget(group_box("Staying Put and Staying Close", self.arr_table, [self.add_arr_button, self.edit_arr_button]))
        lay.addWidget(group_box("Housing register", self.housing_table, [self.add_housing_button, self.edit_housing_button]))
        outer = QVBoxLayout(self)
        outer.addWidget(scroll_area(inner))
        self.move_button.clicked.connect(lambda: self._run(EpisodeDialog(self.living, self.clock, person_id, None, self)))
        self.edit_stay_button.clicked.connect(self.edit_stay)
        self.stays_table.activated.connect(lambda _: self.edit_stay())
        self.assess_button.clicked.connect(self.assess)
        self.add_arr_button.clicked.connect(lambda: self._run(ArrangementDialog(self.living, person_id, None, self)))
        self.edit_arr_button.clicked.connect(lambda: self._edit(self.arr_table, lambda a: ArrangementDialog(self.living, person_id, a, self)))
        self.add_housing_button.clicked.connect(lambda: self._run(HousingDialog(self.living, person_id, None, self)))
        self.edit_housing_button.clicked.connect(lambda: self._edit(self.housing_table, lambda h: HousingDialog(self.living, person_id, h, self)))
        self.reload()

    def _stay_name(self, episode_id: str) -> str:
        ep = next((e for e in self.stays.rows if e.id == episode_id), None)
        return f"{ep.accom_type}: {ep.address or ep.type_label}" if ep else ""

    def reload(self) -> None:
        living = self.living
        self.stays.set_rows(living.episodes(self.person_id))
        self.judgements.set_rows(living.assessments(self.person_id))
        self.arrangements.set_rows(living.arrangements(self.person_id))
        self.housing_model.set_rows(living.housing(self.person_id))
        st = living.state(self.person_id)
        if st.episode is None:
            text = f'<span style="color:{hex_colour(ERROR)}"><b>No accommodation recorded.</b> Record where they live with “Record a move”.</span>'
        else:
            e = st.episode
            text = f"<b>Now:</b> {e.type_label}" + (f", {e.address}" if e.address else "") + f", since {format_uk(e.start)}"
            text += " (LA-provided: statutory visits apply)" if e.la_provided else ""
            if st.suitability is not None:
                judged = f", judged {format_uk(st.assessment.assessed_on)}" if st.assessment else ""
                text += f" · <b>{st.suitability.label}</b>{judged} · 903 code {st.accom_code}"
            if st.flag:
                text += f'<br><span style="color:{hex_colour(ERROR)}"><b>{st.flag}</b></span>'
        self.now_label.setText(text)

    def _run(self, dlg) -> None:
        if dlg.exec():
            self.reload()
            self.changed.emit()

    def _edit(self, table, make) -> None:
        item = selected_row(table)
        if item is None:
            ask.inform(self, "Choose a row", "Select a row in the table first.")
            return
        self._run(make(item))

    def edit_stay(self) -> None:
        self._edit(self.stays_table, lambda e: EpisodeDialog(self.living, self.clock, self.person_id, e, self))

    def assess(self) -> None:
        ep = selected_row(self.stays_table) or self.living.state(self.person_id).episode
        if ep is None:
            ask.inform(self, "No stay", "Record where they live first.")
            return
        self._run(AssessmentDialog(self.living, self.clock, self.person_id, ep, self))
