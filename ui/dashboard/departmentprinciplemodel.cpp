#include "departmentprinciplemodel.h"

#include <QFont>
#include <QSet>

#include <cmath>

namespace ui {

DepartmentPrincipleModel::DepartmentPrincipleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DepartmentPrincipleModel::setData(const core::Roadmap &roadmap, const QList<core::EvaluatedObligation> &evaluated, QDate asOf)
{
    beginResetModel();
    m_cells.clear();
    m_principleTitles.clear();
    QSet<int> principles;
    for (const core::Principle &principle : roadmap.principles) {
        principles.insert(principle.number);
        m_principleTitles.insert(principle.number, principle.title);
    }
    for (const core::EvaluatedObligation &item : evaluated) {
        QMap<int, core::ComplianceSummary> &row = m_cells[item.obligation.key.department];
        row[item.principle].add(item.evaluation, asOf);
        row[0].add(item.evaluation, asOf);
        principles.insert(item.principle);
    }
    m_departments = m_cells.keys();
    m_principles = principles.values();
    std::sort(m_principles.begin(), m_principles.end());
    endResetModel();
}

core::ComplianceSummary DepartmentPrincipleModel::summary(const QString &department, int principle) const
{
    return m_cells.value(department).value(principle);
}

QColor DepartmentPrincipleModel::rateColour(double rate)
{
    const double r = std::clamp(rate, 0.0, 1.0);
    // Hue 0 (red) to 120 (green), soft enough to read black text on it.
    return QColor::fromHsvF(r * 120.0 / 360.0, 0.45, 0.97);
}

int DepartmentPrincipleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_departments.size());
}

int DepartmentPrincipleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_principles.size()) + 2;
}

int DepartmentPrincipleModel::principleAt(int column) const
{
    return column >= 1 && column <= m_principles.size() ? m_principles[column - 1] : 0;
}

QVariant DepartmentPrincipleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &department = m_departments[index.row()];
    if (role == DepartmentRole)
        return department;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return department;
        if (role == PrincipleRole)
            return 0;
        return {};
    }
    const int principle = principleAt(index.column());
    const auto row = m_cells.constFind(department);
    const bool present = row != m_cells.cend() && row->contains(principle);
    const core::ComplianceSummary cell = present ? row->value(principle) : core::ComplianceSummary();
    switch (role) {
    case Qt::DisplayRole:
        if (!present)
            return QString();
        return cell.due == 0 ? QStringLiteral("—") : QStringLiteral("%1%").arg(std::lround(cell.onTimeRate() * 100));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (!present || cell.due == 0)
            return present ? QColor(0xf2, 0xf2, 0xf2) : QVariant();
        return rateColour(cell.onTimeRate());
    case Qt::ForegroundRole:
        return present && cell.due > 0 ? QColor(0x21, 0x21, 0x21) : QVariant();
    case Qt::FontRole:
        if (index.column() == columnCount() - 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (!present)
            return tr("%1 owes nothing under this principle").arg(department);
        return tr("%1\nDue: %2; on time: %3; done late: %4; overdue: %5\nOn-time rate %6%, execution rate %7%")
            .arg(department)
            .arg(cell.due)
            .arg(cell.doneOnTime + cell.doneOnTimeAfterExtension)
            .arg(cell.doneLate)
            .arg(cell.overdue)
            .arg(std::lround(cell.onTimeRate() * 100))
            .arg(std::lround(cell.executionRate() * 100));
    case OnTimeRateRole:
        return present && cell.due > 0 ? QVariant(cell.onTimeRate()) : QVariant();
    case ExecutionRateRole:
        return present && cell.due > 0 ? QVariant(cell.executionRate()) : QVariant();
    case DueRole:
        return cell.due;
    case OverdueRole:
        return cell.overdue;
    case PrincipleRole:
        return principle;
    }
    return {};
}

QVariant DepartmentPrincipleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_departments.size())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const int principle = principleAt(section);
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Department");
        if (section == columnCount() - 1)
            return tr("All");
        return tr("P%1").arg(principle);
    }
    if (role == Qt::ToolTipRole && principle > 0)
        return tr("Principle %1: %2").arg(principle).arg(m_principleTitles.value(principle));
    if (role == PrincipleRole)
        return principle;
    return {};
}

} // namespace ui
