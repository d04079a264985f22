# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assessment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_AssessmentDialog(object):
    def setupUi(self, AssessmentDialog):
        if not AssessmentDialog.objectName():
            AssessmentDialog.setObjectName(u"AssessmentDialog")
        AssessmentDialog.setMinimumSize(QSize(680, 0))
        self.main_layout = QVBoxLayout(AssessmentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AssessmentDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.episode_label = QLabel(AssessmentDialog)
        self.episode_label.setObjectName(u"episode_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.episode_label)

        self.episode_value = QLabel(AssessmentDialog)
        self.episode_value.setObjectName(u"episode_value")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.episode_value)

        self.episode_error = QLabel(AssessmentDialog)
        self.episode_error.setObjectName(u"episode_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.episode_error)

        self.assessed_on_label = QLabel(AssessmentDialog)
        self.assessed_on_label.setObjectName(u"assessed_on_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.assessed_on_label)

        self.assessed_on_edit = DateEdit(AssessmentDialog)
        self.assessed_on_edit.setObjectName(u"assessed_on_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.assessed_on_edit)

        self.assessed_on_error = QLabel(AssessmentDialog)
        self.assessed_on_error.setObjectName(u"assessed_on_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.assessed_on_error)

        self.answer_label = QLabel(AssessmentDialog)
        self.answer_label.setObjectName(u"answer_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.answer_label)

        self.answer_facilities = QLineEdit(AssessmentDialog)
        self.answer_facilities.setObjectName(u"answer_facilities")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.answer_facilities)

        self.answer_label1 = QLabel(AssessmentDialog)
        self.answer_label1.setObjectName(u"answer_label1")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.answer_label1)

        self.answer_repair = QLineEdit(AssessmentDialog)
        self.answer_repair.setObjectName(u"answer_repair")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.answer_repair)

        self.answer_label2 = QLabel(AssessmentDialog)
        self.answer_label2.setObjectName(u"answer_label2")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.answer_label2)

        self.answer_safety = QLineEdit(AssessmentDialog)
        self.answer_safety.setObjectName(u"answer_safety")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.answer_safety)

        self.answer_label3 = QLabel(AssessmentDialog)
        self.answer_label3.setObjectName(u"answer_label3")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.answer_label3)

        self.answer_location = QLineEdit(AssessmentDialog)
        self.answer_location.setObjectName(u"answer_location")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.answer_location)

        self.answer_label4 = QLabel(AssessmentDialog)
        self.answer_label4.setObjectName(u"answer_label4")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.answer_label4)

        self.answer_support = QLineEdit(AssessmentDialog)
        self.answer_support.setObjectName(u"answer_support")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.answer_support)

        self.answer_label5 = QLabel(AssessmentDialog)
        self.answer_label5.setObjectName(u"answer_label5")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.answer_label5)

        self.answer_tenancy = QLineEdit(AssessmentDialog)
        self.answer_tenancy.setObjectName(u"answer_tenancy")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.answer_tenancy)

        self.answer_label6 = QLabel(AssessmentDialog)
        self.answer_label6.setObjectName(u"answer_label6")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.answer_label6)

        self.answer_finance = QLineEdit(AssessmentDialog)
        self.answer_finance.setObjectName(u"answer_finance")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.answer_finance)

        self.answer_label7 = QLabel(AssessmentDialog)
        self.answer_label7.setObjectName(u"answer_label7")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.answer_label7)

        self.answer_views = QLineEdit(AssessmentDialog)
        self.answer_views.setObjectName(u"answer_views")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.answer_views)

        self.answer_label8 = QLabel(AssessmentDialog)
        self.answer_label8.setObjectName(u"answer_label8")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.answer_label8)

        self.answer_rights = QLineEdit(AssessmentDialog)
        self.answer_rights.setObjectName(u"answer_rights")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.answer_rights)

        self.answer_label9 = QLabel(AssessmentDialog)
        self.answer_label9.setObjectName(u"answer_label9")

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.answer_label9)

        self.answer_funding = QLineEdit(AssessmentDialog)
        self.answer_funding.setObjectName(u"answer_funding")

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.answer_funding)

        self.answers_error = QLabel(AssessmentDialog)
        self.answers_error.setObjectName(u"answers_error")

        self.fields_layout.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.answers_error)

        self.views_label = QLabel(AssessmentDialog)
        self.views_label.setObjectName(u"views_label")

        self.fields_layout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.views_label)

        self.views_edit = QPlainTextEdit(AssessmentDialog)
        self.views_edit.setObjectName(u"views_edit")
        self.views_edit.setTabChangesFocus(True)
        self.views_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.views_edit)

        self.suitable_label = QLabel(AssessmentDialog)
        self.suitable_label.setObjectName(u"suitable_label")

        self.fields_layout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.suitable_label)

        self.overall_layout = QHBoxLayout()
        self.overall_layout.setObjectName(u"overall_layout")
        self.suitable_radio = QRadioButton(AssessmentDialog)
        self.suitable_radio.setObjectName(u"suitable_radio")

        self.overall_layout.addWidget(self.suitable_radio)

        self.unsuitable_radio = QRadioButton(AssessmentDialog)
        self.unsuitable_radio.setObjectName(u"unsuitable_radio")

        self.overall_layout.addWidget(self.unsuitable_radio)

        self.ov_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overall_layout.addItem(self.ov_spacer)


        self.fields_layout.setLayout(16, QFormLayout.ItemRole.FieldRole, self.overall_layout)

        self.overall_error = QLabel(AssessmentDialog)
        self.overall_error.setObjectName(u"overall_error")

        self.fields_layout.setWidget(17, QFormLayout.ItemRole.SpanningRole, self.overall_error)

        self.reason_label = QLabel(AssessmentDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(AssessmentDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.fields_layout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(AssessmentDialog)
        self.reason_error.setObjectName(u"reason_error")

        self.fields_layout.setWidget(19, QFormLayout.ItemRole.SpanningRole, self.reason_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(AssessmentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.episode_label.setBuddy(self.episode_value)
        self.assessed_on_label.setBuddy(self.assessed_on_edit)
        self.answer_label.setBuddy(self.answer_facilities)
        self.answer_label1.setBuddy(self.answer_repair)
        self.answer_label2.setBuddy(self.answer_safety)
        self.answer_label3.setBuddy(self.answer_location)
        self.answer_label4.setBuddy(self.answer_support)
        self.answer_label5.setBuddy(self.answer_tenancy)
        self.answer_label6.setBuddy(self.answer_finance)
        self.answer_label7.setBuddy(self.answer_views)
        self.answer_label8.setBuddy(self.answer_rights)
        self.answer_label9.setBuddy(self.answer_funding)
        self.views_label.setBuddy(self.views_edit)
        self.suitable_label.setBuddy(self.suitable_radio)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssessmentDialog)

        QMetaObject.connectSlotsByName(AssessmentDialog)
    # setupUi

    def retranslateUi(self, AssessmentDialog):
        AssessmentDialog.setWindowTitle(QCoreApplication.translate("AssessmentDialog", u"Judge suitability", None))
        self.intro_label.setText(QCoreApplication.translate("AssessmentDialog", u"Suitable means safe, secure and affordable (CLR 2010 reg 9, Schedule 2). To judge it suitable, answer every matter.", None))
        self.episode_label.setText(QCoreApplication.translate("AssessmentDialog", u"&Accommodation", None))
        self.episode_value.setText("")
        self.episode_error.setText("")
        self.assessed_on_label.setText(QCoreApplication.translate("AssessmentDialog", u"Assessed &on *", None))
#if QT_CONFIG(accessibility)
        self.assessed_on_edit.setAccessibleName(QCoreApplication.translate("AssessmentDialog", u"Assessed on", None))
#endif // QT_CONFIG(accessibility)
        self.assessed_on_error.setText("")
        self.answer_label.setText(QCoreApplication.translate("AssessmentDialog", u"Facilities and services", None))
#if QT_CONFIG(accessibility)
        self.answer_facilities.setAccessibleName(QCoreApplication.translate("AssessmentDialog", u"Facilities and services", None))
#endif // QT_CONFIG(accessibility)
        self.answer_facilities.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"A short note", None))
        self.answer_label1.setText(QCoreApplication.translate("AssessmentDialog", u"State of repair", None))
#if QT_CONFIG(accessibility)
        self.answer_repair.setAccessibleName(QCoreApplication.translate("AssessmentDialog", u"State of repair", None))
#endif // QT_CONFIG(accessibility)
        self.answer_repair.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"A short note", None))
        self.answer_label2.setText(QCoreApplication.translate("AssessmentDialog", u"Safety", None))
