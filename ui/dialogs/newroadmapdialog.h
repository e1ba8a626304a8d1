#pragma once

#include "formdialog.h"
#include "roadmap.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace ui {

/// "Start an empty roadmap": the act that approved the plan and the period it covers, for a
/// roadmap whose principles and activities the monitor then types in the roadmap editor.
class NewRoadmapDialog : public FormDialog
{
    Q_OBJECT

public:
    /// today: the default act date and period start.
    explicit NewRoadmapDialog(QDate today, QWidget *parent = nullptr);

    /// A roadmap with the header typed and no principles or activities.
    core::Roadmap roadmap() const;

protected:
    QString validate() const override;

private:
    QLineEdit *m_title;
    QComboBox *m_actKind;
    QLineEdit *m_actNumber;
    QDateEdit *m_actDate;
    QDateEdit *m_periodStart;
    QDateEdit *m_periodEnd;
    QLineEdit *m_approvingBody;
};

} // namespace ui
