#pragma once

#include <functional>

namespace ui {

/// The two stages of making a paged report.
enum class ReportStage {
    Layout, ///< pages are being laid out; their number is not known yet
    Paint,  ///< pages are being drawn on the printer, the PDF or the preview
};

/// Told how far a long report has come: the stage, the page reached (1-based) and, while
/// painting, the number of pages (0 while laying out). Returning false stops the work. It is
/// called on the thread doing the work.
using ReportProgress = std::function<bool(ReportStage stage, int page, int pages)>;

} // namespace ui
