#include "deadlineparser.h"
#include "mainwindow.h"
#include "registeredreportrepository.h"
#include "reportdialog.h"
#include "roadmaptrackerrun.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>

using namespace ui;

namespace {

const QDate demoDate(2019, 7, 15);
const QDateTime now(demoDate, QTime(10, 0), Qt::UTC);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Answers the next modal dialog of type T with answer, from the event loop.
template<typename T>
void answerNextDialog(std::function<void(T *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

} // namespace

/// File ▸ Status Report: its defaults, the same report as the command line, registering.
class TestReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultsToTheLastFinishedQuarter();
    void makesTheReportOfTheCommandLine_data();
    void makesTheReportOfTheCommandLine();
    void registersAndReprints();
    void departmentHeadsDoNotRegister();
    void warnsRefusesAndTakesThePhone();
    void staysResponsiveAndCancelsOnABigReport();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &login, const QString &path);
    ReportDialog *openDialog(MainWindow &window);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestReportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    uitest::pinEnvironment(m_dir);
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(uitest::createDemo(m_demo), QString());
}

std::unique_ptr<MainWindow> TestReportDialog::openWindow(const QString &login, const QString &path)
{
    return uitest::openWindow(login, path, now);
}

ReportDialog *TestReportDialog::openDialog(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("actionStatusReport"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return window.findChild<ReportDialog *>(QStringLiteral("reportDialog"));
}

void TestReportDialog::defaultsToTheLastFinishedQuarter()
{
    auto window = openWindow(uitest::monitor, m_demo);
    QVERIFY(window);
    ReportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    core::ReportParameters parameters = dialog->parameters();
    QCOMPARE(parameters.period, core::ReportPeriod::quarter(2019, 2));
    QCOMPARE(parameters.asOf, QDate(2019, 6, 30));
    QCOMPARE(parameters.language, QStringLiteral("ru"));
    QCOMPARE(parameters.principle, 0);
    QVERIFY(parameters.department.isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(u'%'));

    // The as-of date follows the period (up to today) ...
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("periodKind"));
    kind->setCurrentIndex(2); // year
    parameters = dialog->parameters();
    QCOMPARE(parameters.period, core::ReportPeriod::wholeYear(2019));
    QCOMPARE(parameters.asOf, demoDate);
    // ... until it is set by hand.
    dialog->findChild<QDateEdit *>(QStringLiteral("asOf"))->setDate(QDate(2019, 5, 1));
    kind->setCurrentIndex(1); // half-year
    parameters = dialog->parameters();
    QCOMPARE(parameters.period.kind, core::ReportPeriod::Kind::HalfYear);
    QCOMPARE(parameters.asOf, QDate(2019, 5, 1));

    // Dates: they start as the period chosen so far; a reversed range cannot be printed.
    kind->setCurrentIndex(3);
    parameters = dialog->parameters();
    QCOMPARE(parameters.period.kind, core::ReportPeriod::Kind::Range);
    QCOMPARE(parameters.period.start, QDate(2019, 1, 1));
    QCOMPARE(parameters.period.end, QDate(2019, 6, 30));
    // A date typed over the field is the date taken: «31.03.2019» over 30.06.2019 (QDateEdit
    // fixed the day against June while the month was still being typed: 30.03.2019).
    auto *to = dialog->findChild<QDateEdit *>(QStringLiteral("periodTo"));
    dialog->activateWindow();
    to->setFocus(Qt::TabFocusReason);
    to->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(to, QStringLiteral("31.03.2019"));
    QTest::keyClick(to, Qt::Key_Tab);
    QCOMPARE(dialog->parameters().period.end, QDate(2019, 3, 31));
    dialog->findChild<QDateEdit *>(QStringLiteral("periodFrom"))->setDate(QDate(2019, 8, 1));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("previewButton"))->isEnabled());
    QVERIFY(!dialog->document().has_value());
    dialog->close();
}

void TestReportDialog::makesTheReportOfTheCommandLine_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("principle");
    QTest::newRow("csv, Russian, whole roadmap") << QStringLiteral("csv") << QStringLiteral("ru") << 0;
    QTest::newRow("html, English, principle 5") << QStringLiteral("html") << QStringLiteral("en") << 5;
}

