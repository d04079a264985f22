# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_done_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_FollowUpDoneDialog(object):
    def setupUi(self, FollowUpDoneDialog):
        if not FollowUpDoneDialog.objectName():
            FollowUpDoneDialog.setObjectName(u"FollowUpDoneDialog")
        FollowUpDoneDialog.setMinimumSize(QSize(440, 0))
        self.main_layout = QVBoxLayout(FollowUpDoneDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.followup_label = QLabel(FollowUpDoneDialog)
        self.followup_label.setObjectName(u"followup_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.followup_label)

        self.followup_combo = QComboBox(FollowUpDoneDialog)
        self.followup_combo.setObjectName(u"followup_combo")
        self.followup_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.followup_combo.setMinimumContentsLength(30)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.followup_combo)

        self.followup_error = QLabel(FollowUpDoneDialog)
        self.followup_error.setObjectName(u"followup_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.followup_error)

        self.done_on_label = QLabel(FollowUpDoneDialog)
        self.done_on_label.setObjectName(u"done_on_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.done_on_label)

        self.done_on_edit = DateEdit(FollowUpDoneDialog)
        self.done_on_edit.setObjectName(u"done_on_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.done_on_edit)

        self.done_on_error = QLabel(FollowUpDoneDialog)
        self.done_on_error.setObjectName(u"done_on_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.done_on_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(FollowUpDoneDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.followup_label.setBuddy(self.followup_combo)
        self.done_on_label.setBuddy(self.done_on_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpDoneDialog)

        QMetaObject.connectSlotsByName(FollowUpDoneDialog)
    # setupUi

    def retranslateUi(self, FollowUpDoneDialog):
        FollowUpDoneDialog.setWindowTitle(QCoreApplication.translate("FollowUpDoneDialog", u"Follow-up done", None))
        self.followup_label.setText(QCoreApplication.translate("FollowUpDoneDialog", u"&Which follow-up *", None))
#if QT_CONFIG(accessibility)
        self.followup_combo.setAccessibleName(QCoreApplication.translate("FollowUpDoneDialog", u"Which follow-up", None))
#endif // QT_CONFIG(accessibility)
        self.followup_error.setText("")
        self.done_on_label.setText(QCoreApplication.translate("FollowUpDoneDialog", u"Done &on *", None))
#if QT_CONFIG(accessibility)
        self.done_on_edit.setAccessibleName(QCoreApplication.translate("FollowUpDoneDialog", u"Done on", None))
#endif // QT_CONFIG(accessibility)
        self.done_on_error.setText("")
    # retranslateUi

