#pragma once

#include "reportdocument.h"

#include <QString>

namespace ui {

/// The report's words as printed: the spaces that must not break at a line end made
/// non-breaking — "№ 253", "II квартал", "2019 года", "Е.В. Смирнова". The PDF, the ODT and the
/// HTML page all print them so.
QString typeset(QString text);
core::ReportDocument typeset(core::ReportDocument report);

} // namespace ui
