#include "roadmaptreemodel.h"

#include "deadlinerule.h"
#include "manualrule.h"
#include "displayformat.h"
#include "statusstyle.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace ui {

using core::ObligationStatus;

RoadmapTreeModel::RoadmapTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void RoadmapTreeModel::setRoadmap(RoadmapDataPtr data)
{
    beginResetModel();
    m_data = std::move(data);
    m_tree = m_data ? m_data->tree : nullptr;
    if (m_data && !m_tree)
        m_tree = RoadmapTree::build(*m_data);
    endResetModel();
}

const RoadmapTreeModel::Node *RoadmapTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : nullptr;
}

QModelIndex RoadmapTreeModel::indexOf(const Node *node) const
{
    return node ? createIndex(node->row, 0, const_cast<Node *>(node)) : QModelIndex();
}

QModelIndex RoadmapTreeModel::activityIndex(const QString &number) const
{
    return m_tree ? indexOf(m_tree->activities.value(number)) : QModelIndex();
}

QModelIndex RoadmapTreeModel::obligationIndex(const core::ObligationKey &key) const
{
    return m_tree ? indexOf(m_tree->obligations.value(key)) : QModelIndex();
}

QModelIndex RoadmapTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!m_tree)
        return {};
    const QList<Node *> &siblings = parent.isValid() ? node(parent)->children : m_tree->principles;
    if (row >= siblings.size() || (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, siblings.at(row));
}

QModelIndex RoadmapTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    return n ? indexOf(n->parent) : QModelIndex();
}

int RoadmapTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_tree ? int(m_tree->principles.size()) : 0;
    if (parent.column() != 0)
        return 0;
    return int(node(parent)->children.size());
}

int RoadmapTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString RoadmapTreeModel::statusSummary(const Node &node) const
{
    QStringList parts;
    for (size_t status = 0; status < node.counts.size(); ++status) {
        if (node.counts[status] > 0)
            parts.append(tr("%1: %2").arg(core::obligationStatusName(core::ObligationStatus(status))).arg(node.counts[status]));
    }
    return parts.join(u'\n');
}

QVariant RoadmapTreeModel::text(const Node &node, int column) const
{
    switch (node.kind) {
    case NodeKind::Principle:
        switch (column) {
        case ItemColumn:
            return node.title.isEmpty() ? tr("Principle %1").arg(node.principle) : tr("%1. %2").arg(node.principle).arg(node.title);
        case DueColumn:
            return display::date(node.nextDue);
        case StatusColumn:
            if (!node.status)
                return {};
            return tr("%1 (%2)").arg(core::obligationStatusName(*node.status)).arg(node.count(*node.status));
        }
        return {};
    case NodeKind::Activity:
        switch (column) {
        case ItemColumn:
            return QStringLiteral("%1  %2").arg(node.activity->number, node.activity->text.simplified());
        case DepartmentsColumn:
            return node.departments.join(QStringLiteral("; "));
        case DeadlineColumn:
            return node.activity->deadlineText.simplified();
        case DueColumn:
            return display::date(node.nextDue);
        case StatusColumn:
            if (node.activity->rule.needsReview())
                return tr("Wording needs review");
            return node.status ? core::obligationStatusName(*node.status) : tr("Nothing owed");
        }
        return {};
    case NodeKind::Obligation: {
        const core::Obligation &obligation = node.obligation->obligation;
        const core::ObligationEvaluation &evaluation = node.obligation->evaluation;
        switch (column) {
        case ItemColumn:
            return display::period(obligation.key.period);
        case DepartmentsColumn:
            return obligation.key.department;
        case DeadlineColumn:
            return obligation.periodStart == obligation.periodEnd
                ? display::date(obligation.periodEnd)
                : tr("%1 – %2").arg(display::date(obligation.periodStart), display::date(obligation.periodEnd));
        case DueColumn:
            return evaluation.extended ? tr("%1 (extended)").arg(display::date(evaluation.effectiveDue))
                                       : display::date(evaluation.effectiveDue);
        case StatusColumn:
            return display::status(evaluation);
        }
        return {};
    }
    }
    return {};
}

QVariant RoadmapTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(*n, column);
    case Qt::ToolTipRole:
        if (column == StatusColumn && n->kind != NodeKind::Obligation)
            return statusSummary(*n);
        if (n->kind == NodeKind::Activity && (column == ItemColumn || column == DeadlineColumn)) {
            QString tip = column == ItemColumn ? n->activity->text : n->activity->deadlineText;
            if (column == DeadlineColumn)
                tip += u'\n' + (n->activity->rule.needsReview() ? n->activity->rule.reviewReason : core::explainActivityRule(*n->activity));
            return tip;
        }
        return text(*n, column);
    case Qt::DecorationRole:
        if (column != ItemColumn)
            return {};
        if (n->kind == NodeKind::Activity && n->activity->rule.needsReview())
            return statusstyle::reviewIcon();
        return n->status ? QVariant(statusstyle::icon(*n->status)) : QVariant();
    case Qt::ForegroundRole:
        if (column == StatusColumn && n->status)
            return QBrush(statusstyle::color(*n->status));
        return {};
    case Qt::FontRole:
        if (n->kind == NodeKind::Principle || (column == StatusColumn && n->status && *n->status == ObligationStatus::Overdue)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case NodeKindRole:
        return int(n->kind);
    case PrincipleRole:
        return n->principle;
    case ActivityNumberRole:
        return n->activity ? n->activity->number : QString();
    case DepartmentsRole:
        return n->departments;
    case PeriodRole:
        return n->obligation ? n->obligation->obligation.key.period : QString();
    case StatusRole:
        return n->status ? int(*n->status) : -1;
    case DueDateRole:
        return n->obligation ? n->obligation->evaluation.effectiveDue : n->nextDue;
    case NeedsReviewRole:
        return n->activity && n->activity->rule.needsReview();
    case SortRole:
        switch (column) {
        case ItemColumn:
            return n->position;
        case DepartmentsColumn:
            return n->departments.join(u' ');
        case DeadlineColumn:
            return n->obligation ? QVariant(n->obligation->obligation.periodStart) : QVariant(text(*n, column));
        case DueColumn:
            return n->obligation ? n->obligation->evaluation.effectiveDue : n->nextDue;
        case StatusColumn:
            return n->status ? statusstyle::severity(*n->status) : -1;
        }
        return {};
    }
    return {};
}

QVariant RoadmapTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn: return tr("Activity / period");
    case DepartmentsColumn: return tr("Departments");
    case DeadlineColumn: return tr("Deadline");
    case DueColumn: return tr("Next due");
    case StatusColumn: return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> RoadmapTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeKindRole, "nodeKind");
    names.insert(PrincipleRole, "principle");
    names.insert(ActivityNumberRole, "activityNumber");
    names.insert(DepartmentsRole, "departments");
    names.insert(PeriodRole, "period");
    names.insert(StatusRole, "status");
    names.insert(DueDateRole, "dueDate");
    names.insert(NeedsReviewRole, "needsReview");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace ui
