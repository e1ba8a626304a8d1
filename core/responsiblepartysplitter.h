#pragma once

#include "department.h"

#include <QList>
#include <QString>

namespace core {

/// One name found in a "responsible" cell of a roadmap table.
struct ResponsibleParty {
    QString name;  ///< canonical name (see ResponsiblePartySplitter::canonicalName)
    bool isGroup = false;
    Department::Kind kind = Department::Kind::AdministrationDepartment;

    friend bool operator==(const ResponsibleParty &, const ResponsibleParty &) = default;
};

/// Splits the text of a "responsible" cell into departments and department groups.
///
/// Cells run several names together with no separator, while the names themselves contain
/// commas and «и» («Отдел городского хозяйства, транспорта и связи»), so the cell is split
/// where a name begins (a head word such as «Отдел», «МУ», or a group phrase such as
/// «иные отделы Администрации»), never on punctuation alone.
class ResponsiblePartySplitter
{
public:
    QList<ResponsibleParty> split(const QString &cell) const;

    /// The name without line breaks, repeated spaces, trailing punctuation and the trailing
    /// «Администрации» / «Администрации Качканарского городского округа».
    static QString canonicalName(const QString &name);

    /// The key under which names count as the same: canonical and case-folded.
    static QString identityKey(const QString &name);

private:
    QList<ResponsibleParty> splitByNames(const QString &cell) const;
};

} // namespace core
