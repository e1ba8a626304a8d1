// Screenshots of the empty database and the import preview: run under Xvfb, not a test.
//   importscreenshots OUTDIR LANG PLAN... [--qm FILE.qm]
#include "importdialog.h"
#include "mainwindow.h"
#include "newroadmapdialog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

void shoot(const QString &path)
{
    QTest::qWait(600);
    QGuiApplication::primaryScreen()->grabWindow(0).save(path);
    qInfo("%s", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Roadmap Tracker Screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("roadmap-tracker"));
    QStringList args = QCoreApplication::arguments().mid(1);
    QStringList translations;
    for (qsizetype i = args.indexOf(QStringLiteral("--qm")); i >= 0; i = args.indexOf(QStringLiteral("--qm"))) {
        translations.append(args.value(i + 1));
        args.remove(i, 2);
    }
    const QString out = args.value(0);
    const QString language = args.value(1);
    const QStringList plans = args.mid(2);
    QDir().mkpath(out);
    QLocale::setDefault(language == u"ru" ? QLocale(QLocale::Russian, QLocale::Russia) : QLocale(QLocale::English, QLocale::UnitedKingdom));
    for (const QString &qm : std::as_const(translations)) {
        auto *translator = new QTranslator(&application);
        if (translator->load(qm))
            QCoreApplication::installTranslator(translator);
    }
    auto *qt = new QTranslator(&application);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    const auto file = [&](const QString &name) { return QStringLiteral("%1/%2-%3.png").arg(out, name, language); };

    QTemporaryDir dir;
    ui::MainWindow window(qEnvironmentVariable("USER", QStringLiteral("monitor")));
    window.setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    window.show();
    QSignalSpy shown(&window, &ui::MainWindow::roadmapShown);
    window.openDatabase(core::DatabaseLocation::sqlite(dir.filePath(QStringLiteral("new.sqlite"))), ui::RoadmapStore::OpenKind::New);
    if (!shown.wait(30000))
        return 1;
    shoot(file(QStringLiteral("import-00-empty")));

    window.startEmptyRoadmap();
    if (auto *dialog = window.findChild<ui::NewRoadmapDialog *>()) {
        shoot(file(QStringLiteral("import-01-new-roadmap")));
        dialog->reject();
    }

    int n = 2;
    for (const QString &plan : plans) {
        window.importPlanFile(plan);
        ui::ImportDialog *dialog = nullptr;
        QTest::qWaitFor([&] { return (dialog = window.findChild<ui::ImportDialog *>()) != nullptr; });
        if (!dialog)
            return 2;
        QSignalSpy found(dialog, &ui::ImportDialog::targetFound);
        if (dialog->result().ok() || dialog->isReading())
            found.wait(30000);
        shoot(file(QStringLiteral("import-%1-%2").arg(n++, 2, 10, QLatin1Char('0')).arg(QFileInfo(plan).completeBaseName())));
        dialog->reject();
        QTest::qWait(100);
    }
    return 0;
}
