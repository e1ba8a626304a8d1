#include "monthgrid.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace ui {

namespace {

constexpr int titleRows = 2; // the month name, then the weekday initials

} // namespace

MonthGrid::MonthGrid(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void MonthGrid::setMonth(int year, int month, const QHash<QDate, Day> &days)
{
    m_year = year;
    m_month = month;
    m_days = days;
    setAccessibleName(QLocale().standaloneMonthName(month));
    update();
}

int MonthGrid::cellWidth() const
{
    return std::max(fontMetrics().horizontalAdvance(QStringLiteral("00")) + 14, width() / 7);
}

int MonthGrid::cellHeight() const
{
    return fontMetrics().height() + 8;
}

int MonthGrid::headerHeight() const
{
    return titleRows * cellHeight();
}

QSize MonthGrid::sizeHint() const
{
    const int cell = fontMetrics().horizontalAdvance(QStringLiteral("00")) + 16;
    return {7 * cell, headerHeight() + 6 * cellHeight() + 2};
}

QSize MonthGrid::minimumSizeHint() const
{
    return sizeHint();
}

QColor MonthGrid::background(DayKind kind, bool edited)
{
    if (edited) {
        switch (kind) {
        case DayKind::Working:
        case DayKind::WorkingWeekend:
            return QColor(0xc8, 0xe6, 0xc9); // green: made a working day here
        default:
            return QColor(0xff, 0xcc, 0x80); // orange: made a day off here
        }
    }
    switch (kind) {
    case DayKind::Working:
        return QColor(0xff, 0xff, 0xff);
    case DayKind::Weekend:
        return QColor(0xe0, 0xe4, 0xe8);
    case DayKind::Holiday:
        return QColor(0xff, 0xcd, 0xd2);
    case DayKind::DecreeNonWorking:
        return QColor(0xe1, 0xbe, 0xe7);
    case DayKind::WorkingWeekend:
        return QColor(0xbb, 0xde, 0xfb);
    }
    return Qt::white;
}

QRect MonthGrid::dayRect(QDate date) const
{
    if (date.year() != m_year || date.month() != m_month)
        return {};
    const int offset = QDate(m_year, m_month, 1).dayOfWeek() - 1; // Monday first, as in Russia
    const int index = offset + date.day() - 1;
    const int cw = width() / 7;
    return {(index % 7) * cw, headerHeight() + (index / 7) * cellHeight(), cw, cellHeight()};
}

QDate MonthGrid::dayAt(const QPoint &position) const
{
    const QDate first(m_year, m_month, 1);
    for (int day = 1; day <= first.daysInMonth(); ++day) {
        const QDate date(m_year, m_month, day);
        if (dayRect(date).contains(position))
            return date;
    }
    return {};
}

void MonthGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int cw = width() / 7;
    const int ch = cellHeight();

    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(palette().color(QPalette::WindowText));
    const QString title = QLocale().standaloneMonthName(m_month);
    painter.drawText(QRect(0, 0, 7 * cw, ch), Qt::AlignLeft | Qt::AlignVCenter, title.left(1).toUpper() + title.mid(1));

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    for (int column = 0; column < 7; ++column) {
        painter.setPen(column >= 5 ? QColor(0xb7, 0x1c, 0x1c) : palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(column * cw, ch, cw, ch), Qt::AlignCenter, QLocale().dayName(column + 1, QLocale::ShortFormat));
    }

    painter.setFont(font());
    const QDate first(m_year, m_month, 1);
    for (int day = 1; day <= first.daysInMonth(); ++day) {
        const QDate date(m_year, m_month, day);
        const Day look = m_days.value(date);
        const QRect cell = dayRect(date).adjusted(1, 1, -1, -1);
        painter.setPen(Qt::NoPen);
        painter.setBrush(background(look.kind, look.edited));
        painter.drawRoundedRect(cell, 3, 3);
        if (look.edited) {
            painter.setPen(QPen(QColor(0xe6, 0x51, 0x00), 1.6));
            if (look.kind == DayKind::Working || look.kind == DayKind::WorkingWeekend)
                painter.setPen(QPen(QColor(0x2e, 0x7d, 0x32), 1.6));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 3, 3);
        }
        const bool off = look.kind == DayKind::Weekend || look.kind == DayKind::Holiday || look.kind == DayKind::DecreeNonWorking;
        painter.setPen(off ? QColor(0x8e, 0x24, 0x24) : QColor(0x21, 0x21, 0x21));
        QFont dayFont = font();
        dayFont.setBold(look.edited);
        painter.setFont(dayFont);
        painter.drawText(cell, Qt::AlignCenter, QString::number(day));
    }
}

void MonthGrid::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QDate date = dayAt(event->position().toPoint());
    if (date.isValid())
        emit dayClicked(date);
}

void MonthGrid::contextMenuEvent(QContextMenuEvent *event)
{
    const QDate date = dayAt(event->pos());
    if (date.isValid())
        emit dayMenuRequested(date, event->globalPos());
}

bool MonthGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate date = dayAt(help->pos());
        const QString note = date.isValid() ? m_days.value(date).note : QString();
        if (note.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), note, this, dayRect(date));
        return true;
    }
    return QWidget::event(event);
}

} // namespace ui
