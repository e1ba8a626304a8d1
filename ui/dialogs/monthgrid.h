#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

namespace ui {

/// One month of the calendar editor: a 7-column grid of days, coloured by their kind.
class MonthGrid : public QWidget
{
    Q_OBJECT

public:
    enum class DayKind {
        Working,
        Weekend,
        Holiday,         ///< a holiday or a weekday made a day off
        DecreeNonWorking,
        WorkingWeekend,  ///< a Saturday or Sunday made a working day
    };

    struct Day {
        DayKind kind = DayKind::Working;
        bool edited = false; ///< this database's edit, not the federal calendar
        QString note;
    };

    explicit MonthGrid(QWidget *parent = nullptr);

    void setMonth(int year, int month, const QHash<QDate, Day> &days);
    int month() const { return m_month; }
    /// The day under a point, or an invalid date.
    QDate dayAt(const QPoint &position) const;
    /// Where a day is drawn (for tests and tool tips).
    QRect dayRect(QDate date) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static QColor background(DayKind kind, bool edited);

signals:
    void dayClicked(QDate date);
    void dayMenuRequested(QDate date, const QPoint &globalPosition);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    int cellWidth() const;
    int cellHeight() const;
    int headerHeight() const;

    int m_year = 2000;
    int m_month = 1;
    QHash<QDate, Day> m_days;
};

} // namespace ui
