"""While a PA writes risks or safety notes, they are told when the text names someone who is not
a key person (the redacted cover summary could only leave that name out)."""

from PySide6.QtCore import Qt

from careleaver_app.gui.dialogs import NewPersonDialog


def test_naming_someone_who_is_not_a_key_person_warns_until_they_are_added(qtbot, demo_services, gui_ask):
    dlg = NewPersonDialog(demo_services.people, demo_services.workers, demo_services.workers.current())
    qtbot.addWidget(dlg)
    dlg.show()
    ui = dlg.form.ui
    warning = dlg.form.third_party_warning
    qtbot.keyClicks(ui.legal_name_edit, "Amira Hassan")
    qtbot.keyClicks(ui.risks_edit, "Amira says no current risks.")
    assert warning.isHidden()
    qtbot.keyClicks(ui.risks_edit, " Avoid mum's partner Kwame Asante-Boateng.")
    assert warning.isVisible() and "Kwame Asante-Boateng" in warning.text() and "Key people" in warning.text()
    qtbot.mouseClick(ui.add_key_person_button, Qt.MouseButton.LeftButton)
    table = ui.key_people_table
    table.item(0, 0).setText("Kwame Asante-Boateng")  # what the cell's editor does when the name is typed in
    assert table.item(0, 0).text() == 'Kwame Asante-Boateng', warning.text()
    assert warning.isHidden(), warning.text()


def test_a_contingency_naming_someone_who_is_not_a_key_person_warns(qtbot, gui_ask):
    from datetime import date

    from careleaver_app.gui.plan_dialogs import ContingencyDialog

    dlg = ContingencyDialog(None, None, plan_start=date(2026, 11, 1), default_check=date(2026, 12, 1),
                            known_names={"Amira Hassan", "Amira", "Ciara Vandersloot"})
    qtbot.addWidget(dlg)
    dlg.show()
    ui = dlg.ui
    qtbot.keyClicks(ui.trigger_edit, "my placement breaks down")
    qtbot.keyClicks(ui.response_edit, "I stay with Ciara Vandersloot for a few nights")
    assert dlg.third_party_warning.isHidden()  # a key person
    qtbot.keyClicks(ui.who_edit, "PA, or nan Rita Okoye on 07700 900418")
    assert dlg.third_party_warning.isVisible() and "Rita Okoye" in dlg.third_party_warning.text()
