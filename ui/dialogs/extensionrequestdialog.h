#pragma once

#include "formdialog.h"
#include "obligation.h"
#include "roadmap.h"

#include <QDate>

class QDateEdit;
class QPlainTextEdit;

namespace ui {

/// A department head asks the monitor for more time on one obligation: a new date and a reason.
class ExtensionRequestDialog : public FormDialog
{
    Q_OBJECT

public:
    /// currentDue: the due date in force (after earlier extensions).
    ExtensionRequestDialog(const core::Roadmap &roadmap, const core::Obligation &obligation, QDate currentDue, QDate asOf,
                           QWidget *parent = nullptr);

    QDate requestedDue() const;
    QString reason() const;

protected:
    QString validate() const override;

private:
    QDate m_currentDue;
    QDateEdit *m_requestedDue = nullptr;
    QPlainTextEdit *m_reason = nullptr;
};

} // namespace ui
