#pragma once

#include "roadmapdata.h"
#include "roadmaptree.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <optional>

namespace ui {

/// The roadmap as a tree: principle → activity → obligation, with each obligation's status at
/// the as-of date and, on principles and activities, the most urgent status below them.
class RoadmapTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, DepartmentsColumn, DeadlineColumn, DueColumn, StatusColumn, ColumnCount };

    enum Roles {
        NodeKindRole = Qt::UserRole + 1, ///< NodeKind as int
        PrincipleRole,                   ///< principle number
        ActivityNumberRole,              ///< "1.7"
        DepartmentsRole,                 ///< QStringList: obliged departments (one for an obligation)
        PeriodRole,                      ///< period key of an obligation
        StatusRole,                      ///< core::ObligationStatus as int; -1 when there is none
        DueDateRole,                     ///< effective due date; on activities the next open one
        NeedsReviewRole,                 ///< the activity's wording could not be read
        SortRole,                        ///< a value that sorts the column naturally
    };

    using NodeKind = RoadmapTree::NodeKind;
    using Node = RoadmapTree::Node;

    explicit RoadmapTreeModel(QObject *parent = nullptr);

    void setRoadmap(RoadmapDataPtr data);
    RoadmapDataPtr roadmap() const { return m_data; }

    const Node *node(const QModelIndex &index) const;
    QModelIndex activityIndex(const QString &number) const;
    QModelIndex obligationIndex(const core::ObligationKey &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QModelIndex indexOf(const Node *node) const;
    QVariant text(const Node &node, int column) const;
    QString statusSummary(const Node &node) const;

    RoadmapDataPtr m_data;
    std::shared_ptr<const RoadmapTree> m_tree;
};

} // namespace ui