#if QT_CONFIG(accessibility)
        self.answer_safety.setAccessibleName(QCoreApplication.translate("AssessmentDialog", u"Safety", None))
#endif // QT_CONFIG(accessibility)
        self.answer_safety.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"A short note", None))
        self.answer_label3.setText(QCoreApplication.translate("AssessmentDialog", u"Location", None))
#if QT_CONFIG(accessibility)
        self.answer_location.setAccessibleName(QCoreApplication.translate("AssessmentDialog", u"Location", None))
#endif // QT_CONFIG(accessibility)
        self.answer_location.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"A short note", None))
        self.answer_label4.setText(QCoreApplication.translate("AssessmentDialog", u"Support", None))
#if QT_CONFIG(accessibility)
        self.answer_support.setAccessibleName(QCoreApplication.translate("AssessmentDialog", u"Support", None))
#endif // QT_CONFIG(accessibility)
        self.answer_support.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"A short note", None))
        self.answer_label5.setText(QCoreApplication.translate("AssessmentDialog", u"Tenancy status", None))
#if QT_CONFIG(accessibility)
        self.answer_tenancy.setAccessibleName(QCoreApplication.translate("AssessmentDialog", u"Tenancy status", None))
#endif // QT_CONFIG(accessibility)
        self.answer_tenancy.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"A short note", None))
        self.answer_label6.setText(QCoreApplication.translate("AssessmentDialog", u"Financial commitments and affordability", None))
