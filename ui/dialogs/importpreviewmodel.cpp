#include "importpreviewmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace ui {

namespace {

/// The amber of "needs attention" rows, light enough for black text.
const QColor reviewBackground(0xff, 0xec, 0xb3);

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ImportPreviewModel::setRoadmap(const core::Roadmap &roadmap)
{
    beginResetModel();
    m_roadmap = roadmap;
    m_sections.clear();
    for (const core::Principle &principle : roadmap.principles)
        m_sections.append({principle.number, principle.title, {}});
    std::sort(m_sections.begin(), m_sections.end(), [](const Section &a, const Section &b) { return a.principle < b.principle; });
    const auto sectionOf = [this](int principle) -> Section & {
        for (Section &section : m_sections) {
            if (section.principle == principle)
                return section;
        }
        // Activities of a principle the document does not title still get a section row.
        m_sections.append({principle, {}, {}});
        return m_sections.last();
    };
    m_flat = roadmap.principles.isEmpty();
    if (!m_flat) {
        for (int i = 0; i < roadmap.activities.size(); ++i)
            sectionOf(roadmap.activities.at(i).principle).activities.append(i);
    }
    endResetModel();
}

int ImportPreviewModel::reviewCount() const
{
    return int(std::count_if(m_roadmap.activities.cbegin(), m_roadmap.activities.cend(),
                             [](const core::Activity &activity) { return activity.rule.needsReview(); }));
}

QModelIndex ImportPreviewModel::activityIndex(const QString &number) const
{
    if (m_flat) {
        for (int i = 0; i < m_roadmap.activities.size(); ++i) {
            if (m_roadmap.activities.at(i).number == number)
                return index(i, 0);
        }
        return {};
    }
    for (int s = 0; s < m_sections.size(); ++s) {
        const QList<int> &activities = m_sections.at(s).activities;
        for (int row = 0; row < activities.size(); ++row) {
            if (m_roadmap.activities.at(activities.at(row)).number == number)
                return createIndex(row, 0, quintptr(s + 1));
        }
    }
    return {};
}

QModelIndex ImportPreviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    // Children of a section carry the section's row + 1; activities have no children.
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ImportPreviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_flat ? m_roadmap.activities.size() : m_sections.size());
    if (m_flat || parent.internalId() != 0)
        return 0;
    return int(m_sections.at(parent.row()).activities.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (m_flat)
        return activityData(m_roadmap.activities.at(index.row()), index.column(), role);
    if (index.internalId() == 0)
        return sectionData(m_sections.at(index.row()), index.column(), role);
    const Section &section = m_sections.at(int(index.internalId() - 1));
    return activityData(m_roadmap.activities.at(section.activities.at(index.row())), index.column(), role);
}

QVariant ImportPreviewModel::sectionData(const Section &section, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        // The view spans the number cell of a section over the row: it carries the whole title.
        if (column == NumberColumn)
            return section.principle > 0 ? tr("%1. %2").arg(section.principle).arg(sectionTitle(section)) : sectionTitle(section);
        if (column == TextColumn)
            return sectionTitle(section);
        return {};
    case Qt::ToolTipRole:
        return column <= TextColumn ? section.title : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case PrincipleRole:
        return section.principle;
    case NeedsReviewRole:
        return false;
    default:
        return {};
    }
}

QString ImportPreviewModel::sectionTitle(const Section &section) const
{
    return section.title.isEmpty() ? tr("(section without a title)") : section.title.simplified();
}

QString ImportPreviewModel::responsible(const core::Activity &activity) const
{
    QStringList parts;
    for (const core::Assignment &assignment : activity.assignments) {
        QString role;
        switch (assignment.role) {
        case core::AssignmentRole::Lead: role = tr("lead"); break;
        case core::AssignmentRole::CoExecutor: role = tr("co-executor"); break;
        case core::AssignmentRole::Contributor: role = tr("contributor"); break;
        }
        if (assignment.isGroup)
            role = tr("group, %1").arg(role);
        parts.append(tr("%1 (%2)").arg(assignment.department, role));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant ImportPreviewModel::activityData(const core::Activity &activity, int column, int role) const
{
    const bool review = activity.rule.needsReview();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn: return activity.number;
        case TextColumn: return activity.text.simplified();
        case ResponsibleColumn: {
            const QString named = responsible(activity);
            return named.isEmpty() ? activity.responsibleText.simplified() : named;
        }
        case DeadlineColumn: return activity.deadlineText.simplified();
        case RuleColumn: return review ? tr("needs review") : core::explainDeadlineRule(activity.rule);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case TextColumn:
            return activity.note.isEmpty() ? activity.text : tr("%1\n\n%2").arg(activity.text, activity.note);
        case ResponsibleColumn: {
            QString text = responsible(activity).replace(QStringLiteral("; "), QStringLiteral("\n"));
            if (!activity.responsibleText.isEmpty())
                text = tr("As written: %1\n\n%2").arg(activity.responsibleText.simplified(), text);
            return text;
        }
        case DeadlineColumn:
        case RuleColumn:
            return review ? tr("The deadline wording needs review: %1").arg(activity.rule.reviewReason)
                          : core::explainDeadlineRule(activity.rule);
        default: return {};
        }
    case Qt::BackgroundRole:
        return review ? QBrush(reviewBackground) : QVariant();
    case Qt::ForegroundRole:
        return review ? QBrush(Qt::black) : QVariant();
    case ActivityNumberRole:
        return activity.number;
    case PrincipleRole:
        return activity.principle;
    case NeedsReviewRole:
        return review;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("No.");
    case TextColumn: return tr("Activity");
    case ResponsibleColumn: return tr("Responsible");
    case DeadlineColumn: return tr("Deadline as written");
    case RuleColumn: return tr("Deadline rule");
    default: return {};
    }
}

} // namespace ui
