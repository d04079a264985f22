"""The young person's details form (ui/person_form.ui)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHeaderView, QLabel, QTableWidgetItem, QWidget

from ..domain.codes import CONTACT_PREFERENCES, ETHNICITIES, GENDERS, IMMIGRATION_STATUSES, KEY_PERSON_ROLES, label_for
from ..domain.eligibility import CarePeriod
from ..domain.errors import Collector, ValidationError
from ..domain.people import KeyPerson, YoungPerson
from ..domain.person_rules import LABELS
from .forms.person_form_ui import Ui_PersonForm
from .third_parties import ThirdPartyWarning
from .widgets import DateEdit, FieldErrors, combo_code, fill_combo, set_combo, set_role

PRONOUNS = ["", "she/her", "he/him", "they/them", "she/they", "he/they"]


class PersonForm(QWidget):
    """Edits a :class:`YoungPerson`. ``changed`` fires on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PersonForm()
        self.ui.setupUi(self)
        ui = self.ui
        fill_combo(ui.gender_combo, GENDERS)
        fill_combo(ui.ethnicity_combo, [(c, f"{label} ({c})") for c, label in ETHNICITIES])
        fill_combo(ui.immigration_combo, IMMIGRATION_STATUSES)
        fill_combo(ui.contact_pref_combo, CONTACT_PREFERENCES)
        ui.pronouns_combo.addItems(PRONOUNS)
        # A new young person starts as "not recorded" (the record's own defaults), never as the
        # first item in the list: these values go into the 903 header and Annex A.
        blank = YoungPerson(legal_name="", dob=None)
        set_combo(ui.gender_combo, blank.gender)
        set_combo(ui.ethnicity_combo, blank.ethnicity)
        self.not_recorded_note = QLabel(
            f"Gender and ethnicity say “{label_for(GENDERS, blank.gender)}” and “{label_for(ETHNICITIES, blank.ethnicity)}” "
            "until you choose: ask the young person. Both go into the 903 return and Ofsted's Annex A.")
        self.not_recorded_note.setObjectName("not_recorded_note")
        self.not_recorded_note.setWordWrap(True)
        set_role(self.not_recorded_note, "subtle")
        ui.identity_layout.insertRow(ui.identity_layout.getWidgetPosition(ui.ethnicity_error)[0] + 1, self.not_recorded_note)

        t = ui.care_periods_table
        t.setHorizontalHeaderLabels(["Started", "Ceased", "Short breaks"])
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        t.verticalHeader().setVisible(False)
        k = ui.key_people_table
        k.setHorizontalHeaderLabels(["Name", "Role", "Phone", "Organisation"])
        k.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        k.verticalHeader().setVisible(False)

        ui.add_period_button.clicked.connect(lambda: self._add_period(None))
        ui.remove_period_button.clicked.connect(lambda: self._remove_row(ui.care_periods_table))
        ui.add_key_person_button.clicked.connect(lambda: self._add_key_person(None))
        ui.remove_key_person_button.clicked.connect(lambda: self._remove_row(ui.key_people_table))
        ui.has_disability_check.toggled.connect(ui.disability_edit.setEnabled)
        ui.disability_edit.setEnabled(False)

        self.errors = FieldErrors(
            {
                "legal_name": (ui.legal_name_edit, ui.legal_name_error),
                "dob": (ui.dob_edit, ui.dob_error),
                "gender": (ui.gender_combo, ui.gender_error),
                "ethnicity": (ui.ethnicity_combo, ui.ethnicity_error),
                "la_id": (ui.la_id_edit, ui.la_id_error),
                "immigration_status": (ui.immigration_combo, ui.immigration_status_error),
                "phone": (ui.phone_edit, ui.phone_error),
                "email": (ui.email_edit, ui.email_error),
                "care_periods": (ui.care_periods_table, ui.care_periods_error),
                "returned_home_from": (ui.returned_home_edit, ui.returned_home_from_error),
                "key_people": (ui.key_people_table, ui.key_people_error),
            },
            summary=ui.summary_error,
            parent=self,
        )
        # Someone named in the risks or safety notes who is not a key person: the redacted cover
        # summary can only leave their name out, so the PA is told while writing (issue 20).
        self.third_party_warning = ThirdPartyWarning(ui.risk_group)
        ui.risk_layout.insertRow(2, self.third_party_warning)
        for w in (ui.risks_edit, ui.safety_edit):
            w.textChanged.connect(self._check_third_parties)
        ui.key_people_table.itemChanged.connect(self._check_third_parties)
        for w in (ui.legal_name_edit, ui.preferred_name_edit):
            w.textChanged.connect(self._check_third_parties)
        self._loaded: YoungPerson | None = None
        self._connect_changes(self)
        ui.dob_edit.editingFinished.connect(self._check_date_live)

    # -- change tracking ------------------------------------------------------------------
    def _connect_changes(self, root: QWidget) -> None:
        ui = self.ui
        for w in (ui.legal_name_edit, ui.preferred_name_edit, ui.dob_edit, ui.la_id_edit, ui.disability_edit,
                  ui.language_edit, ui.phone_edit, ui.email_edit, ui.returned_home_edit):
            w.textEdited.connect(self.changed)
        for w in (ui.address_edit, ui.risks_edit, ui.safety_edit):
            w.textChanged.connect(self._text_changed)
        for w in (ui.gender_combo, ui.ethnicity_combo, ui.immigration_combo, ui.contact_pref_combo):
            w.activated.connect(self.changed)
        ui.pronouns_combo.currentTextChanged.connect(self._text_changed)
        for w in (ui.has_disability_check, ui.interpreter_check, ui.uasc_check, ui.support_to_25_check,
                  ui.education_check, ui.edt_alert_check):
            w.clicked.connect(self.changed)
        ui.key_people_table.itemChanged.connect(self._text_changed)

    def _check_third_parties(self, *args) -> None:
        ui = self.ui
        t = ui.key_people_table
        known = {ui.legal_name_edit.text().strip(), ui.preferred_name_edit.text().strip()}
        known |= {t.item(r, 0).text().strip() for r in range(t.rowCount()) if t.item(r, 0) is not None}
        self.third_party_warning.check([ui.risks_edit.toPlainText(), ui.safety_edit.toPlainText()], known)

    def _text_changed(self, *args) -> None:
        if not self._loading:
            self.changed.emit()

    _loading = False

    def _check_date_live(self) -> None:
        problem = self.ui.dob_edit.problem()
        self.errors.clear_field("dob")
        if problem:
            self.errors.set("dob", f"{LABELS['dob']}: {problem}")

    # -- tables ---------------------------------------------------------------------------
    def _add_period(self, cp: CarePeriod | None) -> None:
        t = self.ui.care_periods_table
        r = t.rowCount()
        t.insertRow(r)
        start, end = DateEdit(t), DateEdit(t)
        for w in (start, end):
            w.setMaximumWidth(16777215)  # fill the table cell
        start.setAccessibleName(f"Period {r + 1} started")
        end.setAccessibleName(f"Period {r + 1} ceased")
        sb = QCheckBox("Short breaks", t)
        sb.setAccessibleName(f"Period {r + 1} was short breaks")
        if cp is not None:
            start.setDate(cp.start)
            end.setDate(cp.end)
            sb.setChecked(cp.short_breaks)
        for w in (start, end):
            w.textEdited.connect(self.changed)
        sb.clicked.connect(self.changed)
        t.setCellWidget(r, 0, start)
        t.setCellWidget(r, 1, end)
        t.setCellWidget(r, 2, sb)
        if cp is None:
            start.setFocus()
            self.changed.emit()

    def _add_key_person(self, kp: KeyPerson | None) -> None:
        t = self.ui.key_people_table
        self._loading, was = True, self._loading
        r = t.rowCount()
        t.insertRow(r)
        t.setItem(r, 0, QTableWidgetItem(kp.name if kp else ""))
        role = QComboBox(t)
        role.setEditable(True)
        role.addItems(KEY_PERSON_ROLES)
        role.setCurrentText(kp.role if kp else "")
        role.setAccessibleName(f"Key person {r + 1} role")
        role.currentTextChanged.connect(self._text_changed)
        t.setCellWidget(r, 1, role)
        t.setItem(r, 2, QTableWidgetItem(kp.phone if kp else ""))
        t.setItem(r, 3, QTableWidgetItem(kp.organisation if kp else ""))
        self._loading = was
        if kp is None:
            t.setCurrentCell(r, 0)
            t.editItem(t.item(r, 0))
            self.changed.emit()

    def _remove_row(self, table) -> None:
        r = table.currentRow()
        if r < 0:
            r = table.rowCount() - 1
        if r >= 0:
            table.removeRow(r)
            self.changed.emit()

    # -- load / read ----------------------------------------------------------------------
    def load(self, p: YoungPerson) -> None:
        ui = self.ui
        self._loading = True
        self._loaded = p
        self.not_recorded_note.setVisible(False)  # an existing record says what it says
        try:
            self.errors.clear()
            ui.legal_name_edit.setText(p.legal_name)
            ui.preferred_name_edit.setText(p.preferred_name)
            ui.pronouns_combo.setCurrentText(p.pronouns)
            ui.dob_edit.setDate(p.dob)
            set_combo(ui.gender_combo, p.gender)
            set_combo(ui.ethnicity_combo, p.ethnicity)
            ui.la_id_edit.setText(p.la_id)
            ui.has_disability_check.setChecked(p.has_disability)
            ui.disability_edit.setText(p.disability)
            ui.disability_edit.setEnabled(p.has_disability)
            ui.language_edit.setText(p.language)
            ui.interpreter_check.setChecked(p.interpreter_needed)
            ui.uasc_check.setChecked(p.uasc)
            set_combo(ui.immigration_combo, p.immigration_status)
            ui.phone_edit.setText(p.phone)
            ui.email_edit.setText(p.email)
            set_combo(ui.contact_pref_combo, p.contact_preference)
            ui.address_edit.setPlainText(p.address)
            ui.returned_home_edit.setDate(p.returned_home_from)
            ui.support_to_25_check.setChecked(p.support_requested_to_25)
            ui.education_check.setChecked(p.in_education_or_training)
            ui.risks_edit.setPlainText(p.risks)
            ui.safety_edit.setPlainText(p.safety_notes)
            ui.edt_alert_check.setChecked(p.edt_alert)
            ui.care_periods_table.setRowCount(0)
            for cp in p.care_periods:
                self._add_period(cp)
            ui.key_people_table.setRowCount(0)
            for kp in p.key_people:
                self._add_key_person(kp)
        finally:
            self._loading = False

    def person(self) -> YoungPerson:
        """The person as typed. Raises ValidationError for text that is not a date."""
        ui = self.ui
        c = Collector()

        def date_of(edit: DateEdit, field: str, label: str):
            problem = edit.problem()
            if problem:
                c.add(field, label, problem)
            return edit.value()

        periods = []
        t = ui.care_periods_table
        for r in range(t.rowCount()):
            start_w, end_w, sb = t.cellWidget(r, 0), t.cellWidget(r, 1), t.cellWidget(r, 2)
            start = date_of(start_w, "care_periods", f"Period {r + 1} started")
            end = date_of(end_w, "care_periods", f"Period {r + 1} ceased")
            if start is None and not start_w.problem():
                c.add("care_periods", LABELS["care_periods"], f"period {r + 1} needs the date it started")
            periods.append(CarePeriod(start, end, sb.isChecked()))
        keys = []
        k = ui.key_people_table
        for r in range(k.rowCount()):
            cell = lambda col, r=r: (k.item(r, col).text() if k.item(r, col) else "").strip()  # noqa: E731
            role = k.cellWidget(r, 1).currentText().strip()
            if not any((cell(0), role, cell(2), cell(3))):
                continue  # an empty row the user added and left
            keys.append(KeyPerson(cell(0), role, cell(2), cell(3)))
        base = self._loaded or YoungPerson(legal_name="", dob=None)
        p = replace(
            base,
            legal_name=ui.legal_name_edit.text().strip(),
            preferred_name=ui.preferred_name_edit.text().strip(),
            pronouns=ui.pronouns_combo.currentText().strip(),
            dob=date_of(ui.dob_edit, "dob", LABELS["dob"]),
            gender=combo_code(ui.gender_combo),
            ethnicity=combo_code(ui.ethnicity_combo),
            la_id=ui.la_id_edit.text().strip(),
            has_disability=ui.has_disability_check.isChecked(),
            disability=ui.disability_edit.text().strip() if ui.has_disability_check.isChecked() else "",
            language=ui.language_edit.text().strip(),
            interpreter_needed=ui.interpreter_check.isChecked(),
            uasc=ui.uasc_check.isChecked(),
            # For anyone, not only UASC (issue 25): the Identity and duties tab records the leave beside it.
            immigration_status=combo_code(ui.immigration_combo),
            phone=ui.phone_edit.text().strip(),
            email=ui.email_edit.text().strip(),
            contact_preference=combo_code(ui.contact_pref_combo) or "",
            address=ui.address_edit.toPlainText().strip(),
            returned_home_from=date_of(ui.returned_home_edit, "returned_home_from", LABELS["returned_home_from"]),
            support_requested_to_25=ui.support_to_25_check.isChecked(),
            in_education_or_training=ui.education_check.isChecked(),
            risks=ui.risks_edit.toPlainText().strip(),
            safety_notes=ui.safety_edit.toPlainText().strip(),
            edt_alert=ui.edt_alert_check.isChecked(),
            care_periods=periods,
            key_people=keys,
        )
        c.raise_if_any()
        return p

    def show_errors(self, error: ValidationError) -> None:
        self.errors.show(error)
