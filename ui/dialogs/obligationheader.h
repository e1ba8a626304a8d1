#pragma once

#include "obligation.h"
#include "roadmap.h"

#include <QFrame>

class QLabel;

namespace ui {

/// The obligation a dialog is about, shown at its top: activity, department, period, due date.
class ObligationHeader : public QFrame
{
    Q_OBJECT

public:
    /// effectiveDue: the due date after extensions; invalid means the legal due date.
    ObligationHeader(const core::Roadmap &roadmap, const core::Obligation &obligation, QDate effectiveDue = {},
                     QWidget *parent = nullptr);

    void setEffectiveDue(QDate due);

private:
    core::Obligation m_obligation;
    QLabel *m_due = nullptr;
};

} // namespace ui
