# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.setMinimumSize(QSize(460, 0))
        self.main_layout = QVBoxLayout(UnlockDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(UnlockDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.passphrase_label = QLabel(UnlockDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(UnlockDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.Password)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.error_label = QLabel(UnlockDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.recover_button = QPushButton(UnlockDialog)
        self.recover_button.setObjectName(u"recover_button")

        self.bottom_layout.addWidget(self.recover_button)

        self.restore_button = QPushButton(UnlockDialog)
        self.restore_button.setObjectName(u"restore_button")
        self.restore_button.setVisible(False)

        self.bottom_layout.addWidget(self.restore_button)

        self.sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_layout.addItem(self.sp)

        self.button_box = QDialogButtonBox(UnlockDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.bottom_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnlockDialog)

        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Unlock", None))
        self.intro_label.setText(QCoreApplication.translate("UnlockDialog", u"The records on this laptop are locked. Type your passphrase to open them.", None))
        self.passphrase_label.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
        self.recover_button.setText(QCoreApplication.translate("UnlockDialog", u"Forgotten it? Use the &recovery key\u2026", None))
        self.restore_button.setText(QCoreApplication.translate("UnlockDialog", u"Restore a &backup\u2026", None))
#if QT_CONFIG(accessibility)
        self.restore_button.setAccessibleDescription(QCoreApplication.translate("UnlockDialog", u"Put a backup in place of the damaged database; the damaged file is kept aside", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