#if QT_CONFIG(accessibility)
        self.answer_finance.setAccessibleName(QCoreApplication.translate("AssessmentDialog", u"Financial commitments and affordability", None))
#endif // QT_CONFIG(accessibility)
        self.answer_finance.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"A short note", None))
        self.answer_label7.setText(QCoreApplication.translate("AssessmentDialog", u"The young person's views", None))
#if QT_CONFIG(accessibility)
        self.answer_views.setAccessibleName(QCoreApplication.translate("AssessmentDialog", u"The young person's views", None))
#endif // QT_CONFIG(accessibility)
        self.answer_views.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"A short note", None))
        self.answer_label8.setText(QCoreApplication.translate("AssessmentDialog", u"Understanding of rights and responsibilities (unconfirmed)", None))
#if QT_CONFIG(accessibility)
        self.answer_rights.setAccessibleName(QCoreApplication.translate("AssessmentDialog", u"Understanding of rights and responsibilities (unconfirmed)", None))
#endif // QT_CONFIG(accessibility)
        self.answer_rights.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"A short note", None))
        self.answer_label9.setText(QCoreApplication.translate("AssessmentDialog", u"Understanding of the funding arrangements (unconfirmed)", None))
#if QT_CONFIG(accessibility)
        self.answer_funding.setAccessibleName(QCoreApplication.translate("AssessmentDialog", u"Understanding of the funding arrangements (unconfirmed)", None))
#endif // QT_CONFIG(accessibility)
        self.answer_funding.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"A short note", None))
        self.answers_error.setText("")
        self.views_label.setText(QCoreApplication.translate("AssessmentDialog", u"Their &views", None))
#if QT_CONFIG(accessibility)
        self.views_edit.setAccessibleName(QCoreApplication.translate("AssessmentDialog", u"The young person's views", None))
#endif // QT_CONFIG(accessibility)
        self.views_edit.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"In their own words", None))
        self.suitable_label.setText(QCoreApplication.translate("AssessmentDialog", u"Overa&ll *", None))
        self.suitable_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Suitable", None))
        self.unsuitable_radio.setText(QCoreApplication.translate("AssessmentDialog", u"Unsuitable", None))
        self.overall_error.setText("")
        self.reason_label.setText(QCoreApplication.translate("AssessmentDialog", u"&Reason *", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("AssessmentDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("AssessmentDialog", u"Why, in a sentence", None))
        self.reason_error.setText("")
    # retranslateUi

