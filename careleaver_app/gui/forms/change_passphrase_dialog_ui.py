# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_passphrase_dialog.ui'
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

class Ui_ChangePassphraseDialog(object):
    def setupUi(self, ChangePassphraseDialog):
        if not ChangePassphraseDialog.objectName():
            ChangePassphraseDialog.setObjectName(u"ChangePassphraseDialog")
        ChangePassphraseDialog.setMinimumSize(QSize(500, 0))
        self.main_layout = QVBoxLayout(ChangePassphraseDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ChangePassphraseDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.old_label = QLabel(ChangePassphraseDialog)
        self.old_label.setObjectName(u"old_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.old_label)

        self.old_edit = QLineEdit(ChangePassphraseDialog)
        self.old_edit.setObjectName(u"old_edit")
        self.old_edit.setEchoMode(QLineEdit.Password)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.old_edit)

        self.passphrase_label = QLabel(ChangePassphraseDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(ChangePassphraseDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.Password)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.confirm_label = QLabel(ChangePassphraseDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm_edit = QLineEdit(ChangePassphraseDialog)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.Password)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirm_edit)

        self.strength_label = QLabel(ChangePassphraseDialog)
        self.strength_label.setObjectName(u"strength_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.strength_label)

        self.strength_value = QLabel(ChangePassphraseDialog)
        self.strength_value.setObjectName(u"strength_value")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strength_value)


        self.main_layout.addLayout(self.fields_layout)

        self.error_label = QLabel(ChangePassphraseDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ChangePassphraseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.old_label.setBuddy(self.old_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
        self.strength_label.setBuddy(self.strength_value)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChangePassphraseDialog)

        QMetaObject.connectSlotsByName(ChangePassphraseDialog)
    # setupUi

    def retranslateUi(self, ChangePassphraseDialog):
        ChangePassphraseDialog.setWindowTitle(QCoreApplication.translate("ChangePassphraseDialog", u"Change passphrase", None))
        self.intro_label.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Your records stay as they are; only the passphrase that opens them changes. The recovery key does not change.", None))
        self.old_label.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&Current passphrase", None))
#if QT_CONFIG(accessibility)
        self.old_edit.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Current passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&New passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_label.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&Type it again", None))
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Type the new passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.strength_label.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Strength", None))
        self.strength_value.setText("")
        self.error_label.setText("")
    # retranslateUi

