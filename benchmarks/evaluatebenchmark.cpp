#include "evaluatebenchmark.h"

#include "compliance.h"
#include "roadmapsnapshot.h"
#include "samples.h"
#include "syntheticroadmap.h"
#include "workcalendar.h"

#include <QElapsedTimer>

namespace bench {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1.0e6;
}

} // namespace

int EvaluateBenchmark::run(QTextStream &out, const QList<int> &obligationTargets, int repetitions)
{
    SyntheticShape shape;
    const QDate asOf = shape.historyEnd();
    const double perActivity = SyntheticRoadmap::obligationsPerActivity();
    out << "evaluate in memory: one synthetic roadmap (" << shape.years << " years, " << QString::number(perActivity, 'f', 1)
        << " obligations per activity, no reports), as of " << asOf.toString(Qt::ISODate) << ", median of " << repetitions
        << Qt::endl;
    for (int target : obligationTargets) {
        const core::RoadmapSnapshot snapshot = SyntheticRoadmap::snapshotOfAbout(target);
        Samples generate, evaluate, build;
        qsizetype obligations = 0;
        for (int r = 0; r < repetitions; ++r) {
            QElapsedTimer timer;
            timer.start();
            const QList<core::Obligation> all = snapshot.obligations();
            generate.append(elapsedMs(timer));
            timer.restart();
            QList<core::EvaluatedObligation> evaluated;
            evaluated.reserve(all.size());
            for (const core::Obligation &obligation : all)
                evaluated.append(snapshot.evaluate(obligation, asOf));
            evaluate.append(elapsedMs(timer));
            timer.restart();
            const core::ComplianceReport report = core::ComplianceReport::build(evaluated, asOf);
            build.append(elapsedMs(timer));
            obligations = all.size();
            Q_UNUSED(report);
        }
        const double perObligationUs = evaluate.median() * 1000.0 / qMax<qsizetype>(1, obligations);
        out << "  " << obligations << " obligations (" << snapshot.roadmap.activities.size() << " activities): obligations() "
            << QString::number(generate.median(), 'f', 1) << " ms, evaluate " << QString::number(evaluate.median(), 'f', 1)
            << " ms = " << QString::number(perObligationUs, 'f', 2) << " µs per obligation, ComplianceReport::build "
            << QString::number(build.median(), 'f', 1) << " ms" << Qt::endl;
    }
    return 0;
}

} // namespace bench
