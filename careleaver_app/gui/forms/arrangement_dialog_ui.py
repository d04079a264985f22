# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'arrangement_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_ArrangementDialog(object):
    def setupUi(self, ArrangementDialog):
        if not ArrangementDialog.objectName():
            ArrangementDialog.setObjectName(u"ArrangementDialog")
        ArrangementDialog.setMinimumSize(QSize(600, 0))
        self.main_layout = QVBoxLayout(ArrangementDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ArrangementDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.kind_label = QLabel(ArrangementDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ArrangementDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.kind_error = QLabel(ArrangementDialog)
        self.kind_error.setObjectName(u"kind_error")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.kind_error)

        self.carer_label = QLabel(ArrangementDialog)
        self.carer_label.setObjectName(u"carer_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.carer_label)

        self.carer_edit = QLineEdit(ArrangementDialog)
        self.carer_edit.setObjectName(u"carer_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.carer_edit)

        self.carer_error = QLabel(ArrangementDialog)
        self.carer_error.setObjectName(u"carer_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.carer_error)

        self.start_label = QLabel(ArrangementDialog)
        self.start_label.setObjectName(u"start_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_edit = DateEdit(ArrangementDialog)
        self.start_edit.setObjectName(u"start_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.start_error = QLabel(ArrangementDialog)
        self.start_error.setObjectName(u"start_error")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.start_error)

        self.end_label = QLabel(ArrangementDialog)
        self.end_label.setObjectName(u"end_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_edit = DateEdit(ArrangementDialog)
        self.end_edit.setObjectName(u"end_edit")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.end_edit)

        self.end_error = QLabel(ArrangementDialog)
        self.end_error.setObjectName(u"end_error")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.end_error)

        self.support_label = QLabel(ArrangementDialog)
        self.support_label.setObjectName(u"support_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.support_label)

        self.support_edit = QPlainTextEdit(ArrangementDialog)
        self.support_edit.setObjectName(u"support_edit")
        self.support_edit.setTabChangesFocus(True)
        self.support_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.support_edit)

        self.allowance_label = QLabel(ArrangementDialog)
        self.allowance_label.setObjectName(u"allowance_label")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.allowance_label)

        self.allowance_edit = QLineEdit(ArrangementDialog)
        self.allowance_edit.setObjectName(u"allowance_edit")

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.allowance_edit)

        self.notes_label = QLabel(ArrangementDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(ArrangementDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(ArrangementDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.carer_label.setBuddy(self.carer_edit)
        self.start_label.setBuddy(self.start_edit)
        self.end_label.setBuddy(self.end_edit)
        self.support_label.setBuddy(self.support_edit)
        self.allowance_label.setBuddy(self.allowance_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ArrangementDialog)

        QMetaObject.connectSlotsByName(ArrangementDialog)
    # setupUi

    def retranslateUi(self, ArrangementDialog):
        ArrangementDialog.setWindowTitle(QCoreApplication.translate("ArrangementDialog", u"Staying Put or Staying Close", None))
        self.intro_label.setText(QCoreApplication.translate("ArrangementDialog", u"Staying Put: a former relevant child looked after at 18 stays with their former foster carer, to 21 (CA 1989 s.23CZA). Staying Close: support near a former children's home.", None))
        self.kind_label.setText(QCoreApplication.translate("ArrangementDialog", u"&Arrangement", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ArrangementDialog", u"Arrangement", None))
#endif // QT_CONFIG(accessibility)
        self.kind_error.setText("")
        self.carer_label.setText(QCoreApplication.translate("ArrangementDialog", u"&Carer or provider *", None))
#if QT_CONFIG(accessibility)
        self.carer_edit.setAccessibleName(QCoreApplication.translate("ArrangementDialog", u"Carer or provider", None))
#endif // QT_CONFIG(accessibility)
        self.carer_error.setText("")
        self.start_label.setText(QCoreApplication.translate("ArrangementDialog", u"&From *", None))
#if QT_CONFIG(accessibility)
        self.start_edit.setAccessibleName(QCoreApplication.translate("ArrangementDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.start_error.setText("")
        self.end_label.setText(QCoreApplication.translate("ArrangementDialog", u"&Until", None))
#if QT_CONFIG(accessibility)
        self.end_edit.setAccessibleName(QCoreApplication.translate("ArrangementDialog", u"Until", None))
#endif // QT_CONFIG(accessibility)
        self.end_error.setText("")
        self.support_label.setText(QCoreApplication.translate("ArrangementDialog", u"&Support", None))
#if QT_CONFIG(accessibility)
        self.support_edit.setAccessibleName(QCoreApplication.translate("ArrangementDialog", u"Support", None))
#endif // QT_CONFIG(accessibility)
        self.allowance_label.setText(QCoreApplication.translate("ArrangementDialog", u"Allo&wance", None))
#if QT_CONFIG(accessibility)
        self.allowance_edit.setAccessibleName(QCoreApplication.translate("ArrangementDialog", u"Allowance to the carer", None))
#endif // QT_CONFIG(accessibility)
        self.allowance_edit.setPlaceholderText(QCoreApplication.translate("ArrangementDialog", u"e.g. \u00a3235 a week", None))
        self.notes_label.setText(QCoreApplication.translate("ArrangementDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ArrangementDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

