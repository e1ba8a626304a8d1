#include "authorization.h"

#include "userrepository.h"

#include <QCoreApplication>

namespace core {

StorageError authorizeActor(Database &db, const Actor &actor, access::Action action, const ObligationKey &key, bool ledByGroup,
                            User *user)
{
    StorageError error;
    const UserRepository users(db);
    const std::optional<User> person = users.user(actor.login, &error);
    if (error)
        return error;
    if (!person)
        return StorageError::make(StorageError::Kind::NotPermitted,
                                  QCoreApplication::translate("core", "%1 is not a user of this database; ask the monitor to add you")
                                      .arg(actor.login));
    User effective = *person;
    if (!actor.onBehalfOf.isEmpty()) {
        if (person->role != User::Role::Monitor || !person->active)
            return StorageError::make(StorageError::Kind::NotPermitted,
                                      QCoreApplication::translate("core", "only a monitor can act for someone else; %1 is not one")
                                          .arg(actor.login));
        const std::optional<User> other = users.user(actor.onBehalfOf, &error);
        if (error)
            return error;
        if (!other)
            return StorageError::make(StorageError::Kind::InvalidInput,
                                      QCoreApplication::translate("core", "%1 is not a user of this database").arg(actor.onBehalfOf));
        effective = *other;
    }
    const QString refusal = access::refusal(effective, action, key, ledByGroup);
    if (!refusal.isEmpty())
        return StorageError::make(StorageError::Kind::NotPermitted, refusal);
    if (user)
        *user = effective;
    return {};
}

} // namespace core
