#pragma once

#include "formdialog.h"
#include "obligation.h"
#include "roadmap.h"
#include "workcalendar.h"

#include <QDate>

class QLabel;
class QPlainTextEdit;

namespace ui {

class DateEdit;

/// A department head asks the monitor for more time on one obligation: a new date and a reason.
class ExtensionRequestDialog : public FormDialog
{
    Q_OBJECT

public:
    /// currentDue: the due date in force (after earlier extensions).
    ExtensionRequestDialog(const core::Roadmap &roadmap, const core::Obligation &obligation, QDate currentDue, QDate asOf,
                           QWidget *parent = nullptr);

    /// The calendar in force (with the database's changes); says when a day off falls due.
    void setCalendar(const core::WorkCalendar &calendar);

    QDate requestedDue() const;
    QString reason() const;

protected:
    QString validate() const override;
    QString doubt() const override;

private:
    void updateDueNote();

    core::Roadmap m_roadmap;
    core::WorkCalendar m_calendar = core::WorkCalendar::russianFederal();
    QDate m_currentDue;
    DateEdit *m_requestedDue = nullptr;
    QLabel *m_dueNote = nullptr;
    QPlainTextEdit *m_reason = nullptr;
};

} // namespace ui
