# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'death_notification_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_DeathNotificationDialog(object):
    def setupUi(self, DeathNotificationDialog):
        if not DeathNotificationDialog.objectName():
            DeathNotificationDialog.setObjectName(u"DeathNotificationDialog")
        DeathNotificationDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(DeathNotificationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(DeathNotificationDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.learned_on_edit_label = QLabel(DeathNotificationDialog)
        self.learned_on_edit_label.setObjectName(u"learned_on_edit_label")
        self.learned_on_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.learned_on_edit_label)

        self.learned_on_edit = DateEdit(DeathNotificationDialog)
        self.learned_on_edit.setObjectName(u"learned_on_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.learned_on_edit)

        self.learned_on_error = QLabel(DeathNotificationDialog)
        self.learned_on_error.setObjectName(u"learned_on_error")
        self.learned_on_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.learned_on_error)

        self.sos_notified_on_edit_label = QLabel(DeathNotificationDialog)
        self.sos_notified_on_edit_label.setObjectName(u"sos_notified_on_edit_label")
        self.sos_notified_on_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sos_notified_on_edit_label)

        self.sos_notified_on_edit = DateEdit(DeathNotificationDialog)
        self.sos_notified_on_edit.setObjectName(u"sos_notified_on_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sos_notified_on_edit)

        self.sos_notified_on_error = QLabel(DeathNotificationDialog)
        self.sos_notified_on_error.setObjectName(u"sos_notified_on_error")
        self.sos_notified_on_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.sos_notified_on_error)

        self.ofsted_notified_on_edit_label = QLabel(DeathNotificationDialog)
        self.ofsted_notified_on_edit_label.setObjectName(u"ofsted_notified_on_edit_label")
        self.ofsted_notified_on_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ofsted_notified_on_edit_label)

        self.ofsted_notified_on_edit = DateEdit(DeathNotificationDialog)
        self.ofsted_notified_on_edit.setObjectName(u"ofsted_notified_on_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ofsted_notified_on_edit)

        self.ofsted_notified_on_error = QLabel(DeathNotificationDialog)
        self.ofsted_notified_on_error.setObjectName(u"ofsted_notified_on_error")
        self.ofsted_notified_on_error.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.ofsted_notified_on_error)

        self.notes_edit_label = QLabel(DeathNotificationDialog)
        self.notes_edit_label.setObjectName(u"notes_edit_label")
        self.notes_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_edit_label)

        self.notes_edit = QPlainTextEdit(DeathNotificationDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(DeathNotificationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.learned_on_edit_label.setBuddy(self.learned_on_edit)
        self.sos_notified_on_edit_label.setBuddy(self.sos_notified_on_edit)
        self.ofsted_notified_on_edit_label.setBuddy(self.ofsted_notified_on_edit)
        self.notes_edit_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeathNotificationDialog)

        QMetaObject.connectSlotsByName(DeathNotificationDialog)
    # setupUi

    def retranslateUi(self, DeathNotificationDialog):
        DeathNotificationDialog.setWindowTitle(QCoreApplication.translate("DeathNotificationDialog", u"Notify the death of a care leaver", None))
        self.intro_label.setText(QCoreApplication.translate("DeathNotificationDialog", u"The Secretary of State (through the DfE) and Ofsted are told within 5 working days of the service learning of the death (Working Together 2023).", None))
        self.learned_on_edit_label.setText(QCoreApplication.translate("DeathNotificationDialog", u"&Learned of the death on *", None))
#if QT_CONFIG(accessibility)
        self.learned_on_edit.setAccessibleName(QCoreApplication.translate("DeathNotificationDialog", u"Learned of the death on", None))
#endif // QT_CONFIG(accessibility)
        self.learned_on_error.setText("")
        self.sos_notified_on_edit_label.setText(QCoreApplication.translate("DeathNotificationDialog", u"&Secretary of State (DfE) notified on", None))
#if QT_CONFIG(accessibility)
        self.sos_notified_on_edit.setAccessibleName(QCoreApplication.translate("DeathNotificationDialog", u"Secretary of State notified on", None))
#endif // QT_CONFIG(accessibility)
        self.sos_notified_on_error.setText("")
        self.ofsted_notified_on_edit_label.setText(QCoreApplication.translate("DeathNotificationDialog", u"Ofs&ted notified on", None))
#if QT_CONFIG(accessibility)
        self.ofsted_notified_on_edit.setAccessibleName(QCoreApplication.translate("DeathNotificationDialog", u"Ofsted notified on", None))
#endif // QT_CONFIG(accessibility)
        self.ofsted_notified_on_error.setText("")
        self.notes_edit_label.setText(QCoreApplication.translate("DeathNotificationDialog", u"Notes (&references)", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("DeathNotificationDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

