# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'episode_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_EpisodeDialog(object):
    def setupUi(self, EpisodeDialog):
        if not EpisodeDialog.objectName():
            EpisodeDialog.setObjectName(u"EpisodeDialog")
        EpisodeDialog.setMinimumSize(QSize(620, 0))
        self.main_layout = QVBoxLayout(EpisodeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(EpisodeDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.type_label = QLabel(EpisodeDialog)
        self.type_label.setObjectName(u"type_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.type_label)

        self.type_combo = QComboBox(EpisodeDialog)
        self.type_combo.setObjectName(u"type_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.type_combo)

        self.accom_type_error = QLabel(EpisodeDialog)
        self.accom_type_error.setObjectName(u"accom_type_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.accom_type_error)

        self.address_label = QLabel(EpisodeDialog)
        self.address_label.setObjectName(u"address_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QPlainTextEdit(EpisodeDialog)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.provider_label = QLabel(EpisodeDialog)
        self.provider_label.setObjectName(u"provider_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.provider_label)

        self.provider_edit = QLineEdit(EpisodeDialog)
        self.provider_edit.setObjectName(u"provider_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.provider_edit)

        self.start_label = QLabel(EpisodeDialog)
        self.start_label.setObjectName(u"start_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_edit = DateEdit(EpisodeDialog)
        self.start_edit.setObjectName(u"start_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.start_error = QLabel(EpisodeDialog)
        self.start_error.setObjectName(u"start_error")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.start_error)

        self.end_label = QLabel(EpisodeDialog)
        self.end_label.setObjectName(u"end_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_edit = DateEdit(EpisodeDialog)
        self.end_edit.setObjectName(u"end_edit")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.end_edit)

        self.end_error = QLabel(EpisodeDialog)
        self.end_error.setObjectName(u"end_error")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.end_error)

        self.la_label = QLabel(EpisodeDialog)
        self.la_label.setObjectName(u"la_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.la_label)

        self.la_check = QCheckBox(EpisodeDialog)
        self.la_check.setObjectName(u"la_check")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.la_check)

        self.emergency_label = QLabel(EpisodeDialog)
        self.emergency_label.setObjectName(u"emergency_label")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.emergency_label)

        self.emergency_check = QCheckBox(EpisodeDialog)
        self.emergency_check.setObjectName(u"emergency_check")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emergency_check)

        self.out_of_area_label = QLabel(EpisodeDialog)
        self.out_of_area_label.setObjectName(u"out_of_area_label")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.out_of_area_label)

        self.area_layout = QHBoxLayout()
        self.area_layout.setObjectName(u"area_layout")
        self.out_of_area_check = QCheckBox(EpisodeDialog)
        self.out_of_area_check.setObjectName(u"out_of_area_check")

        self.area_layout.addWidget(self.out_of_area_check)

        self.area_edit = QLineEdit(EpisodeDialog)
        self.area_edit.setObjectName(u"area_edit")

        self.area_layout.addWidget(self.area_edit)


        self.fields_layout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.area_layout)

        self.area_error = QLabel(EpisodeDialog)
        self.area_error.setObjectName(u"area_error")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.area_error)

        self.notes_label = QLabel(EpisodeDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(EpisodeDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(EpisodeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.type_label.setBuddy(self.type_combo)
        self.address_label.setBuddy(self.address_edit)
        self.provider_label.setBuddy(self.provider_edit)
        self.start_label.setBuddy(self.start_edit)
        self.end_label.setBuddy(self.end_edit)
        self.la_label.setBuddy(self.la_check)
        self.emergency_label.setBuddy(self.emergency_check)
        self.out_of_area_label.setBuddy(self.out_of_area_check)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EpisodeDialog)

        QMetaObject.connectSlotsByName(EpisodeDialog)
    # setupUi

    def retranslateUi(self, EpisodeDialog):
        EpisodeDialog.setWindowTitle(QCoreApplication.translate("EpisodeDialog", u"Where they live", None))
        self.intro_label.setText("")
        self.type_label.setText(QCoreApplication.translate("EpisodeDialog", u"&Type *", None))
#if QT_CONFIG(accessibility)
        self.type_combo.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"Type of accommodation", None))
#endif // QT_CONFIG(accessibility)
        self.accom_type_error.setText("")
        self.address_label.setText(QCoreApplication.translate("EpisodeDialog", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.provider_label.setText(QCoreApplication.translate("EpisodeDialog", u"&Provider or landlord", None))
#if QT_CONFIG(accessibility)
        self.provider_edit.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"Provider or landlord", None))
#endif // QT_CONFIG(accessibility)
        self.start_label.setText(QCoreApplication.translate("EpisodeDialog", u"Moved &in *", None))
#if QT_CONFIG(accessibility)
        self.start_edit.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"Moved in", None))
#endif // QT_CONFIG(accessibility)
        self.start_error.setText("")
        self.end_label.setText(QCoreApplication.translate("EpisodeDialog", u"Moved &out", None))
#if QT_CONFIG(accessibility)
        self.end_edit.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"Moved out", None))
#endif // QT_CONFIG(accessibility)
        self.end_error.setText("")
        self.la_label.setText(QCoreApplication.translate("EpisodeDialog", u"&LA-provided", None))
        self.la_check.setText(QCoreApplication.translate("EpisodeDialog", u"The local authority provides this accommodation (statutory visits apply)", None))
#if QT_CONFIG(accessibility)
        self.la_check.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"The local authority provides this accommodation (statutory visits apply)", None))
#endif // QT_CONFIG(accessibility)
        self.emergency_label.setText(QCoreApplication.translate("EpisodeDialog", u"&Emergency", None))
        self.emergency_check.setText(QCoreApplication.translate("EpisodeDialog", u"Emergency use (night shelter, bed and breakfast)", None))
#if QT_CONFIG(accessibility)
        self.emergency_check.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"Emergency use (night shelter, bed and breakfast)", None))
#endif // QT_CONFIG(accessibility)
        self.out_of_area_label.setText(QCoreApplication.translate("EpisodeDialog", u"Out of a&rea", None))
        self.out_of_area_check.setText(QCoreApplication.translate("EpisodeDialog", u"Out of area", None))
#if QT_CONFIG(accessibility)
        self.out_of_area_check.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"Out of area", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.area_edit.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"Which area", None))
#endif // QT_CONFIG(accessibility)
        self.area_error.setText("")
        self.notes_label.setText(QCoreApplication.translate("EpisodeDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

