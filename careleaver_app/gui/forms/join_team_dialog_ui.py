# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'join_team_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_JoinTeamDialog(object):
    def setupUi(self, JoinTeamDialog):
        if not JoinTeamDialog.objectName():
            JoinTeamDialog.setObjectName(u"JoinTeamDialog")
        JoinTeamDialog.setMinimumSize(QSize(460, 0))
        self.main_layout = QVBoxLayout(JoinTeamDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(JoinTeamDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.server_label = QLabel(JoinTeamDialog)
        self.server_label.setObjectName(u"server_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.server_label)

        self.server_edit = QLineEdit(JoinTeamDialog)
        self.server_edit.setObjectName(u"server_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.server_edit)

        self.server_error = QLabel(JoinTeamDialog)
        self.server_error.setObjectName(u"server_error")
        self.server_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.server_error)

        self.port_label = QLabel(JoinTeamDialog)
        self.port_label.setObjectName(u"port_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.port_label)

        self.port_edit = QLineEdit(JoinTeamDialog)
        self.port_edit.setObjectName(u"port_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.port_edit)

        self.port_error = QLabel(JoinTeamDialog)
        self.port_error.setObjectName(u"port_error")
        self.port_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.port_error)

        self.council_label = QLabel(JoinTeamDialog)
        self.council_label.setObjectName(u"council_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.council_label)

        self.council_edit = QLineEdit(JoinTeamDialog)
        self.council_edit.setObjectName(u"council_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.council_edit)

        self.council_error = QLabel(JoinTeamDialog)
        self.council_error.setObjectName(u"council_error")
        self.council_error.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.council_error)

        self.login_label = QLabel(JoinTeamDialog)
        self.login_label.setObjectName(u"login_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.login_label)

        self.login_edit = QLineEdit(JoinTeamDialog)
        self.login_edit.setObjectName(u"login_edit")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.login_edit)

        self.login_error = QLabel(JoinTeamDialog)
        self.login_error.setObjectName(u"login_error")
        self.login_error.setWordWrap(True)

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.login_error)

        self.password_label = QLabel(JoinTeamDialog)
        self.password_label.setObjectName(u"password_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(JoinTeamDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.password_error = QLabel(JoinTeamDialog)
        self.password_error.setObjectName(u"password_error")
        self.password_error.setWordWrap(True)

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.password_error)


        self.main_layout.addLayout(self.fields_layout)

        self.summary_label = QLabel(JoinTeamDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.button_box = QDialogButtonBox(JoinTeamDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.server_label.setBuddy(self.server_edit)
        self.port_label.setBuddy(self.port_edit)
        self.council_label.setBuddy(self.council_edit)
        self.login_label.setBuddy(self.login_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.server_edit, self.port_edit)
        QWidget.setTabOrder(self.port_edit, self.council_edit)
        QWidget.setTabOrder(self.council_edit, self.login_edit)
        QWidget.setTabOrder(self.login_edit, self.password_edit)

        self.retranslateUi(JoinTeamDialog)

        QMetaObject.connectSlotsByName(JoinTeamDialog)
    # setupUi

    def retranslateUi(self, JoinTeamDialog):
        JoinTeamDialog.setWindowTitle(QCoreApplication.translate("JoinTeamDialog", u"Join your team's server", None))
        self.intro_label.setText(QCoreApplication.translate("JoinTeamDialog", u"A team laptop keeps working offline and shares its records with your team's server: your team's young people arrive now, and your changes are sent whenever you are online. Use the details IT gave you; your password is kept only inside this encrypted store.", None))
        self.server_label.setText(QCoreApplication.translate("JoinTeamDialog", u"Ser&ver", None))
#if QT_CONFIG(accessibility)
        self.server_edit.setAccessibleName(QCoreApplication.translate("JoinTeamDialog", u"Team server address", None))
#endif // QT_CONFIG(accessibility)
        self.server_edit.setPlaceholderText(QCoreApplication.translate("JoinTeamDialog", u"The address IT gave you (a host name, or a folder for a server on this computer)", None))
        self.server_error.setText("")
        self.port_label.setText(QCoreApplication.translate("JoinTeamDialog", u"P&ort", None))
#if QT_CONFIG(accessibility)
        self.port_edit.setAccessibleName(QCoreApplication.translate("JoinTeamDialog", u"Server port", None))
#endif // QT_CONFIG(accessibility)
        self.port_edit.setText(QCoreApplication.translate("JoinTeamDialog", u"5432", None))
        self.port_error.setText("")
        self.council_label.setText(QCoreApplication.translate("JoinTeamDialog", u"&Council code", None))
#if QT_CONFIG(accessibility)
        self.council_edit.setAccessibleName(QCoreApplication.translate("JoinTeamDialog", u"Council code", None))
#endif // QT_CONFIG(accessibility)
        self.council_edit.setPlaceholderText(QCoreApplication.translate("JoinTeamDialog", u"For example: qx_county", None))
        self.council_error.setText("")
        self.login_label.setText(QCoreApplication.translate("JoinTeamDialog", u"&Login", None))
#if QT_CONFIG(accessibility)
        self.login_edit.setAccessibleName(QCoreApplication.translate("JoinTeamDialog", u"Your login on the team server", None))
#endif // QT_CONFIG(accessibility)
        self.login_error.setText("")
        self.password_label.setText(QCoreApplication.translate("JoinTeamDialog", u"Pass&word", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("JoinTeamDialog", u"Your team server password", None))
#endif // QT_CONFIG(accessibility)
        self.password_error.setText("")
        self.summary_label.setText("")
    # retranslateUi

