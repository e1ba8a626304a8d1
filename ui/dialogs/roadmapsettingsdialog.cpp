#include "roadmapsettingsdialog.h"

#include "administration.h"
#include "database.h"
#include "roadmaprepository.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #5f6368;"));
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    label->setFont(small);
    return label;
}

} // namespace

RoadmapSettingsDialog::RoadmapSettingsDialog(core::Database &db, const core::Actor &actor, Clock clock, qint64 roadmapId,
                                             QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(std::move(clock))
    , m_roadmapId(roadmapId)
{
    setObjectName(QStringLiteral("roadmapSettingsDialog"));
    setWindowTitle(tr("Roadmap settings"));
    setSubmitText(tr("Save"));

    auto *deadlines = new QGroupBox(tr("Deadlines"), this);
    auto *deadlineForm = new QFormLayout(deadlines);
    deadlineForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_confirmationDay = new QSpinBox(deadlines);
    m_confirmationDay->setObjectName(QStringLiteral("confirmationDaySpin"));
    m_confirmationDay->setRange(1, 28);
    deadlineForm->addRow(tr("Quarterly confirmation &day:"), m_confirmationDay);
    deadlineForm->addRow(QString(), hint(tr("Continuous and event-driven activities are confirmed on this day of the month "
                                            "after each quarter."), deadlines));
    m_moveDue = new QCheckBox(tr("&Move a due date off a non-working day (Civil Code art. 193)"), deadlines);
    m_moveDue->setObjectName(QStringLiteral("moveDueCheck"));
    deadlineForm->addRow(m_moveDue);
    m_decreeDays = new QCheckBox(tr("Count the presidential &non-working days (2020–2021) as days off"), deadlines);
    m_decreeDays->setObjectName(QStringLiteral("decreeDaysCheck"));
    deadlineForm->addRow(m_decreeDays);
    deadlineForm->addRow(hint(tr("By default they do not move deadlines (Supreme Court review No. 1 of 21.04.2020, question 5)."),
                              deadlines));
    contentLayout()->addWidget(deadlines);

    auto *statuses = new QGroupBox(tr("Statuses"), this);
    auto *statusForm = new QFormLayout(statuses);
    statusForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_dueSoonDays = new QSpinBox(statuses);
    m_dueSoonDays->setObjectName(QStringLiteral("dueSoonSpin"));
    m_dueSoonDays->setRange(0, 90);
    m_dueSoonDays->setSuffix(tr(" days"));
    statusForm->addRow(tr("\"Due &soon\" window:"), m_dueSoonDays);
    m_verification = new QCheckBox(tr("Reports count as done only after the monitor &accepts them"), statuses);
    m_verification->setObjectName(QStringLiteral("verificationCheck"));
    statusForm->addRow(m_verification);
    contentLayout()->addWidget(statuses);

    core::StorageError error;
    const QList<core::Roadmap> headers = core::RoadmapRepository(m_db).roadmapHeaders(&error);
    core::RoadmapSettings current;
    for (const core::Roadmap &roadmap : headers) {
        if (roadmap.id == roadmapId)
            current = roadmap.settings;
    }
    setSettings(current);
    if (error)
        showError(error.message);

    connect(this, &FormDialog::submitRequested, this, &RoadmapSettingsDialog::save);
    fitToContents(600);
}

core::RoadmapSettings RoadmapSettingsDialog::settings() const
{
    core::RoadmapSettings settings;
    settings.quarterlyConfirmationDay = m_confirmationDay->value();
    settings.moveDueToWorkingDay = m_moveDue->isChecked();
    settings.decreeDaysAreNonWorking = m_decreeDays->isChecked();
    settings.dueSoonDays = m_dueSoonDays->value();
    settings.verificationRequired = m_verification->isChecked();
    return settings;
}

void RoadmapSettingsDialog::setSettings(const core::RoadmapSettings &settings)
{
    m_confirmationDay->setValue(settings.quarterlyConfirmationDay);
    m_moveDue->setChecked(settings.moveDueToWorkingDay);
    m_decreeDays->setChecked(settings.decreeDaysAreNonWorking);
    m_dueSoonDays->setValue(settings.dueSoonDays);
    m_verification->setChecked(settings.verificationRequired);
}

void RoadmapSettingsDialog::save()
{
    if (const core::StorageError error = core::Administration(m_db, m_clock).saveSettings(m_actor, m_roadmapId, settings())) {
        showError(error.message);
        return;
    }
    emit changed();
    accept();
}

} // namespace ui
