# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'health_record.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_HealthRecordForm(object):
    def setupUi(self, HealthRecordForm):
        if not HealthRecordForm.objectName():
            HealthRecordForm.setObjectName(u"HealthRecordForm")
        self.main_layout = QVBoxLayout(HealthRecordForm)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.gp_practice_label = QLabel(HealthRecordForm)
        self.gp_practice_label.setObjectName(u"gp_practice_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gp_practice_label)

        self.gp_practice_edit = QLineEdit(HealthRecordForm)
        self.gp_practice_edit.setObjectName(u"gp_practice_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.gp_practice_edit)

        self.gp_phone_label = QLabel(HealthRecordForm)
        self.gp_phone_label.setObjectName(u"gp_phone_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.gp_phone_label)

        self.gp_phone_edit = QLineEdit(HealthRecordForm)
        self.gp_phone_edit.setObjectName(u"gp_phone_edit")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.gp_phone_edit)

        self.gp_registered_label = QLabel(HealthRecordForm)
        self.gp_registered_label.setObjectName(u"gp_registered_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gp_registered_label)

        self.gp_registered_edit = DateEdit(HealthRecordForm)
        self.gp_registered_edit.setObjectName(u"gp_registered_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gp_registered_edit)

        self.gp_registered_on_error = QLabel(HealthRecordForm)
        self.gp_registered_on_error.setObjectName(u"gp_registered_on_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.gp_registered_on_error)

        self.nhs_number_label = QLabel(HealthRecordForm)
        self.nhs_number_label.setObjectName(u"nhs_number_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nhs_number_label)

        self.nhs_number_edit = QLineEdit(HealthRecordForm)
        self.nhs_number_edit.setObjectName(u"nhs_number_edit")
        self.nhs_number_edit.setMaxLength(20)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nhs_number_edit)

        self.nhs_number_error = QLabel(HealthRecordForm)
        self.nhs_number_error.setObjectName(u"nhs_number_error")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.nhs_number_error)

        self.passport_nhs_number_label = QLabel(HealthRecordForm)
        self.passport_nhs_number_label.setObjectName(u"passport_nhs_number_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.passport_nhs_number_label)

        self.passport_nhs_number_check = QCheckBox(HealthRecordForm)
        self.passport_nhs_number_check.setObjectName(u"passport_nhs_number_check")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.passport_nhs_number_check)

        self.dentist_label = QLabel(HealthRecordForm)
        self.dentist_label.setObjectName(u"dentist_label")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dentist_label)

        self.dentist_edit = QLineEdit(HealthRecordForm)
        self.dentist_edit.setObjectName(u"dentist_edit")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dentist_edit)

        self.optician_label = QLabel(HealthRecordForm)
        self.optician_label.setObjectName(u"optician_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.optician_label)

        self.optician_edit = QLineEdit(HealthRecordForm)
        self.optician_edit.setObjectName(u"optician_edit")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.optician_edit)

        self.allergies_label = QLabel(HealthRecordForm)
        self.allergies_label.setObjectName(u"allergies_label")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.allergies_label)

        self.allergies_edit = QPlainTextEdit(HealthRecordForm)
        self.allergies_edit.setObjectName(u"allergies_edit")
        self.allergies_edit.setTabChangesFocus(True)
        self.allergies_edit.setMaximumSize(QSize(16777215, 50))

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.allergies_edit)

        self.passport_allergies_label = QLabel(HealthRecordForm)
        self.passport_allergies_label.setObjectName(u"passport_allergies_label")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.passport_allergies_label)

        self.passport_allergies_check = QCheckBox(HealthRecordForm)
        self.passport_allergies_check.setObjectName(u"passport_allergies_check")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.passport_allergies_check)

        self.medicines_label = QLabel(HealthRecordForm)
        self.medicines_label.setObjectName(u"medicines_label")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.medicines_label)

        self.medicines_edit = QPlainTextEdit(HealthRecordForm)
        self.medicines_edit.setObjectName(u"medicines_edit")
        self.medicines_edit.setTabChangesFocus(True)
        self.medicines_edit.setMaximumSize(QSize(16777215, 50))

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.medicines_edit)

        self.passport_medicines_label = QLabel(HealthRecordForm)
        self.passport_medicines_label.setObjectName(u"passport_medicines_label")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.passport_medicines_label)

        self.passport_medicines_check = QCheckBox(HealthRecordForm)
        self.passport_medicines_check.setObjectName(u"passport_medicines_check")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.passport_medicines_check)

        self.assessment_label = QLabel(HealthRecordForm)
        self.assessment_label.setObjectName(u"assessment_label")

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.assessment_label)

        self.assessment_edit = DateEdit(HealthRecordForm)
        self.assessment_edit.setObjectName(u"assessment_edit")

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.assessment_edit)

        self.last_health_assessment_error = QLabel(HealthRecordForm)
        self.last_health_assessment_error.setObjectName(u"last_health_assessment_error")

        self.fields_layout.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.last_health_assessment_error)

        self.notes_label = QLabel(HealthRecordForm)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_layout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(HealthRecordForm)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 50))

        self.fields_layout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.save_layout = QHBoxLayout()
        self.save_layout.setObjectName(u"save_layout")
        self.record_status = QLabel(HealthRecordForm)
        self.record_status.setObjectName(u"record_status")

        self.save_layout.addWidget(self.record_status)

        self.save_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_layout.addItem(self.save_spacer)

        self.save_record_button = QPushButton(HealthRecordForm)
        self.save_record_button.setObjectName(u"save_record_button")

        self.save_layout.addWidget(self.save_record_button)


        self.main_layout.addLayout(self.save_layout)

