"""The record's "Their copy" tab: their own copy of the plan (My plan, saved for their phone), how
each copy was given and what they said back, their story, and their record on request (subject
access: the request log and the export).

The dialogs here are built in code rather than from ui/ files: each is a short form of labelled
fields made by one helper (``_Form``), so their labels, buddies and error lines cannot drift apart.
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.dates import format_uk
from ..domain.errors import Collector, NotAllowed, NotFound, ValidationError
from ..domain.own_copy import COPY_CHANNELS, COPY_FORMATS, REPLY_PARTS, WHOLE_PLAN, CopyReply, LifeStory, PlanCopy
from ..domain.subject_access import MADE_BY, MAX_EXTENSION_MONTHS, Pause, SubjectAccessRequest
from ..services.plans import MY_PLAN_PASSWORD_MIN
from .ask import ask
from .colours import ERROR
from .dialogs import FormDialog
from .models import Column, RowsModel, rows_table, selected_row
from .ops import Cancelled
from .widgets import DateEdit, combo_code, fill_combo, group_box, scroll_area, typed_dates

if TYPE_CHECKING:
    from ..services.context import Clock
    from ..services.own_copy import OwnCopyService
    from ..services.plans import PlanService
    from ..services.subject_access import SubjectAccessService
    from .ops import Op, Operations


class _Form:
    """Labelled fields in a form layout, each with its error line under it."""

    def __init__(self, dialog: FormDialog, intro: str = ""):
        self.dialog = dialog
        self.layout = QFormLayout()
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}
        outer = QVBoxLayout(dialog)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            outer.addWidget(label)
        dialog.setMinimumWidth(600)
        self.inner = QWidget()
        self.inner.setLayout(self.layout)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.inner)
        outer.addWidget(self.scroll, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        outer.addWidget(self.buttons)

    def add(self, field: str, text: str, widget: QWidget, accessible: str = "") -> QWidget:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setObjectName(field)
        widget.setAccessibleName(accessible or text.replace("&", "").rstrip(" *"))
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
        error = QLabel()
        self.layout.addRow(label, widget)
        self.layout.addRow(error)
        self.fields[field] = (widget, error)
        return widget

    def note(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        self.layout.addRow(label)

    def done(self) -> None:
        # As tall as the fields need, up to what a 1366x768 screen leaves (then it scrolls).
        self.scroll.setMinimumHeight(min(self.inner.sizeHint().height(), 520))
        self.dialog.setup(SimpleNamespace(button_box=self.buttons), self.fields)


def _text(height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(max(height * 2, 120))
    return edit


class MyPlanDialog(FormDialog):
    """Their own copy of the current plan, as one web page they can keep on their phone."""

    refused_title = "Not saved"

    def __init__(self, plans: PlanService, person_id: str, parent=None):
        super().__init__(parent)
        self.plans = plans
        self.setWindowTitle("Save My plan")
        self.person_id = person_id
        self.saved_to: str | None = None
        f = _Form(self, "Their current plan as one web page that works on a phone without the internet. Nothing in it "
                        "comes from anywhere else, and it shows only what their printed plan shows.")
        self.easy = f.add("easy_read", "&Easy read", QCheckBox("Short sentences, one idea a line"))
        self.lock = f.add("lock", "&Lock it", QCheckBox("Only opens with a password you give them"))
        self.password = f.add("password", "Pass&word", QLineEdit())
        self.again = f.add("again", "Type it a&gain", QLineEdit())
        for w in (self.password, self.again):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.setEnabled(False)
        f.note(f"A password of at least {MY_PLAN_PASSWORD_MIN} characters keeps the plan private if the file is sent to the "
               "wrong person or their phone is lost. Tell them the password in person, never in the same message as the file.")
        self.lock.toggled.connect(self.password.setEnabled)
        self.lock.toggled.connect(self.again.setEnabled)
        f.buttons.button(QDialogButtonBox.StandardButton.Save).setText("&Save…")
        f.done()

    def save(self) -> None:
        from ..safe_files import write_private

        password = None
        if self.lock.isChecked():
            c = Collector()
            password = self.password.text()
            if not password:
                c.add("password", "Password", f"type a password of at least {MY_PLAN_PASSWORD_MIN} characters, or untick 'Lock it'")
            elif password != self.again.text():
                c.add("again", "Type it again", "the two passwords are not the same: type it again")
            c.raise_if_any()
        page = self.plans.my_plan(self.person_id, easy_read=self.easy.isChecked(), password=password)
        path = ask.save_path(self, "Save My plan", "my-plan.html", "Web pages (*.html)")
        if not path:
            raise ValidationError([])  # not saved: the dialog stays open
        write_private(path, page.encode("utf-8"))
        self.saved_to = path

    def accept(self) -> None:
        try:
            self.save()
        except ValidationError as exc:
            if exc.errors:
                self.errors.show(exc)
            return
        except (NotFound, NotAllowed) as exc:
            ask.warn(self, self.refused_title, str(exc))
            return
        super(FormDialog, self).accept()


class CopyDialog(FormDialog):
    """A copy of a plan version was given: format, how, when, and who else had one with their agreement."""

    def __init__(self, plans: PlanService, own_copy: OwnCopyService, clock: Clock, person_id: str, parent=None):
        super().__init__(parent)
        self.plans, self.own_copy, self.clock = plans, own_copy, clock
        self.setWindowTitle("Record a copy given")
        self.person_id = person_id
        f = _Form(self, "So you can show the plan was shared with them, and with whom else they agreed.")
        self.version = f.add("plan_id", "Plan &version *", QComboBox())
        for v in self.plans.versions(person_id):
            self.version.addItem(v.label, v.id)
        self.given_on = f.add("given_on", "&Given on *", DateEdit())
        self.given_on.setDate(self.clock.today())
        self.format = f.add("format", "&Format *", QComboBox())
        fill_combo(self.format, list(COPY_FORMATS.items()))
        self.channel = f.add("channel", "&How *", QComboBox())
        fill_combo(self.channel, list(COPY_CHANNELS.items()))
        self.shared = f.add("shared_with", "Also &shared with", QLineEdit())
        self.shared.setPlaceholderText("e.g. their supported lodgings provider")
        self.agreed = f.add("agreed_by_young_person", "They &agreed", QCheckBox("They agreed to it being shared with them"))
        self.notes = f.add("notes", "&Notes", _text(60))
        f.done()

    def save(self) -> None:
        c = Collector()
        (given,) = typed_dates(c, (self.given_on, "given_on", "Given on"))
        if self.version.currentData() is None:
            c.add("plan_id", "Plan version", "start a plan first: a copy is of a plan version")
        c.raise_if_any()
        self.own_copy.record_copy(PlanCopy(
            self.version.currentData(), self.person_id, given, combo_code(self.format), combo_code(self.channel),
            shared_with=self.shared.text(), agreed_by_young_person=self.agreed.isChecked(), notes=self.notes.toPlainText()))


class ReplyDialog(FormDialog):
    """What they said back about a copy, against a part of the plan, in their words."""

    def __init__(self, own_copy: OwnCopyService, clock: Clock, person_id: str, parent=None):
        super().__init__(parent)
        self.own_copy, self.clock = own_copy, clock
        self.setWindowTitle("Add their reply")
        self.person_id = person_id
        f = _Form(self, "Their views on their plan, in their own words: kept against the part of the plan they are about.")
        self.copy = f.add("copy_id", "&Copy *", QComboBox())
        for c in self.own_copy.copies(person_id):
            self.copy.addItem(f"Version {c.plan_version}, {c.label}", c.id)
        self.part = f.add("section", "&Part of the plan *", QComboBox())
        fill_combo(self.part, list(REPLY_PARTS.items()), WHOLE_PLAN)
        self.views = f.add("views", "Their &reply *", _text())
        self.replied_on = f.add("replied_on", "Replied &on *", DateEdit())
        self.replied_on.setDate(self.clock.today())
        f.done()

    def save(self) -> None:
        c = Collector()
        (on,) = typed_dates(c, (self.replied_on, "replied_on", "Replied on"))
        if self.copy.currentData() is None:
            c.add("copy_id", "Copy", "record the copy they were given first")
        c.raise_if_any()
        self.own_copy.add_reply(CopyReply(self.copy.currentData(), self.person_id, combo_code(self.part),
                                                   self.views.toPlainText(), on))


class StoryDialog(FormDialog):
    """Their story, written with them; each save keeps the earlier versions."""

    def __init__(self, own_copy: OwnCopyService, clock: Clock, person_id: str, parent=None):
        super().__init__(parent)
        self.own_copy, self.clock = own_copy, clock
        self.setWindowTitle("Their story")
        self.person_id = person_id
        f = _Form(self, "Optional, and written with them: why they came into care and what happened, in their words. "
                        "Each save is a new version; the earlier ones are kept.")
        latest = self.own_copy.story(person_id)
        self.story = f.add("story", "Their &story *", _text(200))
        self.written_with = f.add("written_with", "Written &with", QLineEdit())
        self.include = f.add("include_in_copy", "In their &copy", QCheckBox("They want it in their own copy of the plan"))
        self.written_on = f.add("written_on", "Written &on *", DateEdit())
        self.written_on.setDate(self.clock.today())
        if latest is not None:
            self.story.setPlainText(latest.story)
            self.written_with.setText(latest.written_with)
            self.include.setChecked(latest.include_in_copy)
        f.done()

    def save(self) -> None:
        c = Collector()
        (on,) = typed_dates(c, (self.written_on, "written_on", "Written on"))
        c.raise_if_any()
        self.own_copy.save_story(LifeStory(self.person_id, self.story.toPlainText(), self.written_with.text(),
                                                    self.include.isChecked(), on))


class RequestDialog(FormDialog):
    """A request for their record: received, identity checked, the clock stopped while the scope
    is clarified, an extension, sent or withdrawn (UK GDPR Art 12(3), Art 15)."""

    def __init__(self, subject_access: SubjectAccessService, clock: Clock, person_id: str,
                 request: SubjectAccessRequest | None, parent=None):
        super().__init__(parent)
        self.subject_access, self.clock = subject_access, clock
        self.setWindowTitle("Their record on request")
        self.person_id, self.request = person_id, request
        r = request or SubjectAccessRequest(person_id, self.clock.today())
        f = _Form(self, "The reply is due a month after the request (or after their identity is checked); the clock stops "
                        "while you ask what they want, and can be extended by up to two months with a reason they are told.")
        self.received = f.add("received_on", "&Received on *", DateEdit())
        self.received.setDate(r.received_on)
        self.made_by = f.add("made_by", "&Made by", QComboBox())
        fill_combo(self.made_by, list(MADE_BY.items()), r.made_by)
        self.scope = f.add("scope", "What they &asked for", _text(50))
        self.scope.setPlainText(r.scope)
        self.identity = f.add("identity_checked_on", "&Identity checked on", DateEdit())
        self.identity.setDate(r.identity_checked_on)
        last = r.pauses[-1] if r.pauses else None
        self.asked_on = f.add("asked_on", "Clarification as&ked on", DateEdit())
        self.asked_what = f.add("asked_what", "&Question asked", QLineEdit())
        self.answered_on = f.add("pauses", "Clarification a&nswered on", DateEdit(), "Clarification answered on")
        if last is not None:
            self.asked_on.setDate(last.asked_on)
            self.asked_what.setText(last.asked_what)
            self.answered_on.setDate(last.answered_on)
        self.extension = f.add("extension_months", "E&xtension", QSpinBox())
        self.extension.setRange(0, MAX_EXTENSION_MONTHS + 1)  # one too many is refused with a message, not silently capped
        self.extension.setSuffix(" months")
        self.extension.setValue(r.extension_months)
        self.extension_reason = f.add("extension_reason", "Reason f&or the extension", QLineEdit(), "Reason for the extension")
        self.extension_reason.setText(r.extension_reason)
        self.extended_on = f.add("extended_on", "Tol&d of the extension on", DateEdit(), "Extended on")
        self.extended_on.setDate(r.extended_on)
        self.completed_on = f.add("completed_on", "Sen&t on", DateEdit())
        self.completed_on.setDate(r.completed_on)
        self.completed_how = f.add("completed_how", "What was sent, and &how", QLineEdit())
        self.completed_how.setText(r.completed_how)
        self.withdrawn_on = f.add("withdrawn_on", "&Withdrawn on", DateEdit())
        self.withdrawn_on.setDate(r.withdrawn_on)
        self.withdrawn_reason = f.add("withdrawn_reason", "Wh&y withdrawn", QLineEdit(), "Why withdrawn")
        self.withdrawn_reason.setText(r.withdrawn_reason)
        self.base = r
        f.done()

    def save(self) -> None:
        c = Collector()
        received, identity, asked, answered, extended, sent, withdrawn = typed_dates(
            c, (self.received, "received_on", "Received on"), (self.identity, "identity_checked_on", "Identity checked on"),
            (self.asked_on, "asked_on", "Clarification asked on"), (self.answered_on, "pauses", "Clarification answered on"),
            (self.extended_on, "extended_on", "Extended on"), (self.completed_on, "completed_on", "Sent on"),
            (self.withdrawn_on, "withdrawn_on", "Withdrawn on"))
        if received is None and not c.errors:
            c.add("received_on", "Received on", "enter the date the request was received (dd/mm/yyyy)")
        if answered is not None and asked is None:
            c.add("asked_on", "Clarification asked on", "enter when you asked, or clear the answer date")
        c.raise_if_any()
        pauses = list(self.base.pauses)
        if asked is not None:
            if pauses and pauses[-1].asked_on == asked:
                pauses[-1] = replace(pauses[-1], asked_what=self.asked_what.text(), answered_on=answered)
            else:
                pauses.append(Pause(asked, self.asked_what.text(), answered))
        self.subject_access.save(replace(
            self.base, received_on=received, made_by=combo_code(self.made_by), scope=self.scope.toPlainText(),
            identity_checked_on=identity, extension_months=self.extension.value(), extension_reason=self.extension_reason.text(),
            extended_on=extended, completed_on=sent, completed_how=self.completed_how.text(), withdrawn_on=withdrawn,
            withdrawn_reason=self.withdrawn_reason.text(), pauses=pauses))


def _button(text: str, name: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    return b


class OwnCopyTab(QWidget):
    """Their own copy, how it was shared and what they said, their story, their record on request."""

    changed = Signal()

    def __init__(self, plans: PlanService, own_copy: OwnCopyService, subject_access: SubjectAccessService, clock: Clock,
                 ops: Operations, person_id: str, parent=None):
        super().__init__(parent)
        self.plans, self.own_copy, self.subject_access = plans, own_copy, subject_access
        self.clock, self.ops = clock, ops
        self.setObjectName("copy_tab")
        self.person_id = person_id
        self.my_plan_button = _button("&Save My plan…", "save_my_plan")
        self.copy_button = _button("Record a copy &given…", "record_copy")
        self.reply_button = _button("Add their &reply…", "add_reply")
        self.copies = RowsModel([
            Column("Given", lambda c: format_uk(c.given_on), sort=lambda c: c.given_on),
            Column("Version", lambda c: str(c.plan_version), sort=lambda c: c.plan_version),
            Column("Format", lambda c: COPY_FORMATS.get(c.format, c.format)),
            Column("How", lambda c: COPY_CHANNELS.get(c.channel, c.channel)),
            Column("Also shared with (they agreed)", lambda c: c.shared_with),
            Column("By", lambda c: c.given_by),
        ], self)
        self.copies_table = rows_table(self.copies, "copies_table", (90, 60, 160, 150, 240), accessible_name="Copies given")
        self.replies = RowsModel([
            Column("Replied", lambda r: format_uk(r.replied_on), sort=lambda r: r.replied_on),
            Column("Part of the plan", lambda r: r.part_label),
            Column("In their words", lambda r: " ".join(r.views.split())),
        ], self)
        self.replies_table = rows_table(self.replies, "replies_table", (90, 240), accessible_name="Their replies")
        self.story_label = QLabel()
        self.story_label.setObjectName("story_summary")
        self.story_label.setWordWrap(True)
        self.story_button = _button("Write their s&tory…", "write_story")
        self.request_button = _button("&Log a request…", "log_request")
        self.update_request_button = _button("&Update the request…", "update_request")
        self.export_task: Op | None = None
        self.export_button = _button("E&xport their record…", "export_record")
        self.requests = RowsModel([
            Column("Received", lambda r: format_uk(r.received_on), sort=lambda r: r.received_on),
            Column("Where it stands", lambda r: self.subject_access.due(r).message,
                   colour=lambda r: ERROR if self.subject_access.due(r).overdue(self.clock.today()) else None),
            Column("What they asked for", lambda r: " ".join(r.scope.split())),
        ], self)
        self.requests_table = rows_table(self.requests, "requests_table", (90, 330), accessible_name="Requests for their record")
        self.export_status = QLabel()
        self.export_status.setObjectName("export_status")
        self.export_status.setWordWrap(True)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addWidget(group_box("Their own copy of the plan", [QLabel("Copies given (newest first)"), self.copies_table,
                                                             QLabel("What they said back"), self.replies_table],
                             [self.my_plan_button, self.copy_button, self.reply_button]))
        lay.addWidget(group_box("Their story (optional, written with them)", [self.story_label], [self.story_button]))
        lay.addWidget(group_box("Their record on request (subject access)", [self.requests_table, self.export_status],
                             [self.request_button, self.update_request_button, self.export_button]))
        outer = QVBoxLayout(self)
        outer.addWidget(scroll_area(inner))
        self.my_plan_button.clicked.connect(self.save_my_plan)
        self.copy_button.clicked.connect(lambda: self._run(CopyDialog(self.plans, self.own_copy, self.clock, person_id, self)))
        self.reply_button.clicked.connect(self.add_reply)
        self.story_button.clicked.connect(lambda: self._run(StoryDialog(self.own_copy, self.clock, person_id, self)))
        self.request_button.clicked.connect(lambda: self._run(RequestDialog(self.subject_access, self.clock, person_id, None, self)))
        self.update_request_button.clicked.connect(self.update_request)
        self.requests_table.activated.connect(lambda _: self.update_request())
        self.export_button.clicked.connect(self.export_record)
        self.reload()

    def reload(self) -> None:
        oc = self.own_copy
        self.copies.set_rows(oc.copies(self.person_id))
        self.replies.set_rows(oc.replies(self.person_id))
        self.requests.set_rows(self.subject_access.requests(self.person_id))
        story = oc.story(self.person_id)
        if story is None:
            self.story_label.setText("No story written. It is optional: write it with them if they want to.")
        else:
            self.story_label.setText(f"Version {story.version}, {format_uk(story.written_on)}"
                                     + (f", written with {story.written_with}" if story.written_with else "")
                                     + (". In their own copy." if story.include_in_copy else ". Not in their own copy (their choice)."))

    def _run(self, dlg) -> bool:
        if dlg.exec():
            self.reload()
            self.changed.emit()
            return True
        return False

    def save_my_plan(self) -> None:
        if not self.plans.versions(self.person_id):
            ask.inform(self, "No plan yet", "Start their pathway plan first: My plan is made from it.")
            return
        dlg = MyPlanDialog(self.plans, self.person_id, self)
        if dlg.exec():
            ask.inform(self, "My plan saved", f"Saved to {dlg.saved_to}. When you give it to them, record it with "
                                              "“Record a copy given”.")

    def add_reply(self) -> None:
        if not self.copies.rows:
            ask.inform(self, "No copy yet", "Record the copy they were given first: their reply is to a copy.")
            return
        self._run(ReplyDialog(self.own_copy, self.clock, self.person_id, self))

    def update_request(self) -> None:
        r = selected_row(self.requests_table)
        if r is None:
            ask.inform(self, "Choose a request", "Select a request in the table first.")
            return
        self._run(RequestDialog(self.subject_access, self.clock, self.person_id, r, self))

    def export_record(self) -> None:
        folder = ask.folder(self, "Export their record into a folder")
        if not folder:
            return
        person_id = self.person_id
        # One export at a time: pressed again while one runs, a second would be queued to write
        # the same files again.
        self.export_button.setEnabled(False)
        self.export_status.setText("Exporting their record…")

        def done(paths) -> None:
            self.export_button.setEnabled(True)
            self.export_status.setText(f"Written: {paths[0]} and {paths[1]}. Check what was left out (the last part) before "
                                       "it is sent.")

        def failed(exc) -> None:
            self.export_button.setEnabled(True)
            self.export_status.setText("")
            if isinstance(exc, (NotFound, NotAllowed, ValidationError, Cancelled)):
                ask.warn(self, "Not exported", str(exc))
            else:
                raise exc

        self.export_task = self.ops.read(self, "Exporting their record…",
                                         lambda s: s.subject_access.export(person_id, folder), done, failed)

    def select_request(self, request_id: str) -> None:
        for row, r in enumerate(self.requests.rows):
            if r.id == request_id:
                self.requests_table.setCurrentIndex(self.requests_table.model().index(row, 0))
                return

