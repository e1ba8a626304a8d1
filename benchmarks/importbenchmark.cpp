#include "importbenchmark.h"

#include "roadmapdocumentimporter.h"
#include "samples.h"

#include <QElapsedTimer>

namespace bench {

QString ImportBenchmark::planText(int activities)
{
    QString text = QStringLiteral("№ п/п\tНаименование принципа\tСодержание мероприятия\tОтветственный исполнитель\tСрок исполнения\n");
    text.reserve(text.size() + qsizetype(activities) * 64);
    for (int i = 1; i <= activities; ++i)
        text += QStringLiteral("1\tПринцип\t1.%1 Мероприятие\tОтдел экономики\tПостоянно\n").arg(i);
    return text;
}

int ImportBenchmark::run(QTextStream &out, QTextStream &err, const QList<int> &sizes, int repetitions)
{
    out << "import of a generated tab-separated plan through RoadmapDocumentImporter::importText, median of " << repetitions
        << Qt::endl;
    double previousPerActivity = 0;
    for (int size : sizes) {
        const QString text = planText(size);
        Samples times;
        qsizetype imported = 0;
        qsizetype warnings = 0;
        QString firstWarning;
        for (int r = 0; r < repetitions; ++r) {
            QElapsedTimer timer;
            timer.start();
            const core::RoadmapImportResult result = core::RoadmapDocumentImporter().importText(text);
            times.append(timer.nsecsElapsed() / 1.0e6);
            imported = result.roadmap.activities.size();
            warnings = result.warnings.size();
            firstWarning = result.warnings.isEmpty() ? QString() : result.warnings.first().message;
            if (!result.ok() || imported != size) {
                err << "  " << size << " activities: imported " << imported << (result.ok() ? QString() : QStringLiteral(": ") + result.error)
                    << Qt::endl;
                return 1;
            }
        }
        const double perActivity = times.median() * 1000.0 / size;
        out << "  " << size << " activities: " << QString::number(times.median(), 'f', 1) << " ms = "
            << QString::number(perActivity, 'f', 1) << " µs per activity, " << warnings << " warnings";
        if (previousPerActivity > 0)
            out << " (" << QString::number(perActivity / previousPerActivity, 'f', 2) << "× the previous size's per activity)";
        out << Qt::endl;
        if (!firstWarning.isEmpty())
            out << "    first warning: " << firstWarning << Qt::endl;
        previousPerActivity = perActivity;
    }
    return 0;
}

} // namespace bench
