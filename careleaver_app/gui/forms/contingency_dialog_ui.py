# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contingency_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_ContingencyDialog(object):
    def setupUi(self, ContingencyDialog):
        if not ContingencyDialog.objectName():
            ContingencyDialog.setObjectName(u"ContingencyDialog")
        ContingencyDialog.setMinimumSize(QSize(600, 0))
        self.main_layout = QVBoxLayout(ContingencyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ContingencyDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.kind_label = QLabel(ContingencyDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ContingencyDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.section_label = QLabel(ContingencyDialog)
        self.section_label.setObjectName(u"section_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.section_label)

        self.section_combo = QComboBox(ContingencyDialog)
        self.section_combo.setObjectName(u"section_combo")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.section_combo)

        self.trigger_label = QLabel(ContingencyDialog)
        self.trigger_label.setObjectName(u"trigger_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.trigger_label)

        self.trigger_edit = QPlainTextEdit(ContingencyDialog)
        self.trigger_edit.setObjectName(u"trigger_edit")
        self.trigger_edit.setTabChangesFocus(True)
        self.trigger_edit.setMaximumSize(QSize(16777215, 70))

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.trigger_edit)

        self.trigger_error = QLabel(ContingencyDialog)
        self.trigger_error.setObjectName(u"trigger_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.trigger_error)

        self.response_label = QLabel(ContingencyDialog)
        self.response_label.setObjectName(u"response_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.response_label)

        self.response_edit = QPlainTextEdit(ContingencyDialog)
        self.response_edit.setObjectName(u"response_edit")
        self.response_edit.setTabChangesFocus(True)
        self.response_edit.setMaximumSize(QSize(16777215, 90))

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.response_edit)

        self.response_error = QLabel(ContingencyDialog)
        self.response_error.setObjectName(u"response_error")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.response_error)

        self.escalation_label = QLabel(ContingencyDialog)
        self.escalation_label.setObjectName(u"escalation_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.escalation_label)

        self.escalation_edit = QPlainTextEdit(ContingencyDialog)
        self.escalation_edit.setObjectName(u"escalation_edit")
        self.escalation_edit.setTabChangesFocus(True)
        self.escalation_edit.setMaximumSize(QSize(16777215, 70))

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.escalation_edit)

        self.escalation_error = QLabel(ContingencyDialog)
        self.escalation_error.setObjectName(u"escalation_error")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.escalation_error)

        self.who_label = QLabel(ContingencyDialog)
        self.who_label.setObjectName(u"who_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.who_label)

        self.who_edit = QLineEdit(ContingencyDialog)
        self.who_edit.setObjectName(u"who_edit")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.who_edit)

        self.who_error = QLabel(ContingencyDialog)
        self.who_error.setObjectName(u"who_error")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.who_error)

        self.check_by_label = QLabel(ContingencyDialog)
        self.check_by_label.setObjectName(u"check_by_label")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.check_by_label)

        self.check_by_edit = DateEdit(ContingencyDialog)
        self.check_by_edit.setObjectName(u"check_by_edit")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.check_by_edit)

        self.check_by_error = QLabel(ContingencyDialog)
        self.check_by_error.setObjectName(u"check_by_error")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.check_by_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(ContingencyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.section_label.setBuddy(self.section_combo)
        self.trigger_label.setBuddy(self.trigger_edit)
        self.response_label.setBuddy(self.response_edit)
        self.escalation_label.setBuddy(self.escalation_edit)
        self.who_label.setBuddy(self.who_edit)
        self.check_by_label.setBuddy(self.check_by_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContingencyDialog)

        QMetaObject.connectSlotsByName(ContingencyDialog)
    # setupUi

    def retranslateUi(self, ContingencyDialog):
        ContingencyDialog.setWindowTitle(QCoreApplication.translate("ContingencyDialog", u"Contingency", None))
        self.intro_label.setText(QCoreApplication.translate("ContingencyDialog", u"Write it as the young person will read it: \u201cIf \u2026 then \u2026 (who)\u201d. A safety plan says what to do now and what to do if the risk rises.", None))
        self.kind_label.setText(QCoreApplication.translate("ContingencyDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ContingencyDialog", u"Kind of plan", None))
#endif // QT_CONFIG(accessibility)
        self.section_label.setText(QCoreApplication.translate("ContingencyDialog", u"Part of the &plan", None))
#if QT_CONFIG(accessibility)
        self.section_combo.setAccessibleName(QCoreApplication.translate("ContingencyDialog", u"Part of the plan", None))
#endif // QT_CONFIG(accessibility)
        self.trigger_label.setText(QCoreApplication.translate("ContingencyDialog", u"&If\u2026 *", None))
#if QT_CONFIG(accessibility)
        self.trigger_edit.setAccessibleName(QCoreApplication.translate("ContingencyDialog", u"If", None))
#endif // QT_CONFIG(accessibility)
        self.trigger_edit.setPlaceholderText(QCoreApplication.translate("ContingencyDialog", u"e.g. I lose my tenancy", None))
        self.trigger_error.setText("")
        self.response_label.setText(QCoreApplication.translate("ContingencyDialog", u"&Then\u2026 *", None))
#if QT_CONFIG(accessibility)
        self.response_edit.setAccessibleName(QCoreApplication.translate("ContingencyDialog", u"Then", None))
#endif // QT_CONFIG(accessibility)
        self.response_edit.setPlaceholderText(QCoreApplication.translate("ContingencyDialog", u"e.g. my PA contacts the housing options team the same day and arranges emergency accommodation", None))
        self.response_error.setText("")
        self.escalation_label.setText(QCoreApplication.translate("ContingencyDialog", u"If the risk &rises *", None))
#if QT_CONFIG(accessibility)
        self.escalation_edit.setAccessibleName(QCoreApplication.translate("ContingencyDialog", u"If the risk rises", None))
#endif // QT_CONFIG(accessibility)
        self.escalation_error.setText("")
        self.who_label.setText(QCoreApplication.translate("ContingencyDialog", u"&Who acts *", None))
#if QT_CONFIG(accessibility)
        self.who_edit.setAccessibleName(QCoreApplication.translate("ContingencyDialog", u"Who acts", None))
#endif // QT_CONFIG(accessibility)
        self.who_edit.setPlaceholderText(QCoreApplication.translate("ContingencyDialog", u"Name and how to reach them", None))
        self.who_error.setText("")
        self.check_by_label.setText(QCoreApplication.translate("ContingencyDialog", u"&Check again by *", None))
#if QT_CONFIG(accessibility)
        self.check_by_edit.setAccessibleName(QCoreApplication.translate("ContingencyDialog", u"Check again by", None))
#endif // QT_CONFIG(accessibility)
        self.check_by_error.setText("")
    # retranslateUi

