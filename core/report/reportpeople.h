#pragma once

#include "user.h"

#include <QList>
#include <QString>

#include <optional>

namespace core {

struct Roadmap;

/// Who a status report names: the person who prepared it and the person who signs it.
struct ReportPeople {
    QString preparer;           ///< display name, or the login when the database has none
    QString preparerDepartment;
    QString signatory;          ///< full name
    bool signatoryHeadsDepartment = false;

    // Given by whoever makes the report (command-line options, the report dialog): the database
    // keeps no phone numbers, and the addressee and approval depend on where the report goes.
    enum class Approval {
        None,
        Approve, ///< «УТВЕРЖДАЮ»
        Agree,   ///< «СОГЛАСОВАНО»
    };
    QString executorPhone;            ///< printed with the executor's name at the foot of the last page
    std::optional<QString> addressee; ///< nullopt: the head of the approving body («Главе …»); empty: none
    Approval approval = Approval::None;
    QString approverName;             ///< under «УТВЕРЖДАЮ»; empty: a blank to fill in by hand

    /// The preparer is the user with this login; the signatory is the head of the preparer's
    /// department (the department's recorded head, else its active department-head user), or
    /// the preparer when there is none. A report is signed by a known user with a name: nullopt,
    /// with the reason in error (the program's language), for a login the database does not
    /// know, or when nobody with a name would sign.
    static std::optional<ReportPeople> find(const QList<User> &users, const Roadmap &roadmap, const QString &login,
                                            QString *error = nullptr);
};

} // namespace core
