# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_dialog.ui'
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

class Ui_RequestDialog(object):
    def setupUi(self, RequestDialog):
        if not RequestDialog.objectName():
            RequestDialog.setObjectName(u"RequestDialog")
        RequestDialog.setMinimumSize(QSize(600, 0))
        self.main_layout = QVBoxLayout(RequestDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(RequestDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.body_kind_combo_label = QLabel(RequestDialog)
        self.body_kind_combo_label.setObjectName(u"body_kind_combo_label")
        self.body_kind_combo_label.setWordWrap(True)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.body_kind_combo_label)

        self.body_kind_combo = QComboBox(RequestDialog)
        self.body_kind_combo.setObjectName(u"body_kind_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.body_kind_combo)

        self.body_kind_error = QLabel(RequestDialog)
        self.body_kind_error.setObjectName(u"body_kind_error")
        self.body_kind_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.body_kind_error)

        self.body_name_edit_label = QLabel(RequestDialog)
        self.body_name_edit_label.setObjectName(u"body_name_edit_label")
        self.body_name_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.body_name_edit_label)

        self.body_name_edit = QLineEdit(RequestDialog)
        self.body_name_edit.setObjectName(u"body_name_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.body_name_edit)

        self.what_edit_label = QLabel(RequestDialog)
        self.what_edit_label.setObjectName(u"what_edit_label")
        self.what_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.what_edit_label)

        self.what_edit = QLineEdit(RequestDialog)
        self.what_edit.setObjectName(u"what_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.what_edit)

        self.what_error = QLabel(RequestDialog)
        self.what_error.setObjectName(u"what_error")
        self.what_error.setWordWrap(True)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.what_error)

        self.asked_on_edit_label = QLabel(RequestDialog)
        self.asked_on_edit_label.setObjectName(u"asked_on_edit_label")
        self.asked_on_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.asked_on_edit_label)

        self.asked_on_edit = DateEdit(RequestDialog)
        self.asked_on_edit.setObjectName(u"asked_on_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.asked_on_edit)

        self.asked_on_error = QLabel(RequestDialog)
        self.asked_on_error.setObjectName(u"asked_on_error")
        self.asked_on_error.setWordWrap(True)

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.asked_on_error)

        self.chase_by_edit_label = QLabel(RequestDialog)
        self.chase_by_edit_label.setObjectName(u"chase_by_edit_label")
        self.chase_by_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.chase_by_edit_label)

        self.chase_by_edit = DateEdit(RequestDialog)
        self.chase_by_edit.setObjectName(u"chase_by_edit")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.chase_by_edit)

        self.duty_to_refer_check = QCheckBox(RequestDialog)
        self.duty_to_refer_check.setObjectName(u"duty_to_refer_check")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.duty_to_refer_check)

        self.consent_check = QCheckBox(RequestDialog)
        self.consent_check.setObjectName(u"consent_check")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.consent_check)

        self.consent_error = QLabel(RequestDialog)
        self.consent_error.setObjectName(u"consent_error")
        self.consent_error.setWordWrap(True)

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.consent_error)

        self.answered_on_edit_label = QLabel(RequestDialog)
        self.answered_on_edit_label.setObjectName(u"answered_on_edit_label")
        self.answered_on_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.answered_on_edit_label)

        self.answered_on_edit = DateEdit(RequestDialog)
        self.answered_on_edit.setObjectName(u"answered_on_edit")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.answered_on_edit)

        self.answered_on_error = QLabel(RequestDialog)
        self.answered_on_error.setObjectName(u"answered_on_error")
        self.answered_on_error.setWordWrap(True)

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.answered_on_error)

        self.answer_edit_label = QLabel(RequestDialog)
        self.answer_edit_label.setObjectName(u"answer_edit_label")
        self.answer_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.answer_edit_label)

        self.answer_edit = QLineEdit(RequestDialog)
        self.answer_edit.setObjectName(u"answer_edit")

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.answer_edit)

        self.answer_error = QLabel(RequestDialog)
        self.answer_error.setObjectName(u"answer_error")
        self.answer_error.setWordWrap(True)

        self.fields_layout.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.answer_error)

        self.notes_edit_label = QLabel(RequestDialog)
        self.notes_edit_label.setObjectName(u"notes_edit_label")
        self.notes_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.notes_edit_label)

        self.notes_edit = QPlainTextEdit(RequestDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(RequestDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.body_kind_combo_label.setBuddy(self.body_kind_combo)
        self.body_name_edit_label.setBuddy(self.body_name_edit)
        self.what_edit_label.setBuddy(self.what_edit)
        self.asked_on_edit_label.setBuddy(self.asked_on_edit)
        self.chase_by_edit_label.setBuddy(self.chase_by_edit)
        self.answered_on_edit_label.setBuddy(self.answered_on_edit)
        self.answer_edit_label.setBuddy(self.answer_edit)
        self.notes_edit_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequestDialog)

        QMetaObject.connectSlotsByName(RequestDialog)
    # setupUi

    def retranslateUi(self, RequestDialog):
        RequestDialog.setWindowTitle(QCoreApplication.translate("RequestDialog", u"A request to another body", None))
        self.intro_label.setText(QCoreApplication.translate("RequestDialog", u"What was asked of another body on the young person's behalf, and what came back. Leave \u201cChase by\u201d blank for four weeks on. A referral under the duty to refer (Housing Act 1996 s.213B) goes to a housing authority, with their consent.", None))
        self.body_kind_combo_label.setText(QCoreApplication.translate("RequestDialog", u"Asked &of *", None))
#if QT_CONFIG(accessibility)
        self.body_kind_combo.setAccessibleName(QCoreApplication.translate("RequestDialog", u"Asked of", None))
#endif // QT_CONFIG(accessibility)
        self.body_kind_error.setText("")
        self.body_name_edit_label.setText(QCoreApplication.translate("RequestDialog", u"Which o&ffice or service", None))
#if QT_CONFIG(accessibility)
        self.body_name_edit.setAccessibleName(QCoreApplication.translate("RequestDialog", u"Which office or service", None))
#endif // QT_CONFIG(accessibility)
        self.what_edit_label.setText(QCoreApplication.translate("RequestDialog", u"&What was asked *", None))
#if QT_CONFIG(accessibility)
        self.what_edit.setAccessibleName(QCoreApplication.translate("RequestDialog", u"What was asked", None))
#endif // QT_CONFIG(accessibility)
        self.what_error.setText("")
        self.asked_on_edit_label.setText(QCoreApplication.translate("RequestDialog", u"Ask&ed on *", None))
#if QT_CONFIG(accessibility)
        self.asked_on_edit.setAccessibleName(QCoreApplication.translate("RequestDialog", u"Asked on", None))
#endif // QT_CONFIG(accessibility)
        self.asked_on_error.setText("")
        self.chase_by_edit_label.setText(QCoreApplication.translate("RequestDialog", u"&Chase by", None))
#if QT_CONFIG(accessibility)
        self.chase_by_edit.setAccessibleName(QCoreApplication.translate("RequestDialog", u"Chase by", None))
#endif // QT_CONFIG(accessibility)
        self.duty_to_refer_check.setText(QCoreApplication.translate("RequestDialog", u"A referral under the &duty to refer", None))
#if QT_CONFIG(accessibility)
        self.duty_to_refer_check.setAccessibleName(QCoreApplication.translate("RequestDialog", u"A referral under the duty to refer", None))
#endif // QT_CONFIG(accessibility)
        self.consent_check.setText(QCoreApplication.translate("RequestDialog", u"The&y agreed to the referral", None))
#if QT_CONFIG(accessibility)
        self.consent_check.setAccessibleName(QCoreApplication.translate("RequestDialog", u"They agreed to the referral", None))
#endif // QT_CONFIG(accessibility)
        self.consent_error.setText("")
        self.answered_on_edit_label.setText(QCoreApplication.translate("RequestDialog", u"&Answered on", None))
#if QT_CONFIG(accessibility)
        self.answered_on_edit.setAccessibleName(QCoreApplication.translate("RequestDialog", u"Answered on", None))
#endif // QT_CONFIG(accessibility)
        self.answered_on_error.setText("")
        self.answer_edit_label.setText(QCoreApplication.translate("RequestDialog", u"What came &back", None))
#if QT_CONFIG(accessibility)
        self.answer_edit.setAccessibleName(QCoreApplication.translate("RequestDialog", u"What came back", None))
#endif // QT_CONFIG(accessibility)
        self.answer_error.setText("")
        self.notes_edit_label.setText(QCoreApplication.translate("RequestDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("RequestDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

