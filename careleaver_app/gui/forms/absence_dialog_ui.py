# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'absence_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
    QLabel, QPlainTextEdit, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_AbsenceDialog(object):
    def setupUi(self, AbsenceDialog):
        if not AbsenceDialog.objectName():
            AbsenceDialog.setObjectName(u"AbsenceDialog")
        AbsenceDialog.setMinimumSize(QSize(620, 0))
        self.main_layout = QVBoxLayout(AbsenceDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AbsenceDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.worker_label = QLabel(AbsenceDialog)
        self.worker_label.setObjectName(u"worker_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.worker_label)

        self.worker_combo = QComboBox(AbsenceDialog)
        self.worker_combo.setObjectName(u"worker_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.worker_combo)

        self.worker_id_error = QLabel(AbsenceDialog)
        self.worker_id_error.setObjectName(u"worker_id_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.worker_id_error)

        self.kind_label = QLabel(AbsenceDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(AbsenceDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.kind_error = QLabel(AbsenceDialog)
        self.kind_error.setObjectName(u"kind_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.kind_error)

        self.start_label = QLabel(AbsenceDialog)
        self.start_label.setObjectName(u"start_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_edit = DateEdit(AbsenceDialog)
        self.start_edit.setObjectName(u"start_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.start_error = QLabel(AbsenceDialog)
        self.start_error.setObjectName(u"start_error")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.start_error)

        self.return_label = QLabel(AbsenceDialog)
        self.return_label.setObjectName(u"return_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.return_label)

        self.return_edit = DateEdit(AbsenceDialog)
        self.return_edit.setObjectName(u"return_edit")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.return_edit)

        self.expected_return_error = QLabel(AbsenceDialog)
        self.expected_return_error.setObjectName(u"expected_return_error")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.expected_return_error)

        self.cover_label = QLabel(AbsenceDialog)
        self.cover_label.setObjectName(u"cover_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.cover_label)

        self.cover_combo = QComboBox(AbsenceDialog)
        self.cover_combo.setObjectName(u"cover_combo")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.cover_combo)

        self.cover_worker_id_error = QLabel(AbsenceDialog)
        self.cover_worker_id_error.setObjectName(u"cover_worker_id_error")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.cover_worker_id_error)

        self.per_person_label = QLabel(AbsenceDialog)
        self.per_person_label.setObjectName(u"per_person_label")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.per_person_label)

        self.per_person_check = QCheckBox(AbsenceDialog)
        self.per_person_check.setObjectName(u"per_person_check")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.per_person_check)

        self.per_person_table = QTableWidget(AbsenceDialog)
        self.per_person_table.setObjectName(u"per_person_table")
        self.per_person_table.setColumnCount(2)
        self.per_person_table.setMinimumSize(QSize(0, 160))

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.per_person_table)

        self.out_of_hours_label = QLabel(AbsenceDialog)
        self.out_of_hours_label.setObjectName(u"out_of_hours_label")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.out_of_hours_label)

        self.out_of_hours_edit = QPlainTextEdit(AbsenceDialog)
        self.out_of_hours_edit.setObjectName(u"out_of_hours_edit")
        self.out_of_hours_edit.setTabChangesFocus(True)
        self.out_of_hours_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.out_of_hours_edit)

        self.notes_label = QLabel(AbsenceDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(AbsenceDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.ended_on_error = QLabel(AbsenceDialog)
        self.ended_on_error.setObjectName(u"ended_on_error")

        self.fields_layout.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.ended_on_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(AbsenceDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.worker_label.setBuddy(self.worker_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.start_label.setBuddy(self.start_edit)
        self.return_label.setBuddy(self.return_edit)
        self.cover_label.setBuddy(self.cover_combo)
        self.per_person_label.setBuddy(self.per_person_check)
        self.out_of_hours_label.setBuddy(self.out_of_hours_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AbsenceDialog)

        QMetaObject.connectSlotsByName(AbsenceDialog)
    # setupUi

    def retranslateUi(self, AbsenceDialog):
        AbsenceDialog.setWindowTitle(QCoreApplication.translate("AbsenceDialog", u"A PA's absence", None))
        self.intro_label.setText(QCoreApplication.translate("AbsenceDialog", u"Cover runs from the first day away up to the day they are back (or until you end it). The caseload and each record show who is covering.", None))
        self.worker_label.setText(QCoreApplication.translate("AbsenceDialog", u"&Who is away *", None))
#if QT_CONFIG(accessibility)
        self.worker_combo.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"Who is away", None))
#endif // QT_CONFIG(accessibility)
        self.worker_id_error.setText("")
        self.kind_label.setText(QCoreApplication.translate("AbsenceDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"Kind of absence", None))
#endif // QT_CONFIG(accessibility)
        self.kind_error.setText("")
        self.start_label.setText(QCoreApplication.translate("AbsenceDialog", u"Away &from *", None))
#if QT_CONFIG(accessibility)
        self.start_edit.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"First day away", None))
#endif // QT_CONFIG(accessibility)
        self.start_error.setText("")
        self.return_label.setText(QCoreApplication.translate("AbsenceDialog", u"&Back on *", None))
#if QT_CONFIG(accessibility)
        self.return_edit.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"Expected back on", None))
#endif // QT_CONFIG(accessibility)
        self.expected_return_error.setText("")
        self.cover_label.setText(QCoreApplication.translate("AbsenceDialog", u"&Covered by *", None))
#if QT_CONFIG(accessibility)
        self.cover_combo.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"Who covers the caseload", None))
#endif // QT_CONFIG(accessibility)
        self.cover_worker_id_error.setText("")
        self.per_person_label.setText("")
        self.per_person_check.setText(QCoreApplication.translate("AbsenceDialog", u"Choose a different worker for some young people", None))
#if QT_CONFIG(accessibility)
        self.per_person_check.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"Choose a different worker for some young people", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.per_person_table.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"Cover for each young person", None))
#endif // QT_CONFIG(accessibility)
        self.out_of_hours_label.setText(QCoreApplication.translate("AbsenceDialog", u"&Out of hours", None))
#if QT_CONFIG(accessibility)
        self.out_of_hours_edit.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"Out-of-hours arrangements", None))
#endif // QT_CONFIG(accessibility)
        self.out_of_hours_edit.setPlaceholderText(QCoreApplication.translate("AbsenceDialog", u"e.g. Emergency Duty Team 01632 960999; EDT alerts sent for two young people", None))
        self.notes_label.setText(QCoreApplication.translate("AbsenceDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.ended_on_error.setText("")
    # retranslateUi

