#pragma once

#include <QStringList>

namespace core {

class DatabaseDriver;

/// The versioned schema: migration N takes a database from version N − 1 to N.
namespace schema {

/// The version this program writes.
constexpr int currentVersion = 6;
/// Written to meta.application so that another program's database is recognised.
constexpr auto applicationId = "roadmap-tracker";

/// The statements of one migration (1 … currentVersion), in order.
QStringList migration(int version, const DatabaseDriver &driver);

} // namespace schema
} // namespace core
