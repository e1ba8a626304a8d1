#pragma once

#include "auditlog.h"
#include "monthgrid.h"
#include "workcalendar.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QWidget>

#include <functional>

class QLabel;
class QSpinBox;

namespace core {
class Database;
}

namespace ui {

/// A year of the production calendar as twelve month grids. Clicking a day switches it between
/// working day and day off; the federal calendar and this database's edits have their own colours.
/// Writes through core::Administration::setCalendarDay and core::CalendarOverrides.
class CalendarEditor : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    CalendarEditor(core::Database &db, const core::Actor &actor, Clock clock, int year, QWidget *parent = nullptr);

    int year() const { return m_year; }
    void setYear(int year);
    /// Reads the calendar again (after someone else changed it).
    void reload();

    /// How a day is shown.
    MonthGrid::Day day(QDate date) const { return m_days.value(date); }
    /// Switches a day between working day and day off; false (with the reason shown) on failure.
    bool toggleDay(QDate date);
    /// Withdraws this database's edit of a day.
    bool restoreFederal(QDate date);
    QString message() const;

signals:
    void changed();

private:
    void showDayMenu(QDate date, const QPoint &globalPosition);
    void showMessage(const QString &message, bool error);
    bool finish(const core::StorageError &error, const QString &done);

    core::Database &m_db;
    core::Actor m_actor;
    Clock m_clock;
    int m_year = 0;
    core::WorkCalendar m_calendar;
    QMap<QDate, QString> m_overrides;
    QHash<QDate, MonthGrid::Day> m_days;
    QList<MonthGrid *> m_months;
    QSpinBox *m_yearSpin = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ui
