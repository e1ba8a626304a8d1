#pragma once

#include "executionreport.h"
#include "formdialog.h"
#include "obligation.h"
#include "roadmap.h"

class QPlainTextEdit;

namespace ui {

/// The monitor sends a report back for rework; the comment, which the department will read, is required.
class ReturnDialog : public FormDialog
{
    Q_OBJECT

public:
    ReturnDialog(const core::Roadmap &roadmap, const core::Obligation &obligation, const core::ExecutionReport &report,
                 QWidget *parent = nullptr);

    QString comment() const;

protected:
    QString validate() const override;

private:
    QPlainTextEdit *m_comment = nullptr;
};

} // namespace ui
