# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_form.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_PersonForm(object):
    def setupUi(self, PersonForm):
        if not PersonForm.objectName():
            PersonForm.setObjectName(u"PersonForm")
        self.form_layout = QVBoxLayout(PersonForm)
        self.form_layout.setObjectName(u"form_layout")
        self.summary_error = QLabel(PersonForm)
        self.summary_error.setObjectName(u"summary_error")

        self.form_layout.addWidget(self.summary_error)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.identity_group = QGroupBox(PersonForm)
        self.identity_group.setObjectName(u"identity_group")
        self.identity_layout = QFormLayout(self.identity_group)
        self.identity_layout.setObjectName(u"identity_layout")
        self.identity_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.legal_name_label = QLabel(self.identity_group)
        self.legal_name_label.setObjectName(u"legal_name_label")

        self.identity_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.legal_name_label)

        self.legal_name_edit = QLineEdit(self.identity_group)
        self.legal_name_edit.setObjectName(u"legal_name_edit")

        self.identity_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.legal_name_edit)

        self.legal_name_error = QLabel(self.identity_group)
        self.legal_name_error.setObjectName(u"legal_name_error")

        self.identity_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.legal_name_error)

        self.preferred_name_label = QLabel(self.identity_group)
        self.preferred_name_label.setObjectName(u"preferred_name_label")

        self.identity_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.preferred_name_label)

        self.preferred_name_edit = QLineEdit(self.identity_group)
        self.preferred_name_edit.setObjectName(u"preferred_name_edit")

        self.identity_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.preferred_name_edit)

        self.pronouns_label = QLabel(self.identity_group)
        self.pronouns_label.setObjectName(u"pronouns_label")

        self.identity_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pronouns_label)

        self.pronouns_combo = QComboBox(self.identity_group)
        self.pronouns_combo.setObjectName(u"pronouns_combo")
        self.pronouns_combo.setEditable(True)

        self.identity_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pronouns_combo)

        self.dob_label = QLabel(self.identity_group)
        self.dob_label.setObjectName(u"dob_label")

        self.identity_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dob_label)

        self.dob_edit = DateEdit(self.identity_group)
        self.dob_edit.setObjectName(u"dob_edit")

        self.identity_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dob_edit)

        self.dob_error = QLabel(self.identity_group)
        self.dob_error.setObjectName(u"dob_error")

        self.identity_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.dob_error)

        self.gender_label = QLabel(self.identity_group)
        self.gender_label.setObjectName(u"gender_label")

        self.identity_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender_combo = QComboBox(self.identity_group)
        self.gender_combo.setObjectName(u"gender_combo")

        self.identity_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.gender_combo)

        self.gender_error = QLabel(self.identity_group)
        self.gender_error.setObjectName(u"gender_error")

        self.identity_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.gender_error)

        self.ethnicity_label = QLabel(self.identity_group)
        self.ethnicity_label.setObjectName(u"ethnicity_label")

        self.identity_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ethnicity_label)

        self.ethnicity_combo = QComboBox(self.identity_group)
        self.ethnicity_combo.setObjectName(u"ethnicity_combo")

        self.identity_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ethnicity_combo)

        self.ethnicity_error = QLabel(self.identity_group)
        self.ethnicity_error.setObjectName(u"ethnicity_error")

        self.identity_layout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.ethnicity_error)

        self.la_id_label = QLabel(self.identity_group)
        self.la_id_label.setObjectName(u"la_id_label")

        self.identity_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.la_id_label)

        self.la_id_edit = QLineEdit(self.identity_group)
        self.la_id_edit.setObjectName(u"la_id_edit")

        self.identity_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.la_id_edit)

        self.la_id_error = QLabel(self.identity_group)
        self.la_id_error.setObjectName(u"la_id_error")

        self.identity_layout.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.la_id_error)


        self.left_column.addWidget(self.identity_group)

        self.needs_group = QGroupBox(PersonForm)
        self.needs_group.setObjectName(u"needs_group")
        self.needs_layout = QFormLayout(self.needs_group)
        self.needs_layout.setObjectName(u"needs_layout")
        self.needs_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.has_disability_label = QLabel(self.needs_group)
        self.has_disability_label.setObjectName(u"has_disability_label")

        self.needs_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.has_disability_label)

        self.has_disability_check = QCheckBox(self.needs_group)
        self.has_disability_check.setObjectName(u"has_disability_check")

        self.needs_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.has_disability_check)

        self.disability_label = QLabel(self.needs_group)
        self.disability_label.setObjectName(u"disability_label")

        self.needs_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.disability_label)

        self.disability_edit = QLineEdit(self.needs_group)
        self.disability_edit.setObjectName(u"disability_edit")

        self.needs_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.disability_edit)

        self.language_label = QLabel(self.needs_group)
        self.language_label.setObjectName(u"language_label")

        self.needs_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_edit = QLineEdit(self.needs_group)
        self.language_edit.setObjectName(u"language_edit")

        self.needs_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.language_edit)

        self.interpreter_label = QLabel(self.needs_group)
        self.interpreter_label.setObjectName(u"interpreter_label")

        self.needs_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.interpreter_label)

        self.interpreter_check = QCheckBox(self.needs_group)
        self.interpreter_check.setObjectName(u"interpreter_check")

        self.needs_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.interpreter_check)

        self.uasc_label = QLabel(self.needs_group)
        self.uasc_label.setObjectName(u"uasc_label")

        self.needs_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.uasc_label)

        self.uasc_check = QCheckBox(self.needs_group)
        self.uasc_check.setObjectName(u"uasc_check")

        self.needs_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.uasc_check)

        self.immigration_label = QLabel(self.needs_group)
        self.immigration_label.setObjectName(u"immigration_label")

        self.needs_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.immigration_label)

        self.immigration_combo = QComboBox(self.needs_group)
        self.immigration_combo.setObjectName(u"immigration_combo")

        self.needs_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.immigration_combo)

        self.immigration_status_error = QLabel(self.needs_group)
        self.immigration_status_error.setObjectName(u"immigration_status_error")

        self.needs_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.immigration_status_error)


        self.left_column.addWidget(self.needs_group)

        self.contact_group = QGroupBox(PersonForm)
        self.contact_group.setObjectName(u"contact_group")
        self.contact_layout = QFormLayout(self.contact_group)
        self.contact_layout.setObjectName(u"contact_layout")
        self.contact_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.phone_label = QLabel(self.contact_group)
        self.phone_label.setObjectName(u"phone_label")

        self.contact_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.contact_group)
        self.phone_edit.setObjectName(u"phone_edit")

        self.contact_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.phone_error = QLabel(self.contact_group)
        self.phone_error.setObjectName(u"phone_error")

        self.contact_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.phone_error)

        self.email_label = QLabel(self.contact_group)
        self.email_label.setObjectName(u"email_label")

        self.contact_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.contact_group)
        self.email_edit.setObjectName(u"email_edit")

        self.contact_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.email_error = QLabel(self.contact_group)
        self.email_error.setObjectName(u"email_error")

        self.contact_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.email_error)

        self.contact_pref_label = QLabel(self.contact_group)
        self.contact_pref_label.setObjectName(u"contact_pref_label")

        self.contact_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contact_pref_label)

        self.contact_pref_combo = QComboBox(self.contact_group)
        self.contact_pref_combo.setObjectName(u"contact_pref_combo")

        self.contact_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contact_pref_combo)

        self.address_label = QLabel(self.contact_group)
        self.address_label.setObjectName(u"address_label")

        self.contact_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QPlainTextEdit(self.contact_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumSize(QSize(16777215, 70))

        self.contact_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address_edit)


        self.left_column.addWidget(self.contact_group)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_spacer)


        self.columns_layout.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.care_group = QGroupBox(PersonForm)
        self.care_group.setObjectName(u"care_group")
        self.care_layout = QFormLayout(self.care_group)
        self.care_layout.setObjectName(u"care_layout")
        self.care_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.care_periods_help = QLabel(self.care_group)
        self.care_periods_help.setObjectName(u"care_periods_help")
        self.care_periods_help.setWordWrap(True)

        self.care_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.care_periods_help)

        self.care_periods_table = QTableWidget(self.care_group)
        self.care_periods_table.setObjectName(u"care_periods_table")
        self.care_periods_table.setColumnCount(3)
        self.care_periods_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.care_periods_table.setTabKeyNavigation(False)
        self.care_periods_table.setMinimumSize(QSize(0, 110))

        self.care_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.care_periods_table)

        self.care_buttons_layout = QHBoxLayout()
        self.care_buttons_layout.setObjectName(u"care_buttons_layout")
        self.add_period_button = QPushButton(self.care_group)
        self.add_period_button.setObjectName(u"add_period_button")

        self.care_buttons_layout.addWidget(self.add_period_button)

        self.remove_period_button = QPushButton(self.care_group)
        self.remove_period_button.setObjectName(u"remove_period_button")

        self.care_buttons_layout.addWidget(self.remove_period_button)

        self.care_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.care_buttons_layout.addItem(self.care_spacer)


        self.care_layout.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.care_buttons_layout)

        self.care_periods_error = QLabel(self.care_group)
        self.care_periods_error.setObjectName(u"care_periods_error")

        self.care_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.care_periods_error)

        self.returned_home_label = QLabel(self.care_group)
        self.returned_home_label.setObjectName(u"returned_home_label")

        self.care_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.returned_home_label)

        self.returned_home_edit = DateEdit(self.care_group)
        self.returned_home_edit.setObjectName(u"returned_home_edit")

        self.care_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.returned_home_edit)

        self.returned_home_from_error = QLabel(self.care_group)
        self.returned_home_from_error.setObjectName(u"returned_home_from_error")

        self.care_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.returned_home_from_error)

        self.support_to_25_label = QLabel(self.care_group)
        self.support_to_25_label.setObjectName(u"support_to_25_label")

        self.care_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.support_to_25_label)

        self.support_to_25_check = QCheckBox(self.care_group)
        self.support_to_25_check.setObjectName(u"support_to_25_check")

        self.care_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.support_to_25_check)

        self.education_label = QLabel(self.care_group)
        self.education_label.setObjectName(u"education_label")

        self.care_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.education_label)

        self.education_check = QCheckBox(self.care_group)
        self.education_check.setObjectName(u"education_check")

        self.care_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.education_check)


        self.right_column.addWidget(self.care_group)

        self.key_people_group = QGroupBox(PersonForm)
        self.key_people_group.setObjectName(u"key_people_group")
        self.key_people_layout = QFormLayout(self.key_people_group)
        self.key_people_layout.setObjectName(u"key_people_layout")
        self.key_people_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.key_people_table = QTableWidget(self.key_people_group)
        self.key_people_table.setObjectName(u"key_people_table")
        self.key_people_table.setColumnCount(4)
        self.key_people_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.key_people_table.setTabKeyNavigation(False)
        self.key_people_table.setMinimumSize(QSize(0, 130))

        self.key_people_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.key_people_table)

        self.key_buttons_layout = QHBoxLayout()
        self.key_buttons_layout.setObjectName(u"key_buttons_layout")
        self.add_key_person_button = QPushButton(self.key_people_group)
        self.add_key_person_button.setObjectName(u"add_key_person_button")

        self.key_buttons_layout.addWidget(self.add_key_person_button)

        self.remove_key_person_button = QPushButton(self.key_people_group)
        self.remove_key_person_button.setObjectName(u"remove_key_person_button")

        self.key_buttons_layout.addWidget(self.remove_key_person_button)

        self.key_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.key_buttons_layout.addItem(self.key_spacer)


        self.key_people_layout.setLayout(1, QFormLayout.ItemRole.SpanningRole, self.key_buttons_layout)

        self.key_people_error = QLabel(self.key_people_group)
        self.key_people_error.setObjectName(u"key_people_error")

        self.key_people_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.key_people_error)


        self.right_column.addWidget(self.key_people_group)

        self.risk_group = QGroupBox(PersonForm)
        self.risk_group.setObjectName(u"risk_group")
        self.risk_layout = QFormLayout(self.risk_group)
        self.risk_layout.setObjectName(u"risk_layout")
        self.risk_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.risks_label = QLabel(self.risk_group)
        self.risks_label.setObjectName(u"risks_label")

        self.risk_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.risks_label)

        self.risks_edit = QPlainTextEdit(self.risk_group)
        self.risks_edit.setObjectName(u"risks_edit")
        self.risks_edit.setTabChangesFocus(True)
        self.risks_edit.setMaximumSize(QSize(16777215, 80))

        self.risk_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.risks_edit)

        self.safety_label = QLabel(self.risk_group)
        self.safety_label.setObjectName(u"safety_label")

        self.risk_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.safety_label)

        self.safety_edit = QPlainTextEdit(self.risk_group)
        self.safety_edit.setObjectName(u"safety_edit")
        self.safety_edit.setTabChangesFocus(True)
        self.safety_edit.setMaximumSize(QSize(16777215, 80))

        self.risk_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.safety_edit)

        self.edt_alert_label = QLabel(self.risk_group)
        self.edt_alert_label.setObjectName(u"edt_alert_label")

        self.risk_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.edt_alert_label)

        self.edt_alert_check = QCheckBox(self.risk_group)
        self.edt_alert_check.setObjectName(u"edt_alert_check")

        self.risk_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.edt_alert_check)


        self.right_column.addWidget(self.risk_group)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_column.addItem(self.right_spacer)


        self.columns_layout.addLayout(self.right_column)


        self.form_layout.addLayout(self.columns_layout)

