# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'oversight_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_OversightDialog(object):
    def setupUi(self, OversightDialog):
        if not OversightDialog.objectName():
            OversightDialog.setObjectName(u"OversightDialog")
        OversightDialog.setMinimumSize(QSize(480, 0))
        self.main_layout = QVBoxLayout(OversightDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.plan_label = QLabel(OversightDialog)
        self.plan_label.setObjectName(u"plan_label")
        self.plan_label.setWordWrap(True)

        self.main_layout.addWidget(self.plan_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.sign_off_label = QLabel(OversightDialog)
        self.sign_off_label.setObjectName(u"sign_off_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sign_off_label)

        self.decision_layout = QVBoxLayout()
        self.decision_layout.setObjectName(u"decision_layout")
        self.sign_off_radio = QRadioButton(OversightDialog)
        self.sign_off_radio.setObjectName(u"sign_off_radio")
        self.sign_off_radio.setChecked(True)

        self.decision_layout.addWidget(self.sign_off_radio)

        self.return_radio = QRadioButton(OversightDialog)
        self.return_radio.setObjectName(u"return_radio")

        self.decision_layout.addWidget(self.return_radio)


        self.fields_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.decision_layout)

        self.comment_label = QLabel(OversightDialog)
        self.comment_label.setObjectName(u"comment_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.comment_label)

        self.comment_edit = QPlainTextEdit(OversightDialog)
        self.comment_edit.setObjectName(u"comment_edit")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumSize(QSize(16777215, 120))

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.comment_edit)

        self.comment_error = QLabel(OversightDialog)
        self.comment_error.setObjectName(u"comment_error")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.comment_error)

        self.on_label = QLabel(OversightDialog)
        self.on_label.setObjectName(u"on_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on_edit = DateEdit(OversightDialog)
        self.on_edit.setObjectName(u"on_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.on_edit)

        self.on_error = QLabel(OversightDialog)
        self.on_error.setObjectName(u"on_error")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.on_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(OversightDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.sign_off_label.setBuddy(self.sign_off_radio)
        self.comment_label.setBuddy(self.comment_edit)
        self.on_label.setBuddy(self.on_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OversightDialog)

        QMetaObject.connectSlotsByName(OversightDialog)
    # setupUi

    def retranslateUi(self, OversightDialog):
        OversightDialog.setWindowTitle(QCoreApplication.translate("OversightDialog", u"Management oversight", None))
        self.plan_label.setText("")
        self.sign_off_label.setText(QCoreApplication.translate("OversightDialog", u"&Decision", None))
        self.sign_off_radio.setText(QCoreApplication.translate("OversightDialog", u"Sign off this version", None))
        self.return_radio.setText(QCoreApplication.translate("OversightDialog", u"Return it with comments", None))
        self.comment_label.setText(QCoreApplication.translate("OversightDialog", u"&Comments", None))
#if QT_CONFIG(accessibility)
        self.comment_edit.setAccessibleName(QCoreApplication.translate("OversightDialog", u"Comments", None))
#endif // QT_CONFIG(accessibility)
        self.comment_error.setText("")
        self.on_label.setText(QCoreApplication.translate("OversightDialog", u"D&ate", None))
#if QT_CONFIG(accessibility)
        self.on_edit.setAccessibleName(QCoreApplication.translate("OversightDialog", u"Date of the decision", None))
#endif // QT_CONFIG(accessibility)
        self.on_error.setText("")
    # retranslateUi

