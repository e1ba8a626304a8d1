#include "roadmapfilterbar.h"

#include "displayformat.h"
#include "statusstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace ui {

using core::ObligationStatus;

namespace {

/// Status choices: an id kept in the combo, and the statuses it stands for.
struct StatusChoice {
    const char *id;
    QList<ObligationStatus> statuses;
};

const QList<StatusChoice> &statusChoices()
{
    static const QList<StatusChoice> choices = {
        {"attention", {ObligationStatus::Overdue, ObligationStatus::Returned, ObligationStatus::DueSoon}},
        {"overdue", {ObligationStatus::Overdue}},
        {"due_soon", {ObligationStatus::DueSoon}},
        {"returned", {ObligationStatus::Returned}},
        {"awaiting_verification", {ObligationStatus::AwaitingVerification}},
        {"done", {ObligationStatus::DoneOnTime, ObligationStatus::DoneOnTimeAfterExtension, ObligationStatus::DoneLate}},
        {"done_late", {ObligationStatus::DoneLate}},
        {"not_applicable", {ObligationStatus::NotApplicable}},
        {"upcoming", {ObligationStatus::Upcoming}},
    };
    return choices;
}

QDate quarterStart(QDate date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

/// Keeps the selection by item data across a refill.
void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

RoadmapFilterBar::RoadmapFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_department(new QComboBox(this))
    , m_principle(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search activities, wording, departments…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->setMinimumContentsLength(22);
    m_principle->setObjectName(QStringLiteral("principleFilter"));
    m_principle->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_principle->setMinimumContentsLength(16);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_period->setObjectName(QStringLiteral("periodFilter"));

    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(statusstyle::icon(ObligationStatus::Overdue), tr("Needs attention"), QStringLiteral("attention"));
    for (const StatusChoice &choice : statusChoices()) {
        if (choice.statuses.size() == 1)
            m_status->addItem(statusstyle::icon(choice.statuses.first()), core::obligationStatusName(choice.statuses.first()),
                              QString::fromLatin1(choice.id));
        else if (QLatin1String(choice.id) == u"done")
            m_status->addItem(statusstyle::icon(ObligationStatus::DoneOnTime), tr("Done (any)"), QStringLiteral("done"));
    }
    m_status->addItem(statusstyle::reviewIcon(), tr("Wording needs review"), QStringLiteral("review"));

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);

    auto *reset = new QToolButton(this);
    reset->setObjectName(QStringLiteral("resetFilterButton"));
    reset->setText(tr("Reset"));
    reset->setToolTip(tr("Show everything again"));
    reset->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    reset->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(new QLabel(tr("Department:"), this));
    layout->addWidget(m_department, 2);
    layout->addWidget(new QLabel(tr("Principle:"), this));
    layout->addWidget(m_principle, 1);
    layout->addWidget(new QLabel(tr("Status:"), this));
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Due:"), this));
    layout->addWidget(m_period);
    layout->addWidget(reset);

    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &RoadmapFilterBar::emitChanged);
    for (QComboBox *combo : {m_department, m_principle, m_status, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, &RoadmapFilterBar::emitChanged);
    connect(reset, &QToolButton::clicked, this, &RoadmapFilterBar::clear);
}

void RoadmapFilterBar::setRoadmap(const RoadmapData &data)
{
    m_filling = true;
    const RoadmapFilter before = filter();
    const QVariant period = m_period->currentData();
    const core::Roadmap &roadmap = data.snapshot.roadmap;

    m_department->clear();
    m_department->addItem(tr("All departments"), QString());
    QStringList names;
    for (const core::Department &department : roadmap.departments)
        names.append(department.name);
    for (const core::DepartmentGroup &group : roadmap.groups)
        names.append(group.name);
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    for (const QString &name : std::as_const(names))
        m_department->addItem(name, name);
    selectData(m_department, before.department);

    m_principle->clear();
    m_principle->addItem(tr("All principles"), 0);
    for (const core::Principle &principle : roadmap.principles)
        m_principle->addItem(tr("%1. %2").arg(principle.number).arg(principle.title), principle.number);
    for (int i = 1; i < m_principle->count(); ++i)
        m_principle->setItemData(i, m_principle->itemText(i), Qt::ToolTipRole);
    selectData(m_principle, before.principle);

    // Period ranges hang off the as-of date, so they are rebuilt with it.
    m_period->clear();
    m_period->addItem(tr("Any time"), QVariant());
    const QDate asOf = data.asOf;
    const QDate thisQuarter = quarterStart(asOf);
    m_period->addItem(tr("This quarter"), QVariantList{QStringLiteral("quarter"), thisQuarter, thisQuarter.addMonths(3).addDays(-1)});
    const QDate previous = thisQuarter.addMonths(-3);
    m_period->addItem(tr("Previous quarter"), QVariantList{QStringLiteral("previous"), previous, thisQuarter.addDays(-1)});
    m_period->addItem(tr("Next 30 days"), QVariantList{QStringLiteral("next30"), asOf, asOf.addDays(30)});
    m_period->addItem(tr("Until the as-of date"), QVariantList{QStringLiteral("past"), QDate(), asOf});
    if (roadmap.periodStart.isValid()) {
        for (int year = roadmap.periodStart.year(); year <= roadmap.periodEnd.year() + 1; ++year)
            m_period->addItem(tr("Year %1").arg(year), QVariantList{QString::number(year), QDate(year, 1, 1), QDate(year, 12, 31)});
    }
    int periodIndex = 0;
    if (period.isValid()) {
        for (int i = 1; i < m_period->count(); ++i) {
            if (m_period->itemData(i).toList().value(0) == period.toList().value(0))
                periodIndex = i;
        }
    }
    m_period->setCurrentIndex(periodIndex);
    m_filling = false;
    if (filter() != before)
        emitChanged();
}

RoadmapFilter RoadmapFilterBar::filter() const
{
    RoadmapFilter result;
    result.text = m_search->text().trimmed();
    result.department = m_department->currentData().toString();
    result.principle = m_principle->currentData().toInt();
    const QString status = m_status->currentData().toString();
    if (status == u"review") {
        result.needsReviewOnly = true;
    } else {
        for (const StatusChoice &choice : statusChoices()) {
            if (status == QLatin1String(choice.id))
                result.statuses = choice.statuses;
        }
    }
    const QVariantList period = m_period->currentData().toList();
    if (period.size() == 3) {
        result.dueFrom = period.at(1).toDate();
        result.dueTo = period.at(2).toDate();
    }
    return result;
}

void RoadmapFilterBar::showPrincipleAndDepartment(int principle, const QString &department)
{
    m_filling = true;
    selectData(m_principle, principle);
    selectData(m_department, department);
    m_filling = false;
    emitChanged();
}

void RoadmapFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RoadmapFilterBar::clear()
{
    m_filling = true;
    m_search->clear();
    m_typing->stop();
    for (QComboBox *combo : {m_department, m_principle, m_status, m_period})
        combo->setCurrentIndex(0);
    m_filling = false;
    emitChanged();
}

void RoadmapFilterBar::emitChanged()
{
    if (!m_filling)
        emit filterChanged(filter());
}

} // namespace ui
