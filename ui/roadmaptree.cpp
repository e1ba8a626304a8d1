#include "roadmaptree.h"

#include "roadmapdata.h"
#include "statusstyle.h"

#include <algorithm>

namespace ui {

using core::ObligationStatus;

namespace {

bool isOpen(ObligationStatus status)
{
    return status == ObligationStatus::Overdue || status == ObligationStatus::DueSoon || status == ObligationStatus::Upcoming
        || status == ObligationStatus::Returned;
}

/// Folds a child's status into its parent's: the most urgent wins, open due dates give the next one.
void fold(RoadmapTree::Node &parent, const RoadmapTree::Node &child)
{
    if (child.status && (!parent.status || statusstyle::severity(*child.status) > statusstyle::severity(*parent.status)))
        parent.status = child.status;
    if (child.nextDue.isValid() && (!parent.nextDue.isValid() || child.nextDue < parent.nextDue))
        parent.nextDue = child.nextDue;
    for (size_t i = 0; i < parent.counts.size(); ++i)
        parent.counts[i] += child.counts[i];
}

} // namespace

std::shared_ptr<const RoadmapTree> RoadmapTree::build(const RoadmapData &data)
{
    auto tree = std::make_shared<RoadmapTree>();
    const core::Roadmap &roadmap = data.snapshot.roadmap;

    QMap<int, Node *> principles;
    const auto principleNode = [&](int number) {
        Node *&node = principles[number];
        if (!node) {
            node = &tree->nodes.emplace_back();
            node->kind = NodeKind::Principle;
            node->principle = number;
            const core::Principle *principle = roadmap.principle(number);
            node->title = principle ? principle->title : QString();
        }
        return node;
    };
    for (const core::Principle &principle : roadmap.principles)
        principleNode(principle.number);

    QList<const core::Activity *> activities;
    activities.reserve(roadmap.activities.size());
    for (const core::Activity &activity : roadmap.activities)
        activities.append(&activity);
    std::stable_sort(activities.begin(), activities.end(),
                     [](const core::Activity *a, const core::Activity *b) { return core::activityNumberLess(a->number, b->number); });
    tree->activities.reserve(activities.size());
    for (const core::Activity *activity : std::as_const(activities)) {
        Node *parent = principleNode(activity->principle);
        Node &node = tree->nodes.emplace_back();
        node.kind = NodeKind::Activity;
        node.parent = parent;
        node.row = node.position = int(parent->children.size());
        node.principle = activity->principle;
        node.activity = activity;
        for (const core::Assignment &assignment : activity->assignments)
            node.departments.append(assignment.department);
        node.searchText = (activity->number + u' ' + activity->text + u' ' + activity->deadlineText + u' '
                           + node.departments.join(u' '))
                              .toLower();
        parent->children.append(&node);
        tree->activities.insert(activity->number, &node);
    }

    // Obligations in due order; an activity's departments side by side for the same period.
    QList<const core::EvaluatedObligation *> obligations;
    obligations.reserve(data.evaluated.size());
    for (const core::EvaluatedObligation &evaluated : data.evaluated)
        obligations.append(&evaluated);
    std::stable_sort(obligations.begin(), obligations.end(),
                     [](const auto *a, const auto *b) { return a->obligation.legalDue < b->obligation.legalDue; });
    tree->obligations.reserve(obligations.size());
    QHash<QString, QString> lowerCase; // department names repeat: share one lower-case copy each
    for (const core::EvaluatedObligation *evaluated : std::as_const(obligations)) {
        Node *parent = tree->activities.value(evaluated->obligation.key.activity);
        if (!parent)
            continue;
        const QString &department = evaluated->obligation.key.department;
        Node &node = tree->nodes.emplace_back();
        node.kind = NodeKind::Obligation;
        node.parent = parent;
        node.row = node.position = int(parent->children.size());
        node.principle = parent->principle;
        node.activity = parent->activity;
        node.obligation = evaluated;
        node.departments = QStringList{department};
        node.status = evaluated->evaluation.status;
        node.counts[size_t(evaluated->evaluation.status)] = 1;
        if (isOpen(evaluated->evaluation.status))
            node.nextDue = evaluated->evaluation.effectiveDue;
        auto lower = lowerCase.constFind(department);
        if (lower == lowerCase.cend())
            lower = lowerCase.insert(department, department.toLower());
        node.searchText = *lower;
        parent->children.append(&node);
        tree->obligations.insert(evaluated->obligation.key, &node);
    }

    for (Node *principle : std::as_const(principles)) {
        principle->row = principle->position = int(tree->principles.size());
        tree->principles.append(principle);
        for (Node *activity : std::as_const(principle->children)) {
            for (const Node *obligation : std::as_const(activity->children))
                fold(*activity, *obligation);
            fold(*principle, *activity);
        }
        principle->searchText = (QString::number(principle->principle) + u' ' + principle->title).toLower();
    }
    return tree;
}

} // namespace ui
