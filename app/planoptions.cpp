#include "planoptions.h"

#include "commandline.h"
#include "output.h"
#include "roadmapdocumentimporter.h"

#include <QCoreApplication>

namespace app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("app", text);
}

} // namespace

QList<QCommandLineOption> planReadOptions()
{
    return {
        {QStringLiteral("sheet"), tr("The worksheet that holds the plan, when a workbook has several."), tr("name")},
        {QStringLiteral("columns"),
         tr("What each column of the plan's table holds, left to right, separated by commas: number, principle, activity, "
            "responsible, deadline, other or ignored (default: read from the headings)."),
         tr("roles")},
    };
}

int planReadOptionsFrom(const QCommandLineParser &parser, core::PlanReadOptions *options)
{
    options->sheet = parser.value(QStringLiteral("sheet"));
    if (!parser.isSet(QStringLiteral("columns")))
        return ExitOk;
    for (const QString &id : parser.value(QStringLiteral("columns")).split(u',')) {
        const std::optional<core::ColumnRole> role = core::columnRoleFromId(id.trimmed());
        if (!role) {
            return failWith(tr("--columns: \"%1\" is not one of number, principle, activity, responsible, deadline, other, ignored")
                                .arg(id.trimmed()));
        }
        options->columnRoles.append(*role);
    }
    if (!options->columnRoles.contains(core::ColumnRole::Activity))
        return failWith(tr("--columns must name the activity column"));
    return ExitOk;
}

int importPlan(const QCommandLineParser &parser, const QString &path, core::RoadmapImportResult *result)
{
    core::PlanReadOptions options;
    if (const int code = planReadOptionsFrom(parser, &options))
        return code;
    *result = core::RoadmapDocumentImporter().importFile(path, options);
    if (result->ok())
        return ExitOk;
    QString message = result->error;
    if (!result->sheets.isEmpty() && options.sheet.isEmpty() && result->sheets.size() > 1)
        message += u' ' + tr("Name it with --sheet.");
    return failWith(message);
}

} // namespace app