#if QT_CONFIG(shortcut)
        self.legal_name_label.setBuddy(self.legal_name_edit)
        self.preferred_name_label.setBuddy(self.preferred_name_edit)
        self.pronouns_label.setBuddy(self.pronouns_combo)
        self.dob_label.setBuddy(self.dob_edit)
        self.gender_label.setBuddy(self.gender_combo)
        self.ethnicity_label.setBuddy(self.ethnicity_combo)
        self.la_id_label.setBuddy(self.la_id_edit)
        self.has_disability_label.setBuddy(self.has_disability_check)
        self.disability_label.setBuddy(self.disability_edit)
        self.language_label.setBuddy(self.language_edit)
        self.interpreter_label.setBuddy(self.interpreter_check)
        self.uasc_label.setBuddy(self.uasc_check)
        self.immigration_label.setBuddy(self.immigration_combo)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.contact_pref_label.setBuddy(self.contact_pref_combo)
        self.address_label.setBuddy(self.address_edit)
        self.returned_home_label.setBuddy(self.returned_home_edit)
        self.support_to_25_label.setBuddy(self.support_to_25_check)
        self.education_label.setBuddy(self.education_check)
        self.risks_label.setBuddy(self.risks_edit)
        self.safety_label.setBuddy(self.safety_edit)
        self.edt_alert_label.setBuddy(self.edt_alert_check)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonForm)

        QMetaObject.connectSlotsByName(PersonForm)
    # setupUi

    def retranslateUi(self, PersonForm):
        PersonForm.setWindowTitle(QCoreApplication.translate("PersonForm", u"Young person's details", None))
        self.summary_error.setText("")
        self.identity_group.setTitle(QCoreApplication.translate("PersonForm", u"Name and identity", None))
        self.legal_name_label.setText(QCoreApplication.translate("PersonForm", u"Legal name *", None))
