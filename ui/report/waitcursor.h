#pragma once

#include <QApplication>

namespace ui {

/// A wait cursor for as long as it lives, while a report is laid out (about 50 ms a page).
/// Does nothing without a QApplication (the command line draws reports offscreen).
class WaitCursor
{
public:
    WaitCursor()
        : m_shown(qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr)
    {
        if (m_shown)
            QApplication::setOverrideCursor(Qt::WaitCursor);
    }
    ~WaitCursor()
    {
        if (m_shown)
            QApplication::restoreOverrideCursor();
    }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;

private:
    bool m_shown;
};

} // namespace ui
