#include "roadmapfilterproxy.h"

#include "roadmaptreemodel.h"
#include "statusstyle.h"

namespace ui {

using Node = RoadmapTreeModel::Node;
using NodeKind = RoadmapTreeModel::NodeKind;

RoadmapFilterProxy::RoadmapFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(RoadmapTreeModel::SortRole);
}

void RoadmapFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_tree = qobject_cast<RoadmapTreeModel *>(model);
    Q_ASSERT_X(m_tree || !model, "RoadmapFilterProxy", "filters a RoadmapTreeModel only");
    QSortFilterProxyModel::setSourceModel(model);
}

void RoadmapFilterProxy::setRoadmapFilter(const RoadmapFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_words = filter.text.toLower().split(u' ', Qt::SkipEmptyParts);
    m_statusMask = 0;
    for (core::ObligationStatus status : filter.statuses)
        m_statusMask |= 1u << int(status);
    // One layout change rather than rows removed and inserted parent by parent: with thousands
    // of open branches the incremental way costs the view seconds.
    invalidate();
}

bool RoadmapFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_tree)
        return true;
    if (m_filter.isEmpty())
        return true;
    const Node *node = m_tree->node(m_tree->index(sourceRow, 0, sourceParent));
    if (!node)
        return false;
    // A principle shows only through what matches below it (recursive filtering).
    if (node->kind == NodeKind::Principle)
        return false;
    if (m_filter.principle != 0 && node->principle != m_filter.principle)
        return false;

    const Node *activity = node->kind == NodeKind::Activity ? node : node->parent;
    const bool needsReview = activity->activity->rule.needsReview();
    if (m_filter.needsReviewOnly && !needsReview)
        return false;

    // An activity stands on its own only when it owes nothing (its wording could not be read):
    // otherwise it is shown through its obligations.
    if (node->kind == NodeKind::Activity && !node->children.isEmpty())
        return false;

    if (!m_filter.department.isEmpty() && !node->departments.contains(m_filter.department))
        return false;

    if (node->kind == NodeKind::Obligation) {
        if (m_statusMask && !(m_statusMask & (1u << int(*node->status))))
            return false;
        const QDate due = node->obligation->evaluation.effectiveDue;
        if (m_filter.dueFrom.isValid() && due < m_filter.dueFrom)
            return false;
        if (m_filter.dueTo.isValid() && due > m_filter.dueTo)
            return false;
    } else if (m_statusMask || m_filter.dueFrom.isValid() || m_filter.dueTo.isValid()) {
        return false;
    }

    for (const QString &word : m_words) {
        if (!node->searchText.contains(word) && !activity->searchText.contains(word))
            return false;
    }
    return true;
}

bool RoadmapFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Node *a = m_tree ? m_tree->node(left) : nullptr;
    const Node *b = m_tree ? m_tree->node(right) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    switch (left.column()) {
    case RoadmapTreeModel::ItemColumn:
        return a->position < b->position;
    case RoadmapTreeModel::DueColumn: {
        const QDate da = a->obligation ? a->obligation->evaluation.effectiveDue : a->nextDue;
        const QDate db = b->obligation ? b->obligation->evaluation.effectiveDue : b->nextDue;
        // Rows with no open due date go last in ascending order.
        if (da.isValid() != db.isValid())
            return da.isValid();
        return da == db ? a->position < b->position : da < db;
    }
    case RoadmapTreeModel::StatusColumn: {
        const int sa = a->status ? statusstyle::severity(*a->status) : -1;
        const int sb = b->status ? statusstyle::severity(*b->status) : -1;
        return sa == sb ? a->position < b->position : sa < sb;
    }
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace ui
