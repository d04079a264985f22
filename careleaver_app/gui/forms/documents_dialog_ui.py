# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from careleaver_app.gui.widgets import DateEdit

class Ui_DocumentsDialog(object):
    def setupUi(self, DocumentsDialog):
        if not DocumentsDialog.objectName():
            DocumentsDialog.setObjectName(u"DocumentsDialog")
        DocumentsDialog.setMinimumSize(QSize(720, 0))
        self.main_layout = QVBoxLayout(DocumentsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(DocumentsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.documents_layout = QGridLayout()
        self.documents_layout.setObjectName(u"documents_layout")
        self.status_head = QLabel(DocumentsDialog)
        self.status_head.setObjectName(u"status_head")
        self.status_head.setWordWrap(True)

        self.documents_layout.addWidget(self.status_head, 0, 1, 1, 1)

        self.date_head = QLabel(DocumentsDialog)
        self.date_head.setObjectName(u"date_head")
        self.date_head.setWordWrap(True)

        self.documents_layout.addWidget(self.date_head, 0, 2, 1, 1)

        self.notes_head = QLabel(DocumentsDialog)
        self.notes_head.setObjectName(u"notes_head")
        self.notes_head.setWordWrap(True)

        self.documents_layout.addWidget(self.notes_head, 0, 3, 1, 1)

        self.birth_certificate_label = QLabel(DocumentsDialog)
        self.birth_certificate_label.setObjectName(u"birth_certificate_label")
        self.birth_certificate_label.setWordWrap(True)

        self.documents_layout.addWidget(self.birth_certificate_label, 1, 0, 1, 1)

        self.birth_certificate_combo = QComboBox(DocumentsDialog)
        self.birth_certificate_combo.setObjectName(u"birth_certificate_combo")

        self.documents_layout.addWidget(self.birth_certificate_combo, 1, 1, 1, 1)

        self.birth_certificate_date = DateEdit(DocumentsDialog)
        self.birth_certificate_date.setObjectName(u"birth_certificate_date")

        self.documents_layout.addWidget(self.birth_certificate_date, 1, 2, 1, 1)

        self.birth_certificate_notes = QLineEdit(DocumentsDialog)
        self.birth_certificate_notes.setObjectName(u"birth_certificate_notes")

        self.documents_layout.addWidget(self.birth_certificate_notes, 1, 3, 1, 1)

        self.birth_certificate_error = QLabel(DocumentsDialog)
        self.birth_certificate_error.setObjectName(u"birth_certificate_error")
        self.birth_certificate_error.setWordWrap(True)

        self.documents_layout.addWidget(self.birth_certificate_error, 2, 0, 1, 4)

        self.passport_or_id_label = QLabel(DocumentsDialog)
        self.passport_or_id_label.setObjectName(u"passport_or_id_label")
        self.passport_or_id_label.setWordWrap(True)

        self.documents_layout.addWidget(self.passport_or_id_label, 3, 0, 1, 1)

        self.passport_or_id_combo = QComboBox(DocumentsDialog)
        self.passport_or_id_combo.setObjectName(u"passport_or_id_combo")

        self.documents_layout.addWidget(self.passport_or_id_combo, 3, 1, 1, 1)

        self.passport_or_id_date = DateEdit(DocumentsDialog)
        self.passport_or_id_date.setObjectName(u"passport_or_id_date")

        self.documents_layout.addWidget(self.passport_or_id_date, 3, 2, 1, 1)

        self.passport_or_id_notes = QLineEdit(DocumentsDialog)
        self.passport_or_id_notes.setObjectName(u"passport_or_id_notes")

        self.documents_layout.addWidget(self.passport_or_id_notes, 3, 3, 1, 1)

        self.passport_or_id_error = QLabel(DocumentsDialog)
        self.passport_or_id_error.setObjectName(u"passport_or_id_error")
        self.passport_or_id_error.setWordWrap(True)

        self.documents_layout.addWidget(self.passport_or_id_error, 4, 0, 1, 4)

        self.ni_number_label = QLabel(DocumentsDialog)
        self.ni_number_label.setObjectName(u"ni_number_label")
        self.ni_number_label.setWordWrap(True)

        self.documents_layout.addWidget(self.ni_number_label, 5, 0, 1, 1)

        self.ni_number_combo = QComboBox(DocumentsDialog)
        self.ni_number_combo.setObjectName(u"ni_number_combo")

        self.documents_layout.addWidget(self.ni_number_combo, 5, 1, 1, 1)

        self.ni_number_date = DateEdit(DocumentsDialog)
        self.ni_number_date.setObjectName(u"ni_number_date")

        self.documents_layout.addWidget(self.ni_number_date, 5, 2, 1, 1)

        self.ni_number_notes = QLineEdit(DocumentsDialog)
        self.ni_number_notes.setObjectName(u"ni_number_notes")

        self.documents_layout.addWidget(self.ni_number_notes, 5, 3, 1, 1)

        self.ni_number_error = QLabel(DocumentsDialog)
        self.ni_number_error.setObjectName(u"ni_number_error")
        self.ni_number_error.setWordWrap(True)

        self.documents_layout.addWidget(self.ni_number_error, 6, 0, 1, 4)

        self.bank_account_label = QLabel(DocumentsDialog)
        self.bank_account_label.setObjectName(u"bank_account_label")
        self.bank_account_label.setWordWrap(True)

        self.documents_layout.addWidget(self.bank_account_label, 7, 0, 1, 1)

        self.bank_account_combo = QComboBox(DocumentsDialog)
        self.bank_account_combo.setObjectName(u"bank_account_combo")

        self.documents_layout.addWidget(self.bank_account_combo, 7, 1, 1, 1)

        self.bank_account_date = DateEdit(DocumentsDialog)
        self.bank_account_date.setObjectName(u"bank_account_date")

        self.documents_layout.addWidget(self.bank_account_date, 7, 2, 1, 1)

        self.bank_account_notes = QLineEdit(DocumentsDialog)
        self.bank_account_notes.setObjectName(u"bank_account_notes")

        self.documents_layout.addWidget(self.bank_account_notes, 7, 3, 1, 1)

        self.bank_account_error = QLabel(DocumentsDialog)
        self.bank_account_error.setObjectName(u"bank_account_error")
        self.bank_account_error.setWordWrap(True)

        self.documents_layout.addWidget(self.bank_account_error, 8, 0, 1, 4)

        self.gp_registration_label = QLabel(DocumentsDialog)
        self.gp_registration_label.setObjectName(u"gp_registration_label")
        self.gp_registration_label.setWordWrap(True)

        self.documents_layout.addWidget(self.gp_registration_label, 9, 0, 1, 1)

        self.gp_registration_combo = QComboBox(DocumentsDialog)
        self.gp_registration_combo.setObjectName(u"gp_registration_combo")

        self.documents_layout.addWidget(self.gp_registration_combo, 9, 1, 1, 1)

        self.gp_registration_date = DateEdit(DocumentsDialog)
        self.gp_registration_date.setObjectName(u"gp_registration_date")

        self.documents_layout.addWidget(self.gp_registration_date, 9, 2, 1, 1)

        self.gp_registration_notes = QLineEdit(DocumentsDialog)
        self.gp_registration_notes.setObjectName(u"gp_registration_notes")

        self.documents_layout.addWidget(self.gp_registration_notes, 9, 3, 1, 1)

        self.gp_registration_error = QLabel(DocumentsDialog)
        self.gp_registration_error.setObjectName(u"gp_registration_error")
        self.gp_registration_error.setWordWrap(True)

        self.documents_layout.addWidget(self.gp_registration_error, 10, 0, 1, 4)

        self.voter_registration_label = QLabel(DocumentsDialog)
        self.voter_registration_label.setObjectName(u"voter_registration_label")
        self.voter_registration_label.setWordWrap(True)

        self.documents_layout.addWidget(self.voter_registration_label, 11, 0, 1, 1)

        self.voter_registration_combo = QComboBox(DocumentsDialog)
        self.voter_registration_combo.setObjectName(u"voter_registration_combo")

        self.documents_layout.addWidget(self.voter_registration_combo, 11, 1, 1, 1)

        self.voter_registration_date = DateEdit(DocumentsDialog)
        self.voter_registration_date.setObjectName(u"voter_registration_date")

        self.documents_layout.addWidget(self.voter_registration_date, 11, 2, 1, 1)

        self.voter_registration_notes = QLineEdit(DocumentsDialog)
        self.voter_registration_notes.setObjectName(u"voter_registration_notes")

        self.documents_layout.addWidget(self.voter_registration_notes, 11, 3, 1, 1)

        self.voter_registration_error = QLabel(DocumentsDialog)
        self.voter_registration_error.setObjectName(u"voter_registration_error")
        self.voter_registration_error.setWordWrap(True)

        self.documents_layout.addWidget(self.voter_registration_error, 12, 0, 1, 4)


        self.main_layout.addLayout(self.documents_layout)

        self.button_box = QDialogButtonBox(DocumentsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.birth_certificate_label.setBuddy(self.birth_certificate_combo)
        self.passport_or_id_label.setBuddy(self.passport_or_id_combo)
        self.ni_number_label.setBuddy(self.ni_number_combo)
        self.bank_account_label.setBuddy(self.bank_account_combo)
        self.gp_registration_label.setBuddy(self.gp_registration_combo)
        self.voter_registration_label.setBuddy(self.voter_registration_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentsDialog)

        QMetaObject.connectSlotsByName(DocumentsDialog)
    # setupUi

    def retranslateUi(self, DocumentsDialog):
        DocumentsDialog.setWindowTitle(QCoreApplication.translate("DocumentsDialog", u"Identity documents", None))
        self.intro_label.setText(QCoreApplication.translate("DocumentsDialog", u"What the young person holds, has applied for, or does not need. The plan shows it; the work tray lists what is outstanding from six months before their 18th birthday.", None))
        self.status_head.setText(QCoreApplication.translate("DocumentsDialog", u"Held, applied for or not needed", None))
        self.date_head.setText(QCoreApplication.translate("DocumentsDialog", u"Since / applied on (dd/mm/yyyy)", None))
        self.notes_head.setText(QCoreApplication.translate("DocumentsDialog", u"Notes", None))
        self.birth_certificate_label.setText(QCoreApplication.translate("DocumentsDialog", u"&Birth certificate", None))
#if QT_CONFIG(accessibility)
        self.birth_certificate_combo.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Birth certificate", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.birth_certificate_date.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Birth certificate: since or applied on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.birth_certificate_notes.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Birth certificate: notes", None))
#endif // QT_CONFIG(accessibility)
        self.birth_certificate_error.setText("")
        self.passport_or_id_label.setText(QCoreApplication.translate("DocumentsDialog", u"Passport or photo &ID", None))
#if QT_CONFIG(accessibility)
        self.passport_or_id_combo.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Passport or photo ID", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passport_or_id_date.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Passport or photo ID: since or applied on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passport_or_id_notes.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Passport or photo ID: notes", None))
