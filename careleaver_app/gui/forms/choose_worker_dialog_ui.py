# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'choose_worker_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ChooseWorkerDialog(object):
    def setupUi(self, ChooseWorkerDialog):
        if not ChooseWorkerDialog.objectName():
            ChooseWorkerDialog.setObjectName(u"ChooseWorkerDialog")
        ChooseWorkerDialog.setMinimumSize(QSize(480, 420))
        self.main_layout = QVBoxLayout(ChooseWorkerDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ChooseWorkerDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.worker_list = QListWidget(ChooseWorkerDialog)
        self.worker_list.setObjectName(u"worker_list")

        self.main_layout.addWidget(self.worker_list)

        self.add_group = QGroupBox(ChooseWorkerDialog)
        self.add_group.setObjectName(u"add_group")
        self.add_group.setCheckable(True)
        self.add_group.setChecked(False)
        self.add_layout = QFormLayout(self.add_group)
        self.add_layout.setObjectName(u"add_layout")
        self.name_label = QLabel(self.add_group)
        self.name_label.setObjectName(u"name_label")

        self.add_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.add_group)
        self.name_edit.setObjectName(u"name_edit")

        self.add_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.role_label = QLabel(self.add_group)
        self.role_label.setObjectName(u"role_label")

        self.add_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(self.add_group)
        self.role_combo.setObjectName(u"role_combo")

        self.add_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.team_label = QLabel(self.add_group)
        self.team_label.setObjectName(u"team_label")

        self.add_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.team_label)

        self.team_combo = QComboBox(self.add_group)
        self.team_combo.setObjectName(u"team_combo")
        self.team_combo.setEditable(True)

        self.add_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.team_combo)


        self.main_layout.addWidget(self.add_group)

        self.error_label = QLabel(ChooseWorkerDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ChooseWorkerDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_combo)
        self.team_label.setBuddy(self.team_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChooseWorkerDialog)

        QMetaObject.connectSlotsByName(ChooseWorkerDialog)
    # setupUi

    def retranslateUi(self, ChooseWorkerDialog):
        ChooseWorkerDialog.setWindowTitle(QCoreApplication.translate("ChooseWorkerDialog", u"Who is using the app?", None))
        self.intro_label.setText(QCoreApplication.translate("ChooseWorkerDialog", u"Choose yourself from the list. Everything you record is kept under your name.", None))
#if QT_CONFIG(accessibility)
        self.worker_list.setAccessibleName(QCoreApplication.translate("ChooseWorkerDialog", u"Workers", None))
#endif // QT_CONFIG(accessibility)
        self.add_group.setTitle(QCoreApplication.translate("ChooseWorkerDialog", u"Not listed? Add yourself", None))
        self.name_label.setText(QCoreApplication.translate("ChooseWorkerDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("ChooseWorkerDialog", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("ChooseWorkerDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("ChooseWorkerDialog", u"Your role", None))
#endif // QT_CONFIG(accessibility)
        self.team_label.setText(QCoreApplication.translate("ChooseWorkerDialog", u"&Team", None))
#if QT_CONFIG(accessibility)
        self.team_combo.setAccessibleName(QCoreApplication.translate("ChooseWorkerDialog", u"Your team", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
    # retranslateUi

