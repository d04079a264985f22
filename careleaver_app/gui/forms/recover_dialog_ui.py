# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recover_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RecoverDialog(object):
    def setupUi(self, RecoverDialog):
        if not RecoverDialog.objectName():
            RecoverDialog.setObjectName(u"RecoverDialog")
        RecoverDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(RecoverDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(RecoverDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.recovery_label = QLabel(RecoverDialog)
        self.recovery_label.setObjectName(u"recovery_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recovery_label)

        self.recovery_edit = QLineEdit(RecoverDialog)
        self.recovery_edit.setObjectName(u"recovery_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recovery_edit)

        self.passphrase_label = QLabel(RecoverDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(RecoverDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.Password)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.confirm_label = QLabel(RecoverDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm_edit = QLineEdit(RecoverDialog)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.Password)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirm_edit)

        self.strength_label = QLabel(RecoverDialog)
        self.strength_label.setObjectName(u"strength_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.strength_label)

        self.strength_value = QLabel(RecoverDialog)
        self.strength_value.setObjectName(u"strength_value")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strength_value)


        self.main_layout.addLayout(self.fields_layout)

        self.error_label = QLabel(RecoverDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(RecoverDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.recovery_label.setBuddy(self.recovery_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
        self.strength_label.setBuddy(self.strength_value)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecoverDialog)

        QMetaObject.connectSlotsByName(RecoverDialog)
    # setupUi

    def retranslateUi(self, RecoverDialog):
        RecoverDialog.setWindowTitle(QCoreApplication.translate("RecoverDialog", u"Open with the recovery key", None))
        self.intro_label.setText(QCoreApplication.translate("RecoverDialog", u"Type the recovery key your team manager keeps (capitals and dashes do not matter), then choose a new passphrase.", None))
        self.recovery_label.setText(QCoreApplication.translate("RecoverDialog", u"&Recovery key", None))
#if QT_CONFIG(accessibility)
        self.recovery_edit.setAccessibleName(QCoreApplication.translate("RecoverDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_edit.setPlaceholderText(QCoreApplication.translate("RecoverDialog", u"XXXX-XXXX-\u2026", None))
        self.passphrase_label.setText(QCoreApplication.translate("RecoverDialog", u"&New passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("RecoverDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_label.setText(QCoreApplication.translate("RecoverDialog", u"&Type it again", None))
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleName(QCoreApplication.translate("RecoverDialog", u"Type the new passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.strength_label.setText(QCoreApplication.translate("RecoverDialog", u"Strength", None))
        self.strength_value.setText("")
        self.error_label.setText("")
    # retranslateUi