#endif // QT_CONFIG(accessibility)
        self.passport_or_id_error.setText("")
        self.ni_number_label.setText(QCoreApplication.translate("DocumentsDialog", u"National Ins&urance number", None))
#if QT_CONFIG(accessibility)
        self.ni_number_combo.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"National Insurance number", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ni_number_date.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"National Insurance number: since or applied on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ni_number_notes.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"National Insurance number: notes", None))
#endif // QT_CONFIG(accessibility)
        self.ni_number_error.setText("")
        self.bank_account_label.setText(QCoreApplication.translate("DocumentsDialog", u"Ban&k account", None))
#if QT_CONFIG(accessibility)
        self.bank_account_combo.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Bank account", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bank_account_date.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Bank account: since or applied on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bank_account_notes.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Bank account: notes", None))
#endif // QT_CONFIG(accessibility)
        self.bank_account_error.setText("")
        self.gp_registration_label.setText(QCoreApplication.translate("DocumentsDialog", u"Registered with a &GP", None))
#if QT_CONFIG(accessibility)
        self.gp_registration_combo.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Registered with a GP", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.gp_registration_date.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Registered with a GP: since or applied on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.gp_registration_notes.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Registered with a GP: notes", None))
#endif // QT_CONFIG(accessibility)
        self.gp_registration_error.setText("")
        self.voter_registration_label.setText(QCoreApplication.translate("DocumentsDialog", u"Registered to &vote", None))
#if QT_CONFIG(accessibility)
        self.voter_registration_combo.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Registered to vote", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.voter_registration_date.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Registered to vote: since or applied on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.voter_registration_notes.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Registered to vote: notes", None))
#endif // QT_CONFIG(accessibility)
        self.voter_registration_error.setText("")
    # retranslateUi

