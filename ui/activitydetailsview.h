#pragma once

#include "auditlog.h"
#include "roadmapdata.h"

#include <QHash>
#include <QTextBrowser>

#include <optional>

namespace ui {

/// The details pane: an activity's text, its deadline wording and the rule read from it,
/// its departments and roles, and its obligations with their history (who did what, when).
class ActivityDetailsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ActivityDetailsView(QWidget *parent = nullptr);

    /// Login → name, for the history lines.
    void setPeople(const QHash<QString, QString> &names) { m_names = names; }
    /// Shows the activity; with selected, that obligation's history comes first and in full.
    void showActivity(const RoadmapData &data, const QString &activity, const std::optional<core::ObligationKey> &selected,
                      const QHash<core::ObligationKey, QList<core::AuditEvent>> &history);
    void showPrinciple(const RoadmapData &data, int principle);
    void showNothing();

private:
    QString person(const QString &login) const;
    QString historyHtml(const QList<core::AuditEvent> &events) const;
    QString eventHtml(const core::AuditEvent &event) const;

    QHash<QString, QString> m_names;
    QDate m_asOf; ///< events recorded after it are shown, marked as not yet known then
};

} // namespace ui
