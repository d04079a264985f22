# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_pa_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_ChangePaDialog(object):
    def setupUi(self, ChangePaDialog):
        if not ChangePaDialog.objectName():
            ChangePaDialog.setObjectName(u"ChangePaDialog")
        ChangePaDialog.setMinimumSize(QSize(460, 0))
        self.main_layout = QVBoxLayout(ChangePaDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ChangePaDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.current_label_caption = QLabel(ChangePaDialog)
        self.current_label_caption.setObjectName(u"current_label_caption")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_label_caption)

        self.current_label = QLabel(ChangePaDialog)
        self.current_label.setObjectName(u"current_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_label)

        self.worker_label = QLabel(ChangePaDialog)
        self.worker_label.setObjectName(u"worker_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.worker_label)

        self.worker_combo = QComboBox(ChangePaDialog)
        self.worker_combo.setObjectName(u"worker_combo")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.worker_combo)

        self.worker_error = QLabel(ChangePaDialog)
        self.worker_error.setObjectName(u"worker_error")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.worker_error)

        self.from_label = QLabel(ChangePaDialog)
        self.from_label.setObjectName(u"from_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.from_label)

        self.from_edit = DateEdit(ChangePaDialog)
        self.from_edit.setObjectName(u"from_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.from_edit)

        self.from_error = QLabel(ChangePaDialog)
        self.from_error.setObjectName(u"from_error")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.from_error)

        self.reason_label = QLabel(ChangePaDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(ChangePaDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(ChangePaDialog)
        self.reason_error.setObjectName(u"reason_error")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.reason_error)


        self.main_layout.addLayout(self.fields_layout)

        self.button_box = QDialogButtonBox(ChangePaDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.worker_label.setBuddy(self.worker_combo)
        self.from_label.setBuddy(self.from_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChangePaDialog)

        QMetaObject.connectSlotsByName(ChangePaDialog)
    # setupUi

    def retranslateUi(self, ChangePaDialog):
        ChangePaDialog.setWindowTitle(QCoreApplication.translate("ChangePaDialog", u"Change personal adviser", None))
        self.intro_label.setText(QCoreApplication.translate("ChangePaDialog", u"Changes of PA are kept in the young person's history. Frequent changes harm young people: plan the handover with them.", None))
        self.current_label_caption.setText(QCoreApplication.translate("ChangePaDialog", u"Current PA", None))
        self.current_label.setText("")
        self.worker_label.setText(QCoreApplication.translate("ChangePaDialog", u"New &PA", None))
#if QT_CONFIG(accessibility)
        self.worker_combo.setAccessibleName(QCoreApplication.translate("ChangePaDialog", u"New personal adviser", None))
#endif // QT_CONFIG(accessibility)
        self.worker_error.setText("")
        self.from_label.setText(QCoreApplication.translate("ChangePaDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.from_edit.setAccessibleName(QCoreApplication.translate("ChangePaDialog", u"Change takes effect from", None))
#endif // QT_CONFIG(accessibility)
        self.from_error.setText("")
        self.reason_label.setText(QCoreApplication.translate("ChangePaDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("ChangePaDialog", u"Reason for the change", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("ChangePaDialog", u"e.g. PA leaving the service; caseload rebalanced", None))
        self.reason_error.setText("")
    # retranslateUi

