#include "rulecommand.h"

#include "commandline.h"
#include "databaseoptions.h"
#include "jsonformat.h"
#include "manualrule.h"
#include "output.h"
#include "roadmapediting.h"
#include "snapshotloader.h"
#include "user.h"
#include "visibletext.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace app {

namespace {

QString ruleJsonText(const core::Activity &activity)
{
    return activity.rule.needsReview() ? QString() : core::explainDeadlineRule(activity.rule);
}

QJsonObject activityJson(const core::Activity &activity, int obligations)
{
    QJsonObject object{
        {QStringLiteral("activity"), activity.number},
        {QStringLiteral("deadline"), activity.deadlineText},
        {QStringLiteral("needs_review"), activity.rule.needsReview()},
        {QStringLiteral("review_reason"), activity.rule.reviewReason},
        {QStringLiteral("rule"), ruleJsonText(activity)},
        {QStringLiteral("set_by_hand"), activity.manualRule.isSet()},
        {QStringLiteral("obligations"), obligations},
    };
    if (activity.manualRule.isSet()) {
        object.insert(QStringLiteral("rule_wording"), activity.manualRule.wording);
        object.insert(QStringLiteral("rule_set_by"), activity.manualRule.setBy);
        object.insert(QStringLiteral("rule_set_at"), activity.manualRule.setAt.toUTC().toString(Qt::ISODate));
    }
    return object;
}

/// "1.3  «по мере необходимости»  — set by hand by org.monitor on 05.12.2026: every quarter, …"
QString activityLine(const core::Activity &activity)
{
    QString line = QStringLiteral("%1  «%2»  — ").arg(activity.number, core::withHiddenCharactersShown(activity.deadlineText.simplified()));
    if (activity.manualRule.isSet()) {
        line += QCoreApplication::translate("app", "set by hand by %1 on %2 as «%3»: %4")
                    .arg(core::withHiddenCharactersShown(activity.manualRule.setBy),
                         activity.manualRule.setAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy")),
                         activity.manualRule.wording, core::explainDeadlineRule(activity.rule));
    } else {
        line += core::explainDeadlineRule(activity.rule);
    }
    return line;
}

/// Obligations per activity number, from one pass over the roadmap's obligations.
QHash<QString, int> obligationCounts(const core::RoadmapSnapshot &snapshot)
{
    QHash<QString, int> counts;
    for (const core::Obligation &obligation : snapshot.obligations())
        ++counts[obligation.key.activity];
    return counts;
}

} // namespace

QList<QCommandLineOption> ruleCommandOptions()
{
    return {
        dbOption(),
        roadmapIdOption(),
        jsonOption(),
        {QStringLiteral("activity"), QCoreApplication::translate("app", "Activity number, e.g. 5.1 (default: list those that need review or have a rule set by hand)."),
         QCoreApplication::translate("app", "number")},
        {QStringLiteral("set"),
         QCoreApplication::translate("app", "Set the activity's rule by hand, in words the program reads, e.g. \"ежеквартально не позднее 15 числа "
                                            "месяца, следующего за отчетным кварталом\" (see README: rules set by hand)."),
         QCoreApplication::translate("app", "wording")},
        {QStringLiteral("clear"), QCoreApplication::translate("app", "Drop the rule set by hand: the deadline wording is read again.")},
        {QStringLiteral("expect-version"), QCoreApplication::translate("app", "The activity version you saw; a newer one is a conflict."),
         QCoreApplication::translate("app", "n")},
    };
}

int runRule(const QCommandLineParser &parser)
{
    const bool set = parser.isSet(QStringLiteral("set"));
    const bool clear = parser.isSet(QStringLiteral("clear"));
    const QString number = parser.value(QStringLiteral("activity")).trimmed();
    if (set && clear)
        return failWith(QCoreApplication::translate("app", "--set and --clear exclude each other"));
    if ((set || clear) && number.isEmpty())
        return failWith(QCoreApplication::translate("app", "--set and --clear need --activity"));
    if (set && parser.value(QStringLiteral("set")).trimmed().isEmpty())
        return failWith(QCoreApplication::translate("app", "--set needs the rule's wording; --clear drops a rule set by hand"));

    core::Database db;
    qint64 roadmapId = 0;
    std::optional<core::RoadmapSnapshot> snapshot;
    if (int code = loadRoadmap(parser, db, &roadmapId, &snapshot))
        return code;
    if (!number.isEmpty() && !snapshot->roadmap.activity(number))
        return failWith(QCoreApplication::translate("app", "there is no activity %1 in roadmap %2").arg(number).arg(roadmapId));

    if (set || clear) {
        core::RoadmapEditing editing(db, now);
        core::StorageError error;
        int version = editing.activityVersion(roadmapId, number, &error);
        if (error)
            return fail(error);
        if (parser.isSet(QStringLiteral("expect-version"))) {
            bool ok = false;
            version = parser.value(QStringLiteral("expect-version")).toInt(&ok);
            if (!ok || version < 1)
                return failWith(QCoreApplication::translate("app", "--expect-version takes a version number such as 3"));
        }
        const QString wording = set ? parser.value(QStringLiteral("set")) : QString();
        if ((error = editing.setActivityRule({core::operatingSystemLogin(), {}}, roadmapId, number, wording, version)))
            return fail(error);
        snapshot = core::loadSnapshot(db, roadmapId, &error);
        if (!snapshot)
            return fail(error);
    }

    const QList<core::Activity> &activities = snapshot->roadmap.activities;
    QList<const core::Activity *> shown;
    for (const core::Activity &activity : activities) {
        if (number.isEmpty() ? activity.rule.needsReview() || activity.manualRule.isSet() : activity.number == number)
            shown.append(&activity);
    }

    const QHash<QString, int> counts = obligationCounts(*snapshot);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const core::Activity *activity : std::as_const(shown))
            array.append(activityJson(*activity, counts.value(activity->number)));
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("roadmap_id"), roadmapId}, {QStringLiteral("activities"), array}}));
        return ExitOk;
    }
    QTextStream &out = standardOutput();
    if (set)
        out << QCoreApplication::translate("app", "Rule of %1 set by hand.").arg(number) << '\n';
    else if (clear)
        out << QCoreApplication::translate("app", "Rule of %1 is read from its deadline wording again.").arg(number) << '\n';
    if (shown.isEmpty())
        out << QCoreApplication::translate("app", "Every deadline wording of roadmap %1 is read; no rule is set by hand.").arg(roadmapId) << '\n';
    for (const core::Activity *activity : std::as_const(shown)) {
        out << activityLine(*activity) << '\n';
        if (!number.isEmpty()) {
            const int obligations = counts.value(activity->number);
            out << QCoreApplication::translate("app", "%n obligation(s).", "", obligations) << '\n';
        }
    }
    out.flush();
    return ExitOk;
}

} // namespace app
