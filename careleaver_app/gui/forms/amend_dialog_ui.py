# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'amend_dialog.ui'
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

class Ui_AmendDialog(object):
    def setupUi(self, AmendDialog):
        if not AmendDialog.objectName():
            AmendDialog.setObjectName(u"AmendDialog")
        AmendDialog.setMinimumSize(QSize(620, 0))
        self.main_layout = QVBoxLayout(AmendDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AmendDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.original_label = QLabel(AmendDialog)
        self.original_label.setObjectName(u"original_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.original_label)

        self.original_edit = QPlainTextEdit(AmendDialog)
        self.original_edit.setObjectName(u"original_edit")
        self.original_edit.setReadOnly(True)
        self.original_edit.setMaximumSize(QSize(16777215, 110))

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.original_edit)

        self.summary_label = QLabel(AmendDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QPlainTextEdit(AmendDialog)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumSize(QSize(16777215, 160))

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.summary_error = QLabel(AmendDialog)
        self.summary_error.setObjectName(u"summary_error")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.summary_error)

        self.reason_label = QLabel(AmendDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(AmendDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(AmendDialog)
        self.reason_error.setObjectName(u"reason_error")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.reason_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(AmendDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.original_label.setBuddy(self.original_edit)
        self.summary_label.setBuddy(self.summary_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AmendDialog)

        QMetaObject.connectSlotsByName(AmendDialog)
    # setupUi

    def retranslateUi(self, AmendDialog):
        AmendDialog.setWindowTitle(QCoreApplication.translate("AmendDialog", u"Amend a contact record", None))
        self.intro_label.setText(QCoreApplication.translate("AmendDialog", u"Contact records are legal records: the original is kept, and this correction is shown with your name, the date and the reason.", None))
        self.original_label.setText(QCoreApplication.translate("AmendDialog", u"Original", None))
#if QT_CONFIG(accessibility)
        self.original_edit.setAccessibleName(QCoreApplication.translate("AmendDialog", u"Original summary", None))
#endif // QT_CONFIG(accessibility)
        self.summary_label.setText(QCoreApplication.translate("AmendDialog", u"&Corrected summary *", None))
#if QT_CONFIG(accessibility)
        self.summary_edit.setAccessibleName(QCoreApplication.translate("AmendDialog", u"Corrected summary", None))
#endif // QT_CONFIG(accessibility)
        self.summary_error.setText("")
        self.reason_label.setText(QCoreApplication.translate("AmendDialog", u"&Reason *", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("AmendDialog", u"Reason for the amendment", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("AmendDialog", u"e.g. wrong date of the GP appointment", None))
        self.reason_error.setText("")
    # retranslateUi

