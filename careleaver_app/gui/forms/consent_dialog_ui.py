# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(ConsentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ConsentDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.given_on_label = QLabel(ConsentDialog)
        self.given_on_label.setObjectName(u"given_on_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.given_on_label)

        self.given_on_edit = DateEdit(ConsentDialog)
        self.given_on_edit.setObjectName(u"given_on_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.given_on_edit)

        self.given_on_error = QLabel(ConsentDialog)
        self.given_on_error.setObjectName(u"given_on_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.given_on_error)

        self.scope_plan_label = QLabel(ConsentDialog)
        self.scope_plan_label.setObjectName(u"scope_plan_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scope_plan_label)

        self.scope_layout = QVBoxLayout()
        self.scope_layout.setObjectName(u"scope_layout")
        self.scope_plan_pdf = QCheckBox(ConsentDialog)
        self.scope_plan_pdf.setObjectName(u"scope_plan_pdf")

        self.scope_layout.addWidget(self.scope_plan_pdf)

        self.scope_cover_summary = QCheckBox(ConsentDialog)
        self.scope_cover_summary.setObjectName(u"scope_cover_summary")

        self.scope_layout.addWidget(self.scope_cover_summary)

        self.scope_gp = QCheckBox(ConsentDialog)
        self.scope_gp.setObjectName(u"scope_gp")

        self.scope_layout.addWidget(self.scope_gp)

        self.scope_pa_team = QCheckBox(ConsentDialog)
        self.scope_pa_team.setObjectName(u"scope_pa_team")

        self.scope_layout.addWidget(self.scope_pa_team)

        self.scope_health_services = QCheckBox(ConsentDialog)
        self.scope_health_services.setObjectName(u"scope_health_services")

        self.scope_layout.addWidget(self.scope_health_services)


        self.fields_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.scope_layout)

        self.scope_error = QLabel(ConsentDialog)
        self.scope_error.setObjectName(u"scope_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.scope_error)

        self.who_label = QLabel(ConsentDialog)
        self.who_label.setObjectName(u"who_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.who_label)

        self.who_edit = QLineEdit(ConsentDialog)
        self.who_edit.setObjectName(u"who_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.who_edit)

        self.review_by_label = QLabel(ConsentDialog)
        self.review_by_label.setObjectName(u"review_by_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.review_by_label)

        self.review_by_edit = DateEdit(ConsentDialog)
        self.review_by_edit.setObjectName(u"review_by_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.review_by_edit)

        self.review_by_error = QLabel(ConsentDialog)
        self.review_by_error.setObjectName(u"review_by_error")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.review_by_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(ConsentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.given_on_label.setBuddy(self.given_on_edit)
        self.scope_plan_label.setBuddy(self.scope_plan_pdf)
        self.who_label.setBuddy(self.who_edit)
        self.review_by_label.setBuddy(self.review_by_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentDialog)

        QMetaObject.connectSlotsByName(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"Consent to share health information", None))
        self.intro_label.setText(QCoreApplication.translate("ConsentDialog", u"From 18 their health information is theirs. Record what they agreed to share; outputs show health details only within it. Leave \u201cReview by\u201d blank to use the local standard.", None))
        self.given_on_label.setText(QCoreApplication.translate("ConsentDialog", u"&Given on *", None))
#if QT_CONFIG(accessibility)
        self.given_on_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Consent given on", None))
#endif // QT_CONFIG(accessibility)
        self.given_on_error.setText("")
        self.scope_plan_label.setText(QCoreApplication.translate("ConsentDialog", u"What it &covers *", None))
        self.scope_plan_pdf.setText(QCoreApplication.translate("ConsentDialog", u"Printed pathway plan", None))
#if QT_CONFIG(accessibility)
        self.scope_plan_pdf.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Printed pathway plan", None))
#endif // QT_CONFIG(accessibility)
        self.scope_cover_summary.setText(QCoreApplication.translate("ConsentDialog", u"Duty cover summary", None))
#if QT_CONFIG(accessibility)
        self.scope_cover_summary.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Duty cover summary", None))
#endif // QT_CONFIG(accessibility)
        self.scope_gp.setText(QCoreApplication.translate("ConsentDialog", u"Sharing with the GP", None))
#if QT_CONFIG(accessibility)
        self.scope_gp.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Sharing with the GP", None))
#endif // QT_CONFIG(accessibility)
        self.scope_pa_team.setText(QCoreApplication.translate("ConsentDialog", u"The leaving care team", None))
#if QT_CONFIG(accessibility)
        self.scope_pa_team.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"The leaving care team", None))
#endif // QT_CONFIG(accessibility)
        self.scope_health_services.setText(QCoreApplication.translate("ConsentDialog", u"Other health services", None))
#if QT_CONFIG(accessibility)
        self.scope_health_services.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Other health services", None))
#endif // QT_CONFIG(accessibility)
        self.scope_error.setText("")
        self.who_label.setText(QCoreApplication.translate("ConsentDialog", u"&Who may see it", None))
#if QT_CONFIG(accessibility)
        self.who_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Who may see it", None))
#endif // QT_CONFIG(accessibility)
        self.who_edit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"e.g. PA, GP, duty workers", None))
        self.review_by_label.setText(QCoreApplication.translate("ConsentDialog", u"&Review by", None))
#if QT_CONFIG(accessibility)
        self.review_by_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Check it again by", None))
#endif // QT_CONFIG(accessibility)
        self.review_by_error.setText("")
    # retranslateUi

