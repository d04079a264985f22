# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'eet_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_EetDialog(object):
    def setupUi(self, EetDialog):
        if not EetDialog.objectName():
            EetDialog.setObjectName(u"EetDialog")
        EetDialog.setMinimumSize(QSize(600, 0))
        self.main_layout = QVBoxLayout(EetDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(EetDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.activ_label = QLabel(EetDialog)
        self.activ_label.setObjectName(u"activ_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.activ_label)

        self.activ_combo = QComboBox(EetDialog)
        self.activ_combo.setObjectName(u"activ_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.activ_combo)

        self.activ_error = QLabel(EetDialog)
        self.activ_error.setObjectName(u"activ_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.activ_error)

        self.provider_label = QLabel(EetDialog)
        self.provider_label.setObjectName(u"provider_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.provider_label)

        self.provider_edit = QLineEdit(EetDialog)
        self.provider_edit.setObjectName(u"provider_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.provider_edit)

        self.provider_error = QLabel(EetDialog)
        self.provider_error.setObjectName(u"provider_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.provider_error)

        self.course_label = QLabel(EetDialog)
        self.course_label.setObjectName(u"course_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.course_label)

        self.course_edit = QLineEdit(EetDialog)
        self.course_edit.setObjectName(u"course_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.course_edit)

        self.start_label = QLabel(EetDialog)
        self.start_label.setObjectName(u"start_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_edit = DateEdit(EetDialog)
        self.start_edit.setObjectName(u"start_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.start_error = QLabel(EetDialog)
        self.start_error.setObjectName(u"start_error")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.start_error)

        self.end_label = QLabel(EetDialog)
        self.end_label.setObjectName(u"end_label")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_edit = DateEdit(EetDialog)
        self.end_edit.setObjectName(u"end_edit")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.end_edit)

        self.end_error = QLabel(EetDialog)
        self.end_error.setObjectName(u"end_error")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.end_error)

        self.hours_label = QLabel(EetDialog)
        self.hours_label.setObjectName(u"hours_label")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.hours_label)

        self.hours_spin = QSpinBox(EetDialog)
        self.hours_spin.setObjectName(u"hours_spin")
        self.hours_spin.setMinimum(0)
        self.hours_spin.setMaximum(60)

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.hours_spin)

        self.hours_per_week_error = QLabel(EetDialog)
        self.hours_per_week_error.setObjectName(u"hours_per_week_error")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.hours_per_week_error)

        self.bursary_label = QLabel(EetDialog)
        self.bursary_label.setObjectName(u"bursary_label")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.bursary_label)

        self.bursary_check = QCheckBox(EetDialog)
        self.bursary_check.setObjectName(u"bursary_check")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.bursary_check)

        self.he_bursary_error = QLabel(EetDialog)
        self.he_bursary_error.setObjectName(u"he_bursary_error")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.he_bursary_error)

        self.notes_label = QLabel(EetDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(EetDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(EetDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.activ_label.setBuddy(self.activ_combo)
        self.provider_label.setBuddy(self.provider_edit)
        self.course_label.setBuddy(self.course_edit)
        self.start_label.setBuddy(self.start_edit)
        self.end_label.setBuddy(self.end_edit)
        self.hours_label.setBuddy(self.hours_spin)
        self.bursary_label.setBuddy(self.bursary_check)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EetDialog)

        QMetaObject.connectSlotsByName(EetDialog)
    # setupUi

    def retranslateUi(self, EetDialog):
        EetDialog.setWindowTitle(QCoreApplication.translate("EetDialog", u"Education, employment or training", None))
        self.intro_label.setText("")
        self.activ_label.setText(QCoreApplication.translate("EetDialog", u"&Activity *", None))
#if QT_CONFIG(accessibility)
        self.activ_combo.setAccessibleName(QCoreApplication.translate("EetDialog", u"Activity (903 code)", None))
#endif // QT_CONFIG(accessibility)
        self.activ_error.setText("")
        self.provider_label.setText(QCoreApplication.translate("EetDialog", u"&Provider or employer", None))
#if QT_CONFIG(accessibility)
        self.provider_edit.setAccessibleName(QCoreApplication.translate("EetDialog", u"Provider or employer", None))
#endif // QT_CONFIG(accessibility)
        self.provider_error.setText("")
        self.course_label.setText(QCoreApplication.translate("EetDialog", u"&Course or job", None))
#if QT_CONFIG(accessibility)
        self.course_edit.setAccessibleName(QCoreApplication.translate("EetDialog", u"Course or job", None))
#endif // QT_CONFIG(accessibility)
        self.start_label.setText(QCoreApplication.translate("EetDialog", u"&From *", None))
#if QT_CONFIG(accessibility)
        self.start_edit.setAccessibleName(QCoreApplication.translate("EetDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.start_error.setText("")
        self.end_label.setText(QCoreApplication.translate("EetDialog", u"&Until", None))
#if QT_CONFIG(accessibility)
        self.end_edit.setAccessibleName(QCoreApplication.translate("EetDialog", u"Until", None))
#endif // QT_CONFIG(accessibility)
        self.end_error.setText("")
        self.hours_label.setText(QCoreApplication.translate("EetDialog", u"&Hours a week", None))
#if QT_CONFIG(accessibility)
        self.hours_spin.setAccessibleName(QCoreApplication.translate("EetDialog", u"Hours a week", None))
#endif // QT_CONFIG(accessibility)
        self.hours_spin.setSuffix(QCoreApplication.translate("EetDialog", u" hours", None))
        self.hours_spin.setSpecialValueText(QCoreApplication.translate("EetDialog", u"Not recorded", None))
        self.hours_per_week_error.setText("")
        self.bursary_label.setText(QCoreApplication.translate("EetDialog", u"HE &bursary", None))
        self.bursary_check.setText(QCoreApplication.translate("EetDialog", u"Receives the higher education bursary", None))
#if QT_CONFIG(accessibility)
        self.bursary_check.setAccessibleName(QCoreApplication.translate("EetDialog", u"Receives the higher education bursary", None))
#endif // QT_CONFIG(accessibility)
        self.he_bursary_error.setText("")
        self.notes_label.setText(QCoreApplication.translate("EetDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("EetDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("EetDialog", u"e.g. the reason for being NEET", None))
    # retranslateUi

