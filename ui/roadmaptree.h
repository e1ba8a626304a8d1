#pragma once

#include "compliance.h"
#include "roadmap.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <deque>
#include <memory>
#include <optional>

namespace ui {

struct RoadmapData;

/// The roadmap arranged as principle → activity → obligation, with each branch's most urgent
/// status and next due date folded up from below. Built once per evaluation, off the GUI
/// thread, and read by RoadmapTreeModel and its proxy.
struct RoadmapTree {
    enum class NodeKind { Principle, Activity, Obligation };

    struct Node {
        NodeKind kind = NodeKind::Principle;
        Node *parent = nullptr;
        int row = 0;
        QList<Node *> children;
        int principle = 0;
        QString title;                                  ///< principles
        const core::Activity *activity = nullptr;       ///< activities and obligations
        const core::EvaluatedObligation *obligation = nullptr;
        QStringList departments;
        std::optional<core::ObligationStatus> status;   ///< own, or the most urgent below
        QDate nextDue;                                  ///< the earliest open due date at or below
        QString searchText;                             ///< lower-case, for the free-text filter
        int position = 0;                               ///< order within the parent as built
        std::array<int, 9> counts{};                    ///< obligations at or below, by status

        int count(core::ObligationStatus status) const { return counts[size_t(status)]; }
    };

    std::deque<Node> nodes;
    QList<Node *> principles;
    QHash<QString, Node *> activities;
    QHash<core::ObligationKey, Node *> obligations;

    /// Points into data: the tree lives as long as the data it was built from.
    static std::shared_ptr<const RoadmapTree> build(const RoadmapData &data);
};

} // namespace ui
