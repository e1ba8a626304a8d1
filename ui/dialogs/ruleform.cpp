#include "ruleform.h"

#include "dateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace ui {

using Kind = core::RuleForm::Kind;
using Due = core::RuleForm::Due;

RuleForm::RuleForm(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("ruleKindCombo"));
    m_kind->addItem(tr("Once, by a date"), int(Kind::Once));
    m_kind->addItem(tr("Once, for a window of dates (due at its end)"), int(Kind::Window));
    m_kind->addItem(tr("By each of several dates"), int(Kind::Dates));
    m_kind->addItem(tr("Every period (month, quarter, half-year, year)"), int(Kind::Periodic));
    m_kind->addItem(tr("Continuously (confirmed every quarter)"), int(Kind::Continuous));
    m_kind->addItem(tr("On event (every quarter, «no events» allowed)"), int(Kind::OnEvent));
    m_kind->addItem(tr("Once by a date, then continuously"), int(Kind::OnceThenContinuous));
    m_kind->addItem(tr("Once by a date, then every period"), int(Kind::OnceThenPeriodic));
    m_layout->addRow(tr("&Kind:"), m_kind);

    m_date = dateEdit(QStringLiteral("ruleDateEdit"));
    m_layout->addRow(tr("&Date:"), m_date);
    m_endDate = dateEdit(QStringLiteral("ruleEndDateEdit"));
    m_layout->addRow(tr("&To:"), m_endDate);
    m_dates = new QLineEdit(this);
    m_dates->setObjectName(QStringLiteral("ruleDatesEdit"));
    m_dates->setPlaceholderText(tr("dd.mm.yyyy, dd.mm.yyyy, …"));
    m_layout->addRow(tr("Date&s:"), m_dates);

    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("ruleUnitCombo"));
    m_unit->addItem(tr("month"), int(core::PeriodUnit::Month));
    m_unit->addItem(tr("quarter"), int(core::PeriodUnit::Quarter));
    m_unit->addItem(tr("half-year"), int(core::PeriodUnit::HalfYear));
    m_unit->addItem(tr("year"), int(core::PeriodUnit::Year));
    m_unit->setCurrentIndex(1);
    m_layout->addRow(tr("&Every:"), m_unit);

    m_due = new QComboBox(this);
    m_due->setObjectName(QStringLiteral("ruleDueCombo"));
    m_due->addItem(tr("the last day of the period"), int(Due::PeriodEnd));
    m_due->addItem(tr("a day of the month after the period"), int(Due::DayOfNextMonth));
    m_due->addItem(tr("a date of the following year (yearly)"), int(Due::DateInNextYear));
    m_due->addItem(tr("a date of the same year (yearly)"), int(Due::DateInSameYear));
    m_layout->addRow(tr("D&ue:"), m_due);

    auto *dayRow = new QWidget(this);
    auto *dayLayout = new QHBoxLayout(dayRow);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    m_day = new QSpinBox(dayRow);
    m_day->setObjectName(QStringLiteral("ruleDaySpin"));
    m_day->setRange(1, 31);
    m_day->setValue(15);
    m_month = new QComboBox(dayRow);
    m_month->setObjectName(QStringLiteral("ruleMonthCombo"));
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(QLocale().standaloneMonthName(month), month);
    dayLayout->addWidget(m_day);
    dayLayout->addWidget(m_month, 1);
    m_layout->addRow(tr("Da&y:"), dayRow);

    m_bound = new QComboBox(this);
    m_bound->setObjectName(QStringLiteral("ruleBoundCombo"));
    m_bound->addItem(tr("«не позднее»: the day itself counts"), int(core::DateBound::Inclusive));
    m_bound->addItem(tr("«до»: the day before is the last"), int(core::DateBound::Exclusive));
    m_layout->addRow(tr("&Bound:"), m_bound);

    m_hasWindow = new QCheckBox(tr("Only &within dates:"), this);
    m_hasWindow->setObjectName(QStringLiteral("ruleWindowCheck"));
    auto *windowRow = new QWidget(this);
    auto *windowLayout = new QHBoxLayout(windowRow);
    windowLayout->setContentsMargins(0, 0, 0, 0);
    m_windowStart = dateEdit(QStringLiteral("ruleWindowStartEdit"));
    m_windowEnd = dateEdit(QStringLiteral("ruleWindowEndEdit"));
    windowLayout->addWidget(m_windowStart);
    windowLayout->addWidget(m_windowEnd);
    m_layout->addRow(m_hasWindow, windowRow);

    const auto changed = [this] { emitWording(); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        emitWording();
    });
    connect(m_due, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        emitWording();
    });
    connect(m_hasWindow, &QCheckBox::toggled, this, [this] {
        updateRows();
        emitWording();
    });
    for (QDateEdit *edit : {m_date, m_endDate, m_windowStart, m_windowEnd})
        connect(edit, &QDateEdit::dateChanged, this, changed);
    connect(m_dates, &QLineEdit::textChanged, this, changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this, changed);
    connect(m_bound, &QComboBox::currentIndexChanged, this, changed);
    connect(m_day, &QSpinBox::valueChanged, this, changed);
    connect(m_month, &QComboBox::currentIndexChanged, this, changed);
    updateRows();
}

