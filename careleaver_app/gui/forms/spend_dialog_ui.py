# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'spend_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_SpendDialog(object):
    def setupUi(self, SpendDialog):
        if not SpendDialog.objectName():
            SpendDialog.setObjectName(u"SpendDialog")
        SpendDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(SpendDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.allowance_label = QLabel(SpendDialog)
        self.allowance_label.setObjectName(u"allowance_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.allowance_label)

        self.allowance_value = QLabel(SpendDialog)
        self.allowance_value.setObjectName(u"allowance_value")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.allowance_value)

        self.on_label = QLabel(SpendDialog)
        self.on_label.setObjectName(u"on_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on_edit = DateEdit(SpendDialog)
        self.on_edit.setObjectName(u"on_edit")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.on_edit)

        self.on_error = QLabel(SpendDialog)
        self.on_error.setObjectName(u"on_error")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.on_error)

        self.amount_label = QLabel(SpendDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_edit = QLineEdit(SpendDialog)
        self.amount_edit.setObjectName(u"amount_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amount_edit)

        self.amount_error = QLabel(SpendDialog)
        self.amount_error.setObjectName(u"amount_error")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.amount_error)

        self.what_label = QLabel(SpendDialog)
        self.what_label.setObjectName(u"what_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.what_label)

        self.what_edit = QLineEdit(SpendDialog)
        self.what_edit.setObjectName(u"what_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.what_edit)

        self.what_error = QLabel(SpendDialog)
        self.what_error.setObjectName(u"what_error")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.what_error)

        self.manager_note_label = QLabel(SpendDialog)
        self.manager_note_label.setObjectName(u"manager_note_label")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.manager_note_label)

        self.manager_note_edit = QPlainTextEdit(SpendDialog)
        self.manager_note_edit.setObjectName(u"manager_note_edit")
        self.manager_note_edit.setTabChangesFocus(True)
        self.manager_note_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.manager_note_edit)

        self.manager_note_error = QLabel(SpendDialog)
        self.manager_note_error.setObjectName(u"manager_note_error")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.manager_note_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(SpendDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.allowance_label.setBuddy(self.allowance_value)
        self.on_label.setBuddy(self.on_edit)
        self.amount_label.setBuddy(self.amount_edit)
        self.what_label.setBuddy(self.what_edit)
        self.manager_note_label.setBuddy(self.manager_note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SpendDialog)

        QMetaObject.connectSlotsByName(SpendDialog)
    # setupUi

    def retranslateUi(self, SpendDialog):
        SpendDialog.setWindowTitle(QCoreApplication.translate("SpendDialog", u"Spend from the setting-up-home allowance", None))
        self.allowance_label.setText(QCoreApplication.translate("SpendDialog", u"Allowance", None))
        self.allowance_value.setText("")
        self.on_label.setText(QCoreApplication.translate("SpendDialog", u"&Date *", None))
#if QT_CONFIG(accessibility)
        self.on_edit.setAccessibleName(QCoreApplication.translate("SpendDialog", u"Date of the spend", None))
#endif // QT_CONFIG(accessibility)
        self.on_error.setText("")
        self.amount_label.setText(QCoreApplication.translate("SpendDialog", u"&Amount *", None))
#if QT_CONFIG(accessibility)
        self.amount_edit.setAccessibleName(QCoreApplication.translate("SpendDialog", u"Amount", None))
#endif // QT_CONFIG(accessibility)
        self.amount_edit.setPlaceholderText(QCoreApplication.translate("SpendDialog", u"\u00a3", None))
        self.amount_error.setText("")
        self.what_label.setText(QCoreApplication.translate("SpendDialog", u"&What for *", None))
#if QT_CONFIG(accessibility)
        self.what_edit.setAccessibleName(QCoreApplication.translate("SpendDialog", u"What it was for", None))
#endif // QT_CONFIG(accessibility)
        self.what_error.setText("")
        self.manager_note_label.setText(QCoreApplication.translate("SpendDialog", u"&Manager's note", None))
#if QT_CONFIG(accessibility)
        self.manager_note_edit.setAccessibleName(QCoreApplication.translate("SpendDialog", u"Manager's note", None))
#endif // QT_CONFIG(accessibility)
        self.manager_note_edit.setPlaceholderText(QCoreApplication.translate("SpendDialog", u"Needed if this takes spending over the allowance", None))
        self.manager_note_error.setText("")
    # retranslateUi

