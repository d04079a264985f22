# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'housing_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_HousingDialog(object):
    def setupUi(self, HousingDialog):
        if not HousingDialog.objectName():
            HousingDialog.setObjectName(u"HousingDialog")
        HousingDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(HousingDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(HousingDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.district_label = QLabel(HousingDialog)
        self.district_label.setObjectName(u"district_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.district_label)

        self.district_combo = QComboBox(HousingDialog)
        self.district_combo.setObjectName(u"district_combo")
        self.district_combo.setEditable(True)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.district_combo)

        self.district_error = QLabel(HousingDialog)
        self.district_error.setObjectName(u"district_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.district_error)

        self.applied_on_label = QLabel(HousingDialog)
        self.applied_on_label.setObjectName(u"applied_on_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.applied_on_label)

        self.applied_on_edit = DateEdit(HousingDialog)
        self.applied_on_edit.setObjectName(u"applied_on_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.applied_on_edit)

        self.applied_on_error = QLabel(HousingDialog)
        self.applied_on_error.setObjectName(u"applied_on_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.applied_on_error)

        self.band_label = QLabel(HousingDialog)
        self.band_label.setObjectName(u"band_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.band_label)

        self.band_edit = QLineEdit(HousingDialog)
        self.band_edit.setObjectName(u"band_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.band_edit)

        self.reference_label = QLabel(HousingDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference_edit = QLineEdit(HousingDialog)
        self.reference_edit.setObjectName(u"reference_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reference_edit)

        self.outcome_label = QLabel(HousingDialog)
        self.outcome_label.setObjectName(u"outcome_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_combo = QComboBox(HousingDialog)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.outcome_combo)

        self.outcome_error = QLabel(HousingDialog)
        self.outcome_error.setObjectName(u"outcome_error")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.outcome_error)

        self.outcome_on_label = QLabel(HousingDialog)
        self.outcome_on_label.setObjectName(u"outcome_on_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.outcome_on_label)

        self.outcome_on_edit = DateEdit(HousingDialog)
        self.outcome_on_edit.setObjectName(u"outcome_on_edit")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.outcome_on_edit)

        self.outcome_on_error = QLabel(HousingDialog)
        self.outcome_on_error.setObjectName(u"outcome_on_error")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.outcome_on_error)

        self.notes_label = QLabel(HousingDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(HousingDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(HousingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.district_label.setBuddy(self.district_combo)
        self.applied_on_label.setBuddy(self.applied_on_edit)
        self.band_label.setBuddy(self.band_edit)
        self.reference_label.setBuddy(self.reference_edit)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.outcome_on_label.setBuddy(self.outcome_on_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HousingDialog)

        QMetaObject.connectSlotsByName(HousingDialog)
    # setupUi

    def retranslateUi(self, HousingDialog):
        HousingDialog.setWindowTitle(QCoreApplication.translate("HousingDialog", u"Housing register application", None))
        self.intro_label.setText(QCoreApplication.translate("HousingDialog", u"Banding schemes differ between district and borough councils; record the band as the council gives it.", None))
        self.district_label.setText(QCoreApplication.translate("HousingDialog", u"&District or borough *", None))
#if QT_CONFIG(accessibility)
        self.district_combo.setAccessibleName(QCoreApplication.translate("HousingDialog", u"District or borough council", None))
#endif // QT_CONFIG(accessibility)
        self.district_error.setText("")
        self.applied_on_label.setText(QCoreApplication.translate("HousingDialog", u"A&pplied on *", None))
#if QT_CONFIG(accessibility)
        self.applied_on_edit.setAccessibleName(QCoreApplication.translate("HousingDialog", u"Applied on", None))
#endif // QT_CONFIG(accessibility)
        self.applied_on_error.setText("")
        self.band_label.setText(QCoreApplication.translate("HousingDialog", u"&Band", None))
#if QT_CONFIG(accessibility)
        self.band_edit.setAccessibleName(QCoreApplication.translate("HousingDialog", u"Band", None))
#endif // QT_CONFIG(accessibility)
        self.band_edit.setPlaceholderText(QCoreApplication.translate("HousingDialog", u"e.g. Band B; Gold", None))
        self.reference_label.setText(QCoreApplication.translate("HousingDialog", u"&Reference", None))
#if QT_CONFIG(accessibility)
        self.reference_edit.setAccessibleName(QCoreApplication.translate("HousingDialog", u"Reference", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_label.setText(QCoreApplication.translate("HousingDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcome_combo.setAccessibleName(QCoreApplication.translate("HousingDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_error.setText("")
        self.outcome_on_label.setText(QCoreApplication.translate("HousingDialog", u"Outcome da&te", None))
#if QT_CONFIG(accessibility)
        self.outcome_on_edit.setAccessibleName(QCoreApplication.translate("HousingDialog", u"Outcome date", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_on_error.setText("")
        self.notes_label.setText(QCoreApplication.translate("HousingDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("HousingDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

