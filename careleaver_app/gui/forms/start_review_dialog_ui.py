# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_review_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_StartReviewDialog(object):
    def setupUi(self, StartReviewDialog):
        if not StartReviewDialog.objectName():
            StartReviewDialog.setObjectName(u"StartReviewDialog")
        StartReviewDialog.setMinimumSize(QSize(480, 0))
        self.main_layout = QVBoxLayout(StartReviewDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(StartReviewDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.review_date_label = QLabel(StartReviewDialog)
        self.review_date_label.setObjectName(u"review_date_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.review_date_label)

        self.review_date_edit = DateEdit(StartReviewDialog)
        self.review_date_edit.setObjectName(u"review_date_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.review_date_edit)

        self.review_date_error = QLabel(StartReviewDialog)
        self.review_date_error.setObjectName(u"review_date_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.review_date_error)

        self.reason_label = QLabel(StartReviewDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_combo = QComboBox(StartReviewDialog)
        self.reason_combo.setObjectName(u"reason_combo")
        self.reason_combo.setEditable(True)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_combo)

        self.review_reason_error = QLabel(StartReviewDialog)
        self.review_reason_error.setObjectName(u"review_reason_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.review_reason_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(StartReviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.review_date_label.setBuddy(self.review_date_edit)
        self.reason_label.setBuddy(self.reason_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StartReviewDialog)

        QMetaObject.connectSlotsByName(StartReviewDialog)
    # setupUi

    def retranslateUi(self, StartReviewDialog):
        StartReviewDialog.setWindowTitle(QCoreApplication.translate("StartReviewDialog", u"Start a review", None))
        self.intro_label.setText(QCoreApplication.translate("StartReviewDialog", u"A review makes a new version of the plan, copied from the current one. The current version stays as it is and can still be printed.", None))
        self.review_date_label.setText(QCoreApplication.translate("StartReviewDialog", u"&Date of the review *", None))
#if QT_CONFIG(accessibility)
        self.review_date_edit.setAccessibleName(QCoreApplication.translate("StartReviewDialog", u"Date of the review", None))
#endif // QT_CONFIG(accessibility)
        self.review_date_error.setText("")
        self.reason_label.setText(QCoreApplication.translate("StartReviewDialog", u"&Reason *", None))
#if QT_CONFIG(accessibility)
        self.reason_combo.setAccessibleName(QCoreApplication.translate("StartReviewDialog", u"Reason for the review", None))
#endif // QT_CONFIG(accessibility)
        self.review_reason_error.setText("")
    # retranslateUi

