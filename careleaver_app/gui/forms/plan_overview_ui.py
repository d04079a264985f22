# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_overview.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_PlanOverview(object):
    def setupUi(self, PlanOverview):
        if not PlanOverview.objectName():
            PlanOverview.setObjectName(u"PlanOverview")
        self.main_layout = QVBoxLayout(PlanOverview)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(PlanOverview)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.start_date_label = QLabel(PlanOverview)
        self.start_date_label.setObjectName(u"start_date_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date_edit = DateEdit(PlanOverview)
        self.start_date_edit.setObjectName(u"start_date_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.start_date_edit)

        self.start_date_error = QLabel(PlanOverview)
        self.start_date_error.setObjectName(u"start_date_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.start_date_error)

        self.review_date_label = QLabel(PlanOverview)
        self.review_date_label.setObjectName(u"review_date_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.review_date_label)

        self.review_date_edit = DateEdit(PlanOverview)
        self.review_date_edit.setObjectName(u"review_date_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.review_date_edit)

        self.review_date_error = QLabel(PlanOverview)
        self.review_date_error.setObjectName(u"review_date_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.review_date_error)

        self.review_reason_label = QLabel(PlanOverview)
        self.review_reason_label.setObjectName(u"review_reason_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.review_reason_label)

        self.review_reason_edit = QLineEdit(PlanOverview)
        self.review_reason_edit.setObjectName(u"review_reason_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.review_reason_edit)

        self.pa_label = QLabel(PlanOverview)
        self.pa_label.setObjectName(u"pa_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pa_label)

        self.pa_value = QLabel(PlanOverview)
        self.pa_value.setObjectName(u"pa_value")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pa_value)

        self.participants_label = QLabel(PlanOverview)
        self.participants_label.setObjectName(u"participants_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.participants_label)

        self.participants_edit = QPlainTextEdit(PlanOverview)
        self.participants_edit.setObjectName(u"participants_edit")
        self.participants_edit.setTabChangesFocus(True)
        self.participants_edit.setMaximumSize(QSize(16777215, 70))

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.participants_edit)

        self.views_label = QLabel(PlanOverview)
        self.views_label.setObjectName(u"views_label")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.views_label)

        self.views_edit = QPlainTextEdit(PlanOverview)
        self.views_edit.setObjectName(u"views_edit")
        self.views_edit.setTabChangesFocus(True)
        self.views_edit.setMaximumSize(QSize(16777215, 110))

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.views_edit)

        self.views_error = QLabel(PlanOverview)
        self.views_error.setObjectName(u"views_error")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.views_error)

        self.views_not_recorded_label = QLabel(PlanOverview)
        self.views_not_recorded_label.setObjectName(u"views_not_recorded_label")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.views_not_recorded_label)

        self.views_not_recorded_edit = QLineEdit(PlanOverview)
        self.views_not_recorded_edit.setObjectName(u"views_not_recorded_edit")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.views_not_recorded_edit)

        self.disagreements_label = QLabel(PlanOverview)
        self.disagreements_label.setObjectName(u"disagreements_label")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.disagreements_label)

        self.disagreements_edit = QPlainTextEdit(PlanOverview)
        self.disagreements_edit.setObjectName(u"disagreements_edit")
        self.disagreements_edit.setTabChangesFocus(True)
        self.disagreements_edit.setMaximumSize(QSize(16777215, 70))

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.disagreements_edit)

        self.copy_given_label = QLabel(PlanOverview)
        self.copy_given_label.setObjectName(u"copy_given_label")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.copy_given_label)

        self.copy_given_edit = DateEdit(PlanOverview)
        self.copy_given_edit.setObjectName(u"copy_given_edit")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.copy_given_edit)

        self.copy_given_date_error = QLabel(PlanOverview)
        self.copy_given_date_error.setObjectName(u"copy_given_date_error")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.copy_given_date_error)

        self.actions_error = QLabel(PlanOverview)
        self.actions_error.setObjectName(u"actions_error")

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.actions_error)


        self.main_layout.addLayout(self.fields_layout)

        self.oversight_group = QGroupBox(PlanOverview)
        self.oversight_group.setObjectName(u"oversight_group")
        self.oversight_layout = QVBoxLayout(self.oversight_group)
        self.oversight_layout.setObjectName(u"oversight_layout")
        self.oversight_label = QLabel(self.oversight_group)
        self.oversight_label.setObjectName(u"oversight_label")
        self.oversight_label.setWordWrap(True)

        self.oversight_layout.addWidget(self.oversight_label)


        self.main_layout.addWidget(self.oversight_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.start_date_label.setBuddy(self.start_date_edit)
        self.review_date_label.setBuddy(self.review_date_edit)
        self.review_reason_label.setBuddy(self.review_reason_edit)
        self.pa_label.setBuddy(self.pa_value)
        self.participants_label.setBuddy(self.participants_edit)
        self.views_label.setBuddy(self.views_edit)
        self.views_not_recorded_label.setBuddy(self.views_not_recorded_edit)
        self.disagreements_label.setBuddy(self.disagreements_edit)
        self.copy_given_label.setBuddy(self.copy_given_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanOverview)

        QMetaObject.connectSlotsByName(PlanOverview)
    # setupUi

    def retranslateUi(self, PlanOverview):
        PlanOverview.setWindowTitle(QCoreApplication.translate("PlanOverview", u"About the plan", None))
        self.title_label.setText(QCoreApplication.translate("PlanOverview", u"About the plan", None))
        self.start_date_label.setText(QCoreApplication.translate("PlanOverview", u"Plan started *", None))
#if QT_CONFIG(accessibility)
        self.start_date_edit.setAccessibleName(QCoreApplication.translate("PlanOverview", u"Plan start date", None))
#endif // QT_CONFIG(accessibility)
        self.start_date_error.setText("")
        self.review_date_label.setText(QCoreApplication.translate("PlanOverview", u"Review date", None))
#if QT_CONFIG(accessibility)
        self.review_date_edit.setAccessibleName(QCoreApplication.translate("PlanOverview", u"Review date", None))
#endif // QT_CONFIG(accessibility)
        self.review_date_error.setText("")
        self.review_reason_label.setText(QCoreApplication.translate("PlanOverview", u"Review reason", None))
#if QT_CONFIG(accessibility)
        self.review_reason_edit.setAccessibleName(QCoreApplication.translate("PlanOverview", u"Reason for the review", None))
#endif // QT_CONFIG(accessibility)
        self.pa_label.setText(QCoreApplication.translate("PlanOverview", u"Personal adviser", None))
        self.pa_value.setText("")
        self.participants_label.setText(QCoreApplication.translate("PlanOverview", u"Who &took part", None))
#if QT_CONFIG(accessibility)
        self.participants_edit.setAccessibleName(QCoreApplication.translate("PlanOverview", u"Who took part", None))
#endif // QT_CONFIG(accessibility)
        self.participants_edit.setPlaceholderText(QCoreApplication.translate("PlanOverview", u"The young person, carers, other professionals", None))
        self.views_label.setText(QCoreApplication.translate("PlanOverview", u"Their v&iews *", None))
#if QT_CONFIG(accessibility)
        self.views_edit.setAccessibleName(QCoreApplication.translate("PlanOverview", u"The young person's views in their own words", None))
#endif // QT_CONFIG(accessibility)
        self.views_edit.setPlaceholderText(QCoreApplication.translate("PlanOverview", u"In their own words", None))
        self.views_error.setText("")
        self.views_not_recorded_label.setText(QCoreApplication.translate("PlanOverview", u"Views not recorded &because", None))
#if QT_CONFIG(accessibility)
        self.views_not_recorded_edit.setAccessibleName(QCoreApplication.translate("PlanOverview", u"Why the views are not recorded", None))
#endif // QT_CONFIG(accessibility)
        self.disagreements_label.setText(QCoreApplication.translate("PlanOverview", u"What they disa&gree with", None))
#if QT_CONFIG(accessibility)
        self.disagreements_edit.setAccessibleName(QCoreApplication.translate("PlanOverview", u"What they disagree with", None))
#endif // QT_CONFIG(accessibility)
        self.copy_given_label.setText(QCoreApplication.translate("PlanOverview", u"&Copy given on *", None))
#if QT_CONFIG(accessibility)
        self.copy_given_edit.setAccessibleName(QCoreApplication.translate("PlanOverview", u"Copy given to the young person on", None))
#endif // QT_CONFIG(accessibility)
        self.copy_given_date_error.setText("")
        self.actions_error.setText("")
        self.oversight_group.setTitle(QCoreApplication.translate("PlanOverview", u"Management oversight", None))
        self.oversight_label.setText("")
    # retranslateUi

