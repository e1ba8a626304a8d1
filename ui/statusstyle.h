#pragma once

#include "obligationstatus.h"

#include <QColor>
#include <QIcon>

namespace ui {

/// The colours and icons that make an obligation's status visible at a glance.
namespace statusstyle {

QColor color(core::ObligationStatus status);
/// A light tint of the colour for row backgrounds.
QColor background(core::ObligationStatus status);
/// A filled circle with a glyph, drawn once and cached.
QIcon icon(core::ObligationStatus status);
/// Larger numbers need attention sooner: overdue first, done last.
int severity(core::ObligationStatus status);
/// An icon for rows whose deadline wording could not be read.
QIcon reviewIcon();

} // namespace statusstyle
} // namespace ui
