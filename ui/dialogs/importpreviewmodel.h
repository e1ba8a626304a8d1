#pragma once

#include "roadmap.h"

#include <QAbstractItemModel>

namespace ui {

/// The roadmap an import read, as a tree for the import preview: principles as section rows
/// with their activities below (activities at the top level when the plan has no sections).
class ImportPreviewModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, TextColumn, ResponsibleColumn, DeadlineColumn, RuleColumn, ColumnCount };
    enum Roles {
        ActivityNumberRole = Qt::UserRole + 1, ///< empty on section rows
        PrincipleRole,                         ///< the principle number of a section or an activity
        NeedsReviewRole,                       ///< the deadline wording could not be read
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setRoadmap(const core::Roadmap &roadmap);
    int activityCount() const { return int(m_roadmap.activities.size()); }
    int reviewCount() const;
    /// The row of an activity, for selecting it; invalid when the roadmap lacks it.
    QModelIndex activityIndex(const QString &number) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Section {
        int principle = 0;
        QString title;
        QList<int> activities; ///< indexes into m_roadmap.activities
    };

    QVariant sectionData(const Section &section, int column, int role) const;
    QVariant activityData(const core::Activity &activity, int column, int role) const;
    QString sectionTitle(const Section &section) const;
    QString responsible(const core::Activity &activity) const;

    core::Roadmap m_roadmap;
    QList<Section> m_sections;
    bool m_flat = true; ///< no sections: activities are top-level rows
};

} // namespace ui
