# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_key_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_RecoveryKeyDialog(object):
    def setupUi(self, RecoveryKeyDialog):
        if not RecoveryKeyDialog.objectName():
            RecoveryKeyDialog.setObjectName(u"RecoveryKeyDialog")
        RecoveryKeyDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(RecoveryKeyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(RecoveryKeyDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.key_label = QLabel(RecoveryKeyDialog)
        self.key_label.setObjectName(u"key_label")
        self.key_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.key_label)

        self.kept_check = QCheckBox(RecoveryKeyDialog)
        self.kept_check.setObjectName(u"kept_check")

        self.main_layout.addWidget(self.kept_check)

        self.button_box = QDialogButtonBox(RecoveryKeyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(RecoveryKeyDialog)

        QMetaObject.connectSlotsByName(RecoveryKeyDialog)
    # setupUi

    def retranslateUi(self, RecoveryKeyDialog):
        RecoveryKeyDialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyDialog", u"Recovery key: shown once", None))
        self.intro_label.setText(QCoreApplication.translate("RecoveryKeyDialog", u"This recovery key opens the records if the passphrase is forgotten or the key file is lost. It is shown only now. Write it down or print it and give it to your team manager to keep somewhere safe, away from this laptop.", None))
        self.key_label.setText("")
#if QT_CONFIG(accessibility)
        self.key_label.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.kept_check.setText(QCoreApplication.translate("RecoveryKeyDialog", u"I have written it down and it will be given to the team manager", None))
#if QT_CONFIG(accessibility)
        self.kept_check.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"I have written it down and it will be given to the team manager", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

