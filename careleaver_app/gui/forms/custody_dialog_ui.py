# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'custody_dialog.ui'
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

class Ui_CustodyDialog(object):
    def setupUi(self, CustodyDialog):
        if not CustodyDialog.objectName():
            CustodyDialog.setObjectName(u"CustodyDialog")
        CustodyDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(CustodyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(CustodyDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.release_on_edit_label = QLabel(CustodyDialog)
        self.release_on_edit_label.setObjectName(u"release_on_edit_label")
        self.release_on_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.release_on_edit_label)

        self.release_on_edit = DateEdit(CustodyDialog)
        self.release_on_edit.setObjectName(u"release_on_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.release_on_edit)

        self.release_on_error = QLabel(CustodyDialog)
        self.release_on_error.setObjectName(u"release_on_error")
        self.release_on_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.release_on_error)

        self.plan_reviewed_on_edit_label = QLabel(CustodyDialog)
        self.plan_reviewed_on_edit_label.setObjectName(u"plan_reviewed_on_edit_label")
        self.plan_reviewed_on_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.plan_reviewed_on_edit_label)

        self.plan_reviewed_on_edit = DateEdit(CustodyDialog)
        self.plan_reviewed_on_edit.setObjectName(u"plan_reviewed_on_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.plan_reviewed_on_edit)

        self.plan_reviewed_on_error = QLabel(CustodyDialog)
        self.plan_reviewed_on_error.setObjectName(u"plan_reviewed_on_error")
        self.plan_reviewed_on_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.plan_reviewed_on_error)

        self.accommodation_arranged_on_edit_label = QLabel(CustodyDialog)
        self.accommodation_arranged_on_edit_label.setObjectName(u"accommodation_arranged_on_edit_label")
        self.accommodation_arranged_on_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.accommodation_arranged_on_edit_label)

        self.accommodation_arranged_on_edit = DateEdit(CustodyDialog)
        self.accommodation_arranged_on_edit.setObjectName(u"accommodation_arranged_on_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.accommodation_arranged_on_edit)

        self.accommodation_arranged_on_error = QLabel(CustodyDialog)
        self.accommodation_arranged_on_error.setObjectName(u"accommodation_arranged_on_error")
        self.accommodation_arranged_on_error.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.accommodation_arranged_on_error)

        self.notes_edit_label = QLabel(CustodyDialog)
        self.notes_edit_label.setObjectName(u"notes_edit_label")
        self.notes_edit_label.setWordWrap(True)

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_edit_label)

        self.notes_edit = QPlainTextEdit(CustodyDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(CustodyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.release_on_edit_label.setBuddy(self.release_on_edit)
        self.plan_reviewed_on_edit_label.setBuddy(self.plan_reviewed_on_edit)
        self.accommodation_arranged_on_edit_label.setBuddy(self.accommodation_arranged_on_edit)
        self.notes_edit_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustodyDialog)

        QMetaObject.connectSlotsByName(CustodyDialog)
    # setupUi

    def retranslateUi(self, CustodyDialog):
        CustodyDialog.setWindowTitle(QCoreApplication.translate("CustodyDialog", u"Release from custody", None))
        self.intro_label.setText(QCoreApplication.translate("CustodyDialog", u"While they are in custody (accommodation X), the work tray asks for a plan review and accommodation to be arranged 28 days before the release date.", None))
        self.release_on_edit_label.setText(QCoreApplication.translate("CustodyDialog", u"&Release date *", None))
#if QT_CONFIG(accessibility)
        self.release_on_edit.setAccessibleName(QCoreApplication.translate("CustodyDialog", u"Expected release date", None))
#endif // QT_CONFIG(accessibility)
        self.release_on_error.setText("")
        self.plan_reviewed_on_edit_label.setText(QCoreApplication.translate("CustodyDialog", u"&Plan reviewed for the release on", None))
#if QT_CONFIG(accessibility)
        self.plan_reviewed_on_edit.setAccessibleName(QCoreApplication.translate("CustodyDialog", u"Plan reviewed on", None))
#endif // QT_CONFIG(accessibility)
        self.plan_reviewed_on_error.setText("")
        self.accommodation_arranged_on_edit_label.setText(QCoreApplication.translate("CustodyDialog", u"&Accommodation arranged on", None))
#if QT_CONFIG(accessibility)
        self.accommodation_arranged_on_edit.setAccessibleName(QCoreApplication.translate("CustodyDialog", u"Accommodation arranged on", None))
#endif // QT_CONFIG(accessibility)
        self.accommodation_arranged_on_error.setText("")
        self.notes_edit_label.setText(QCoreApplication.translate("CustodyDialog", u"&Notes (where they will live, who meets them)", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("CustodyDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

