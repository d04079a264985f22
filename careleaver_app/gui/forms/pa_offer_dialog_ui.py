# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pa_offer_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_PaOfferDialog(object):
    def setupUi(self, PaOfferDialog):
        if not PaOfferDialog.objectName():
            PaOfferDialog.setObjectName(u"PaOfferDialog")
        PaOfferDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(PaOfferDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(PaOfferDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.offered_on_edit_label = QLabel(PaOfferDialog)
        self.offered_on_edit_label.setObjectName(u"offered_on_edit_label")
        self.offered_on_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.offered_on_edit_label)

        self.offered_on_edit = DateEdit(PaOfferDialog)
        self.offered_on_edit.setObjectName(u"offered_on_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.offered_on_edit)

        self.offered_on_error = QLabel(PaOfferDialog)
        self.offered_on_error.setObjectName(u"offered_on_error")
        self.offered_on_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.offered_on_error)

        self.how_edit_label = QLabel(PaOfferDialog)
        self.how_edit_label.setObjectName(u"how_edit_label")
        self.how_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.how_edit_label)

        self.how_edit = QLineEdit(PaOfferDialog)
        self.how_edit.setObjectName(u"how_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.how_edit)

        self.outcome_combo_label = QLabel(PaOfferDialog)
        self.outcome_combo_label.setObjectName(u"outcome_combo_label")
        self.outcome_combo_label.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outcome_combo_label)

        self.outcome_combo = QComboBox(PaOfferDialog)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcome_combo)

        self.outcome_error = QLabel(PaOfferDialog)
        self.outcome_error.setObjectName(u"outcome_error")
        self.outcome_error.setWordWrap(True)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.outcome_error)

        self.notes_edit_label = QLabel(PaOfferDialog)
        self.notes_edit_label.setObjectName(u"notes_edit_label")
        self.notes_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_edit_label)

        self.notes_edit = QPlainTextEdit(PaOfferDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(PaOfferDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.offered_on_edit_label.setBuddy(self.offered_on_edit)
        self.how_edit_label.setBuddy(self.how_edit)
        self.outcome_combo_label.setBuddy(self.outcome_combo)
        self.notes_edit_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaOfferDialog)

        QMetaObject.connectSlotsByName(PaOfferDialog)
    # setupUi

    def retranslateUi(self, PaOfferDialog):
        PaOfferDialog.setWindowTitle(QCoreApplication.translate("PaOfferDialog", u"Offer of a personal adviser's support to 25", None))
        self.intro_label.setText(QCoreApplication.translate("PaOfferDialog", u"At 21 (and at least once a year after, if they decline or do not answer) a former relevant young person is offered a PA's support to 25 (Children Act 1989 s.23CZB). Accepting it records that they have asked for support to 25.", None))
        self.offered_on_edit_label.setText(QCoreApplication.translate("PaOfferDialog", u"&Offered on *", None))
#if QT_CONFIG(accessibility)
        self.offered_on_edit.setAccessibleName(QCoreApplication.translate("PaOfferDialog", u"Offered on", None))
#endif // QT_CONFIG(accessibility)
        self.offered_on_error.setText("")
        self.how_edit_label.setText(QCoreApplication.translate("PaOfferDialog", u"&How (visit, phone, letter)", None))
#if QT_CONFIG(accessibility)
        self.how_edit.setAccessibleName(QCoreApplication.translate("PaOfferDialog", u"How the offer was made", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_combo_label.setText(QCoreApplication.translate("PaOfferDialog", u"O&utcome *", None))
#if QT_CONFIG(accessibility)
        self.outcome_combo.setAccessibleName(QCoreApplication.translate("PaOfferDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_error.setText("")
        self.notes_edit_label.setText(QCoreApplication.translate("PaOfferDialog", u"&Notes (in their words)", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("PaOfferDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

