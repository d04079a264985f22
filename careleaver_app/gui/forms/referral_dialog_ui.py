# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_ReferralDialog(object):
    def setupUi(self, ReferralDialog):
        if not ReferralDialog.objectName():
            ReferralDialog.setObjectName(u"ReferralDialog")
        ReferralDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(ReferralDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ReferralDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.service_label = QLabel(ReferralDialog)
        self.service_label.setObjectName(u"service_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.service_label)

        self.service_edit = QLineEdit(ReferralDialog)
        self.service_edit.setObjectName(u"service_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.service_edit)

        self.service_error = QLabel(ReferralDialog)
        self.service_error.setObjectName(u"service_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.service_error)

        self.referred_on_label = QLabel(ReferralDialog)
        self.referred_on_label.setObjectName(u"referred_on_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referred_on_label)

        self.referred_on_edit = DateEdit(ReferralDialog)
        self.referred_on_edit.setObjectName(u"referred_on_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referred_on_edit)

        self.referred_on_error = QLabel(ReferralDialog)
        self.referred_on_error.setObjectName(u"referred_on_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.referred_on_error)

        self.status_label = QLabel(ReferralDialog)
        self.status_label.setObjectName(u"status_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(ReferralDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.status_error = QLabel(ReferralDialog)
        self.status_error.setObjectName(u"status_error")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.status_error)

        self.response_due_label = QLabel(ReferralDialog)
        self.response_due_label.setObjectName(u"response_due_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.response_due_label)

        self.response_due_edit = DateEdit(ReferralDialog)
        self.response_due_edit.setObjectName(u"response_due_edit")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.response_due_edit)

        self.response_due_error = QLabel(ReferralDialog)
        self.response_due_error.setObjectName(u"response_due_error")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.response_due_error)

        self.appointment_label = QLabel(ReferralDialog)
        self.appointment_label.setObjectName(u"appointment_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.appointment_label)

        self.appointment_edit = DateEdit(ReferralDialog)
        self.appointment_edit.setObjectName(u"appointment_edit")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.appointment_edit)

        self.notes_label = QLabel(ReferralDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(ReferralDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(ReferralDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.service_label.setBuddy(self.service_edit)
        self.referred_on_label.setBuddy(self.referred_on_edit)
        self.status_label.setBuddy(self.status_combo)
        self.response_due_label.setBuddy(self.response_due_edit)
        self.appointment_label.setBuddy(self.appointment_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReferralDialog)

        QMetaObject.connectSlotsByName(ReferralDialog)
    # setupUi

    def retranslateUi(self, ReferralDialog):
        ReferralDialog.setWindowTitle(QCoreApplication.translate("ReferralDialog", u"Mental health support or referral", None))
        self.intro_label.setText(QCoreApplication.translate("ReferralDialog", u"Leave \u201cChase by\u201d blank to use the local standard.", None))
        self.service_label.setText(QCoreApplication.translate("ReferralDialog", u"&Service *", None))
#if QT_CONFIG(accessibility)
        self.service_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Service referred to", None))
#endif // QT_CONFIG(accessibility)
        self.service_edit.setPlaceholderText(QCoreApplication.translate("ReferralDialog", u"e.g. Young people's mental health service", None))
        self.service_error.setText("")
        self.referred_on_label.setText(QCoreApplication.translate("ReferralDialog", u"&Referred on *", None))
#if QT_CONFIG(accessibility)
        self.referred_on_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Referred on", None))
#endif // QT_CONFIG(accessibility)
        self.referred_on_error.setText("")
        self.status_label.setText(QCoreApplication.translate("ReferralDialog", u"S&tatus", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.status_error.setText("")
        self.response_due_label.setText(QCoreApplication.translate("ReferralDialog", u"&Chase by", None))
#if QT_CONFIG(accessibility)
        self.response_due_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Chase a response by", None))
#endif // QT_CONFIG(accessibility)
        self.response_due_error.setText("")
        self.appointment_label.setText(QCoreApplication.translate("ReferralDialog", u"Next &appointment", None))
#if QT_CONFIG(accessibility)
        self.appointment_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Next appointment", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("ReferralDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

