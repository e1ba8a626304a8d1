#pragma once

#include <QString>

namespace core {

/// Why a report or a backup must not be written at path, or an empty string. The folder must
/// exist; what is already there must be a regular file, and a link is judged by what it points
/// to: a folder, a device, a pipe or a link to nothing is refused, never replaced. (The writers
/// write a temporary file beside the target and rename it only after a complete, flushed write.)
QString outputFileProblem(const QString &path);

} // namespace core
