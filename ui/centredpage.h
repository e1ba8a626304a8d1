#pragma once

#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace ui {

/// The layout of the window's whole-page notices (the welcome page, an empty database): a column
/// of limited width in the middle of the page, a large title and a paragraph of explanation.
namespace centredpage {

/// Lays the page out around a centred column and returns the column's layout.
QVBoxLayout *addColumn(QWidget *page, int maximumWidth);
/// A bold title, scale times the normal size, centred.
QLabel *addTitle(QVBoxLayout *column, const QString &text, qreal scale);
/// A wrapped, centred paragraph.
QLabel *addText(QVBoxLayout *column, const QString &text);

} // namespace centredpage
} // namespace ui