QDateEdit *RuleForm::dateEdit(const QString &objectName)
{
    // A typed date is the date taken (DateEdit), as in every dialog.
    auto *edit = new DateEdit(this);
    edit->setObjectName(objectName);
    return edit;
}

void RuleForm::setPeriod(QDate start, QDate end)
{
    const QSignalBlocker blocker(this);
    if (!start.isValid() || !end.isValid())
        return;
    m_date->setDate(start);
    m_endDate->setDate(end);
    m_windowStart->setDate(start);
    m_windowEnd->setDate(end);
}

core::RuleForm RuleForm::form() const
{
    core::RuleForm form;
    form.kind = Kind(m_kind->currentData().toInt());
    form.date = m_date->date();
    form.endDate = m_endDate->date();
    for (const QString &text : m_dates->text().split(u',', Qt::SkipEmptyParts)) {
        // A date that is not one is left out of the wording, never read as another.
        const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("dd.MM.yyyy"));
        if (date.isValid())
            form.dates.append(date);
    }
    form.bound = core::DateBound(m_bound->currentData().toInt());
    form.unit = core::PeriodUnit(m_unit->currentData().toInt());
    form.due = Due(m_due->currentData().toInt());
    form.day = m_day->value();
    form.month = m_month->currentData().toInt();
    if (m_hasWindow->isChecked()) {
        form.windowStart = m_windowStart->date();
        form.windowEnd = m_windowEnd->date();
    }
    return form;
}

QString RuleForm::wording() const
{
    return core::ruleWording(form());
}

void RuleForm::updateRows()
{
    const Kind kind = Kind(m_kind->currentData().toInt());
    const Due due = Due(m_due->currentData().toInt());
    const bool periodic = kind == Kind::Periodic || kind == Kind::OnceThenPeriodic;
    const bool ongoing = kind == Kind::Continuous || kind == Kind::OnEvent;
    m_layout->setRowVisible(m_date, kind == Kind::Once || kind == Kind::Window || kind == Kind::OnceThenContinuous
                                        || kind == Kind::OnceThenPeriodic);
    m_layout->setRowVisible(m_endDate, kind == Kind::Window);
    m_layout->setRowVisible(m_dates, kind == Kind::Dates);
    m_layout->setRowVisible(m_unit, periodic);
    m_layout->setRowVisible(m_due, periodic);
    m_layout->setRowVisible(m_day->parentWidget(), periodic && due != Due::PeriodEnd);
    m_month->setVisible(due == Due::DateInNextYear || due == Due::DateInSameYear);
    m_layout->setRowVisible(m_bound, !ongoing && !(periodic && due == Due::PeriodEnd && kind == Kind::Periodic));
    m_layout->setRowVisible(m_hasWindow, ongoing);
    m_windowStart->setEnabled(m_hasWindow->isChecked());
    m_windowEnd->setEnabled(m_hasWindow->isChecked());
    m_layout->labelForField(m_date)->setProperty("text", kind == Kind::Window ? tr("&From:") : tr("&Date:"));
}

void RuleForm::emitWording()
{
    emit wordingChanged(wording());
}

} // namespace ui
