#pragma once

#include <QIcon>

namespace ui {

/// The program's icon (packaging/icons) in every size it ships with.
QIcon applicationIcon();

} // namespace ui
