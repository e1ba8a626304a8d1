#include "activitydetailsview.h"

#include "deadlinerule.h"
#include "displayformat.h"
#include "obligationstatus.h"
#include "statusstyle.h"
#include "weblink.h"

#include <QDesktopServices>
#include <QJsonObject>

namespace ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Text for a double-quoted attribute: toHtmlEscaped() leaves ' alone.
QString attribute(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;"));
}

QString statusBadge(const core::ObligationEvaluation &evaluation)
{
    return QStringLiteral("<span style='color:%1; font-weight:bold'>&#9679; %2</span>")
        .arg(statusstyle::color(evaluation.status).name(), escaped(display::status(evaluation)));
}

QString roleName(core::AssignmentRole role)
{
    switch (role) {
    case core::AssignmentRole::Lead: return ActivityDetailsView::tr("lead");
    case core::AssignmentRole::CoExecutor: return ActivityDetailsView::tr("co-executor");
    case core::AssignmentRole::Contributor: return ActivityDetailsView::tr("takes part");
    }
    return {};
}

QString field(const QJsonObject &row, const char *name)
{
    return row.value(QLatin1String(name)).toString();
}

} // namespace

ActivityDetailsView::ActivityDetailsView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailsView"));
    // Links are opened here, each checked again: the text browser would open any scheme.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (const QUrl link = core::webLink(url.toString()); !link.isEmpty())
            QDesktopServices::openUrl(link);
    });
    document()->setDefaultStyleSheet(QStringLiteral(
        "h2 { font-size: large; margin-bottom: 4px; } h3 { font-size: medium; margin-top: 14px; margin-bottom: 4px; } "
        "td { padding: 2px 6px 2px 0; vertical-align: top; } .label { color: #607d8b; } "
        ".muted { color: #78909c; } .review { color: #6a1b9a; font-weight: bold; }"));
    showNothing();
}

QString ActivityDetailsView::person(const QString &login) const
{
    const QString name = m_names.value(login);
    return name.isEmpty() ? login : name;
}

void ActivityDetailsView::showNothing()
{
    setHtml(QStringLiteral("<p class='muted'>%1</p>").arg(tr("Select an activity or an obligation to see its details and history.")));
}

void ActivityDetailsView::showPrinciple(const RoadmapData &data, int principle)
{
    const core::Principle *found = data.snapshot.roadmap.principle(principle);
    const core::ComplianceSummary summary = data.compliance.byPrinciple.value(principle);
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(found ? tr("Principle %1. %2").arg(principle).arg(found->title)
                                                                    : tr("Principle %1").arg(principle)));
    html += QStringLiteral("<p>%1</p>").arg(tr("As of %1").arg(display::date(data.asOf)));
    html += QStringLiteral("<table>");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>").arg(escaped(label), value);
    };
    row(tr("Obligations"), QString::number(summary.obligations));
    row(tr("Due by the as-of date"), QString::number(summary.due));
    row(tr("On time"), QStringLiteral("%1 %").arg(qRound(summary.onTimeRate() * 100)));
    row(tr("Executed"), QStringLiteral("%1 %").arg(qRound(summary.executionRate() * 100)));
    row(tr("Overdue"), QString::number(summary.overdue));
    row(tr("Awaiting verification"), QString::number(summary.awaitingVerification));
    row(tr("Returned for rework"), QString::number(summary.returned));
    html += QStringLiteral("</table>");
    setHtml(html);
}

