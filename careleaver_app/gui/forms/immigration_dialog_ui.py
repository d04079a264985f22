# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'immigration_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_ImmigrationDialog(object):
    def setupUi(self, ImmigrationDialog):
        if not ImmigrationDialog.objectName():
            ImmigrationDialog.setObjectName(u"ImmigrationDialog")
        ImmigrationDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(ImmigrationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ImmigrationDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.status_combo_label = QLabel(ImmigrationDialog)
        self.status_combo_label.setObjectName(u"status_combo_label")
        self.status_combo_label.setWordWrap(True)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_combo_label)

        self.status_combo = QComboBox(ImmigrationDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.status_error = QLabel(ImmigrationDialog)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.status_error)

        self.leave_expires_edit_label = QLabel(ImmigrationDialog)
        self.leave_expires_edit_label.setObjectName(u"leave_expires_edit_label")
        self.leave_expires_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.leave_expires_edit_label)

        self.leave_expires_edit = DateEdit(ImmigrationDialog)
        self.leave_expires_edit.setObjectName(u"leave_expires_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.leave_expires_edit)

        self.leave_expires_error = QLabel(ImmigrationDialog)
        self.leave_expires_error.setObjectName(u"leave_expires_error")
        self.leave_expires_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.leave_expires_error)

        self.home_office_ref_edit_label = QLabel(ImmigrationDialog)
        self.home_office_ref_edit_label.setObjectName(u"home_office_ref_edit_label")
        self.home_office_ref_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.home_office_ref_edit_label)

        self.home_office_ref_edit = QLineEdit(ImmigrationDialog)
        self.home_office_ref_edit.setObjectName(u"home_office_ref_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.home_office_ref_edit)

        self.legal_representative_edit_label = QLabel(ImmigrationDialog)
        self.legal_representative_edit_label.setObjectName(u"legal_representative_edit_label")
        self.legal_representative_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.legal_representative_edit_label)

        self.legal_representative_edit = QLineEdit(ImmigrationDialog)
        self.legal_representative_edit.setObjectName(u"legal_representative_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.legal_representative_edit)

        self.triple_plan_edit_label = QLabel(ImmigrationDialog)
        self.triple_plan_edit_label.setObjectName(u"triple_plan_edit_label")
        self.triple_plan_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.triple_plan_edit_label)

        self.triple_plan_edit = QPlainTextEdit(ImmigrationDialog)
        self.triple_plan_edit.setObjectName(u"triple_plan_edit")
        self.triple_plan_edit.setTabChangesFocus(True)
        self.triple_plan_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.triple_plan_edit)

        self.citizenship_check = QCheckBox(ImmigrationDialog)
        self.citizenship_check.setObjectName(u"citizenship_check")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.citizenship_check)

        self.citizenship_applied_edit_label = QLabel(ImmigrationDialog)
        self.citizenship_applied_edit_label.setObjectName(u"citizenship_applied_edit_label")
        self.citizenship_applied_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.citizenship_applied_edit_label)

        self.citizenship_applied_edit = DateEdit(ImmigrationDialog)
        self.citizenship_applied_edit.setObjectName(u"citizenship_applied_edit")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.citizenship_applied_edit)

        self.citizenship_applied_on_error = QLabel(ImmigrationDialog)
        self.citizenship_applied_on_error.setObjectName(u"citizenship_applied_on_error")
        self.citizenship_applied_on_error.setWordWrap(True)

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.citizenship_applied_on_error)

        self.citizenship_decided_combo_label = QLabel(ImmigrationDialog)
        self.citizenship_decided_combo_label.setObjectName(u"citizenship_decided_combo_label")
        self.citizenship_decided_combo_label.setWordWrap(True)

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.citizenship_decided_combo_label)

        self.citizenship_decided_combo = QComboBox(ImmigrationDialog)
        self.citizenship_decided_combo.setObjectName(u"citizenship_decided_combo")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.citizenship_decided_combo)

        self.notes_edit_label = QLabel(ImmigrationDialog)
        self.notes_edit_label.setObjectName(u"notes_edit_label")
        self.notes_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notes_edit_label)

        self.notes_edit = QPlainTextEdit(ImmigrationDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(ImmigrationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.status_combo_label.setBuddy(self.status_combo)
        self.leave_expires_edit_label.setBuddy(self.leave_expires_edit)
        self.home_office_ref_edit_label.setBuddy(self.home_office_ref_edit)
        self.legal_representative_edit_label.setBuddy(self.legal_representative_edit)
        self.triple_plan_edit_label.setBuddy(self.triple_plan_edit)
        self.citizenship_applied_edit_label.setBuddy(self.citizenship_applied_edit)
        self.citizenship_decided_combo_label.setBuddy(self.citizenship_decided_combo)
        self.notes_edit_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImmigrationDialog)

        QMetaObject.connectSlotsByName(ImmigrationDialog)
    # setupUi

    def retranslateUi(self, ImmigrationDialog):
        ImmigrationDialog.setWindowTitle(QCoreApplication.translate("ImmigrationDialog", u"Immigration status", None))
        self.intro_label.setText(QCoreApplication.translate("ImmigrationDialog", u"For anyone whose status is not British citizenship. The work tray raises leave that is ending (a local setting says how long before).", None))
        self.status_combo_label.setText(QCoreApplication.translate("ImmigrationDialog", u"&Status *", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("ImmigrationDialog", u"Immigration status", None))
#endif // QT_CONFIG(accessibility)
        self.status_error.setText("")
        self.leave_expires_edit_label.setText(QCoreApplication.translate("ImmigrationDialog", u"&Leave ends on", None))
#if QT_CONFIG(accessibility)
        self.leave_expires_edit.setAccessibleName(QCoreApplication.translate("ImmigrationDialog", u"Leave ends on", None))
#endif // QT_CONFIG(accessibility)
        self.leave_expires_error.setText("")
        self.home_office_ref_edit_label.setText(QCoreApplication.translate("ImmigrationDialog", u"&Home Office reference", None))
#if QT_CONFIG(accessibility)
        self.home_office_ref_edit.setAccessibleName(QCoreApplication.translate("ImmigrationDialog", u"Home Office reference", None))
#endif // QT_CONFIG(accessibility)
        self.legal_representative_edit_label.setText(QCoreApplication.translate("ImmigrationDialog", u"Legal &representative", None))
#if QT_CONFIG(accessibility)
        self.legal_representative_edit.setAccessibleName(QCoreApplication.translate("ImmigrationDialog", u"Legal representative", None))
#endif // QT_CONFIG(accessibility)
        self.triple_plan_edit_label.setText(QCoreApplication.translate("ImmigrationDialog", u"&Triple plan (stay, return, elsewhere)", None))
#if QT_CONFIG(accessibility)
        self.triple_plan_edit.setAccessibleName(QCoreApplication.translate("ImmigrationDialog", u"Triple plan", None))
#endif // QT_CONFIG(accessibility)
        self.citizenship_check.setText(QCoreApplication.translate("ImmigrationDialog", u"&Entitled to register as a British citizen", None))
#if QT_CONFIG(accessibility)
        self.citizenship_check.setAccessibleName(QCoreApplication.translate("ImmigrationDialog", u"Entitled to register as a British citizen", None))
#endif // QT_CONFIG(accessibility)
        self.citizenship_applied_edit_label.setText(QCoreApplication.translate("ImmigrationDialog", u"Registration &applied for on", None))
#if QT_CONFIG(accessibility)
        self.citizenship_applied_edit.setAccessibleName(QCoreApplication.translate("ImmigrationDialog", u"Registration applied for on", None))
#endif // QT_CONFIG(accessibility)
        self.citizenship_applied_on_error.setText("")
        self.citizenship_decided_combo_label.setText(QCoreApplication.translate("ImmigrationDialog", u"Registration &decision", None))
#if QT_CONFIG(accessibility)
        self.citizenship_decided_combo.setAccessibleName(QCoreApplication.translate("ImmigrationDialog", u"Registration decision", None))
#endif // QT_CONFIG(accessibility)
        self.notes_edit_label.setText(QCoreApplication.translate("ImmigrationDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ImmigrationDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