void TestReportDialog::makesTheReportOfTheCommandLine()
{
    QFETCH(QString, suffix);
    QFETCH(QString, language);
    QFETCH(int, principle);
    auto window = openWindow(uitest::monitor, m_demo);
    QVERIFY(window);
    ReportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    core::ReportParameters parameters;
    parameters.period = core::ReportPeriod::halfYear(2019, 1);
    parameters.asOf = QDate(2019, 7, 10);
    parameters.principle = principle;
    parameters.language = language;
    dialog->setParameters(parameters);
    QCOMPARE(dialog->parameters(), parameters);
    const std::optional<core::ReportDocument> report = dialog->document();
    QVERIFY(report);
    const QString fromWindow = m_dir.filePath(QStringLiteral("window.") + suffix);
    QCOMPARE(dialog->saveTo(*report, fromWindow), QString());

    const QString fromCommandLine = m_dir.filePath(QStringLiteral("command-line.") + suffix);
    QProcessEnvironment environment = testrun::environmentOf(uitest::monitor);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    QStringList arguments{QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--period"), QStringLiteral("2019-H1"),
                          QStringLiteral("--as-of"), QStringLiteral("2019-07-10"), QStringLiteral("--lang"), language,
                          QStringLiteral("--out"), fromCommandLine};
    if (principle > 0)
        arguments << QStringLiteral("--principle") << QString::number(principle);
    const testrun::Run result = testrun::run(arguments, environment, 60000);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray expected = readFile(fromCommandLine);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(readFile(fromWindow), expected);
    dialog->close();
}

void TestReportDialog::registersAndReprints()
{
    const QString path = m_dir.filePath(QStringLiteral("register.sqlite"));
    QVERIFY(QFile::copy(m_demo, path));
    auto window = openWindow(uitest::monitor, path);
    QVERIFY(window);
    ReportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("registeredReports"));
    QVERIFY(list->isVisibleTo(dialog));
    auto *registerButton = dialog->findChild<QPushButton *>(QStringLiteral("registerButton"));
    QVERIFY(registerButton->isEnabled());

    // Register as No. 12/3, then save the registered report as a PDF.
    const QString saved = m_dir.filePath(QStringLiteral("registered.pdf"));
    answerNextDialog<QInputDialog>([](QInputDialog *input) {
        input->setTextValue(QStringLiteral("12/3"));
        input->accept();
    });
    QString suggested;
    answerNextDialog<QFileDialog>([saved, &suggested](QFileDialog *files) {
        suggested = files->selectedFiles().value(0);
        // Typed, as a person would: selectFile() races the dialog's folder loading.
        files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(saved);
        static_cast<QDialog *>(files)->accept();
    });
    QSignalSpy registered(dialog, &ReportDialog::registered);
    registerButton->click();
    QVERIFY(registered.wait(20000) || registered.size() == 1);
    QCOMPARE(registered.first().first().toString(), QStringLiteral("12/3"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(saved), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 20000);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("12/3"));
    // The slash of the number does not make a folder of the suggested file name.
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("status-report-no-12-3.pdf"));

    // The database holds what was printed, stamped with the number.
    core::Database db;
    QVERIFY(!db.open(core::DatabaseLocation::sqlite(path)));
    const std::optional<core::RegisteredReport> stored =
        core::RegisteredReportRepository(db, [] { return now; }).report(window->roadmap()->snapshot.roadmap.id, QStringLiteral("12/3"));
    QVERIFY(stored);
    QCOMPARE(stored->parameters, dialog->parameters());
    QCOMPARE(stored->registeredOn, demoDate);
    QVERIFY(stored->content.registration.contains(QStringLiteral("12/3")));
    // Saving it again from the list writes the frozen content, byte for byte what was saved
    // when it was registered (the PDF dated with the registration, not with the saving).
    const QString again = m_dir.filePath(QStringLiteral("again.html"));
    QCOMPARE(dialog->saveTo(stored->content, again), QString());
    QVERIFY(QString::fromUtf8(readFile(again)).contains(QStringLiteral("12/3")));
    const QString againPdf = m_dir.filePath(QStringLiteral("again.pdf"));
    QCOMPARE(dialog->saveTo(stored->content, againPdf, stored->registeredAt), QString());
    QCOMPARE(readFile(againPdf), readFile(saved));
    dialog->close();
}

void TestReportDialog::departmentHeadsDoNotRegister()
{
    auto window = openWindow(uitest::economyHead, m_demo);
    QVERIFY(window);
    ReportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("registerButton"))->isEnabled());
    // They still see and print the registered ones.
    QVERIFY(dialog->findChild<QTreeWidget *>(QStringLiteral("registeredReports"))->isVisibleTo(dialog));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("printButton"))->isEnabled());
    dialog->close();
}

