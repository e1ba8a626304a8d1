#pragma once

#include "obligationlistmodel.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace ui {

/// Narrows the obligation table to some departments and categories: a department head's
/// own obligations, or the reports waiting for the monitor.
class ObligationListProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ObligationListProxy(QObject *parent = nullptr);

    /// Empty: every department.
    void setDepartments(const QSet<QString> &departments);
    /// Empty: every category.
    void setCategories(const QSet<ObligationListModel::Category> &categories);

    /// How many source rows fall into a category under the department filter.
    int count(ObligationListModel::Category category) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool departmentAccepted(int sourceRow) const;
    const ObligationListModel *list() const;

    QSet<QString> m_departments;
    QSet<ObligationListModel::Category> m_categories;
};

} // namespace ui
