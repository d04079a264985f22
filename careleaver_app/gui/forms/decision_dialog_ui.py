# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(DecisionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(DecisionDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.status_label = QLabel(DecisionDialog)
        self.status_label.setObjectName(u"status_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(DecisionDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.status_error = QLabel(DecisionDialog)
        self.status_error.setObjectName(u"status_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.status_error)

        self.on_label = QLabel(DecisionDialog)
        self.on_label.setObjectName(u"on_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on_edit = DateEdit(DecisionDialog)
        self.on_edit.setObjectName(u"on_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.on_edit)

        self.on_error = QLabel(DecisionDialog)
        self.on_error.setObjectName(u"on_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.on_error)

        self.reason_label = QLabel(DecisionDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(DecisionDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumSize(QSize(16777215, 90))

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(DecisionDialog)
        self.reason_error.setObjectName(u"reason_error")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.reason_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(DecisionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_combo)
        self.on_label.setBuddy(self.on_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Record an in-touch decision", None))
        self.intro_label.setText(QCoreApplication.translate("DecisionDialog", u"These are the SSDA903 in-touch codes a PA decides. \u201cIn touch\u201d and \u201cnot in touch\u201d are worked out from contacts.", None))
        self.status_label.setText(QCoreApplication.translate("DecisionDialog", u"&Decision", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"In-touch decision", None))
#endif // QT_CONFIG(accessibility)
        self.status_error.setText("")
        self.on_label.setText(QCoreApplication.translate("DecisionDialog", u"Da&te", None))
#if QT_CONFIG(accessibility)
        self.on_edit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Date of the decision", None))
#endif // QT_CONFIG(accessibility)
        self.on_error.setText("")
        self.reason_label.setText(QCoreApplication.translate("DecisionDialog", u"&Reason *", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"What happened and how it was confirmed", None))
        self.reason_error.setText("")
    # retranslateUi

