#pragma once

#include "accesspolicy.h"
#include "auditlog.h"
#include "storageerror.h"
#include "user.h"

namespace core {

class Database;

/// Resolves the person a change is made as (the monitor may act for someone else) and asks the
/// access policy whether they may do it. The user found is stored in *user when given.
StorageError authorizeActor(Database &db, const Actor &actor, access::Action action, const ObligationKey &key = {},
                            bool ledByGroup = false, User *user = nullptr);

} // namespace core
