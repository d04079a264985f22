# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_section.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_PlanSectionPage(object):
    def setupUi(self, PlanSectionPage):
        if not PlanSectionPage.objectName():
            PlanSectionPage.setObjectName(u"PlanSectionPage")
        self.main_layout = QVBoxLayout(PlanSectionPage)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(PlanSectionPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.statutory_label = QLabel(PlanSectionPage)
        self.statutory_label.setObjectName(u"statutory_label")
        self.statutory_label.setWordWrap(True)

        self.main_layout.addWidget(self.statutory_label)

        self.prompt_label = QLabel(PlanSectionPage)
        self.prompt_label.setObjectName(u"prompt_label")
        self.prompt_label.setWordWrap(True)

        self.main_layout.addWidget(self.prompt_label)

        self.notes_label = QLabel(PlanSectionPage)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setWordWrap(True)

        self.main_layout.addWidget(self.notes_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.need_label = QLabel(PlanSectionPage)
        self.need_label.setObjectName(u"need_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.need_label)

        self.need_edit = QPlainTextEdit(PlanSectionPage)
        self.need_edit.setObjectName(u"need_edit")
        self.need_edit.setTabChangesFocus(True)
        self.need_edit.setMaximumSize(QSize(16777215, 110))

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.need_edit)

        self.need_error = QLabel(PlanSectionPage)
        self.need_error.setObjectName(u"need_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.need_error)

        self.own_words_label = QLabel(PlanSectionPage)
        self.own_words_label.setObjectName(u"own_words_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.own_words_label)

        self.own_words_edit = QPlainTextEdit(PlanSectionPage)
        self.own_words_edit.setObjectName(u"own_words_edit")
        self.own_words_edit.setTabChangesFocus(True)
        self.own_words_edit.setMaximumSize(QSize(16777215, 80))

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.own_words_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.actions_group = QGroupBox(PlanSectionPage)
        self.actions_group.setObjectName(u"actions_group")
        self.actions_layout = QVBoxLayout(self.actions_group)
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions_table = QTableView(self.actions_group)
        self.actions_table.setObjectName(u"actions_table")
        self.actions_table.setMinimumSize(QSize(0, 120))

        self.actions_layout.addWidget(self.actions_table)

        self.action_buttons = QHBoxLayout()
        self.action_buttons.setObjectName(u"action_buttons")
        self.add_action_button = QPushButton(self.actions_group)
        self.add_action_button.setObjectName(u"add_action_button")

        self.action_buttons.addWidget(self.add_action_button)

        self.edit_action_button = QPushButton(self.actions_group)
        self.edit_action_button.setObjectName(u"edit_action_button")

        self.action_buttons.addWidget(self.edit_action_button)

        self.action_done_button = QPushButton(self.actions_group)
        self.action_done_button.setObjectName(u"action_done_button")

        self.action_buttons.addWidget(self.action_done_button)

        self.remove_action_button = QPushButton(self.actions_group)
        self.remove_action_button.setObjectName(u"remove_action_button")

        self.action_buttons.addWidget(self.remove_action_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_buttons.addItem(self.action_spacer)


        self.actions_layout.addLayout(self.action_buttons)


        self.main_layout.addWidget(self.actions_group)

        self.contingencies_group = QGroupBox(PlanSectionPage)
        self.contingencies_group.setObjectName(u"contingencies_group")
        self.contingencies_layout = QVBoxLayout(self.contingencies_group)
        self.contingencies_layout.setObjectName(u"contingencies_layout")
        self.contingencies_table = QTableView(self.contingencies_group)
        self.contingencies_table.setObjectName(u"contingencies_table")
        self.contingencies_table.setMinimumSize(QSize(0, 100))

        self.contingencies_layout.addWidget(self.contingencies_table)

        self.contingency_buttons = QHBoxLayout()
        self.contingency_buttons.setObjectName(u"contingency_buttons")
        self.add_contingency_button = QPushButton(self.contingencies_group)
        self.add_contingency_button.setObjectName(u"add_contingency_button")

        self.contingency_buttons.addWidget(self.add_contingency_button)

        self.edit_contingency_button = QPushButton(self.contingencies_group)
        self.edit_contingency_button.setObjectName(u"edit_contingency_button")

        self.contingency_buttons.addWidget(self.edit_contingency_button)

        self.check_contingency_button = QPushButton(self.contingencies_group)
        self.check_contingency_button.setObjectName(u"check_contingency_button")

        self.contingency_buttons.addWidget(self.check_contingency_button)

        self.remove_contingency_button = QPushButton(self.contingencies_group)
        self.remove_contingency_button.setObjectName(u"remove_contingency_button")

        self.contingency_buttons.addWidget(self.remove_contingency_button)

        self.cont_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contingency_buttons.addItem(self.cont_spacer)


        self.contingencies_layout.addLayout(self.contingency_buttons)

        self.contingencies_error = QLabel(self.contingencies_group)
        self.contingencies_error.setObjectName(u"contingencies_error")

        self.contingencies_layout.addWidget(self.contingencies_error)


        self.main_layout.addWidget(self.contingencies_group)

#if QT_CONFIG(shortcut)
        self.need_label.setBuddy(self.need_edit)
        self.own_words_label.setBuddy(self.own_words_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanSectionPage)

        QMetaObject.connectSlotsByName(PlanSectionPage)
    # setupUi

    def retranslateUi(self, PlanSectionPage):
        PlanSectionPage.setWindowTitle(QCoreApplication.translate("PlanSectionPage", u"Plan section", None))
        self.title_label.setText("")
        self.statutory_label.setText("")
        self.prompt_label.setText("")
        self.notes_label.setText("")
        self.need_label.setText(QCoreApplication.translate("PlanSectionPage", u"Wha&t is needed *", None))
#if QT_CONFIG(accessibility)
        self.need_edit.setAccessibleName(QCoreApplication.translate("PlanSectionPage", u"What is needed and what will happen", None))
#endif // QT_CONFIG(accessibility)
        self.need_error.setText("")
        self.own_words_label.setText(QCoreApplication.translate("PlanSectionPage", u"&In their own words", None))
#if QT_CONFIG(accessibility)
        self.own_words_edit.setAccessibleName(QCoreApplication.translate("PlanSectionPage", u"In the young person's own words", None))
#endif // QT_CONFIG(accessibility)
        self.actions_group.setTitle(QCoreApplication.translate("PlanSectionPage", u"What will be done", None))
#if QT_CONFIG(accessibility)
        self.actions_table.setAccessibleName(QCoreApplication.translate("PlanSectionPage", u"Actions", None))
#endif // QT_CONFIG(accessibility)
        self.add_action_button.setText(QCoreApplication.translate("PlanSectionPage", u"Add a&ction\u2026", None))
        self.edit_action_button.setText(QCoreApplication.translate("PlanSectionPage", u"Edit\u2026", None))
        self.action_done_button.setText(QCoreApplication.translate("PlanSectionPage", u"Mark d&one\u2026", None))
        self.remove_action_button.setText(QCoreApplication.translate("PlanSectionPage", u"Remove", None))
        self.contingencies_group.setTitle(QCoreApplication.translate("PlanSectionPage", u"If things go wrong", None))
#if QT_CONFIG(accessibility)
        self.contingencies_table.setAccessibleName(QCoreApplication.translate("PlanSectionPage", u"Contingencies", None))
#endif // QT_CONFIG(accessibility)
        self.add_contingency_button.setText(QCoreApplication.translate("PlanSectionPage", u"Add contin&gency\u2026", None))
        self.edit_contingency_button.setText(QCoreApplication.translate("PlanSectionPage", u"Edit\u2026", None))
        self.check_contingency_button.setText(QCoreApplication.translate("PlanSectionPage", u"Re&cord check\u2026", None))
        self.remove_contingency_button.setText(QCoreApplication.translate("PlanSectionPage", u"Remove", None))
        self.contingencies_error.setText("")
    # retranslateUi

