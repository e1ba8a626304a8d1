#pragma once

#include "compliance.h"
#include "roadmap.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QMap>

namespace ui {

/// Compliance by department (rows) and principle (columns): the on-time rate of each cell,
/// coloured from red through amber to green. The first column names the department, the last
/// one sums its principles.
class DepartmentPrincipleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        OnTimeRateRole = Qt::UserRole + 1, ///< double 0..1; invalid when nothing is due
        ExecutionRateRole,                 ///< double 0..1; invalid when nothing is due
        DueRole,                           ///< obligations due by the as-of date
        OverdueRole,
        PrincipleRole,                     ///< the principle number; 0 for the name and total columns
        DepartmentRole,
    };

    explicit DepartmentPrincipleModel(QObject *parent = nullptr);

    void setData(const core::Roadmap &roadmap, const QList<core::EvaluatedObligation> &evaluated, QDate asOf);

    /// The summary behind a cell; principle 0 sums the department's row.
    core::ComplianceSummary summary(const QString &department, int principle) const;
    QStringList departments() const { return m_departments; }
    QList<int> principles() const { return m_principles; }

    /// Red (0 %) through amber (50 %) to green (100 %).
    static QColor rateColour(double rate);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int principleAt(int column) const;

    QStringList m_departments;
    QList<int> m_principles;
    QMap<int, QString> m_principleTitles;
    QMap<QString, QMap<int, core::ComplianceSummary>> m_cells; ///< department → principle (0: all) → summary
};

} // namespace ui
