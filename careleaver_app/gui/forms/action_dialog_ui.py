# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(ActionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ActionDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.section_label = QLabel(ActionDialog)
        self.section_label.setObjectName(u"section_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.section_label)

        self.section_combo = QComboBox(ActionDialog)
        self.section_combo.setObjectName(u"section_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.section_combo)

        self.what_label = QLabel(ActionDialog)
        self.what_label.setObjectName(u"what_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.what_label)

        self.what_edit = QPlainTextEdit(ActionDialog)
        self.what_edit.setObjectName(u"what_edit")
        self.what_edit.setTabChangesFocus(True)
        self.what_edit.setMaximumSize(QSize(16777215, 80))

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.what_edit)

        self.what_error = QLabel(ActionDialog)
        self.what_error.setObjectName(u"what_error")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.what_error)

        self.owner_kind_label = QLabel(ActionDialog)
        self.owner_kind_label.setObjectName(u"owner_kind_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.owner_kind_label)

        self.who_layout = QHBoxLayout()
        self.who_layout.setObjectName(u"who_layout")
        self.owner_kind_combo = QComboBox(ActionDialog)
        self.owner_kind_combo.setObjectName(u"owner_kind_combo")

        self.who_layout.addWidget(self.owner_kind_combo)

        self.owner_name_edit = QLineEdit(ActionDialog)
        self.owner_name_edit.setObjectName(u"owner_name_edit")

        self.who_layout.addWidget(self.owner_name_edit)


        self.fields_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.who_layout)

        self.owner_name_error = QLabel(ActionDialog)
        self.owner_name_error.setObjectName(u"owner_name_error")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.owner_name_error)

        self.target_date_label = QLabel(ActionDialog)
        self.target_date_label.setObjectName(u"target_date_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.target_date_label)

        self.target_date_edit = DateEdit(ActionDialog)
        self.target_date_edit.setObjectName(u"target_date_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.target_date_edit)

        self.target_date_error = QLabel(ActionDialog)
        self.target_date_error.setObjectName(u"target_date_error")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.target_date_error)

        self.status_label = QLabel(ActionDialog)
        self.status_label.setObjectName(u"status_label")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(ActionDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.done_date_label = QLabel(ActionDialog)
        self.done_date_label.setObjectName(u"done_date_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.done_date_label)

        self.done_date_edit = DateEdit(ActionDialog)
        self.done_date_edit.setObjectName(u"done_date_edit")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.done_date_edit)

        self.done_date_error = QLabel(ActionDialog)
        self.done_date_error.setObjectName(u"done_date_error")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.done_date_error)

        self.status_reason_label = QLabel(ActionDialog)
        self.status_reason_label.setObjectName(u"status_reason_label")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.status_reason_label)

        self.status_reason_edit = QLineEdit(ActionDialog)
        self.status_reason_edit.setObjectName(u"status_reason_edit")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.status_reason_edit)

        self.status_reason_error = QLabel(ActionDialog)
        self.status_reason_error.setObjectName(u"status_reason_error")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.status_reason_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(ActionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.section_label.setBuddy(self.section_combo)
        self.what_label.setBuddy(self.what_edit)
        self.owner_kind_label.setBuddy(self.owner_kind_combo)
        self.target_date_label.setBuddy(self.target_date_edit)
        self.status_label.setBuddy(self.status_combo)
        self.done_date_label.setBuddy(self.done_date_edit)
        self.status_reason_label.setBuddy(self.status_reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionDialog)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"Action", None))
        self.intro_label.setText(QCoreApplication.translate("ActionDialog", u"Every action needs who does it and the date it will be done by: that is its timescale.", None))
        self.section_label.setText(QCoreApplication.translate("ActionDialog", u"Part of the &plan", None))
#if QT_CONFIG(accessibility)
        self.section_combo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Part of the plan", None))
#endif // QT_CONFIG(accessibility)
        self.what_label.setText(QCoreApplication.translate("ActionDialog", u"&What will be done *", None))
#if QT_CONFIG(accessibility)
        self.what_edit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"What will be done", None))
#endif // QT_CONFIG(accessibility)
        self.what_edit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"e.g. Apply for the 16-19 bursary", None))
        self.what_error.setText("")
        self.owner_kind_label.setText(QCoreApplication.translate("ActionDialog", u"W&ho *", None))
#if QT_CONFIG(accessibility)
        self.owner_kind_combo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Who will do it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.owner_name_edit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Name of the person or agency", None))
#endif // QT_CONFIG(accessibility)
        self.owner_name_edit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"Name, or agency and contact", None))
        self.owner_name_error.setText("")
        self.target_date_label.setText(QCoreApplication.translate("ActionDialog", u"&By when *", None))
#if QT_CONFIG(accessibility)
        self.target_date_edit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"By when", None))
#endif // QT_CONFIG(accessibility)
        self.target_date_error.setText("")
        self.status_label.setText(QCoreApplication.translate("ActionDialog", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.done_date_label.setText(QCoreApplication.translate("ActionDialog", u"&Done on", None))
#if QT_CONFIG(accessibility)
        self.done_date_edit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Done on", None))
#endif // QT_CONFIG(accessibility)
        self.done_date_error.setText("")
        self.status_reason_label.setText(QCoreApplication.translate("ActionDialog", u"Why &not needed", None))
#if QT_CONFIG(accessibility)
        self.status_reason_edit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Why it is no longer needed", None))
#endif // QT_CONFIG(accessibility)
        self.status_reason_error.setText("")
    # retranslateUi

