# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QTimeEdit, QVBoxLayout,
    QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.setMinimumSize(QSize(720, 0))
        self.main_layout = QVBoxLayout(ContactDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.date_label = QLabel(ContactDialog)
        self.date_label.setObjectName(u"date_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.when_layout = QHBoxLayout()
        self.when_layout.setObjectName(u"when_layout")
        self.date_edit = DateEdit(ContactDialog)
        self.date_edit.setObjectName(u"date_edit")

        self.when_layout.addWidget(self.date_edit)

        self.start_time_edit = QTimeEdit(ContactDialog)
        self.start_time_edit.setObjectName(u"start_time_edit")

        self.when_layout.addWidget(self.start_time_edit)

        self.to_label = QLabel(ContactDialog)
        self.to_label.setObjectName(u"to_label")

        self.when_layout.addWidget(self.to_label)

        self.end_time_edit = QLineEdit(ContactDialog)
        self.end_time_edit.setObjectName(u"end_time_edit")

        self.when_layout.addWidget(self.end_time_edit)

        self.when_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.when_layout.addItem(self.when_spacer)


        self.fields_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.when_layout)

        self.occurred_at_error = QLabel(ContactDialog)
        self.occurred_at_error.setObjectName(u"occurred_at_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.occurred_at_error)

        self.ended_at_error = QLabel(ContactDialog)
        self.ended_at_error.setObjectName(u"ended_at_error")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.ended_at_error)

        self.type_label = QLabel(ContactDialog)
        self.type_label.setObjectName(u"type_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.type_label)

        self.type_combo = QComboBox(ContactDialog)
        self.type_combo.setObjectName(u"type_combo")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.type_combo)

        self.worker_label = QLabel(ContactDialog)
        self.worker_label.setObjectName(u"worker_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.worker_label)

        self.worker_combo = QComboBox(ContactDialog)
        self.worker_combo.setObjectName(u"worker_combo")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.worker_combo)

        self.seen_label = QLabel(ContactDialog)
        self.seen_label.setObjectName(u"seen_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.seen_label)

        self.seen_layout = QHBoxLayout()
        self.seen_layout.setObjectName(u"seen_layout")
        self.seen_check = QCheckBox(ContactDialog)
        self.seen_check.setObjectName(u"seen_check")

        self.seen_layout.addWidget(self.seen_check)

        self.seen_alone_check = QCheckBox(ContactDialog)
        self.seen_alone_check.setObjectName(u"seen_alone_check")

        self.seen_layout.addWidget(self.seen_alone_check)

        self.two_way_check = QCheckBox(ContactDialog)
        self.two_way_check.setObjectName(u"two_way_check")

        self.seen_layout.addWidget(self.two_way_check)

        self.seen_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.seen_layout.addItem(self.seen_spacer)


        self.fields_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.seen_layout)

        self.seen_error = QLabel(ContactDialog)
        self.seen_error.setObjectName(u"seen_error")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.seen_error)

        self.seen_alone_error = QLabel(ContactDialog)
        self.seen_alone_error.setObjectName(u"seen_alone_error")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.seen_alone_error)

        self.location_label = QLabel(ContactDialog)
        self.location_label.setObjectName(u"location_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_edit = QLineEdit(ContactDialog)
        self.location_edit.setObjectName(u"location_edit")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.summary_label = QLabel(ContactDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QPlainTextEdit(ContactDialog)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumSize(QSize(16777215, 180))

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.summary_error = QLabel(ContactDialog)
        self.summary_error.setObjectName(u"summary_error")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.summary_error)

        self.significant_label = QLabel(ContactDialog)
        self.significant_label.setObjectName(u"significant_label")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.significant_label)

        self.significant_check = QCheckBox(ContactDialog)
        self.significant_check.setObjectName(u"significant_check")

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.significant_check)

        self.followups_group = QGroupBox(ContactDialog)
        self.followups_group.setObjectName(u"followups_group")
        self.followups_layout = QVBoxLayout(self.followups_group)
        self.followups_layout.setObjectName(u"followups_layout")
        self.followups_table = QTableWidget(self.followups_group)
        self.followups_table.setObjectName(u"followups_table")
        self.followups_table.setColumnCount(4)
        self.followups_table.setMinimumSize(QSize(0, 100))

        self.followups_layout.addWidget(self.followups_table)

        self.followup_buttons = QHBoxLayout()
        self.followup_buttons.setObjectName(u"followup_buttons")
        self.add_followup_button = QPushButton(self.followups_group)
        self.add_followup_button.setObjectName(u"add_followup_button")

        self.followup_buttons.addWidget(self.add_followup_button)

        self.remove_followup_button = QPushButton(self.followups_group)
        self.remove_followup_button.setObjectName(u"remove_followup_button")

        self.followup_buttons.addWidget(self.remove_followup_button)

        self.fu_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followup_buttons.addItem(self.fu_spacer)


        self.followups_layout.addLayout(self.followup_buttons)

        self.follow_ups_error = QLabel(self.followups_group)
        self.follow_ups_error.setObjectName(u"follow_ups_error")

        self.followups_layout.addWidget(self.follow_ups_error)


        self.fields_layout.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.followups_group)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(ContactDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.type_label.setBuddy(self.type_combo)
        self.worker_label.setBuddy(self.worker_combo)
        self.seen_label.setBuddy(self.seen_check)
        self.location_label.setBuddy(self.location_edit)
        self.summary_label.setBuddy(self.summary_edit)
        self.significant_label.setBuddy(self.significant_check)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Log a contact", None))
        self.date_label.setText(QCoreApplication.translate("ContactDialog", u"&When *", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Date of the contact", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.start_time_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.start_time_edit.setDisplayFormat(QCoreApplication.translate("ContactDialog", u"HH:mm", None))
        self.to_label.setText(QCoreApplication.translate("ContactDialog", u"to", None))
#if QT_CONFIG(accessibility)
        self.end_time_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"End time (hh:mm), if known", None))
#endif // QT_CONFIG(accessibility)
        self.end_time_edit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"hh:mm", None))
        self.occurred_at_error.setText("")
        self.ended_at_error.setText("")
        self.type_label.setText(QCoreApplication.translate("ContactDialog", u"&Type *", None))
