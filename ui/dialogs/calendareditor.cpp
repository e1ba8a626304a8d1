#include "calendareditor.h"

#include "administration.h"
#include "calendaroverrides.h"
#include "database.h"
#include "obligationtext.h"
#include "roadmaprepository.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= 6;
}

QWidget *legendEntry(const QColor &colour, const QColor &border, const QString &text, QWidget *parent)
{
    auto *entry = new QWidget(parent);
    auto *layout = new QHBoxLayout(entry);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(5);
    auto *swatch = new QLabel(entry);
    swatch->setFixedSize(16, 14);
    swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid %2; border-radius: 2px;").arg(colour.name(), border.name()));
    layout->addWidget(swatch);
    layout->addWidget(new QLabel(text, entry));
    return entry;
}

} // namespace

CalendarEditor::CalendarEditor(core::Database &db, const core::Actor &actor, Clock clock, int year, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("calendarEditor"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousYearButton"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous year"));
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("yearSpin"));
    m_yearSpin->setRange(2000, 2100);
    m_yearSpin->setGroupSeparatorShown(false);
    QFont big = m_yearSpin->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_yearSpin->setFont(big);
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextYearButton"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next year"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    bar->addWidget(previous);
    bar->addWidget(m_yearSpin);
    bar->addWidget(next);
    bar->addSpacing(16);
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);

    auto *legend = new QHBoxLayout;
    legend->setSpacing(14);
    using Kind = MonthGrid::DayKind;
    legend->addWidget(legendEntry(MonthGrid::background(Kind::Working, false), QColor(0xb0, 0xbe, 0xc5), tr("working day"), this));
    legend->addWidget(legendEntry(MonthGrid::background(Kind::Weekend, false), QColor(0xb0, 0xbe, 0xc5), tr("weekend"), this));
    legend->addWidget(legendEntry(MonthGrid::background(Kind::Holiday, false), QColor(0xe5, 0x73, 0x73), tr("holiday or transferred day off"), this));
    legend->addWidget(legendEntry(MonthGrid::background(Kind::WorkingWeekend, false), QColor(0x64, 0xb5, 0xf6), tr("working weekend"), this));
    legend->addWidget(legendEntry(MonthGrid::background(Kind::DecreeNonWorking, false), QColor(0xba, 0x68, 0xc8), tr("non-working by decree"), this));
    legend->addWidget(legendEntry(MonthGrid::background(Kind::Holiday, true), QColor(0xe6, 0x51, 0x00), tr("day off set here"), this));
    legend->addWidget(legendEntry(MonthGrid::background(Kind::Working, true), QColor(0x2e, 0x7d, 0x32), tr("working day set here"), this));
    legend->addStretch(1);
    layout->addLayout(legend);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(22);
    grid->setVerticalSpacing(12);
    for (int month = 1; month <= 12; ++month) {
        auto *view = new MonthGrid(this);
        view->setObjectName(QStringLiteral("month%1").arg(month));
        grid->addWidget(view, (month - 1) / 4, (month - 1) % 4);
        connect(view, &MonthGrid::dayClicked, this, &CalendarEditor::toggleDay);
        connect(view, &MonthGrid::dayMenuRequested, this, &CalendarEditor::showDayMenu);
        m_months.append(view);
    }
    layout->addLayout(grid);

    auto *hint = new QLabel(tr("Click a day to switch it between working day and day off. Right-click a day changed here to "
                               "return it to the federal calendar. Deadlines move off days off (Civil Code art. 193)."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    layout->addWidget(hint);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(previous, &QToolButton::clicked, this, [this] { setYear(m_year - 1); });
    connect(next, &QToolButton::clicked, this, [this] { setYear(m_year + 1); });
    connect(m_yearSpin, &QSpinBox::valueChanged, this, &CalendarEditor::setYear);
    setYear(year);
}

void CalendarEditor::setYear(int year)
{
    if (year == m_year && !m_days.isEmpty())
        return;
    m_year = year;
    const QSignalBlocker blocker(m_yearSpin);
    m_yearSpin->setValue(year);
    m_message->hide();
    reload();
}

void CalendarEditor::reload()
{
    core::StorageError error;
    m_calendar = core::RoadmapRepository(m_db).calendar(&error);
    if (!error)
        m_overrides = core::CalendarOverrides(m_db, m_clock).overrides(&error);
    if (error)
        showMessage(error.message, true);

    const core::WorkCalendar &federal = core::WorkCalendar::russianFederal();
    QMap<QDate, core::WorkCalendar::SpecialDay> notes;
    for (const core::WorkCalendar::SpecialDay &special : federal.specialDays())
        notes.insert(special.date, special);
    for (const core::WorkCalendar::SpecialDay &special : m_calendar.specialDays()) {
        if (!special.note.isEmpty() || !notes.contains(special.date))
            notes.insert(special.date, special);
    }

    m_days.clear();
    int working = 0;
    for (QDate date(m_year, 1, 1); date.year() == m_year; date = date.addDays(1)) {
        MonthGrid::Day look;
        using Kind = core::WorkCalendar::DayKind;
        const std::optional<Kind> kind = m_calendar.specialDayKind(date);
        if (kind == Kind::DecreeNonWorking)
            look.kind = MonthGrid::DayKind::DecreeNonWorking;
        else if (kind == Kind::TransferWorkday)
            look.kind = isWeekend(date) ? MonthGrid::DayKind::WorkingWeekend : MonthGrid::DayKind::Working;
        else if (kind)
            look.kind = MonthGrid::DayKind::Holiday;
        else if (!m_calendar.isWorkingDay(date))
            look.kind = isWeekend(date) ? MonthGrid::DayKind::Weekend : MonthGrid::DayKind::Holiday;
        look.edited = m_overrides.contains(date);
        QStringList tip{dateText(date)};
        if (const auto note = notes.constFind(date); note != notes.cend() && !note->note.isEmpty())
            tip.append(note->note);
        if (look.edited)
            tip.append(tr("changed in this database"));
        look.note = tip.join(QStringLiteral("\n"));
        if (m_calendar.isWorkingDay(date, true))
            ++working;
        m_days.insert(date, look);
    }
    for (MonthGrid *view : std::as_const(m_months))
        view->setMonth(m_year, view->objectName().mid(5).toInt(), m_days);

    const int total = QDate(m_year, 1, 1).daysInYear();
    QString summary = tr("%1 working days, %2 days off").arg(working).arg(total - working);
    if (!m_calendar.isConfirmed(m_year))
        summary += QStringLiteral(" · ") + tr("no official calendar for %1: only the Labour Code holidays are known").arg(m_year);
    else if (!m_overrides.isEmpty()) {
        const int edits = int(std::count_if(m_overrides.keyBegin(), m_overrides.keyEnd(), [this](QDate d) { return d.year() == m_year; }));
        if (edits > 0)
            summary += QStringLiteral(" · ") + tr("days changed in this database: %1").arg(edits);
    }
    m_summary->setText(summary);
}

bool CalendarEditor::finish(const core::StorageError &error, const QString &done)
{
    if (error) {
        showMessage(error.message, true);
        return false;
    }
    reload();
    showMessage(done, false);
    emit changed();
    return true;
}

bool CalendarEditor::toggleDay(QDate date)
{
    const core::WorkCalendar &federal = core::WorkCalendar::russianFederal();
    const bool makeWorking = !m_calendar.isWorkingDay(date, true);
    const QString done = makeWorking ? tr("%1 is now a working day.").arg(dateText(date))
                                     : tr("%1 is now a day off.").arg(dateText(date));
    // Back to the federal calendar when that already gives what is wanted.
    if (federal.isWorkingDay(date, true) == makeWorking && m_overrides.contains(date))
        return finish(core::CalendarOverrides(m_db, m_clock).clear(m_actor, date), done);

    const bool weekend = isWeekend(date);
    if (makeWorking == weekend) {
        // A weekday made a day off, or a weekend day made a working day: a transfer.
        core::WorkCalendar::SpecialDay day;
        day.date = date;
        day.kind = makeWorking ? core::WorkCalendar::DayKind::TransferWorkday : core::WorkCalendar::DayKind::TransferDayOff;
        day.note = makeWorking ? tr("working day set by the monitor") : tr("day off set by the monitor");
        return finish(core::Administration(m_db, m_clock).setCalendarDay(m_actor, day), done);
    }
    // The federal calendar has a holiday on a weekday, or a working weekend day: make it plain.
    return finish(core::CalendarOverrides(m_db, m_clock).setPlain(m_actor, date, tr("ordinary day set by the monitor")), done);
}

bool CalendarEditor::restoreFederal(QDate date)
{
    return finish(core::CalendarOverrides(m_db, m_clock).clear(m_actor, date),
                  tr("%1 is as in the federal calendar again.").arg(dateText(date)));
}

void CalendarEditor::showDayMenu(QDate date, const QPoint &globalPosition)
{
    QMenu menu(this);
    const bool working = m_calendar.isWorkingDay(date, true);
    menu.addAction(working ? tr("Make a day off") : tr("Make a working day"), this, [this, date] { toggleDay(date); });
    QAction *restore = menu.addAction(tr("As in the federal calendar"), this, [this, date] { restoreFederal(date); });
    restore->setEnabled(m_overrides.contains(date));
    menu.exec(globalPosition);
}

void CalendarEditor::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1e6b2f;"));
    m_message->setVisible(!message.isEmpty());
}

QString CalendarEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace ui