#if QT_CONFIG(shortcut)
        self.gp_practice_label.setBuddy(self.gp_practice_edit)
        self.gp_phone_label.setBuddy(self.gp_phone_edit)
        self.gp_registered_label.setBuddy(self.gp_registered_edit)
        self.nhs_number_label.setBuddy(self.nhs_number_edit)
        self.passport_nhs_number_label.setBuddy(self.passport_nhs_number_check)
        self.dentist_label.setBuddy(self.dentist_edit)
        self.optician_label.setBuddy(self.optician_edit)
        self.allergies_label.setBuddy(self.allergies_edit)
        self.passport_allergies_label.setBuddy(self.passport_allergies_check)
        self.medicines_label.setBuddy(self.medicines_edit)
        self.passport_medicines_label.setBuddy(self.passport_medicines_check)
        self.assessment_label.setBuddy(self.assessment_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HealthRecordForm)

        QMetaObject.connectSlotsByName(HealthRecordForm)
    # setupUi

    def retranslateUi(self, HealthRecordForm):
        HealthRecordForm.setWindowTitle(QCoreApplication.translate("HealthRecordForm", u"Health record", None))
        self.gp_practice_label.setText(QCoreApplication.translate("HealthRecordForm", u"&GP practice", None))
#if QT_CONFIG(accessibility)
        self.gp_practice_edit.setAccessibleName(QCoreApplication.translate("HealthRecordForm", u"GP practice", None))
#endif // QT_CONFIG(accessibility)
        self.gp_phone_label.setText(QCoreApplication.translate("HealthRecordForm", u"GP phone", None))
#if QT_CONFIG(accessibility)
        self.gp_phone_edit.setAccessibleName(QCoreApplication.translate("HealthRecordForm", u"GP phone", None))
#endif // QT_CONFIG(accessibility)
        self.gp_registered_label.setText(QCoreApplication.translate("HealthRecordForm", u"&Registered since", None))
#if QT_CONFIG(accessibility)
        self.gp_registered_edit.setAccessibleName(QCoreApplication.translate("HealthRecordForm", u"Registered with the GP since", None))
#endif // QT_CONFIG(accessibility)
        self.gp_registered_on_error.setText("")
        self.nhs_number_label.setText(QCoreApplication.translate("HealthRecordForm", u"NHS num&ber", None))
