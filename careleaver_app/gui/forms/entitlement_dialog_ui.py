# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entitlement_dialog.ui'
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

class Ui_EntitlementDialog(object):
    def setupUi(self, EntitlementDialog):
        if not EntitlementDialog.objectName():
            EntitlementDialog.setObjectName(u"EntitlementDialog")
        EntitlementDialog.setMinimumSize(QSize(500, 0))
        self.main_layout = QVBoxLayout(EntitlementDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.name_label = QLabel(EntitlementDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_value = QLabel(EntitlementDialog)
        self.name_value.setObjectName(u"name_value")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_value)

        self.status_label = QLabel(EntitlementDialog)
        self.status_label.setObjectName(u"status_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(EntitlementDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.status_error = QLabel(EntitlementDialog)
        self.status_error.setObjectName(u"status_error")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.status_error)

        self.status_on_label = QLabel(EntitlementDialog)
        self.status_on_label.setObjectName(u"status_on_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.status_on_label)

        self.status_on_edit = DateEdit(EntitlementDialog)
        self.status_on_edit.setObjectName(u"status_on_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status_on_edit)

        self.status_on_error = QLabel(EntitlementDialog)
        self.status_on_error.setObjectName(u"status_on_error")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.status_on_error)

        self.amount_label = QLabel(EntitlementDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_edit = QLineEdit(EntitlementDialog)
        self.amount_edit.setObjectName(u"amount_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.amount_edit)

        self.amount_error = QLabel(EntitlementDialog)
        self.amount_error.setObjectName(u"amount_error")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.amount_error)

        self.notes_label = QLabel(EntitlementDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(EntitlementDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(EntitlementDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_value)
        self.status_label.setBuddy(self.status_combo)
        self.status_on_label.setBuddy(self.status_on_edit)
        self.amount_label.setBuddy(self.amount_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EntitlementDialog)

        QMetaObject.connectSlotsByName(EntitlementDialog)
    # setupUi

    def retranslateUi(self, EntitlementDialog):
        EntitlementDialog.setWindowTitle(QCoreApplication.translate("EntitlementDialog", u"Entitlement", None))
        self.name_label.setText(QCoreApplication.translate("EntitlementDialog", u"Entitlement", None))
        self.name_value.setText("")
        self.status_label.setText(QCoreApplication.translate("EntitlementDialog", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("EntitlementDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.status_error.setText("")
        self.status_on_label.setText(QCoreApplication.translate("EntitlementDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.status_on_edit.setAccessibleName(QCoreApplication.translate("EntitlementDialog", u"Date of the status", None))
#endif // QT_CONFIG(accessibility)
        self.status_on_error.setText("")
        self.amount_label.setText(QCoreApplication.translate("EntitlementDialog", u"&Amount awarded", None))
#if QT_CONFIG(accessibility)
        self.amount_edit.setAccessibleName(QCoreApplication.translate("EntitlementDialog", u"Amount awarded", None))
#endif // QT_CONFIG(accessibility)
        self.amount_edit.setPlaceholderText(QCoreApplication.translate("EntitlementDialog", u"\u00a3", None))
        self.amount_error.setText("")
        self.notes_label.setText(QCoreApplication.translate("EntitlementDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("EntitlementDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

