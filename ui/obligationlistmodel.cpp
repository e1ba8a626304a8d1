#include "obligationlistmodel.h"

#include "displayformat.h"
#include "statusstyle.h"

#include <QBrush>

namespace ui {

using core::ObligationStatus;

ObligationListModel::ObligationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ObligationListModel::Category ObligationListModel::categoryOf(ObligationStatus status)
{
    switch (status) {
    case ObligationStatus::Overdue: return Category::Overdue;
    case ObligationStatus::DueSoon: return Category::DueSoon;
    case ObligationStatus::Returned: return Category::Returned;
    case ObligationStatus::AwaitingVerification: return Category::AwaitingVerification;
    case ObligationStatus::Upcoming: return Category::Upcoming;
    case ObligationStatus::DoneOnTime:
    case ObligationStatus::DoneOnTimeAfterExtension:
    case ObligationStatus::DoneLate:
    case ObligationStatus::NotApplicable:
        return Category::Done;
    }
    return Category::Upcoming;
}

QString ObligationListModel::categoryName(Category category)
{
    switch (category) {
    case Category::Overdue: return tr("Overdue");
    case Category::DueSoon: return tr("Due soon");
    case Category::Returned: return tr("Returned for rework");
    case Category::AwaitingVerification: return tr("Awaiting verification");
    case Category::Upcoming: return tr("Later");
    case Category::Done: return tr("Done");
    }
    return {};
}

ObligationListModel::Category ObligationListModel::category(int row) const
{
    const core::ExecutionReport *stored = report(row);
    if (stored && stored->state == core::ExecutionReport::State::Returned)
        return Category::Returned;
    return categoryOf(m_data->evaluated.at(row).evaluation.status);
}

void ObligationListModel::setPeople(const QHash<QString, QString> &names)
{
    m_names = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, ReportColumn), index(rowCount() - 1, ReportColumn));
}

void ObligationListModel::setRoadmap(RoadmapDataPtr data)
{
    beginResetModel();
    m_data = std::move(data);
    m_rows.clear();
    if (m_data) {
        m_rows.reserve(m_data->evaluated.size());
        for (int row = 0; row < m_data->evaluated.size(); ++row)
            m_rows.insert(m_data->evaluated.at(row).obligation.key, row);
    }
    endResetModel();
}

const core::EvaluatedObligation *ObligationListModel::obligation(int row) const
{
    return m_data && row >= 0 && row < m_data->evaluated.size() ? &m_data->evaluated.at(row) : nullptr;
}

const core::ExecutionReport *ObligationListModel::report(int row) const
{
    const core::EvaluatedObligation *evaluated = obligation(row);
    if (!evaluated)
        return nullptr;
    const auto it = m_data->snapshot.reports.constFind(evaluated->obligation.key);
    return it == m_data->snapshot.reports.cend() ? nullptr : &*it;
}

int ObligationListModel::rowOf(const core::ObligationKey &key) const
{
    return m_rows.value(key, -1);
}

int ObligationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : int(m_data->evaluated.size());
}

int ObligationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObligationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::EvaluatedObligation &evaluated = m_data->evaluated.at(index.row());
    const core::Obligation &obligation = evaluated.obligation;
    const core::ObligationEvaluation &evaluation = evaluated.evaluation;
    const auto person = [this](const QString &login) { return m_names.value(login, login); };
    const auto reportText = [&]() -> QString {
        const core::ExecutionReport *stored = report(index.row());
        if (!stored)
            return {};
        if (stored->state == core::ExecutionReport::State::Returned)
            return tr("returned by %1: %2").arg(person(stored->verifiedBy), stored->verificationComment);
        const QString what = stored->noEvents ? tr("no events") : tr("done %1").arg(display::date(stored->doneDate));
        return tr("%1 — %2, %3").arg(what, person(stored->reportedBy), display::dateTime(stored->reportedAt));
    };

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ActivityColumn: {
            const core::Activity *activity = m_data->snapshot.roadmap.activity(obligation.key.activity);
            const QString text = activity ? activity->text.simplified() : QString();
            return role == Qt::ToolTipRole ? text : QStringLiteral("%1  %2").arg(obligation.key.activity, text);
        }
        case PeriodColumn: return display::period(obligation.key.period);
        case DepartmentColumn: return obligation.key.department;
        case DueColumn:
            return evaluation.extended ? tr("%1 (extended)").arg(display::date(evaluation.effectiveDue))
                                       : display::date(evaluation.effectiveDue);
        case StatusColumn: return display::status(evaluation);
        case ReportColumn: return reportText();
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusstyle::icon(evaluation.status)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(QBrush(statusstyle::color(evaluation.status))) : QVariant();
    case StatusRole: return int(evaluation.status);
    case CategoryRole: return int(category(index.row()));
    case ActivityNumberRole: return obligation.key.activity;
    case DepartmentRole: return obligation.key.department;
    case PeriodRole: return obligation.key.period;
    case DueDateRole: return evaluation.effectiveDue;
    case ReportVersionRole: {
        const core::ExecutionReport *stored = report(index.row());
        return stored ? stored->version : 0;
    }
    case SortRole:
        switch (index.column()) {
        case ActivityColumn: return index.row();
        case PeriodColumn: return obligation.periodStart;
        case DepartmentColumn: return obligation.key.department;
        case DueColumn: return evaluation.effectiveDue;
        case StatusColumn: return statusstyle::severity(evaluation.status);
        case ReportColumn: {
            const core::ExecutionReport *stored = report(index.row());
            return stored ? stored->reportedAt : QDateTime();
        }
        }
        return {};
    }
    return {};
}

QVariant ObligationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActivityColumn: return tr("Activity");
    case PeriodColumn: return tr("Period");
    case DepartmentColumn: return tr("Department");
    case DueColumn: return tr("Due");
    case StatusColumn: return tr("Status");
    case ReportColumn: return tr("Report");
    }
    return {};
}

QHash<int, QByteArray> ObligationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(CategoryRole, "category");
    names.insert(ActivityNumberRole, "activityNumber");
    names.insert(DepartmentRole, "department");
    names.insert(PeriodRole, "period");
    names.insert(DueDateRole, "dueDate");
    names.insert(ReportVersionRole, "reportVersion");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace ui
