#include "obligationlistproxy.h"

#include "statusstyle.h"

namespace ui {

ObligationListProxy::ObligationListProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ObligationListModel::SortRole);
}

void ObligationListProxy::setDepartments(const QSet<QString> &departments)
{
    if (departments == m_departments)
        return;
    m_departments = departments;
    // A layout change, not 50,000 rows inserted one range at a time.
    invalidate();
}

void ObligationListProxy::setCategories(const QSet<ObligationListModel::Category> &categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    invalidate();
}

const ObligationListModel *ObligationListProxy::list() const
{
    return qobject_cast<const ObligationListModel *>(sourceModel());
}

bool ObligationListProxy::departmentAccepted(int sourceRow) const
{
    if (m_departments.isEmpty())
        return true;
    if (const ObligationListModel *model = list())
        return m_departments.contains(model->obligation(sourceRow)->obligation.key.department);
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    return m_departments.contains(index.data(ObligationListModel::DepartmentRole).toString());
}

bool ObligationListProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const ObligationListModel *model = list();
    const core::EvaluatedObligation *a = model ? model->obligation(left.row()) : nullptr;
    const core::EvaluatedObligation *b = model ? model->obligation(right.row()) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    // Read the evaluated obligations directly: going through QVariant for 50,000 rows is too slow.
    switch (left.column()) {
    case ObligationListModel::ActivityColumn:
        return left.row() < right.row();
    case ObligationListModel::PeriodColumn:
        return a->obligation.periodStart < b->obligation.periodStart;
    case ObligationListModel::DepartmentColumn:
        return a->obligation.key.department < b->obligation.key.department;
    case ObligationListModel::DueColumn:
        return a->evaluation.effectiveDue < b->evaluation.effectiveDue;
    case ObligationListModel::StatusColumn:
        return statusstyle::severity(a->evaluation.status) < statusstyle::severity(b->evaluation.status);
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

int ObligationListProxy::count(ObligationListModel::Category category) const
{
    if (!sourceModel())
        return 0;
    int result = 0;
    for (int row = 0; row < sourceModel()->rowCount(); ++row) {
        if (!departmentAccepted(row))
            continue;
        const ObligationListModel *model = list();
        const int rowCategory = model ? int(model->category(row))
                                      : sourceModel()->index(row, 0).data(ObligationListModel::CategoryRole).toInt();
        if (rowCategory == int(category))
            ++result;
    }
    return result;
}

bool ObligationListProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!departmentAccepted(sourceRow))
        return false;
    if (m_categories.isEmpty())
        return true;
    const ObligationListModel *model = list();
    const auto category = model ? model->category(sourceRow)
                                : ObligationListModel::Category(
                                      sourceModel()->index(sourceRow, 0).data(ObligationListModel::CategoryRole).toInt());
    return m_categories.contains(category);
}

} // namespace ui
