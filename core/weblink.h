#pragma once

#include <QString>
#include <QUrl>

namespace core {

/// A stored link as something that may be shown as a link and opened: an http or https address
/// with a host. Anything else (file:, smb:, javascript:, a malformed address) gives an empty QUrl
/// and is shown as plain text. Checked where a link is written, shown and opened alike: the
/// database is a shared file that anyone who can write it can edit.
QUrl webLink(const QString &text);

} // namespace core
