#pragma once

#include "executionreport.h"
#include "executionworkflow.h"
#include "formdialog.h"
#include "obligation.h"
#include "roadmap.h"

#include <QDate>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ui {

class DateEdit;

class ObligationHeader;

/// A department head reports an obligation as done (date and evidence), or, for an event-driven
/// activity, says there were no events this period. The caller saves (see FormDialog).
class ReportExecutionDialog : public FormDialog
{
    Q_OBJECT

public:
    /// today: the person's own day (from the clock), the default and the latest possible done date.
    ReportExecutionDialog(const core::Roadmap &roadmap, const core::Obligation &obligation, QDate today, QWidget *parent = nullptr);

    /// Fills the fields from an earlier report; a returned one shows why it was returned.
    void setPreviousReport(const core::ExecutionReport &report);
    /// The due date shown at the top, when an extension applies.
    void setEffectiveDue(QDate due);

    bool isNoEvents() const;
    /// Only possible for event-driven obligations.
    void setNoEvents(bool noEvents);
    core::ExecutionInput input() const;
    QString comment() const;

protected:
    QString validate() const override;
    QString doubt() const override;

private:
    void updateState();
    bool evidenceValid() const;

    core::Roadmap m_roadmap;
    core::Obligation m_obligation;
    QDate m_today;
    ObligationHeader *m_header = nullptr;
    QLabel *m_returnNote = nullptr;
    QCheckBox *m_noEvents = nullptr;
    DateEdit *m_doneDate = nullptr;
    QLineEdit *m_evidenceUrl = nullptr;
    QPushButton *m_openEvidence = nullptr;
    QLabel *m_evidenceHint = nullptr;
    QLineEdit *m_documentRef = nullptr;
    QPlainTextEdit *m_comment = nullptr;
};

} // namespace ui
