# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staying_close_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_StayingCloseDialog(object):
    def setupUi(self, StayingCloseDialog):
        if not StayingCloseDialog.objectName():
            StayingCloseDialog.setObjectName(u"StayingCloseDialog")
        StayingCloseDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(StayingCloseDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(StayingCloseDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.assessed_on_edit_label = QLabel(StayingCloseDialog)
        self.assessed_on_edit_label.setObjectName(u"assessed_on_edit_label")
        self.assessed_on_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assessed_on_edit_label)

        self.assessed_on_edit = DateEdit(StayingCloseDialog)
        self.assessed_on_edit.setObjectName(u"assessed_on_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assessed_on_edit)

        self.assessed_on_error = QLabel(StayingCloseDialog)
        self.assessed_on_error.setObjectName(u"assessed_on_error")
        self.assessed_on_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.assessed_on_error)

        self.needed_combo_label = QLabel(StayingCloseDialog)
        self.needed_combo_label.setObjectName(u"needed_combo_label")
        self.needed_combo_label.setWordWrap(True)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.needed_combo_label)

        self.needed_combo = QComboBox(StayingCloseDialog)
        self.needed_combo.setObjectName(u"needed_combo")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.needed_combo)

        self.needed_error = QLabel(StayingCloseDialog)
        self.needed_error.setObjectName(u"needed_error")
        self.needed_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.needed_error)

        self.decision_edit_label = QLabel(StayingCloseDialog)
        self.decision_edit_label.setObjectName(u"decision_edit_label")
        self.decision_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decision_edit_label)

        self.decision_edit = QPlainTextEdit(StayingCloseDialog)
        self.decision_edit.setObjectName(u"decision_edit")
        self.decision_edit.setTabChangesFocus(True)
        self.decision_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.decision_edit)

        self.decision_error = QLabel(StayingCloseDialog)
        self.decision_error.setObjectName(u"decision_error")
        self.decision_error.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.decision_error)

        self.representations_edit_label = QLabel(StayingCloseDialog)
        self.representations_edit_label.setObjectName(u"representations_edit_label")
        self.representations_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.representations_edit_label)

        self.representations_edit = QPlainTextEdit(StayingCloseDialog)
        self.representations_edit.setObjectName(u"representations_edit")
        self.representations_edit.setTabChangesFocus(True)
        self.representations_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.representations_edit)

        self.representations_error = QLabel(StayingCloseDialog)
        self.representations_error.setObjectName(u"representations_error")
        self.representations_error.setWordWrap(True)

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.representations_error)

        self.notes_edit_label = QLabel(StayingCloseDialog)
        self.notes_edit_label.setObjectName(u"notes_edit_label")
        self.notes_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notes_edit_label)

        self.notes_edit = QPlainTextEdit(StayingCloseDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(StayingCloseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.assessed_on_edit_label.setBuddy(self.assessed_on_edit)
        self.needed_combo_label.setBuddy(self.needed_combo)
        self.decision_edit_label.setBuddy(self.decision_edit)
        self.representations_edit_label.setBuddy(self.representations_edit)
        self.notes_edit_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StayingCloseDialog)

        QMetaObject.connectSlotsByName(StayingCloseDialog)
    # setupUi

    def retranslateUi(self, StayingCloseDialog):
        StayingCloseDialog.setWindowTitle(QCoreApplication.translate("StayingCloseDialog", u"Staying Close assessment", None))
        self.intro_label.setText(QCoreApplication.translate("StayingCloseDialog", u"Whether a former relevant young person under 25 needs staying close support, the decision, and what they said (Children Act 1989 s.23CZAA, from the Children's Wellbeing and Schools Act 2026 s.7).", None))
        self.assessed_on_edit_label.setText(QCoreApplication.translate("StayingCloseDialog", u"&Assessed on *", None))
#if QT_CONFIG(accessibility)
        self.assessed_on_edit.setAccessibleName(QCoreApplication.translate("StayingCloseDialog", u"Assessed on", None))
#endif // QT_CONFIG(accessibility)
        self.assessed_on_error.setText("")
        self.needed_combo_label.setText(QCoreApplication.translate("StayingCloseDialog", u"Staying close &support *", None))
#if QT_CONFIG(accessibility)
        self.needed_combo.setAccessibleName(QCoreApplication.translate("StayingCloseDialog", u"Staying close support", None))
#endif // QT_CONFIG(accessibility)
        self.needed_error.setText("")
        self.decision_edit_label.setText(QCoreApplication.translate("StayingCloseDialog", u"The &decision (what will be provided, or why not) *", None))
#if QT_CONFIG(accessibility)
        self.decision_edit.setAccessibleName(QCoreApplication.translate("StayingCloseDialog", u"The decision", None))
#endif // QT_CONFIG(accessibility)
        self.decision_error.setText("")
        self.representations_edit_label.setText(QCoreApplication.translate("StayingCloseDialog", u"Their &views, in their words *", None))
#if QT_CONFIG(accessibility)
        self.representations_edit.setAccessibleName(QCoreApplication.translate("StayingCloseDialog", u"Their views", None))
#endif // QT_CONFIG(accessibility)
        self.representations_error.setText("")
        self.notes_edit_label.setText(QCoreApplication.translate("StayingCloseDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("StayingCloseDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

