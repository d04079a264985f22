# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_CheckDialog(object):
    def setupUi(self, CheckDialog):
        if not CheckDialog.objectName():
            CheckDialog.setObjectName(u"CheckDialog")
        CheckDialog.setMinimumSize(QSize(480, 0))
        self.main_layout = QVBoxLayout(CheckDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.contingency_label = QLabel(CheckDialog)
        self.contingency_label.setObjectName(u"contingency_label")
        self.contingency_label.setWordWrap(True)

        self.main_layout.addWidget(self.contingency_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.checked_on_label = QLabel(CheckDialog)
        self.checked_on_label.setObjectName(u"checked_on_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.checked_on_label)

        self.checked_on_edit = DateEdit(CheckDialog)
        self.checked_on_edit.setObjectName(u"checked_on_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.checked_on_edit)

        self.checked_on_error = QLabel(CheckDialog)
        self.checked_on_error.setObjectName(u"checked_on_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.checked_on_error)

        self.note_label = QLabel(CheckDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(CheckDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumSize(QSize(16777215, 80))

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.next_check_by_label = QLabel(CheckDialog)
        self.next_check_by_label.setObjectName(u"next_check_by_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.next_check_by_label)

        self.next_check_by_edit = DateEdit(CheckDialog)
        self.next_check_by_edit.setObjectName(u"next_check_by_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.next_check_by_edit)

        self.next_check_by_error = QLabel(CheckDialog)
        self.next_check_by_error.setObjectName(u"next_check_by_error")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.next_check_by_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(CheckDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.checked_on_label.setBuddy(self.checked_on_edit)
        self.note_label.setBuddy(self.note_edit)
        self.next_check_by_label.setBuddy(self.next_check_by_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CheckDialog)

        QMetaObject.connectSlotsByName(CheckDialog)
    # setupUi

    def retranslateUi(self, CheckDialog):
        CheckDialog.setWindowTitle(QCoreApplication.translate("CheckDialog", u"Record a check", None))
        self.contingency_label.setText("")
        self.checked_on_label.setText(QCoreApplication.translate("CheckDialog", u"&Checked on *", None))
#if QT_CONFIG(accessibility)
        self.checked_on_edit.setAccessibleName(QCoreApplication.translate("CheckDialog", u"Checked on", None))
#endif // QT_CONFIG(accessibility)
        self.checked_on_error.setText("")
        self.note_label.setText(QCoreApplication.translate("CheckDialog", u"&What was found", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("CheckDialog", u"What was found", None))
#endif // QT_CONFIG(accessibility)
        self.next_check_by_label.setText(QCoreApplication.translate("CheckDialog", u"Check &again by *", None))
#if QT_CONFIG(accessibility)
        self.next_check_by_edit.setAccessibleName(QCoreApplication.translate("CheckDialog", u"Check again by", None))
#endif // QT_CONFIG(accessibility)
        self.next_check_by_error.setText("")
    # retranslateUi