#if QT_CONFIG(accessibility)
        self.legal_name_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Legal name", None))
#endif // QT_CONFIG(accessibility)
        self.legal_name_edit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"Full name as on official documents", None))
        self.legal_name_error.setText("")
        self.preferred_name_label.setText(QCoreApplication.translate("PersonForm", u"Preferred name", None))
#if QT_CONFIG(accessibility)
        self.preferred_name_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Preferred name", None))
#endif // QT_CONFIG(accessibility)
        self.preferred_name_edit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"What they like to be called", None))
        self.pronouns_label.setText(QCoreApplication.translate("PersonForm", u"Pronouns", None))
#if QT_CONFIG(accessibility)
        self.pronouns_combo.setAccessibleName(QCoreApplication.translate("PersonForm", u"Pronouns", None))
#endif // QT_CONFIG(accessibility)
        self.dob_label.setText(QCoreApplication.translate("PersonForm", u"Date of birth *", None))
#if QT_CONFIG(accessibility)
        self.dob_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.dob_error.setText("")
        self.gender_label.setText(QCoreApplication.translate("PersonForm", u"Gender", None))
#if QT_CONFIG(accessibility)
        self.gender_combo.setAccessibleName(QCoreApplication.translate("PersonForm", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.gender_error.setText("")
        self.ethnicity_label.setText(QCoreApplication.translate("PersonForm", u"Ethnicity", None))
#if QT_CONFIG(accessibility)
        self.ethnicity_combo.setAccessibleName(QCoreApplication.translate("PersonForm", u"Ethnicity", None))
#endif // QT_CONFIG(accessibility)
        self.ethnicity_error.setText("")
        self.la_id_label.setText(QCoreApplication.translate("PersonForm", u"LA identifier", None))
#if QT_CONFIG(accessibility)
        self.la_id_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"LA identifier", None))
