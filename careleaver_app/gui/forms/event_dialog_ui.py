# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(EventDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.on_label = QLabel(EventDialog)
        self.on_label.setObjectName(u"on_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on_edit = DateEdit(EventDialog)
        self.on_edit.setObjectName(u"on_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on_edit)

        self.on_error = QLabel(EventDialog)
        self.on_error.setObjectName(u"on_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.on_error)

        self.title_label = QLabel(EventDialog)
        self.title_label.setObjectName(u"title_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(EventDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.title_error = QLabel(EventDialog)
        self.title_error.setObjectName(u"title_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.title_error)

        self.detail_label = QLabel(EventDialog)
        self.detail_label.setObjectName(u"detail_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.detail_label)

        self.detail_edit = QPlainTextEdit(EventDialog)
        self.detail_edit.setObjectName(u"detail_edit")
        self.detail_edit.setTabChangesFocus(True)
        self.detail_edit.setMaximumSize(QSize(16777215, 110))

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.detail_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(EventDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.on_label.setBuddy(self.on_edit)
        self.title_label.setBuddy(self.title_edit)
        self.detail_label.setBuddy(self.detail_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventDialog)

        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"Add a significant event", None))
        self.on_label.setText(QCoreApplication.translate("EventDialog", u"&Date *", None))
#if QT_CONFIG(accessibility)
        self.on_edit.setAccessibleName(QCoreApplication.translate("EventDialog", u"Date of the event", None))
#endif // QT_CONFIG(accessibility)
        self.on_error.setText("")
        self.title_label.setText(QCoreApplication.translate("EventDialog", u"&What happened *", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("EventDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.title_error.setText("")
        self.detail_label.setText(QCoreApplication.translate("EventDialog", u"D&etail", None))
#if QT_CONFIG(accessibility)
        self.detail_edit.setAccessibleName(QCoreApplication.translate("EventDialog", u"Detail", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