void ActivityDetailsView::showActivity(const RoadmapData &data, const QString &number,
                                       const std::optional<core::ObligationKey> &selected,
                                       const QHash<core::ObligationKey, QList<core::AuditEvent>> &history)
{
    m_asOf = data.asOf;
    const core::Activity *activity = data.snapshot.roadmap.activity(number);
    if (!activity) {
        showNothing();
        return;
    }
    QString html = QStringLiteral("<h2>%1 %2</h2>").arg(escaped(activity->number), escaped(activity->text.simplified()));
    html += QStringLiteral("<table>");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>").arg(escaped(label), value);
    };
    if (const core::Principle *principle = data.snapshot.roadmap.principle(activity->principle))
        row(tr("Principle"), escaped(tr("%1. %2").arg(principle->number).arg(principle->title)));
    row(tr("Deadline as written"), QStringLiteral("«%1»").arg(escaped(activity->deadlineText.simplified())));
    if (activity->rule.needsReview())
        row(tr("Rule"), QStringLiteral("<span class='review'>%1</span>")
                            .arg(escaped(tr("The wording could not be read: %1. The monitor sets the rule in the roadmap editor.")
                                             .arg(activity->rule.reviewReason))));
    else
        row(tr("Rule"), escaped(core::explainDeadlineRule(activity->rule)));
    if (activity->manualRule.isSet())
        row(tr("Set by hand"), escaped(tr("«%1», by %2 on %3")
                                           .arg(activity->manualRule.wording, person(activity->manualRule.setBy),
                                                display::date(activity->manualRule.setAt.toLocalTime().date()))));
    QStringList parties;
    for (const core::Assignment &assignment : activity->assignments)
        parties.append(QStringLiteral("%1 <span class='muted'>(%2)</span>").arg(escaped(assignment.department), roleName(assignment.role)));
    row(tr("Departments"), parties.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");

    QList<const core::EvaluatedObligation *> obligations;
    for (const core::EvaluatedObligation &evaluated : data.evaluated) {
        if (evaluated.obligation.key.activity == number)
            obligations.append(&evaluated);
    }
    std::stable_sort(obligations.begin(), obligations.end(),
                     [](const auto *a, const auto *b) { return a->obligation.legalDue < b->obligation.legalDue; });

    const auto obligationTitle = [](const core::EvaluatedObligation &evaluated) {
        const core::Obligation &o = evaluated.obligation;
        QString due = tr("due %1").arg(display::date(evaluated.evaluation.effectiveDue));
        if (evaluated.evaluation.extended)
            due += u' ' + tr("(extended from %1)").arg(display::date(o.legalDue));
        else if (o.legalDue != o.nominalDue)
            due += u' ' + tr("(moved from %1, a day off)").arg(display::date(o.nominalDue));
        return QStringLiteral("%1 — %2 — %3 — %4")
            .arg(escaped(display::period(o.key.period)), escaped(o.key.department), escaped(due), statusBadge(evaluated.evaluation));
    };

    if (selected) {
        for (const core::EvaluatedObligation *evaluated : std::as_const(obligations)) {
            if (evaluated->obligation.key == *selected) {
                html += QStringLiteral("<h3>%1</h3>").arg(obligationTitle(*evaluated));
                html += historyHtml(history.value(*selected));
            }
        }
    }

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Obligations (%1)").arg(obligations.size())));
    if (obligations.isEmpty()) {
        html += QStringLiteral("<p class='muted'>%1</p>").arg(escaped(tr("This activity owes no dated obligations.")));
    } else {
        html += QStringLiteral("<table width='100%'>");
        for (const core::EvaluatedObligation *evaluated : std::as_const(obligations)) {
            const QList<core::AuditEvent> events = history.value(evaluated->obligation.key);
            const QString last = events.isEmpty() ? QString() : eventHtml(events.last());
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(escaped(display::period(evaluated->obligation.key.period)), escaped(evaluated->obligation.key.department),
                             escaped(display::date(evaluated->evaluation.effectiveDue)), statusBadge(evaluated->evaluation));
            if (!last.isEmpty() && !(selected && *selected == evaluated->obligation.key))
                html += QStringLiteral("<tr><td></td><td colspan='3' class='muted'>%1</td></tr>").arg(last);
        }
        html += QStringLiteral("</table>");
    }
    setHtml(html);
}

