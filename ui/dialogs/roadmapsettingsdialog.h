#pragma once

#include "auditlog.h"
#include "formdialog.h"
#include "roadmapsettings.h"

#include <QDateTime>

#include <functional>

class QCheckBox;
class QSpinBox;

namespace core {
class Database;
}

namespace ui {

/// The roadmap's rules for deadlines and statuses, saved through core::Administration::saveSettings.
class RoadmapSettingsDialog : public FormDialog
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    RoadmapSettingsDialog(core::Database &db, const core::Actor &actor, Clock clock, qint64 roadmapId, QWidget *parent = nullptr);

    core::RoadmapSettings settings() const;
    void setSettings(const core::RoadmapSettings &settings);

signals:
    /// The settings were saved.
    void changed();

private:
    void save();

    core::Database &m_db;
    core::Actor m_actor;
    Clock m_clock;
    qint64 m_roadmapId = 0;
    QSpinBox *m_confirmationDay = nullptr;
    QCheckBox *m_moveDue = nullptr;
    QCheckBox *m_decreeDays = nullptr;
    QSpinBox *m_dueSoonDays = nullptr;
    QCheckBox *m_verification = nullptr;
};

} // namespace ui
