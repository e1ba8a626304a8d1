#pragma once

#include "activity.h"
#include "activityindex.h"
#include "department.h"
#include "departmentgroup.h"
#include "principle.h"
#include "roadmapsettings.h"

#include <QDate>
#include <QList>
#include <QString>

namespace core {

/// An adopted action plan: principles, activities, responsible departments (DESIGN §2).
struct Roadmap {
    qint64 id = 0;         ///< in the database; 0 until stored
    QString title;
    QString actKind;       ///< "постановление", "распоряжение", "приказ", "решение"; empty when unknown
    QString actNumber;     ///< "253"
    QDate actDate;         ///< 16.03.2018
    QString approvingBody; ///< "Администрация Качканарского городского округа"
    QDate periodStart;     ///< the approval date
    QDate periodEnd;       ///< end of the last year
    QString sourceName;    ///< the document it was imported from
    RoadmapSettings settings;

    QList<Principle> principles;
    QList<Activity> activities;
    QList<Department> departments;
    QList<DepartmentGroup> groups;

    const Principle *principle(int number) const;
    /// Constant time once the roadmap has been searched a few times (an index, checked on use).
    const Activity *activity(const QString &number) const;
    const Department *department(const QString &name) const;
    bool isGroup(const QString &name) const;

private:
    ActivityIndex m_activityIndex;
};

} // namespace core
