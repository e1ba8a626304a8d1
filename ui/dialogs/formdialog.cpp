#include "formdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_content = new QVBoxLayout;
    m_content->setSpacing(10);
    layout->addLayout(m_content, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c13; border: 1px solid #f1aeb5; "
                                          "border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FormDialog::setSubmitText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

void FormDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        fitToContents();
}

void FormDialog::fitToContents(int width)
{
    const int w = width > 0 ? width : this->width();
    layout()->activate();
    const int h = layout()->totalHeightForWidth(w);
    if (width > 0 || h > height())
        resize(w, std::max(h, width > 0 ? 0 : height()));
}

QLabel *FormDialog::addNoteRow(QFormLayout *form, const QString &objectName)
{
    auto *note = new QLabel(this);
    note->setObjectName(objectName);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #8a5300;"));
    note->hide();
    form->addRow(QString(), note);
    return note;
}

void FormDialog::showNote(QLabel *note, const QString &text)
{
    note->setText(text);
    note->setVisible(!text.isEmpty());
    if (!text.isEmpty() && isVisible())
        fitToContents(); // the note takes a line or two the dialog did not have
}

void FormDialog::clearError()
{
    showError({});
}

QString FormDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FormDialog::submit()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    clearError();
    const QString doubtful = doubt();
    m_confirmed = false;
    if (!doubtful.isEmpty()) {
        QMessageBox question(QMessageBox::Warning, windowTitle(), tr("Is this date right?"), QMessageBox::NoButton, this);
        question.setObjectName(QStringLiteral("confirmDateBox"));
        question.setInformativeText(doubtful);
        QPushButton *record = question.addButton(tr("Record It Anyway"), QMessageBox::AcceptRole);
        question.setDefaultButton(question.addButton(tr("Correct It"), QMessageBox::RejectRole));
        question.exec();
        if (question.clickedButton() != record)
            return;
        m_confirmed = true;
    }
    emit submitRequested();
}

} // namespace ui