#endif // QT_CONFIG(accessibility)
        self.la_id_edit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"Case management system number", None))
        self.la_id_error.setText("")
        self.needs_group.setTitle(QCoreApplication.translate("PersonForm", u"Disability, language and immigration", None))
        self.has_disability_label.setText(QCoreApplication.translate("PersonForm", u"Disability", None))
#if QT_CONFIG(accessibility)
        self.has_disability_check.setAccessibleName(QCoreApplication.translate("PersonForm", u"Has a disability", None))
#endif // QT_CONFIG(accessibility)
        self.has_disability_check.setText(QCoreApplication.translate("PersonForm", u"Has a disability", None))
        self.disability_label.setText(QCoreApplication.translate("PersonForm", u"About it", None))
#if QT_CONFIG(accessibility)
        self.disability_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Disability details", None))
#endif // QT_CONFIG(accessibility)
        self.disability_edit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"What it is and what helps", None))
        self.language_label.setText(QCoreApplication.translate("PersonForm", u"Language", None))
#if QT_CONFIG(accessibility)
        self.language_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"First language", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_label.setText(QCoreApplication.translate("PersonForm", u"Interpreter", None))
#if QT_CONFIG(accessibility)
        self.interpreter_check.setAccessibleName(QCoreApplication.translate("PersonForm", u"Needs an interpreter", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_check.setText(QCoreApplication.translate("PersonForm", u"Needs an interpreter", None))
        self.uasc_label.setText(QCoreApplication.translate("PersonForm", u"UASC", None))
#if QT_CONFIG(accessibility)
        self.uasc_check.setAccessibleName(QCoreApplication.translate("PersonForm", u"Unaccompanied asylum-seeking child", None))
#endif // QT_CONFIG(accessibility)
        self.uasc_check.setText(QCoreApplication.translate("PersonForm", u"Came to the UK as an unaccompanied asylum-seeking child", None))
        self.immigration_label.setText(QCoreApplication.translate("PersonForm", u"Immigration status", None))
#if QT_CONFIG(accessibility)
        self.immigration_combo.setAccessibleName(QCoreApplication.translate("PersonForm", u"Immigration status", None))
#endif // QT_CONFIG(accessibility)
        self.immigration_status_error.setText("")
        self.contact_group.setTitle(QCoreApplication.translate("PersonForm", u"How to reach them", None))
        self.phone_label.setText(QCoreApplication.translate("PersonForm", u"Phone", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"07700 900123", None))
        self.phone_error.setText("")
        self.email_label.setText(QCoreApplication.translate("PersonForm", u"Email", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.email_error.setText("")
        self.contact_pref_label.setText(QCoreApplication.translate("PersonForm", u"Prefers", None))
#if QT_CONFIG(accessibility)
        self.contact_pref_combo.setAccessibleName(QCoreApplication.translate("PersonForm", u"How they like to be contacted", None))
#endif // QT_CONFIG(accessibility)
        self.address_label.setText(QCoreApplication.translate("PersonForm", u"Address", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.care_group.setTitle(QCoreApplication.translate("PersonForm", u"Leaving care", None))
        self.care_periods_help.setText(QCoreApplication.translate("PersonForm", u"Periods looked after (end = the date care ceased; blank while still looked after). Tick short breaks: they do not count.", None))
#if QT_CONFIG(accessibility)
        self.care_periods_table.setAccessibleName(QCoreApplication.translate("PersonForm", u"Periods looked after", None))
#endif // QT_CONFIG(accessibility)
        self.add_period_button.setText(QCoreApplication.translate("PersonForm", u"Add period", None))
        self.remove_period_button.setText(QCoreApplication.translate("PersonForm", u"Remove period", None))
        self.care_periods_error.setText("")
        self.returned_home_label.setText(QCoreApplication.translate("PersonForm", u"Living with a parent since", None))
#if QT_CONFIG(accessibility)
        self.returned_home_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Living with a parent since", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.returned_home_edit.setToolTip(QCoreApplication.translate("PersonForm", u"Date they went back to live with a parent or person with parental responsibility, if they did", None))
#endif // QT_CONFIG(tooltip)
        self.returned_home_from_error.setText("")
        self.support_to_25_label.setText(QCoreApplication.translate("PersonForm", u"Support to 25", None))
#if QT_CONFIG(accessibility)
        self.support_to_25_check.setAccessibleName(QCoreApplication.translate("PersonForm", u"Has asked for support to 25", None))
#endif // QT_CONFIG(accessibility)
        self.support_to_25_check.setText(QCoreApplication.translate("PersonForm", u"Has asked for support to 25 (s.23CZB)", None))
        self.education_label.setText(QCoreApplication.translate("PersonForm", u"Education or training", None))
#if QT_CONFIG(accessibility)
        self.education_check.setAccessibleName(QCoreApplication.translate("PersonForm", u"In education or training under the plan", None))
#endif // QT_CONFIG(accessibility)
        self.education_check.setText(QCoreApplication.translate("PersonForm", u"In education or training under the plan", None))
        self.key_people_group.setTitle(QCoreApplication.translate("PersonForm", u"Key people and agencies", None))
#if QT_CONFIG(accessibility)
        self.key_people_table.setAccessibleName(QCoreApplication.translate("PersonForm", u"Key people and agencies", None))
#endif // QT_CONFIG(accessibility)
        self.add_key_person_button.setText(QCoreApplication.translate("PersonForm", u"Add person", None))
        self.remove_key_person_button.setText(QCoreApplication.translate("PersonForm", u"Remove person", None))
        self.key_people_error.setText("")
        self.risk_group.setTitle(QCoreApplication.translate("PersonForm", u"Risks and safety", None))
        self.risks_label.setText(QCoreApplication.translate("PersonForm", u"Risks", None))
#if QT_CONFIG(accessibility)
        self.risks_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Risks", None))
#endif // QT_CONFIG(accessibility)
        self.safety_label.setText(QCoreApplication.translate("PersonForm", u"Safety notes", None))
#if QT_CONFIG(accessibility)
        self.safety_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Safety notes", None))
#endif // QT_CONFIG(accessibility)
        self.edt_alert_label.setText(QCoreApplication.translate("PersonForm", u"Out of hours", None))
#if QT_CONFIG(accessibility)
        self.edt_alert_check.setAccessibleName(QCoreApplication.translate("PersonForm", u"Emergency Duty Team alert", None))
#endif // QT_CONFIG(accessibility)
        self.edt_alert_check.setText(QCoreApplication.translate("PersonForm", u"Emergency Duty Team has an alert for them", None))
    # retranslateUi

