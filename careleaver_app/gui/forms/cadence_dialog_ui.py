# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cadence_dialog.ui'
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
    QSpinBox, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_CadenceDialog(object):
    def setupUi(self, CadenceDialog):
        if not CadenceDialog.objectName():
            CadenceDialog.setObjectName(u"CadenceDialog")
        CadenceDialog.setMinimumSize(QSize(480, 0))
        self.main_layout = QVBoxLayout(CadenceDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(CadenceDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.days_label = QLabel(CadenceDialog)
        self.days_label.setObjectName(u"days_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.days_label)

        self.days_spin = QSpinBox(CadenceDialog)
        self.days_spin.setObjectName(u"days_spin")
        self.days_spin.setMinimum(1)
        self.days_spin.setMaximum(90)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.days_spin)

        self.days_error = QLabel(CadenceDialog)
        self.days_error.setObjectName(u"days_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.days_error)

        self.reason_label = QLabel(CadenceDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(CadenceDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(CadenceDialog)
        self.reason_error.setObjectName(u"reason_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.reason_error)

        self.until_label = QLabel(CadenceDialog)
        self.until_label.setObjectName(u"until_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.until_label)

        self.until_edit = DateEdit(CadenceDialog)
        self.until_edit.setObjectName(u"until_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.until_edit)

        self.until_error = QLabel(CadenceDialog)
        self.until_error.setObjectName(u"until_error")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.until_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(CadenceDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.days_label.setBuddy(self.days_spin)
        self.reason_label.setBuddy(self.reason_edit)
        self.until_label.setBuddy(self.until_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CadenceDialog)

        QMetaObject.connectSlotsByName(CadenceDialog)
    # setupUi

    def retranslateUi(self, CadenceDialog):
        CadenceDialog.setWindowTitle(QCoreApplication.translate("CadenceDialog", u"Closer contact", None))
        self.intro_label.setText("")
        self.days_label.setText(QCoreApplication.translate("CadenceDialog", u"&Every *", None))
#if QT_CONFIG(accessibility)
        self.days_spin.setAccessibleName(QCoreApplication.translate("CadenceDialog", u"Contact every (days)", None))
#endif // QT_CONFIG(accessibility)
        self.days_spin.setSuffix(QCoreApplication.translate("CadenceDialog", u" days", None))
        self.days_error.setText("")
        self.reason_label.setText(QCoreApplication.translate("CadenceDialog", u"&Reason *", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("CadenceDialog", u"Why closer contact is needed", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("CadenceDialog", u"e.g. in crisis after eviction", None))
        self.reason_error.setText("")
        self.until_label.setText(QCoreApplication.translate("CadenceDialog", u"&Until", None))
#if QT_CONFIG(accessibility)
        self.until_edit.setAccessibleName(QCoreApplication.translate("CadenceDialog", u"Until", None))
#endif // QT_CONFIG(accessibility)
        self.until_error.setText("")
    # retranslateUi

