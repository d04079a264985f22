# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offer_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_OfferDialog(object):
    def setupUi(self, OfferDialog):
        if not OfferDialog.objectName():
            OfferDialog.setObjectName(u"OfferDialog")
        OfferDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(OfferDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(OfferDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.on_label = QLabel(OfferDialog)
        self.on_label.setObjectName(u"on_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on_edit = DateEdit(OfferDialog)
        self.on_edit.setObjectName(u"on_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on_edit)

        self.on_error = QLabel(OfferDialog)
        self.on_error.setObjectName(u"on_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.on_error)

        self.method_label = QLabel(OfferDialog)
        self.method_label.setObjectName(u"method_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method_combo = QComboBox(OfferDialog)
        self.method_combo.setObjectName(u"method_combo")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.method_combo)

        self.method_error = QLabel(OfferDialog)
        self.method_error.setObjectName(u"method_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.method_error)

        self.notes_label = QLabel(OfferDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(OfferDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(OfferDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.on_label.setBuddy(self.on_edit)
        self.method_label.setBuddy(self.method_combo)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OfferDialog)

        QMetaObject.connectSlotsByName(OfferDialog)
    # setupUi

    def retranslateUi(self, OfferDialog):
        OfferDialog.setWindowTitle(QCoreApplication.translate("OfferDialog", u"Local offer explained", None))
        self.intro_label.setText(QCoreApplication.translate("OfferDialog", u"Record each time the local offer (CSWA 2017 s.2) is explained, and how, so you can see the young person knows their entitlements.", None))
        self.on_label.setText(QCoreApplication.translate("OfferDialog", u"&Date *", None))
#if QT_CONFIG(accessibility)
        self.on_edit.setAccessibleName(QCoreApplication.translate("OfferDialog", u"Date explained", None))
#endif // QT_CONFIG(accessibility)
        self.on_error.setText("")
        self.method_label.setText(QCoreApplication.translate("OfferDialog", u"&How", None))
#if QT_CONFIG(accessibility)
        self.method_combo.setAccessibleName(QCoreApplication.translate("OfferDialog", u"How it was explained", None))
#endif // QT_CONFIG(accessibility)
        self.method_error.setText("")
        self.notes_label.setText(QCoreApplication.translate("OfferDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("OfferDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("OfferDialog", u"e.g. went through the leaflet; interested in the leisure pass", None))
    # retranslateUi