#if QT_CONFIG(accessibility)
        self.type_combo.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Type of contact", None))
#endif // QT_CONFIG(accessibility)
        self.worker_label.setText(QCoreApplication.translate("ContactDialog", u"Made &by", None))
#if QT_CONFIG(accessibility)
        self.worker_combo.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Who made the contact", None))
#endif // QT_CONFIG(accessibility)
        self.seen_label.setText(QCoreApplication.translate("ContactDialog", u"Young person", None))
        self.seen_check.setText(QCoreApplication.translate("ContactDialog", u"Seen", None))
#if QT_CONFIG(accessibility)
        self.seen_check.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Seen", None))
#endif // QT_CONFIG(accessibility)
        self.seen_alone_check.setText(QCoreApplication.translate("ContactDialog", u"Seen alone", None))
#if QT_CONFIG(accessibility)
        self.seen_alone_check.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Seen alone", None))
#endif // QT_CONFIG(accessibility)
        self.two_way_check.setText(QCoreApplication.translate("ContactDialog", u"They &answered (two-way)", None))
#if QT_CONFIG(tooltip)
        self.two_way_check.setToolTip(QCoreApplication.translate("ContactDialog", u"A letter, email or text reaches the young person only if they answered it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.two_way_check.setAccessibleName(QCoreApplication.translate("ContactDialog", u"They answered: a two-way contact", None))
#endif // QT_CONFIG(accessibility)
        self.seen_error.setText("")
        self.seen_alone_error.setText("")
        self.location_label.setText(QCoreApplication.translate("ContactDialog", u"Whe&re", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Where it happened", None))
#endif // QT_CONFIG(accessibility)
        self.location_edit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"e.g. Home; caf\u00e9 in town", None))
        self.summary_label.setText(QCoreApplication.translate("ContactDialog", u"&Summary *", None))
#if QT_CONFIG(accessibility)
        self.summary_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Summary of the contact", None))
#endif // QT_CONFIG(accessibility)
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"What happened, what was discussed, how the young person seemed", None))
        self.summary_error.setText("")
        self.significant_label.setText(QCoreApplication.translate("ContactDialog", u"Si&gnificant", None))
        self.significant_check.setText(QCoreApplication.translate("ContactDialog", u"Significant event: show it in the chronology", None))
#if QT_CONFIG(accessibility)
        self.significant_check.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Significant event: show it in the chronology", None))
#endif // QT_CONFIG(accessibility)
        self.followups_group.setTitle(QCoreApplication.translate("ContactDialog", u"Follow-up actions", None))
#if QT_CONFIG(accessibility)
        self.followups_table.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Follow-up actions", None))
#endif // QT_CONFIG(accessibility)
        self.add_followup_button.setText(QCoreApplication.translate("ContactDialog", u"Add &follow-up", None))
        self.remove_followup_button.setText(QCoreApplication.translate("ContactDialog", u"Remo&ve follow-up", None))
        self.follow_ups_error.setText("")
    # retranslateUi

