"""Local settings: the timescales the law leaves to the local authority.

Built from ``domain.settings.SETTING_INFO`` so each setting shows its source, and the
ones that are practice readings not checked against the primary text say so.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ..domain.errors import ValidationError
from ..domain.people import Role
from ..domain.settings import SETTING_INFO
from .dialogs import RememberingDialog, save_or_close
from .widgets import error_label, set_role


class SettingsDialog(RememberingDialog):
    def __init__(self, settings_service, me, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Local settings")
        self.setMinimumWidth(640)
        self.service = settings_service
        self.can_edit = me.role == Role.MANAGER
        current = settings_service.get()
        self.current = current
        intro = QLabel("Timescales the law leaves to the local authority. Settings marked “unconfirmed” are common "
                       "practice readings that have not been checked against the regulations: check them locally."
                       + ("" if self.can_edit else "\n\nOnly a team manager can change these."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.inputs: dict[str, QWidget] = {}
        for name, info in SETTING_INFO.items():
            value = getattr(current, name)
            if isinstance(value, bool):
                w = QCheckBox("Yes")
                w.setChecked(value)
            elif isinstance(value, int):
                w = QSpinBox()
                w.setRange(info.minimum, info.maximum)
                w.setValue(value)
                w.setSuffix(f" {info.unit}" if info.unit else "")
            else:
                w = QLineEdit(value)
                w.setMaxLength(info.maximum)
            w.setObjectName(f"setting_{name}")
            w.setAccessibleName(info.label)
            w.setEnabled(self.can_edit)
            self.inputs[name] = w
            note = QLabel(info.source + (" — unconfirmed: a practice reading" if info.unconfirmed else ""))
            set_role(note, "subtle")
            note.setWordWrap(True)
            box = QVBoxLayout()
            box.addWidget(w)
            box.addWidget(note)
            holder = QWidget()
            holder.setLayout(box)
            form.addRow(info.label + (" (unconfirmed)" if info.unconfirmed else ""), holder)
        self.error_label = error_label()
        buttons = save_or_close(self, self.can_edit)
        self.buttons = buttons
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error_label)
        lay.addWidget(buttons)
        self.restore_geometry()

    def values(self):
        changes = {}
        for name, w in self.inputs.items():
            changes[name] = (w.value() if isinstance(w, QSpinBox) else w.isChecked() if isinstance(w, QCheckBox)
                             else w.text().strip())
        return replace(self.current, **changes)

    def accept(self) -> None:
        if not self.can_edit:
            return self.reject()
        try:
            self.service.save(self.values())
        except ValidationError as exc:
            self.error_label.setText("\n".join(str(e) for e in exc.errors))
            return
        super().accept()