void TestReportDialog::staysResponsiveAndCancelsOnABigReport()
{
    // A quarter of 6,000 activities, none reported: some 1,000 pages to lay out and draw into a
    // PDF. The window goes on handling events meanwhile, shows how far the work has come, and
    // Cancel stops it at once, leaving no file behind.
    auto snapshot = std::make_shared<core::RoadmapSnapshot>();
    core::Roadmap &roadmap = snapshot->roadmap;
    roadmap.id = 1;
    roadmap.title = QStringLiteral("Большая дорожная карта");
    roadmap.periodStart = QDate(2019, 1, 1);
    roadmap.periodEnd = QDate(2019, 12, 31);
    for (int d = 0; d < 12; ++d)
        roadmap.departments.append({QStringLiteral("Отдел №%1").arg(d + 1), {}, core::Department::Kind::AdministrationDepartment, {}, true});
    for (int p = 1; p <= 5; ++p)
        roadmap.principles.append({p, QStringLiteral("Принцип %1").arg(p)});
    const core::DeadlineRule continuous = core::DeadlineParser(roadmap.periodStart, roadmap.periodEnd).parse(QStringLiteral("Постоянно"));
    QVERIFY(continuous.isValid());
    for (int a = 0; a < 6000; ++a) {
        core::Activity activity;
        activity.principle = a % 5 + 1;
        activity.number = QStringLiteral("%1.%2").arg(activity.principle).arg(a / 5 + 1);
        activity.text = QStringLiteral("Размещение на официальном сайте сведений о деятельности, выпуск %1").arg(a);
        activity.deadlineText = QStringLiteral("Постоянно");
        activity.rule = continuous;
        activity.assignments.append({roadmap.departments.at(a % 12).name, core::AssignmentRole::Lead, false});
        roadmap.activities.append(activity);
    }
    ReportDialogContext context;
    context.snapshot = snapshot;
    context.login = uitest::monitor;
    // Reports are made, and signed by name, by a user of the database.
    core::User monitor;
    monitor.login = uitest::monitor;
    monitor.displayName = QStringLiteral("Никитина Марина Юрьевна");
    monitor.role = core::User::Role::Monitor;
    context.users = {monitor};
    context.today = QDate(2019, 8, 1);
    ReportDialog dialog(context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.parameters().period, core::ReportPeriod::quarter(2019, 2));

    // The longest the event loop went without running a 20 ms timer.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(20);
    connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
    });
    const QString saved = m_dir.filePath(QStringLiteral("big.pdf"));
    answerNextDialog<QFileDialog>([saved](QFileDialog *files) {
        files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(saved);
        static_cast<QDialog *>(files)->accept();
    });
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    save->click();
    QVERIFY(dialog.job());
    QVERIFY(!save->isEnabled());
    sinceTick.start();
    ticker.start();
    QElapsedTimer clock;
    clock.start();
    QProgressDialog *progress = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((progress = dialog.findChild<QProgressDialog *>(QStringLiteral("reportProgress"))) && progress->isVisible(), 5000);
    // The work goes on page by page while the window answers.
    QTRY_VERIFY_WITH_TIMEOUT(progress->labelText().contains(QStringLiteral("Drawing page 20 ")) || progress->value() > 20, 20000);
    QVERIFY(dialog.job());
    QVERIFY2(longestGap < 500, qPrintable(QStringLiteral("the window froze for %1 ms").arg(longestGap)));

    QElapsedTimer cancelling;
    cancelling.start();
    QPushButton *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.job(), 5000);
    QVERIFY2(cancelling.elapsed() < 2000, qPrintable(QString::number(cancelling.elapsed())));
    QVERIFY(!QFile::exists(saved));
    QVERIFY(save->isEnabled());
    QVERIFY2(longestGap < 500, qPrintable(QStringLiteral("the window froze for %1 ms").arg(longestGap)));
    qInfo("cancelled after %lld ms", clock.elapsed());
}

QTEST_MAIN(TestReportDialog)
void TestReportDialog::warnsRefusesAndTakesThePhone()
{
    auto window = openWindow(uitest::monitor, m_demo);
    QVERIFY(window);
    ReportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summary"));
    auto *preview = dialog->findChild<QPushButton *>(QStringLiteral("previewButton"));
    // The year 2019 as of a day in May: made, with a warning first.
    core::ReportParameters parameters;
    parameters.period = core::ReportPeriod::wholeYear(2019);
    parameters.asOf = QDate(2019, 5, 1);
    dialog->setParameters(parameters);
    QVERIFY(preview->isEnabled());
    QVERIFY2(summary->text().contains(QStringLiteral("01.05.2019")), qPrintable(summary->text()));
    // The second half-year as of a day before it: refused, as the command line refuses it.
    parameters.period = core::ReportPeriod::halfYear(2019, 2);
    dialog->setParameters(parameters);
    QVERIFY(!preview->isEnabled());
    QVERIFY(!dialog->document().has_value());
    QVERIFY2(summary->text().contains(QStringLiteral("01.07.2019")), qPrintable(summary->text()));
    // The phone goes to the executor's lines, the approval block to the top.
    parameters.period = core::ReportPeriod::quarter(2019, 2);
    parameters.asOf = QDate(2019, 6, 30);
    dialog->setParameters(parameters);
    dialog->findChild<QLineEdit *>(QStringLiteral("executorPhone"))->setText(QStringLiteral("6-14-27"));
    dialog->findChild<QComboBox *>(QStringLiteral("approval"))->setCurrentIndex(1);
    const std::optional<core::ReportDocument> report = dialog->document();
    QVERIFY(report);
    QVERIFY(report->executor.endsWith(QStringLiteral("тел. 6-14-27")));
    QCOMPARE(report->approval.heading, QStringLiteral("УТВЕРЖДАЮ"));
    dialog->close();
}

#include "tst_reportdialog.moc"
