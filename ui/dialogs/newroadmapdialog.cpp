#include "newroadmapdialog.h"

#include "dateedit.h"
#include "obligationtext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace ui {

namespace {

QDateEdit *makeDateEdit(const QString &objectName, QDate date, QWidget *parent)
{
    auto *edit = new DateEdit(parent);
    edit->setObjectName(objectName);
    // A municipal act of this program's kind falls between these; anything else is a typing slip.
    edit->setDateRange(QDate(1991, 1, 1), QDate(2100, 12, 31));
    edit->setDate(date);
    return edit;
}

} // namespace

NewRoadmapDialog::NewRoadmapDialog(QDate today, QWidget *parent)
    : FormDialog(parent)
{
    setObjectName(QStringLiteral("newRoadmapDialog"));
    setWindowTitle(tr("Start an Empty Roadmap"));
    setSubmitText(tr("&Create Roadmap"));

    auto *intro = new QLabel(tr("The approving act and the period of the plan. Principles, activities and departments "
                                "are added afterwards in the roadmap editor."),
                             this);
    intro->setWordWrap(true);
    contentLayout()->addWidget(intro);

    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("e.g. План мероприятий («дорожная карта») по …"));
    form->addRow(tr("&Title:"), m_title);

    m_actKind = new QComboBox(this);
    m_actKind->setObjectName(QStringLiteral("actKindCombo"));
    // The stored kind is the Russian word the act is called by, whatever the window's language.
    m_actKind->addItem(tr("resolution (постановление)"), QStringLiteral("постановление"));
    m_actKind->addItem(tr("order (распоряжение)"), QStringLiteral("распоряжение"));
    m_actKind->addItem(tr("order of a head (приказ)"), QStringLiteral("приказ"));
    m_actKind->addItem(tr("decision (решение)"), QStringLiteral("решение"));
    form->addRow(tr("Act &kind:"), m_actKind);

    auto *actRow = new QHBoxLayout;
    m_actNumber = new QLineEdit(this);
    m_actNumber->setObjectName(QStringLiteral("actNumberEdit"));
    m_actNumber->setMaximumWidth(140);
    actRow->addWidget(m_actNumber);
    auto *dateLabel = new QLabel(tr("&dated"), this);
    m_actDate = makeDateEdit(QStringLiteral("actDateEdit"), today, this);
    dateLabel->setBuddy(m_actDate);
    actRow->addWidget(dateLabel);
    actRow->addWidget(m_actDate);
    actRow->addStretch(1);
    // A row holding a layout gets no buddy by itself, and the mnemonic would show as "&".
    auto *numberLabel = new QLabel(tr("Act &number:"), this);
    numberLabel->setBuddy(m_actNumber);
    form->addRow(numberLabel, actRow);

    auto *periodRow = new QHBoxLayout;
    m_periodStart = makeDateEdit(QStringLiteral("periodStartEdit"), today, this);
    m_periodEnd = makeDateEdit(QStringLiteral("periodEndEdit"), QDate(today.year(), 12, 31), this);
    periodRow->addWidget(m_periodStart);
    periodRow->addWidget(new QLabel(QStringLiteral("–"), this));
    periodRow->addWidget(m_periodEnd);
    periodRow->addStretch(1);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodStart);
    form->addRow(periodLabel, periodRow);
    // The period starts on the approval day unless the person says otherwise.
    connect(m_actDate, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_periodStart->date() < date)
            m_periodStart->setDate(date);
    });

    m_approvingBody = new QLineEdit(this);
    m_approvingBody->setObjectName(QStringLiteral("approvingBodyEdit"));
    m_approvingBody->setPlaceholderText(tr("e.g. Администрация … городского округа"));
    form->addRow(tr("Approved &by:"), m_approvingBody);
    contentLayout()->addLayout(form);
    fitToContents(560);
}

core::Roadmap NewRoadmapDialog::roadmap() const
{
    core::Roadmap roadmap;
    roadmap.title = m_title->text().simplified();
    roadmap.actKind = m_actKind->currentData().toString();
    roadmap.actNumber = m_actNumber->text().simplified();
    roadmap.actDate = m_actDate->date();
    roadmap.periodStart = m_periodStart->date();
    roadmap.periodEnd = m_periodEnd->date();
    roadmap.approvingBody = m_approvingBody->text().simplified();
    return roadmap;
}

QString NewRoadmapDialog::validate() const
{
    if (m_title->text().simplified().isEmpty())
        return tr("Enter the roadmap's title.");
    for (const QDateEdit *edit : {m_actDate, m_periodStart, m_periodEnd}) {
        if (const QString typed = static_cast<const DateEdit *>(edit)->problem(); !typed.isEmpty())
            return sentence(typed);
    }
    if (m_periodEnd->date() < m_periodStart->date())
        return tr("The period ends before it starts.");
    return {};
}

} // namespace ui
