# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_request_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_ReviewRequestDialog(object):
    def setupUi(self, ReviewRequestDialog):
        if not ReviewRequestDialog.objectName():
            ReviewRequestDialog.setObjectName(u"ReviewRequestDialog")
        ReviewRequestDialog.setMinimumSize(QSize(480, 0))
        self.main_layout = QVBoxLayout(ReviewRequestDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ReviewRequestDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.source_label = QLabel(ReviewRequestDialog)
        self.source_label.setObjectName(u"source_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_combo = QComboBox(ReviewRequestDialog)
        self.source_combo.setObjectName(u"source_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.source_combo)

        self.requested_on_label = QLabel(ReviewRequestDialog)
        self.requested_on_label.setObjectName(u"requested_on_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.requested_on_label)

        self.requested_on_edit = DateEdit(ReviewRequestDialog)
        self.requested_on_edit.setObjectName(u"requested_on_edit")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requested_on_edit)

        self.requested_on_error = QLabel(ReviewRequestDialog)
        self.requested_on_error.setObjectName(u"requested_on_error")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.requested_on_error)

        self.reason_label = QLabel(ReviewRequestDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(ReviewRequestDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(ReviewRequestDialog)
        self.reason_error.setObjectName(u"reason_error")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.reason_error)

        self.due_by_label = QLabel(ReviewRequestDialog)
        self.due_by_label.setObjectName(u"due_by_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.due_by_label)

        self.due_by_edit = DateEdit(ReviewRequestDialog)
        self.due_by_edit.setObjectName(u"due_by_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.due_by_edit)

        self.due_by_error = QLabel(ReviewRequestDialog)
        self.due_by_error.setObjectName(u"due_by_error")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.due_by_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(ReviewRequestDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.source_label.setBuddy(self.source_combo)
        self.requested_on_label.setBuddy(self.requested_on_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.due_by_label.setBuddy(self.due_by_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewRequestDialog)

        QMetaObject.connectSlotsByName(ReviewRequestDialog)
    # setupUi

    def retranslateUi(self, ReviewRequestDialog):
        ReviewRequestDialog.setWindowTitle(QCoreApplication.translate("ReviewRequestDialog", u"Ask for a review", None))
        self.intro_label.setText(QCoreApplication.translate("ReviewRequestDialog", u"A review the young person asks for cannot be refused. Leave \u201cHold by\u201d blank to use the local standard.", None))
        self.source_label.setText(QCoreApplication.translate("ReviewRequestDialog", u"&Who asked", None))
#if QT_CONFIG(accessibility)
        self.source_combo.setAccessibleName(QCoreApplication.translate("ReviewRequestDialog", u"Who asked for the review", None))
#endif // QT_CONFIG(accessibility)
        self.requested_on_label.setText(QCoreApplication.translate("ReviewRequestDialog", u"&Asked on", None))
#if QT_CONFIG(accessibility)
        self.requested_on_edit.setAccessibleName(QCoreApplication.translate("ReviewRequestDialog", u"Asked on", None))
#endif // QT_CONFIG(accessibility)
        self.requested_on_error.setText("")
        self.reason_label.setText(QCoreApplication.translate("ReviewRequestDialog", u"Wh&y", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("ReviewRequestDialog", u"Why a review is needed", None))
#endif // QT_CONFIG(accessibility)
        self.reason_error.setText("")
        self.due_by_label.setText(QCoreApplication.translate("ReviewRequestDialog", u"&Hold by", None))
#if QT_CONFIG(accessibility)
        self.due_by_edit.setAccessibleName(QCoreApplication.translate("ReviewRequestDialog", u"Hold the review by", None))
#endif // QT_CONFIG(accessibility)
        self.due_by_error.setText("")
    # retranslateUi

