# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_RiskDialog(object):
    def setupUi(self, RiskDialog):
        if not RiskDialog.objectName():
            RiskDialog.setObjectName(u"RiskDialog")
        RiskDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(RiskDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(RiskDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.at_risk_from_edit_label = QLabel(RiskDialog)
        self.at_risk_from_edit_label.setObjectName(u"at_risk_from_edit_label")
        self.at_risk_from_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.at_risk_from_edit_label)

        self.at_risk_from_edit = DateEdit(RiskDialog)
        self.at_risk_from_edit.setObjectName(u"at_risk_from_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.at_risk_from_edit)

        self.at_risk_from_error = QLabel(RiskDialog)
        self.at_risk_from_error.setObjectName(u"at_risk_from_error")
        self.at_risk_from_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.at_risk_from_error)

        self.reason_edit_label = QLabel(RiskDialog)
        self.reason_edit_label.setObjectName(u"reason_edit_label")
        self.reason_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_edit_label)

        self.reason_edit = QLineEdit(RiskDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(RiskDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.reason_error)

        self.ended_on_edit_label = QLabel(RiskDialog)
        self.ended_on_edit_label.setObjectName(u"ended_on_edit_label")
        self.ended_on_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ended_on_edit_label)

        self.ended_on_edit = DateEdit(RiskDialog)
        self.ended_on_edit.setObjectName(u"ended_on_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ended_on_edit)

        self.ended_on_error = QLabel(RiskDialog)
        self.ended_on_error.setObjectName(u"ended_on_error")
        self.ended_on_error.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.ended_on_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(RiskDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.at_risk_from_edit_label.setBuddy(self.at_risk_from_edit)
        self.reason_edit_label.setBuddy(self.reason_edit)
        self.ended_on_edit_label.setBuddy(self.ended_on_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RiskDialog)

        QMetaObject.connectSlotsByName(RiskDialog)
    # setupUi

    def retranslateUi(self, RiskDialog):
        RiskDialog.setWindowTitle(QCoreApplication.translate("RiskDialog", u"Risk of homelessness", None))
        self.intro_label.setText(QCoreApplication.translate("RiskDialog", u"Threatened with homelessness means likely to become homeless within 56 days (Housing Act 1996 s.175(4)). Until a referral under the duty to refer is recorded, the work tray asks for one.", None))
        self.at_risk_from_edit_label.setText(QCoreApplication.translate("RiskDialog", u"&At risk from *", None))
#if QT_CONFIG(accessibility)
        self.at_risk_from_edit.setAccessibleName(QCoreApplication.translate("RiskDialog", u"At risk from", None))
#endif // QT_CONFIG(accessibility)
        self.at_risk_from_error.setText("")
        self.reason_edit_label.setText(QCoreApplication.translate("RiskDialog", u"&Why *", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Why they may become homeless", None))
#endif // QT_CONFIG(accessibility)
        self.reason_error.setText("")
        self.ended_on_edit_label.setText(QCoreApplication.translate("RiskDialog", u"&No longer at risk from", None))
#if QT_CONFIG(accessibility)
        self.ended_on_edit.setAccessibleName(QCoreApplication.translate("RiskDialog", u"No longer at risk from", None))
#endif // QT_CONFIG(accessibility)
        self.ended_on_error.setText("")
    # retranslateUi