#if QT_CONFIG(accessibility)
        self.nhs_number_edit.setAccessibleName(QCoreApplication.translate("HealthRecordForm", u"NHS number", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nhs_number_edit.setToolTip(QCoreApplication.translate("HealthRecordForm", u"Optional. Their 10-digit NHS number: it is on any letter from the NHS and on prescriptions, in the NHS App, or their GP practice can tell them. Spaces or hyphens are fine.", None))
#endif // QT_CONFIG(tooltip)
        self.nhs_number_edit.setPlaceholderText(QCoreApplication.translate("HealthRecordForm", u"Optional: 10 digits", None))
        self.nhs_number_error.setText("")
        self.passport_nhs_number_label.setText("")
        self.passport_nhs_number_check.setText(QCoreApplication.translate("HealthRecordForm", u"They want their NHS number in their health passport", None))
#if QT_CONFIG(accessibility)
        self.passport_nhs_number_check.setAccessibleName(QCoreApplication.translate("HealthRecordForm", u"They want their NHS number in their health passport", None))
#endif // QT_CONFIG(accessibility)
        self.dentist_label.setText(QCoreApplication.translate("HealthRecordForm", u"Dentist", None))
#if QT_CONFIG(accessibility)
        self.dentist_edit.setAccessibleName(QCoreApplication.translate("HealthRecordForm", u"Dentist", None))
#endif // QT_CONFIG(accessibility)
        self.optician_label.setText(QCoreApplication.translate("HealthRecordForm", u"Optician", None))
#if QT_CONFIG(accessibility)
        self.optician_edit.setAccessibleName(QCoreApplication.translate("HealthRecordForm", u"Optician", None))
#endif // QT_CONFIG(accessibility)
        self.allergies_label.setText(QCoreApplication.translate("HealthRecordForm", u"&Allergies", None))
#if QT_CONFIG(accessibility)
        self.allergies_edit.setAccessibleName(QCoreApplication.translate("HealthRecordForm", u"Allergies", None))
#endif // QT_CONFIG(accessibility)
        self.passport_allergies_label.setText("")
        self.passport_allergies_check.setText(QCoreApplication.translate("HealthRecordForm", u"They want their allergies in their health passport", None))
#if QT_CONFIG(accessibility)
        self.passport_allergies_check.setAccessibleName(QCoreApplication.translate("HealthRecordForm", u"They want their allergies in their health passport", None))
#endif // QT_CONFIG(accessibility)
        self.medicines_label.setText(QCoreApplication.translate("HealthRecordForm", u"Med&icines", None))
#if QT_CONFIG(accessibility)
        self.medicines_edit.setAccessibleName(QCoreApplication.translate("HealthRecordForm", u"Medicines", None))
#endif // QT_CONFIG(accessibility)
        self.passport_medicines_label.setText("")
        self.passport_medicines_check.setText(QCoreApplication.translate("HealthRecordForm", u"They want their medicines in their health passport", None))
#if QT_CONFIG(accessibility)
        self.passport_medicines_check.setAccessibleName(QCoreApplication.translate("HealthRecordForm", u"They want their medicines in their health passport", None))
#endif // QT_CONFIG(accessibility)
        self.assessment_label.setText(QCoreApplication.translate("HealthRecordForm", u"Last health assessment", None))
#if QT_CONFIG(accessibility)
        self.assessment_edit.setAccessibleName(QCoreApplication.translate("HealthRecordForm", u"Last looked-after health assessment", None))
#endif // QT_CONFIG(accessibility)
        self.last_health_assessment_error.setText("")
        self.notes_label.setText(QCoreApplication.translate("HealthRecordForm", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("HealthRecordForm", u"Health notes", None))
#endif // QT_CONFIG(accessibility)
        self.record_status.setText("")
        self.save_record_button.setText(QCoreApplication.translate("HealthRecordForm", u"&Save health record", None))
    # retranslateUi

