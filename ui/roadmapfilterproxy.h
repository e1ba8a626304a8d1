#pragma once

#include "roadmapfilter.h"

#include <QSortFilterProxyModel>

namespace ui {

class RoadmapTreeModel;

/// Filters and sorts the roadmap tree. Obligations are matched on their own attributes;
/// an activity or principle stays visible while anything below it matches.
class RoadmapFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RoadmapFilterProxy(QObject *parent = nullptr);

    void setRoadmapFilter(const RoadmapFilter &filter);
    const RoadmapFilter &roadmapFilter() const { return m_filter; }

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RoadmapTreeModel *m_tree = nullptr;
    RoadmapFilter m_filter;
    QStringList m_words; ///< the free text, lower-case, split on spaces
    quint32 m_statusMask = 0;
};

} // namespace ui
