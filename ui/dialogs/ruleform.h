#pragma once

#include "manualrule.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace ui {

/// The parts of a rule set by hand — kind, dates or period and due day, «до» or «не позднее» —
/// as fields; wording() is the rule in the words the deadline parser reads (core::ruleWording).
class RuleForm : public QWidget
{
    Q_OBJECT

public:
    explicit RuleForm(QWidget *parent = nullptr);

    /// Dates start inside the roadmap's period.
    void setPeriod(QDate start, QDate end);
    core::RuleForm form() const;
    QString wording() const;

signals:
    void wordingChanged(const QString &wording);

private:
    void updateRows();
    void emitWording();
    QDateEdit *dateEdit(const QString &objectName);

    QFormLayout *m_layout = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QDateEdit *m_endDate = nullptr;
    QLineEdit *m_dates = nullptr;
    QComboBox *m_bound = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_due = nullptr;
    QSpinBox *m_day = nullptr;
    QComboBox *m_month = nullptr;
    QCheckBox *m_hasWindow = nullptr;
    QDateEdit *m_windowStart = nullptr;
    QDateEdit *m_windowEnd = nullptr;
};

} // namespace ui
