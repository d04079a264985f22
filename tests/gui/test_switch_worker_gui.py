"""File > Switch worker on a standalone laptop: the worker switched to types their own
passphrase (chosen the first time), so a sign-off in a manager's name needs the manager."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from careleaver_app.domain.people import Role

OWN = "copper heron winter biscuit"


def _choose(qtbot, name, then):
    def pick():
        dlg = QApplication.activeModalWidget()
        lst = dlg.ui.worker_list
        lst.setCurrentItem(next(lst.item(i) for i in range(lst.count()) if lst.item(i).text().startswith(name)))
        dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        then(dlg)
    QTimer.singleShot(0, pick)


def test_switching_to_the_manager_needs_their_own_passphrase(qtbot, demo_window, demo_services, gui_ask):
    w = demo_window
    manager = next(x for x in demo_services.workers.workers() if x.role == Role.MANAGER)
    me = w.me
    switch = w.findChild(QAction, "action_switch_worker")
    assert switch.isEnabled()
    # The first time, the manager chooses their passphrase, typed twice.
    gui_ask.queue(OWN, OWN)
    _choose(qtbot, manager.name, lambda dlg: None)
    switch.trigger()
    assert w.me.id == manager.id and manager.name in w.who_label.text()
    assert [k for k, _ in gui_ask.log if k == "secret"] == ["secret", "secret"]
    # Back to the PA (her own, chosen now), then a wrong passphrase for the manager is refused.
    gui_ask.queue("velvet tractor lagoon pepper", "velvet tractor lagoon pepper")
    _choose(qtbot, me.name, lambda dlg: None)
    switch.trigger()
    assert w.me.id == me.id
    seen = {}

    def refused(dlg):
        seen["error"] = dlg.ui.error_label.text()
        dlg.reject()

    gui_ask.queue("velvet tractor lagoon pepper")
    _choose(qtbot, manager.name, refused)
    switch.trigger()
    assert seen["error"] == f"That is not {manager.name}'s own passphrase: only {manager.name} can switch to their name."
    assert w.me.id == me.id and demo_services.store.actor == me.id
