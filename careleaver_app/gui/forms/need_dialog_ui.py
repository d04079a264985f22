# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'need_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_NeedDialog(object):
    def setupUi(self, NeedDialog):
        if not NeedDialog.objectName():
            NeedDialog.setObjectName(u"NeedDialog")
        NeedDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(NeedDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.kind_label = QLabel(NeedDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(NeedDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.description_label = QLabel(NeedDialog)
        self.description_label.setObjectName(u"description_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QPlainTextEdit(NeedDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.description_error = QLabel(NeedDialog)
        self.description_error.setObjectName(u"description_error")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.description_error)

        self.how_met_label = QLabel(NeedDialog)
        self.how_met_label.setObjectName(u"how_met_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.how_met_label)

        self.how_met_edit = QPlainTextEdit(NeedDialog)
        self.how_met_edit.setObjectName(u"how_met_edit")
        self.how_met_edit.setTabChangesFocus(True)
        self.how_met_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.how_met_edit)

        self.active_label = QLabel(NeedDialog)
        self.active_label.setObjectName(u"active_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.active_label)

        self.active_check = QCheckBox(NeedDialog)
        self.active_check.setObjectName(u"active_check")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.active_check)

        self.passport_label = QLabel(NeedDialog)
        self.passport_label.setObjectName(u"passport_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passport_label)

        self.passport_check = QCheckBox(NeedDialog)
        self.passport_check.setObjectName(u"passport_check")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passport_check)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(NeedDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.description_label.setBuddy(self.description_edit)
        self.how_met_label.setBuddy(self.how_met_edit)
        self.active_label.setBuddy(self.active_check)
        self.passport_label.setBuddy(self.passport_check)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NeedDialog)

        QMetaObject.connectSlotsByName(NeedDialog)
    # setupUi

    def retranslateUi(self, NeedDialog):
        NeedDialog.setWindowTitle(QCoreApplication.translate("NeedDialog", u"Health need", None))
        self.kind_label.setText(QCoreApplication.translate("NeedDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("NeedDialog", u"Kind of need", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("NeedDialog", u"&Need *", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("NeedDialog", u"The need", None))
#endif // QT_CONFIG(accessibility)
        self.description_error.setText("")
        self.how_met_label.setText(QCoreApplication.translate("NeedDialog", u"&How it is met", None))
#if QT_CONFIG(accessibility)
        self.how_met_edit.setAccessibleName(QCoreApplication.translate("NeedDialog", u"How it is met", None))
#endif // QT_CONFIG(accessibility)
        self.active_label.setText("")
        self.active_check.setText(QCoreApplication.translate("NeedDialog", u"Current need", None))
#if QT_CONFIG(accessibility)
        self.active_check.setAccessibleName(QCoreApplication.translate("NeedDialog", u"Current need", None))
#endif // QT_CONFIG(accessibility)
        self.passport_label.setText("")
        self.passport_check.setText(QCoreApplication.translate("NeedDialog", u"Show it in their health passport (their choice)", None))
#if QT_CONFIG(accessibility)
        self.passport_check.setAccessibleName(QCoreApplication.translate("NeedDialog", u"Show it in their health passport (their choice)", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

