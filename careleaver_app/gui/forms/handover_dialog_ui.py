# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_HandoverDialog(object):
    def setupUi(self, HandoverDialog):
        if not HandoverDialog.objectName():
            HandoverDialog.setObjectName(u"HandoverDialog")
        HandoverDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(HandoverDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.steps_label = QLabel(HandoverDialog)
        self.steps_label.setObjectName(u"steps_label")
        self.steps_label.setWordWrap(True)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.steps_label)

        self.requested_on_label = QLabel(HandoverDialog)
        self.requested_on_label.setObjectName(u"requested_on_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.requested_on_label)

        self.requested_on_edit = DateEdit(HandoverDialog)
        self.requested_on_edit.setObjectName(u"requested_on_edit")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requested_on_edit)

        self.requested_on_error = QLabel(HandoverDialog)
        self.requested_on_error.setObjectName(u"requested_on_error")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.requested_on_error)

        self.requested_from_label = QLabel(HandoverDialog)
        self.requested_from_label.setObjectName(u"requested_from_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requested_from_label)

        self.requested_from_combo = QComboBox(HandoverDialog)
        self.requested_from_combo.setObjectName(u"requested_from_combo")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requested_from_combo)

        self.requested_from_error = QLabel(HandoverDialog)
        self.requested_from_error.setObjectName(u"requested_from_error")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.requested_from_error)

        self.received_on_label = QLabel(HandoverDialog)
        self.received_on_label.setObjectName(u"received_on_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.received_on_label)

        self.received_on_edit = DateEdit(HandoverDialog)
        self.received_on_edit.setObjectName(u"received_on_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.received_on_edit)

        self.received_on_error = QLabel(HandoverDialog)
        self.received_on_error.setObjectName(u"received_on_error")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.received_on_error)

        self.received_by_label = QLabel(HandoverDialog)
        self.received_by_label.setObjectName(u"received_by_label")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.received_by_label)

        self.received_by_edit = QLineEdit(HandoverDialog)
        self.received_by_edit.setObjectName(u"received_by_edit")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.received_by_edit)

        self.received_by_error = QLabel(HandoverDialog)
        self.received_by_error.setObjectName(u"received_by_error")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.received_by_error)

        self.given_on_label = QLabel(HandoverDialog)
        self.given_on_label.setObjectName(u"given_on_label")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.given_on_label)

        self.given_on_edit = DateEdit(HandoverDialog)
        self.given_on_edit.setObjectName(u"given_on_edit")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.given_on_edit)

        self.given_on_error = QLabel(HandoverDialog)
        self.given_on_error.setObjectName(u"given_on_error")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.given_on_error)

        self.format_label = QLabel(HandoverDialog)
        self.format_label.setObjectName(u"format_label")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format_combo = QComboBox(HandoverDialog)
        self.format_combo.setObjectName(u"format_combo")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.format_combo)

        self.given_format_error = QLabel(HandoverDialog)
        self.given_format_error.setObjectName(u"given_format_error")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.given_format_error)

        self.explained_label = QLabel(HandoverDialog)
        self.explained_label.setObjectName(u"explained_label")

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.explained_label)

        self.explained_check = QCheckBox(HandoverDialog)
        self.explained_check.setObjectName(u"explained_check")

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.explained_check)

        self.declined_on_label = QLabel(HandoverDialog)
        self.declined_on_label.setObjectName(u"declined_on_label")

        self.fields_layout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.declined_on_label)

        self.declined_on_edit = DateEdit(HandoverDialog)
        self.declined_on_edit.setObjectName(u"declined_on_edit")

        self.fields_layout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.declined_on_edit)

        self.declined_on_error = QLabel(HandoverDialog)
        self.declined_on_error.setObjectName(u"declined_on_error")

        self.fields_layout.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.declined_on_error)

        self.declined_reason_label = QLabel(HandoverDialog)
        self.declined_reason_label.setObjectName(u"declined_reason_label")

        self.fields_layout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.declined_reason_label)

        self.declined_reason_edit = QLineEdit(HandoverDialog)
        self.declined_reason_edit.setObjectName(u"declined_reason_edit")

        self.fields_layout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.declined_reason_edit)

        self.declined_reason_error = QLabel(HandoverDialog)
        self.declined_reason_error.setObjectName(u"declined_reason_error")

        self.fields_layout.setWidget(17, QFormLayout.ItemRole.SpanningRole, self.declined_reason_error)

        self.pack_label = QLabel(HandoverDialog)
        self.pack_label.setObjectName(u"pack_label")

        self.fields_layout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.pack_label)

        self.pack_edit = QPlainTextEdit(HandoverDialog)
        self.pack_edit.setObjectName(u"pack_edit")
        self.pack_edit.setTabChangesFocus(True)
        self.pack_edit.setMaximumSize(QSize(16777215, 80))

        self.fields_layout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.pack_edit)

        self.notes_label = QLabel(HandoverDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_layout.setWidget(19, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(HandoverDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 50))

        self.fields_layout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(HandoverDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.requested_on_label.setBuddy(self.requested_on_edit)
        self.requested_from_label.setBuddy(self.requested_from_combo)
        self.received_on_label.setBuddy(self.received_on_edit)
        self.received_by_label.setBuddy(self.received_by_edit)
        self.given_on_label.setBuddy(self.given_on_edit)
        self.format_label.setBuddy(self.format_combo)
        self.explained_label.setBuddy(self.explained_check)
        self.declined_on_label.setBuddy(self.declined_on_edit)
        self.declined_reason_label.setBuddy(self.declined_reason_edit)
        self.pack_label.setBuddy(self.pack_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HandoverDialog)

        QMetaObject.connectSlotsByName(HandoverDialog)
    # setupUi

    def retranslateUi(self, HandoverDialog):
        HandoverDialog.setWindowTitle(QCoreApplication.translate("HandoverDialog", u"Health history handover", None))
        self.steps_label.setText(QCoreApplication.translate("HandoverDialog", u"Requested \u2192 received \u2192 explained and given to them. Declining is their choice; record what they said.", None))
        self.requested_on_label.setText(QCoreApplication.translate("HandoverDialog", u"&Requested on", None))
#if QT_CONFIG(accessibility)
        self.requested_on_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Requested on", None))
#endif // QT_CONFIG(accessibility)
        self.requested_on_error.setText("")
        self.requested_from_label.setText(QCoreApplication.translate("HandoverDialog", u"Requested &from", None))
#if QT_CONFIG(accessibility)
        self.requested_from_combo.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Requested from", None))
#endif // QT_CONFIG(accessibility)
        self.requested_from_error.setText("")
        self.received_on_label.setText(QCoreApplication.translate("HandoverDialog", u"Re&ceived on", None))
#if QT_CONFIG(accessibility)
        self.received_on_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Received on", None))
#endif // QT_CONFIG(accessibility)
        self.received_on_error.setText("")
        self.received_by_label.setText(QCoreApplication.translate("HandoverDialog", u"Received &by", None))
#if QT_CONFIG(accessibility)
        self.received_by_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Received by", None))
#endif // QT_CONFIG(accessibility)
        self.received_by_error.setText("")
        self.given_on_label.setText(QCoreApplication.translate("HandoverDialog", u"&Given on", None))
#if QT_CONFIG(accessibility)
        self.given_on_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Given to them on", None))
#endif // QT_CONFIG(accessibility)
        self.given_on_error.setText("")
        self.format_label.setText(QCoreApplication.translate("HandoverDialog", u"F&ormat", None))
#if QT_CONFIG(accessibility)
        self.format_combo.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Format", None))
#endif // QT_CONFIG(accessibility)
        self.given_format_error.setText("")
        self.explained_label.setText("")
        self.explained_check.setText(QCoreApplication.translate("HandoverDialog", u"It was explained to them", None))
#if QT_CONFIG(accessibility)
        self.explained_check.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"It was explained to them", None))
#endif // QT_CONFIG(accessibility)
        self.declined_on_label.setText(QCoreApplication.translate("HandoverDialog", u"&Declined on", None))
#if QT_CONFIG(accessibility)
        self.declined_on_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Declined on", None))
#endif // QT_CONFIG(accessibility)
        self.declined_on_error.setText("")
        self.declined_reason_label.setText(QCoreApplication.translate("HandoverDialog", u"&Why declined", None))
#if QT_CONFIG(accessibility)
        self.declined_reason_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Why declined", None))
#endif // QT_CONFIG(accessibility)
        self.declined_reason_error.setText("")
        self.pack_label.setText(QCoreApplication.translate("HandoverDialog", u"&Pack contains", None))
#if QT_CONFIG(accessibility)
        self.pack_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"What the pack contains (one item a line)", None))
#endif // QT_CONFIG(accessibility)
        self.pack_edit.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"e.g. Birth details\n"
"Immunisations\n"
"Hospital letters", None))
        self.notes_label.setText(QCoreApplication.translate("HandoverDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

