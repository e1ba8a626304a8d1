#pragma once

#include "roadmapdata.h"

#include <QAbstractTableModel>

namespace ui {

/// Every obligation of the roadmap as one flat table: the rows behind "My obligations" and the
/// monitor's verification queue (each narrowed by an ObligationListProxy).
class ObligationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ActivityColumn, PeriodColumn, DepartmentColumn, DueColumn, StatusColumn, ReportColumn, ColumnCount };

    enum Roles {
        StatusRole = Qt::UserRole + 1, ///< core::ObligationStatus as int
        CategoryRole,                  ///< Category as int
        ActivityNumberRole,
        DepartmentRole,
        PeriodRole,
        DueDateRole,                   ///< effective due date
        ReportVersionRole,             ///< version of the stored report, 0 when there is none
        SortRole,
    };

    /// The groups a department head works through, most urgent first.
    enum class Category { Overdue, DueSoon, Returned, AwaitingVerification, Upcoming, Done };
    static constexpr int CategoryCount = 6;
    static Category categoryOf(core::ObligationStatus status);
    /// The row's category: a report sent back for rework stays "returned" even once it is overdue again.
    Category category(int row) const;
    static QString categoryName(Category category);

    explicit ObligationListModel(QObject *parent = nullptr);

    void setRoadmap(RoadmapDataPtr data);
    /// Login → name, for the report column.
    void setPeople(const QHash<QString, QString> &names);
    RoadmapDataPtr roadmap() const { return m_data; }

    const core::EvaluatedObligation *obligation(int row) const;
    /// The stored report of the obligation in this row, if any.
    const core::ExecutionReport *report(int row) const;
    int rowOf(const core::ObligationKey &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    RoadmapDataPtr m_data;
    QHash<core::ObligationKey, int> m_rows;
    QHash<QString, QString> m_names;
};

} // namespace ui