QString ActivityDetailsView::historyHtml(const QList<core::AuditEvent> &events) const
{
    if (events.isEmpty())
        return QStringLiteral("<p class='muted'>%1</p>").arg(escaped(tr("Nothing reported yet.")));
    QString html = QStringLiteral("<ul>");
    for (const core::AuditEvent &event : events)
        html += QStringLiteral("<li>%1</li>").arg(eventHtml(event));
    return html + QStringLiteral("</ul>");
}

QString ActivityDetailsView::eventHtml(const core::AuditEvent &event) const
{
    const QString who = escaped(person(event.login))
        + (event.onBehalfOf.isEmpty() ? QString() : escaped(tr(" for %1").arg(person(event.onBehalfOf))));
    const QString when = escaped(display::dateTime(event.at));
    const QJsonObject &after = event.after;
    QString what;
    if (event.action == u"report_execution") {
        what = tr("reported it done on %1").arg(display::date(QDate::fromString(field(after, "done_date"), Qt::ISODate))).toHtmlEscaped();
        const QString url = field(after, "evidence_url");
        if (const QUrl link = core::webLink(url); !link.isEmpty())
            what += QStringLiteral(", <a href=\"%1\">%2</a>").arg(attribute(link.toString(QUrl::FullyEncoded)), escaped(tr("evidence")));
        else if (!url.isEmpty())
            what += escaped(QStringLiteral(", ") + tr("evidence (not a web address): %1").arg(url));
        if (!field(after, "document_ref").isEmpty())
            what += escaped(QStringLiteral(", ") + field(after, "document_ref"));
        if (!field(after, "comment").isEmpty())
            what += escaped(QStringLiteral(": «%1»").arg(field(after, "comment")));
    } else if (event.action == u"report_no_events") {
        what = escaped(tr("reported no events this period"));
        if (!field(after, "comment").isEmpty())
            what += escaped(QStringLiteral(": «%1»").arg(field(after, "comment")));
    } else if (event.action == u"accept") {
        what = QStringLiteral("<span style='color:%1'>%2</span>")
                   .arg(statusstyle::color(core::ObligationStatus::DoneOnTime).name(), escaped(tr("accepted the report")));
    } else if (event.action == u"return") {
        what = QStringLiteral("<span style='color:%1'>%2</span>")
                   .arg(statusstyle::color(core::ObligationStatus::Returned).name(),
                        escaped(tr("returned it for rework: «%1»").arg(field(after, "verification_comment"))));
    } else if (event.action == u"grant_extension") {
        what = escaped(tr("extended the deadline to %1: «%2»")
                           .arg(display::date(QDate::fromString(field(after, "new_due"), Qt::ISODate)), field(after, "reason")));
    } else if (event.action.contains(u"request")) {
        const QString state = field(after, "state");
        if (event.before.isEmpty())
            what = escaped(tr("asked for an extension to %1: «%2»")
                               .arg(display::date(QDate::fromString(field(after, "requested_due"), Qt::ISODate)), field(after, "reason")));
        else if (state == u"declined")
            what = escaped(tr("declined the extension request: «%1»").arg(field(after, "decision_comment")));
        else
            what = escaped(tr("granted the extension request"));
    } else {
        what = escaped(event.action);
    }
    // Statuses are as known on the as-of date (DESIGN §6): what was entered later is listed, and
    // said to be later, but does not count in the status shown above it.
    if (m_asOf.isValid() && !core::knownAt(event.at, m_asOf)) {
        const QString day = display::date(event.at.toLocalTime().date());
        const bool report = event.action == u"report_execution" || event.action == u"report_no_events";
        what += QStringLiteral(" <i class='muted'>(%1)</i>")
                    .arg(escaped(report ? tr("reported on %1, after the as-of date %2").arg(day, display::date(m_asOf))
                                        : tr("recorded on %1, after the as-of date %2").arg(day, display::date(m_asOf))));
    }
    return QStringLiteral("<b>%1</b> %2 — %3").arg(when, who, what);
}

} // namespace ui
