#pragma once

#include "extensionrequest.h"
#include "formdialog.h"
#include "obligation.h"
#include "roadmap.h"
#include "workcalendar.h"

#include <QDate>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace ui {

class DateEdit;

/// The monitor moves an obligation's due date; with a pending request from the department it
/// grants or declines that request.
class ExtensionDialog : public FormDialog
{
    Q_OBJECT

public:
    enum class Decision { Grant, Decline };

    /// currentDue: the due date in force (after earlier extensions).
    ExtensionDialog(const core::Roadmap &roadmap, const core::Obligation &obligation, QDate currentDue, QWidget *parent = nullptr);

    /// The calendar in force (with the database's changes); says when a day off falls due.
    void setCalendar(const core::WorkCalendar &calendar);

    /// Shows the department's request and proposes its date and reason.
    void setPendingRequest(const core::ExtensionRequest &request);
    bool hasPendingRequest() const { return m_hasRequest; }

    Decision decision() const;
    void setDecision(Decision decision);
    QDate newDue() const;
    /// The reason for a grant, or why the request is declined.
    QString reason() const;

protected:
    QString validate() const override;
    QString doubt() const override;

private:
    void updateState();
    void updateDueNote();

    core::Roadmap m_roadmap;
    core::WorkCalendar m_calendar = core::WorkCalendar::russianFederal();
    QDate m_currentDue;
    bool m_hasRequest = false;
    QGroupBox *m_requestBox = nullptr;
    QLabel *m_requestText = nullptr;
    QRadioButton *m_grant = nullptr;
    QRadioButton *m_decline = nullptr;
    QLabel *m_dueLabel = nullptr;
    DateEdit *m_newDue = nullptr;
    QLabel *m_dueNote = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QString m_requestReason;
};

} // namespace ui
