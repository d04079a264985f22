# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_person_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QScrollArea,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewPersonDialog(object):
    def setupUi(self, NewPersonDialog):
        if not NewPersonDialog.objectName():
            NewPersonDialog.setObjectName(u"NewPersonDialog")
        NewPersonDialog.setMinimumSize(QSize(980, 640))
        self.main_layout = QVBoxLayout(NewPersonDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_area = QScrollArea(NewPersonDialog)
        self.form_area.setObjectName(u"form_area")
        self.form_area.setWidgetResizable(True)

        self.main_layout.addWidget(self.form_area)

        self.allocation_layout = QFormLayout()
        self.allocation_layout.setObjectName(u"allocation_layout")
        self.pa_label = QLabel(NewPersonDialog)
        self.pa_label.setObjectName(u"pa_label")

        self.allocation_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pa_label)

        self.pa_combo = QComboBox(NewPersonDialog)
        self.pa_combo.setObjectName(u"pa_combo")

        self.allocation_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pa_combo)


        self.main_layout.addLayout(self.allocation_layout)

        self.button_box = QDialogButtonBox(NewPersonDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.pa_label.setBuddy(self.pa_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewPersonDialog)

        QMetaObject.connectSlotsByName(NewPersonDialog)
    # setupUi

    def retranslateUi(self, NewPersonDialog):
        NewPersonDialog.setWindowTitle(QCoreApplication.translate("NewPersonDialog", u"New young person", None))
        self.pa_label.setText(QCoreApplication.translate("NewPersonDialog", u"Allocated &PA", None))
#if QT_CONFIG(accessibility)
        self.pa_combo.setAccessibleName(QCoreApplication.translate("NewPersonDialog", u"Allocated personal adviser", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

