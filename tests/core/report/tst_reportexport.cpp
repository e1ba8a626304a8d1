#include "database.h"
#include "roadmaptrackerrun.h"
#include "demodatabase.h"
#include "executionworkflow.h"
#include "csv.h"
#include "reportcsvwriter.h"
#include "reportexporter.h"
#include "reporthtmlwriter.h"
#include "reportprintpreview.h"
#include "reporttablepieces.h"
#include "reporttextdocument.h"
#include "snapshotloader.h"
#include "statusreportbuilder.h"
#include "userrepository.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>
#include <QXmlStreamReader>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace core;

namespace {

const QString creator = QStringLiteral("report.creator");
const QString monitor = QStringLiteral("org.monitor");

using testrun::Run;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// The command line renders the demo database: golden CSV and HTML, the PDF's text, the ODT package.
class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void matchesGoldenFiles_data();
    void matchesGoldenFiles();
    void writesAReadablePdf();
    void keepsTheSignatureWhole();
    void keepsHeadingsWithWhatFollows_data();
    void keepsHeadingsWithWhatFollows();
    void carriesNoTotalAloneOverAPage();
    void writesAValidOdfPackage();
    void laysOutTheOdtAsThePdf_data();
    void laysOutTheOdtAsThePdf();
    void writesAWorkbookForSpreadsheets();
    void printsThroughAPrinter();
    void reprintsRegisteredReportsIdentically();
    void refusesRegistrationByADepartmentHead();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void defaultsWarnsAndSignsByName();
    void neutralisesFormulasInCsv();
    void linksOnlyWebAddressesInHtml();
    void refusesUnsafeTargets_data();
    void refusesUnsafeTargets();
    void reportsAFullFilesystem_data();
    void reportsAFullFilesystem();
    void registersNothingItCannotWrite();

private:
    Run run(const QStringList &arguments, const QString &login = monitor) const;
    QString createDemo(const QString &name) const;
    /// The status report of the demo database as login makes it.
    std::optional<ReportDocument> demoReport(const ReportParameters &parameters, const QString &login = monitor) const;

    QTemporaryDir m_dir;
    QString m_demo;
};

Run TestReportExport::run(const QStringList &arguments, const QString &login) const
{
    QProcessEnvironment environment = testrun::environmentOf(login);
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // As from cron or ssh: no session, so no runtime folder; the program makes its own.
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    return testrun::run(arguments, environment);
}

QString TestReportExport::createDemo(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    Database db;
    if (db.open(*DatabaseLocation::parse(path), Database::OpenMode::CreateIfMissing))
        return {};
    if (DemoDatabase::populate(db, creator))
        return {};
    return path;
}

std::optional<ReportDocument> TestReportExport::demoReport(const ReportParameters &parameters, const QString &login) const
{
    Database db;
    if (db.open(*DatabaseLocation::parse(m_demo)))
        return std::nullopt;
    const std::optional<RoadmapSnapshot> snapshot = loadSnapshot(db, 1);
    if (!snapshot)
        return std::nullopt;
    const std::optional<ReportPeople> people = ReportPeople::find(UserRepository(db).users(), snapshot->roadmap, login);
    if (!people)
        return std::nullopt;
    return StatusReportBuilder::build(*snapshot, parameters, *people);
}

void TestReportExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = createDemo(QStringLiteral("demo.sqlite"));
    QVERIFY(!m_demo.isEmpty());
}

void TestReportExport::matchesGoldenFiles_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QStringList>("options");
    const QStringList q2 = {QStringLiteral("--period"), QStringLiteral("2019-Q2"), QStringLiteral("--as-of"), QStringLiteral("2019-07-31")};
    const QStringList year = {QStringLiteral("--period"), QStringLiteral("2020"), QStringLiteral("--as-of"), QStringLiteral("2021-06-30")};
    const QStringList en = {QStringLiteral("--lang"), QStringLiteral("en")};
    for (const char *format : {"csv", "html"}) {
        const QString suffix = QString::fromLatin1(format);
        QTest::addRow("2019-Q2 ru %s", format) << QStringLiteral("demo-2019-Q2-ru.") + suffix << q2;
        QTest::addRow("2020 ru %s", format) << QStringLiteral("demo-2020-ru.") + suffix << year;
        QTest::addRow("2019-Q2 en %s", format) << QStringLiteral("demo-2019-Q2-en.") + suffix << q2 + en;
    }
}

void TestReportExport::matchesGoldenFiles()
{
    QFETCH(QString, golden);
    QFETCH(QStringList, options);
    const QString out = m_dir.filePath(golden);
    const Run result = run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--out"), out} + options);
    QVERIFY2(result.exitCode == 0, qPrintable(result.errors()));
    const QByteArray actual = readFile(out);
    QVERIFY(!actual.isEmpty());

    const QString expectedPath = QStringLiteral(ROADMAP_TEST_DATA_DIR "/report/") + golden;
    // ROADMAP_UPDATE_GOLDEN=1 rewrites the expected files after a deliberate change; review the diff.
    if (qEnvironmentVariableIntValue("ROADMAP_UPDATE_GOLDEN") == 1) {
        QFile file(expectedPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(actual);
    }
    const QByteArray expected = readFile(expectedPath);
    QVERIFY2(!expected.isEmpty(), qPrintable(expectedPath));
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (int i = 0; i < std::max(a.size(), e.size()); ++i) {
            if (a.value(i) != e.value(i))
                QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  actual:   %3\n  expected: %4")
                                     .arg(golden).arg(i + 1).arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(e.value(i)))));
        }
    }
}

void TestReportExport::writesAReadablePdf()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString out = m_dir.filePath(QStringLiteral("demo-2019-Q2.pdf"));
    const Run result = run({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--period"), QStringLiteral("2019-Q2"),
                            QStringLiteral("--as-of"), QStringLiteral("2019-07-31"), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.errors()));
    QVERIFY(readFile(out).startsWith("%PDF-"));
    // Nothing on stderr: Qt's notes about the missing session would read as errors in a cron mail.
    QCOMPARE(result.errors(), QString());

    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();

    // The key figures, computed here the way the report computes them.
    ReportParameters parameters;
    parameters.period = ReportPeriod::quarter(2019, 2);
    parameters.asOf = QDate(2019, 7, 31);
    const std::optional<ReportDocument> built = demoReport(parameters);
    QVERIFY(built);
    const ReportDocument &report = *built;
    QVERIFY(report.figures.overdue > 0);

    QVERIFY(text.contains(QStringLiteral("О Т Ч Е Т")) || text.contains(QStringLiteral("ОТЧЕТ")));
    QVERIFY(text.contains(QStringLiteral("за II квартал 2019 года")));
    QVERIFY(text.contains(QStringLiteral("по состоянию на 31.07.2019")));
    const QString onTime = QString::number(report.figures.onTimeRate * 100.0, 'f', 1).replace(u'.', u',');
    QVERIFY2(text.contains(QStringLiteral("Доля обязательств, исполненных в срок ") + onTime), qPrintable(onTime));
    const ReportRow &firstOverdue = report.sections.at(report.sections.size() - 2).table.rows.first();
    QVERIFY2(text.contains(firstOverdue.cells.at(1).left(30)), qPrintable(firstOverdue.cells.at(1)));
    QVERIFY(text.contains(QStringLiteral("Е.В. Смирнова")));
    // The page number centred at the top from page 2, none on page 1 (ГОСТ Р 7.0.97-2016); the
    // running header at the foot of every page; the table header repeated on later pages.
    QProcess info;
    info.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {out});
    QVERIFY(info.waitForFinished(60000));
    static const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
    const QRegularExpressionMatch match = pagesLine.match(QString::fromUtf8(info.readAllStandardOutput()));
    QVERIFY(match.hasMatch());
    const int pages = match.captured(1).toInt();
    QVERIFY(pages >= 3);
    QVERIFY(!text.contains(QStringLiteral("Страница")));
    int pagesWithTableHeader = 0;
    const auto region = [&](int page, int top, int height) {
        // The text within a band of the A4 sheet (in points from the top).
        QProcess one;
        one.start(pdftotext, {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                              QStringLiteral("-x"), QStringLiteral("0"), QStringLiteral("-y"), QString::number(top),
                              QStringLiteral("-W"), QStringLiteral("595"), QStringLiteral("-H"), QString::number(height),
                              QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-")});
        one.waitForFinished(60000);
        return QString::fromUtf8(one.readAllStandardOutput()).simplified();
    };
    for (int page = 1; page <= pages; ++page) {
        // The page number alone: no table row runs over a page, so no part of one is drawn
        // (clipped) above the body of the next page.
        QCOMPARE(region(page, 0, 60), page == 1 ? QString() : QString::number(page));
        // No page is left blank.
        QVERIFY2(!region(page, 60, 725).isEmpty(), qPrintable(QString::number(page)));
        QCOMPARE(region(page, 790, 52), report.runningHeader.simplified());
        pagesWithTableHeader += region(page, 60, 60).contains(QStringLiteral("Период")) ? 1 : 0;
    }
    // Every page but the title page, the chart page and those starting with a heading continues a table.
    QVERIFY(pagesWithTableHeader >= pages - 4);
}

void TestReportExport::keepsTheSignatureWhole()
{
    // However long the last table, the signature block ends up whole on one page, and while that
    // table fits on a page, on the page where it ends. (The 2020 report of the demo once had its date line alone
    // on the last page.)
    ReportParameters parameters;
    parameters.period = ReportPeriod::quarter(2019, 2);
    parameters.asOf = QDate(2019, 6, 30);
    std::optional<ReportDocument> built = demoReport(parameters);
    QVERIFY(built);
    ReportDocument &report = *built;
    const QList<ReportRow> rows = report.sections.last().table.rows;
    QVERIFY(!rows.isEmpty());
    for (int extra = 0; extra < 30; ++extra) {
        QList<ReportRow> longer = rows;
        for (int i = 0; i < extra; ++i)
            longer.insert(0, rows.first());
        report.sections.last().table.rows = longer;
        const ui::ReportTextDocument layout(report);
        QTextDocument *document = layout.document();
        QTextTable *signature = nullptr;
        for (QTextFrame *frame : document->rootFrame()->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(frame))
                signature = table;
        }
        QVERIFY(signature);
        const qreal pageHeight = document->pageSize().height();
        const qreal top = document->documentLayout()->frameBoundingRect(signature).top();
        const qreal bottom = document->documentLayout()->blockBoundingRect(document->lastBlock()).bottom();
        const int page = int(top / pageHeight);
        QVERIFY2(bottom <= (page + 1) * pageHeight, qPrintable(QStringLiteral("%1 more rows: split").arg(extra)));
        // Not alone while the last table fits on a page with room for it (beyond, it may end
        // just above the signature; at 10 pt, with 8 more rows the table fills a page by itself).
        if (extra <= 7)
            QVERIFY2(top - page * pageHeight > 60, qPrintable(QStringLiteral("%1 more rows: alone").arg(extra)));
    }
}

void TestReportExport::keepsHeadingsWithWhatFollows_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("login");
    for (const char *period : {"2019-Q1", "2019-Q2", "2019-Q3", "2019-H1", "2019", "2020"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 monitor").arg(QLatin1String(period)))) << QString::fromLatin1(period) << monitor;
        QTest::newRow(qPrintable(QStringLiteral("%1 creator").arg(QLatin1String(period)))) << QString::fromLatin1(period) << creator;
    }
}

void TestReportExport::keepsHeadingsWithWhatFollows()
{
    // No page ends with a heading: what follows it starts on the same page. (Headings after a
    // table once stayed at the foot of the page, the layout ignoring the margin meant to move them.)
    QFETCH(QString, period);
    QFETCH(QString, login);
    ReportParameters parameters;
    parameters.period = *ReportPeriod::parse(period);
    parameters.asOf = parameters.period.end;
    const std::optional<ReportDocument> built = demoReport(parameters, login);
    QVERIFY(built);
    const ReportDocument &report = *built;
    QSet<QString> headings;
    for (const ReportSection &section : report.sections)
        headings.insert(section.heading.simplified());
    const ui::ReportTextDocument layout(report);
    QTextDocument *document = layout.document();
    const qreal pageHeight = document->pageSize().height();
    int checked = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!headings.contains(block.text().simplified()) || !block.next().isValid())
            continue;
        const QRectF heading = document->documentLayout()->blockBoundingRect(block);
        const QRectF next = document->documentLayout()->blockBoundingRect(block.next());
        QVERIFY2(int(heading.top() / pageHeight) == int(next.top() / pageHeight), qPrintable(QStringLiteral("%1 %2 %3 %4").arg(block.text().left(8)).arg(heading.top()).arg(next.top()).arg(block.next().text().left(10))));
        // A table before the heading ends on the page of its last row: a frame reaching into
        // the next page would have its header row repeated there, under the heading.
        if (auto *table = qobject_cast<QTextTable *>(document->frameAt(block.position() - 1)); table && block.position() > 0) {
            const QRectF lastRow = document->documentLayout()->blockBoundingRect(table->cellAt(table->rows() - 1, 0).firstCursorPosition().block());
            const QRectF frame = document->documentLayout()->frameBoundingRect(table);
            QVERIFY2(int((frame.bottom() - 1) / pageHeight) == int(lastRow.top() / pageHeight), qPrintable(block.text()));
        }
        ++checked;
    }
    QVERIFY(checked >= 10);
}

void TestReportExport::carriesNoTotalAloneOverAPage()
{
    // Tables of every length from a page to two: wherever the page ends, a total row never starts
    // a page by itself, under the repeated header.
    int split = 0;
    for (int rows = 25; rows <= 75; ++rows) {
        ReportDocument report;
        report.title = QStringLiteral("ОТЧЕТ");
        ReportSection section;
        section.heading = QStringLiteral("5. Исполнение в разрезе ответственных исполнителей");
        section.table.columns = {{QStringLiteral("Исполнитель"), 3, false}, {QStringLiteral("Срок наступил"), 1, true}};
        for (int i = 0; i < rows; ++i)
            section.table.rows.append({ReportRow::Kind::Data, {QStringLiteral("Отдел %1").arg(i + 1), QString::number(i)}, false});
        section.table.rows.append({ReportRow::Kind::Total, {QStringLiteral("Итого"), QString::number(rows)}, false});
        report.sections.append(section);
        const ui::ReportTextDocument layout(report);
        QTextDocument *document = layout.document();
        // The table as drawn: one piece a page, each showing its rows under the header row.
        QList<std::pair<int, int>> pieces;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
                if (const auto rows = ui::ReportTablePieces::rows(fragment.fragment().charFormat()); rows.first >= 0)
                    pieces.append(rows);
            }
        }
        QVERIFY(!pieces.isEmpty());
        const int totalRow = int(section.table.rows.size()) - 1;
        QCOMPARE(pieces.constLast().first + pieces.constLast().second, totalRow + 1);
        QVERIFY2(pieces.constLast().second > 1, qPrintable(QStringLiteral("%1 rows: the total alone on a page").arg(rows)));
        split += document->pageCount() > 1 ? 1 : 0;
    }
    QVERIFY(split > 10);
}

void TestReportExport::writesAValidOdfPackage()
{
    const QString out = m_dir.filePath(QStringLiteral("demo-2019-Q2.odt"));
    const Run result = run({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--period"), QStringLiteral("2019-Q2"),
                            QStringLiteral("--as-of"), QStringLiteral("2019-07-31"), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.errors()));
    const QByteArray package = readFile(out);
    // An ODF package is a zip whose first entry is the uncompressed "mimetype".
    QVERIFY(package.startsWith("PK\x03\x04"));
    QCOMPARE(package.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(package.mid(8, 2), QByteArray("\0\0", 2)); // stored, not deflated
    QCOMPARE(package.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is needed to unpack the ODT");
    QProcess process;
    process.start(python, {QStringLiteral("-c"),
                           QStringLiteral("import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                                          "print('\\n'.join(z.namelist())); sys.stdout.flush(); "
                                          "sys.stdout.buffer.write(b'\\n--content--\\n' + z.read('content.xml') + "
                                          "b'\\n--styles--\\n' + z.read('styles.xml') + b'\\n--manifest--\\n' + z.read('META-INF/manifest.xml'))"),
                           out});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray listing = process.readAllStandardOutput();
    const qsizetype split = listing.indexOf("\n--content--\n");
    QVERIFY(split > 0);
    const QList<QByteArray> names = listing.left(split).split('\n');
    QCOMPARE(names.first(), QByteArray("mimetype"));
    QVERIFY(names.contains("META-INF/manifest.xml"));
    QVERIFY(std::any_of(names.cbegin(), names.cend(), [](const QByteArray &n) { return n.startsWith("Pictures/"); }));

    const qsizetype stylesAt = listing.indexOf("\n--styles--\n");
    const qsizetype manifestAt = listing.indexOf("\n--manifest--\n");
    QVERIFY(stylesAt > split && manifestAt > stylesAt);
    // The page and the page numbers of ГОСТ Р 7.0.97-2016: centred at the top from the second
    // page, none on the first (its own master page, which the body's first paragraph takes).
    const QString styles = QString::fromUtf8(listing.mid(stylesAt + 12, manifestAt - stylesAt - 12));
    QVERIFY(styles.contains(QStringLiteral("fo:page-width=\"210.0mm\"")));
    QVERIFY(styles.contains(QStringLiteral("fo:page-height=\"297.0mm\"")));
    QVERIFY(styles.contains(QStringLiteral("fo:margin-left=\"25.0mm\"")));
    QCOMPARE(styles.count(QStringLiteral("<style:header>")), 1);
    QVERIFY(styles.contains(QStringLiteral("<text:page-number")));
    QVERIFY(!styles.contains(QStringLiteral("<style:footer")));
    static const QRegularExpression firstMaster(QStringLiteral("<style:master-page style:name=\"FirstPage\"[^>]*style:next-style-name=\"Standard\"/>"));
    QVERIFY(styles.contains(firstMaster));
    QVERIFY(listing.mid(manifestAt).contains("manifest:full-path=\"styles.xml\""));
    // Every run of text in the report's typeface (Qt alone writes its default, "Sans").
    const QByteArray contentXml = listing.mid(split + 13, stylesAt - split - 13);
    QVERIFY(contentXml.contains("fo:font-family=\"&apos;Times New Roman&apos;\"") || contentXml.contains("fo:font-family=\"'Times New Roman'\""));
    QVERIFY(!contentXml.contains("fo:font-family=\"Sans\""));
    // What Qt's writer leaves out for word processors: repeated table headers, rows kept whole,
    // headings kept with what follows.
    QVERIFY(contentXml.count("<table:table-header-rows>") >= 10);
    QVERIFY(contentXml.contains("fo:keep-together=\"always\""));
    QVERIFY(contentXml.contains("fo:keep-with-next=\"always\""));
    QVERIFY(!contentXml.contains("fo:keep-together=\"true\""));
    QVERIFY(contentXml.contains("style:master-page-name=\"FirstPage\""));
    // Widths as ODF has them: no percentage column width, a share and an absolute width for each.
    QVERIFY(!QString::fromUtf8(contentXml).contains(QRegularExpression(QStringLiteral("column-width=\"[0-9.]+%\""))));
    QVERIFY(contentXml.count("style:rel-column-width=") >= 20);
    QVERIFY(contentXml.contains("style:rel-width=\"100%\""));
    QVERIFY(!contentXml.contains("style:width=\"100pt\""));
    // Activity heading rows (one cell across the table) stay with their first obligation: Word
    // keeps a row whose paragraphs are kept with the next with the next row.
    {
        static const QRegularExpression groupCell(QStringLiteral("table:number-columns-spanned=\"6\"[^>]*>\\s*<text:p text:style-name=\"([^\"]+)\""));
        int groups = 0;
        for (const QRegularExpressionMatch &match : groupCell.globalMatch(QString::fromUtf8(contentXml))) {
            QVERIFY2(match.captured(1).endsWith(QStringLiteral("KeptWithNext")), qPrintable(match.captured(1)));
            ++groups;
        }
        QVERIFY(groups >= 10);
        QVERIFY(contentXml.contains("KeptWithNext\" style:family=\"paragraph\"><style:paragraph-properties"));
    }
    // No tab before a line break, and the automatic styles in order of their names.
    QVERIFY(!contentXml.contains("<text:tab/><text:line-break/>"));
    {
        QXmlStreamReader reader(contentXml);
        QStringList names;
        int depth = 0;
        while (!reader.atEnd()) {
            const auto token = reader.readNext();
            if (token == QXmlStreamReader::StartElement && ++depth == 3 && reader.name() == u"style")
                names.append(reader.attributes().value(QStringLiteral("style:name")).toString());
            if (token == QXmlStreamReader::EndElement)
                --depth;
        }
        QVERIFY(names.size() > 20);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
    }

    QXmlStreamReader xml(contentXml);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // Words that must stay together are bound by no-break spaces.
    QVERIFY(text.contains(QStringLiteral("за II\u00A0квартал 2019\u00A0года")));
    text.replace(QChar(0x00A0), u' ');
    QVERIFY(text.contains(QStringLiteral("Начальник отдела по организационной работе")));
}

namespace {

/// Runs a tool, giving its standard output; empty when it failed.
QByteArray toolOutput(const QString &program, const QStringList &arguments, int timeoutMs = 180000)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

/// The words of a PDF with where they stand: from pdftotext -bbox, page by page.
struct PdfWord {
    int page = 0;
    double x = 0;
    QString text;
};

QList<PdfWord> pdfWords(const QString &pdftotext, const QString &pdf)
{
    QList<PdfWord> words;
    QXmlStreamReader xml(toolOutput(pdftotext, {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                QStringLiteral("-")}));
    int page = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"page")
            ++page;
        if (xml.name() == u"word") {
            const double x = xml.attributes().value(QStringLiteral("xMin")).toDouble();
            words.append({page, x, xml.readElementText().replace(QChar(0x00A0), u' ')});
        }
    }
    return words;
}

} // namespace

void TestReportExport::laysOutTheOdtAsThePdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestReportExport::laysOutTheOdtAsThePdf()
{
    // LibreOffice Writer lays the ODT out as the program lays out the PDF: as many pages (give or
    // take one), the columns where the PDF has them, no word broken inside. (Qt writes column
    // widths in per cent, which ODF does not allow: Writer made every column equal, 12 pages for
    // the PDF's 9.)
    QFETCH(QString, language);
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (soffice.isEmpty() || pdftotext.isEmpty())
        QSKIP("soffice (libreoffice-writer-nogui) and pdftotext (poppler-utils) are needed");
    QTemporaryDir dir(m_dir.filePath(QStringLiteral("writer-XXXXXX")));
    QVERIFY(dir.isValid());
    const QStringList options = {QStringLiteral("--period"), QStringLiteral("2019-Q2"), QStringLiteral("--as-of"), QStringLiteral("2019-07-31"),
                                 QStringLiteral("--lang"), language};
    const QString pdf = dir.filePath(QStringLiteral("program.pdf"));
    const QString odt = dir.filePath(QStringLiteral("writer.odt"));
    for (const QString &out : {pdf, odt}) {
        const Run result = run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--out"), out} + options);
        QVERIFY2(result.exitCode == 0, qPrintable(result.errors()));
    }
    // A profile of its own: nothing of the user's settings, and no clash with a running Writer.
    QProcess convert;
    convert.setWorkingDirectory(dir.path());
    convert.start(soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(),
                            QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                            dir.filePath(QStringLiteral("writer")), odt});
    QVERIFY(convert.waitForFinished(240000));
    const QString writerPdf = dir.filePath(QStringLiteral("writer/writer.pdf"));
    QVERIFY2(QFileInfo::exists(writerPdf), convert.readAllStandardError().constData());

    const QList<PdfWord> program = pdfWords(pdftotext, pdf);
    const QList<PdfWord> writer = pdfWords(pdftotext, writerPdf);
    QVERIFY(!program.isEmpty() && !writer.isEmpty());
    const int programPages = program.last().page;
    const int writerPages = writer.last().page;
    QVERIFY2(std::abs(programPages - writerPages) <= 1, qPrintable(QStringLiteral("PDF %1 pages, Writer %2").arg(programPages).arg(writerPages)));

    ReportParameters parameters;
    parameters.period = ReportPeriod::quarter(2019, 2);
    parameters.asOf = QDate(2019, 7, 31);
    parameters.language = language;
    const std::optional<ReportDocument> report = demoReport(parameters);
    QVERIFY(report);

    // Each column of the activity tables starts where the PDF has it: a title of one word,
    // centred in its header cell, stands where the PDF's does.
    const auto firstX = [](const QList<PdfWord> &words, const QString &text) -> std::optional<double> {
        for (const PdfWord &word : words) {
            if (word.text == text)
                return word.x;
        }
        return std::nullopt;
    };
    const auto activities = std::find_if(report->sections.cbegin(), report->sections.cend(),
                                         [](const ReportSection &s) { return s.level == 2 && !s.table.isEmpty(); });
    QVERIFY(activities != report->sections.cend());
    int columnsChecked = 0;
    for (const ReportColumn &column : activities->table.columns) {
        if (column.title.contains(u' '))
            continue; // may wrap a little differently
        ++columnsChecked;
        const QString word = column.title;
        const std::optional<double> inPdf = firstX(program, word);
        const std::optional<double> inWriter = firstX(writer, word);
        QVERIFY2(inPdf && inWriter, qPrintable(word));
        QVERIFY2(std::abs(*inPdf - *inWriter) < 4, qPrintable(QStringLiteral("%1: %2 pt in the PDF, %3 in Writer").arg(word).arg(*inPdf).arg(*inWriter)));
    }
    QVERIFY(columnsChecked >= 3);

    // No column narrower than its longest word: every word of every table is whole in Writer's
    // text (a word that does not fit its cell is broken over two lines). Web addresses break
    // where they must, in the PDF too.
    QSet<QString> writerWords;
    for (const PdfWord &word : writer)
        writerWords.insert(word.text);
    int checked = 0;
    for (const ReportSection &section : report->sections) {
        QStringList texts;
        for (const ReportColumn &column : section.table.columns)
            texts.append(column.title);
        for (const ReportRow &row : section.table.rows)
            texts.append(row.cells);
        for (const QString &text : std::as_const(texts)) {
            for (const QString &word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
                if (word.contains(u'/') || word.size() < 4)
                    continue;
                QVERIFY2(writerWords.contains(word), qPrintable(QStringLiteral("«%1» is broken in Writer").arg(word)));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 300);


    // (Activity heading rows carry keep-with-next, which Word honours inside tables and
    // LibreOffice 7.4 does not while rows are kept whole: see writesAValidOdfPackage.)
}

void TestReportExport::writesAWorkbookForSpreadsheets()
{
    // The obligations sheet holds what the CSV holds, typed: LibreOffice Calc opens the workbook
    // and, showing dates as the workbook formats them, gives back the Russian CSV line for line.
    QTemporaryDir dir(m_dir.filePath(QStringLiteral("calc-XXXXXX")));
    QVERIFY(dir.isValid());
    const QStringList options = {QStringLiteral("--period"), QStringLiteral("2019-Q2"), QStringLiteral("--as-of"), QStringLiteral("2019-07-31")};
    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    const QString csvPath = dir.filePath(QStringLiteral("report.csv"));
    for (const QString &out : {xlsx, csvPath}) {
        const Run result = run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--out"), out} + options);
        QVERIFY2(result.exitCode == 0, qPrintable(result.errors()));
    }
    QVERIFY(readFile(xlsx).startsWith("PK\x03\x04"));
    const QByteArray csvBytes = readFile(csvPath);
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
    const QString csvText = QString::fromUtf8(csvBytes.mid(3));
    QList<QStringList> records;
    QVERIFY(csv::parse(csvText, &records, nullptr, u';'));
    QVERIFY(records.size() > 40);
    for (const QStringList &record : std::as_const(records))
        QCOMPARE(record.size(), 12);
    static const QRegularExpression russianDate(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d{4}$"));
    QVERIFY(russianDate.match(records.at(1).at(5)).hasMatch());

    ReportParameters parameters;
    parameters.period = ReportPeriod::quarter(2019, 2);
    parameters.asOf = QDate(2019, 7, 31);
    const std::optional<ReportDocument> report = demoReport(parameters);
    QVERIFY(report);
    QCOMPARE(records.size(), report->obligations.size() + 1);
    QCOMPARE(report->obligations.size(), report->figures.obligations);

    // The parts: one sheet per table and the obligations first; a header row with filters,
    // frozen; dates and figures as numbers; no formula anywhere.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is needed to unpack the workbook");
    const QByteArray parts = toolOutput(python, {QStringLiteral("-c"),
                                                 QStringLiteral("import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                                                                "sys.stdout.buffer.write(z.read('xl/workbook.xml') + b'\\n--sheet1--\\n' + "
                                                                "z.read('xl/worksheets/sheet1.xml') + b'\\n--all--\\n' + b''.join("
                                                                "z.read(n) for n in z.namelist() if n.startswith('xl/worksheets/')))"),
                                                 xlsx});
    const qsizetype sheetAt = parts.indexOf("\n--sheet1--\n");
    const qsizetype allAt = parts.indexOf("\n--all--\n");
    QVERIFY(sheetAt > 0 && allAt > sheetAt);
    const QString workbook = QString::fromUtf8(parts.left(sheetAt));
    const QString sheet = QString::fromUtf8(parts.mid(sheetAt, allAt - sheetAt));
    const qsizetype tables = std::count_if(report->sections.cbegin(), report->sections.cend(),
                                           [](const ReportSection &section) { return !section.table.isEmpty(); });
    QCOMPARE(workbook.count(QStringLiteral("<sheet ")), tables + 1);
    QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"Обязательства\"")));
    QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:L")));
    QVERIFY(sheet.contains(QStringLiteral("state=\"frozen\"")));
    // Row 2: the due date in F and the principle in B are numbers, the department in C a string.
    static const QRegularExpression dueCell(QStringLiteral("<c r=\"F2\" s=\"\\d+\"><v>(\\d+)</v></c>"));
    const QRegularExpressionMatch due = dueCell.match(sheet);
    QVERIFY2(due.hasMatch(), qPrintable(sheet.left(3000)));
    QCOMPARE(QDate(1899, 12, 30).addDays(due.captured(1).toInt()), report->obligations.first().due);
    QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"B2\" s=\"\\d+\"><v>1</v></c>"))));
    QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"C2\" s=\"\\d+\" t=\"s\">"))));
    QVERIFY(!parts.mid(allAt).contains("<f>"));
    // In the sheets of the report's tables too, a date alone in its cell is a date.
    // (Column C of a principle's sheet is the due date: a day number of 1900's calendar.)
    QVERIFY(QString::fromUtf8(parts.mid(allAt)).contains(QRegularExpression(QStringLiteral("<c r=\"C3\" s=\"\\d+\"><v>4\\d{4}</v></c>"))));

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("soffice (libreoffice-writer-nogui, with libreoffice-calc-nogui) is needed to open the workbook");
    // Every sheet as CSV separated by «;», cells as shown (token 9), UTF-8 (76).
    QProcess convert;
    convert.start(soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(),
                            QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                            QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76,1,,1049,false,true,true,false,false,-1"),
                            QStringLiteral("--outdir"), dir.filePath(QStringLiteral("calc")), xlsx});
    QVERIFY(convert.waitForFinished(240000));
    const QStringList sheets = QDir(dir.filePath(QStringLiteral("calc"))).entryList({QStringLiteral("*.csv")});
    if (sheets.isEmpty())
        QSKIP(qPrintable(QStringLiteral("LibreOffice Calc could not open the workbook here: ") + QString::fromUtf8(convert.readAllStandardError())));
    QCOMPARE(sheets.size(), tables + 1);
    const QString calcCsv = QString::fromUtf8(readFile(dir.filePath(QStringLiteral("calc/report-Обязательства.csv"))));
    QCOMPARE(calcCsv.split(u'\n'), QString(csvText).remove(u'\r').split(u'\n'));
}

void TestReportExport::printsThroughAPrinter()
{
    ReportParameters parameters;
    parameters.period = ReportPeriod::quarter(2019, 2);
    parameters.asOf = QDate(2019, 7, 31);
    const std::optional<ReportDocument> report = demoReport(parameters);
    QVERIFY(report);

    // The printer path of the preview dialog, printing to a PDF file.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString out = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(out);
    QVERIFY(ui::ReportPrintPreview::print(*report, &printer));
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
    QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Portrait);
    QVERIFY(readFile(out).startsWith("%PDF-"));
}

void TestReportExport::reprintsRegisteredReportsIdentically()
{
    const QString path = createDemo(QStringLiteral("register.sqlite"));
    QVERIFY(!path.isEmpty());
    const QStringList period = {QStringLiteral("--period"), QStringLiteral("2019-Q2"), QStringLiteral("--as-of"), QStringLiteral("2019-07-31")};
    const char *const formats[] = {"pdf", "odt", "html", "csv", "xlsx"};
    for (const char *suffix : formats) {
        const QString number = QStringLiteral("R-%1").arg(QLatin1String(suffix));
        const QString registered = m_dir.filePath(QStringLiteral("registered.") + QLatin1String(suffix));
        Run result = run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--register"), number,
                                     QStringLiteral("--out"), registered} + period);
        QVERIFY2(result.exitCode == 0, qPrintable(result.errors()));
        if (QByteArrayView(suffix) == "html")
            QVERIFY(readFile(registered).contains(number.toUtf8()));
    }

    // The data change: an overdue obligation of the quarter is reported before the as-of date.
    {
        Database db;
        QVERIFY(!db.open(*DatabaseLocation::parse(path)));
        StorageError error;
        const RoadmapSnapshot snapshot = *loadSnapshot(db, 1, &error);
        const QList<EvaluatedObligation> evaluated = snapshot.evaluate(QDate(2019, 7, 31));
        const auto target = std::find_if(evaluated.cbegin(), evaluated.cend(), [&](const EvaluatedObligation &e) {
            return e.evaluation.status == ObligationStatus::Overdue && ReportPeriod::quarter(2019, 2).contains(e.obligation.legalDue)
                && !snapshot.roadmap.isGroup(e.obligation.key.department);
        });
        QVERIFY(target != evaluated.cend());
        const QList<User> users = UserRepository(db).users();
        const auto head = std::find_if(users.cbegin(), users.cend(), [&](const User &u) {
            return u.role == User::Role::DepartmentHead && u.department == target->obligation.key.department;
        });
        QVERIFY(head != users.cend());
        ExecutionWorkflow workflow(db, [] { return QDateTime(QDate(2019, 7, 20), QTime(11, 0), Qt::UTC); });
        QVERIFY(!workflow.reportExecution({head->login, {}}, 1, target->obligation.key, {QDate(2019, 7, 19), {}, QStringLiteral("№ 1"), {}}));
    }

    // Every format, byte for byte, however often reprinted: the PDF's creation date and the
    // packages' times are the registration's, fonts and styles in a fixed order.
    for (const char *suffix : formats) {
        const QString number = QStringLiteral("R-%1").arg(QLatin1String(suffix));
        const QString registered = m_dir.filePath(QStringLiteral("registered.") + QLatin1String(suffix));
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.") + QLatin1String(suffix));
        for (int time = 1; time <= 2; ++time) {
            const QString reprinted = m_dir.filePath(QStringLiteral("reprinted-%1.").arg(time) + QLatin1String(suffix));
            const Run result = run({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--reprint"), number,
                                    QStringLiteral("--out"), reprinted});
            QVERIFY2(result.exitCode == 0, qPrintable(result.errors()));
            QVERIFY2(readFile(reprinted) == readFile(registered), suffix);
        }
        const Run result = run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--out"), fresh} + period);
        QVERIFY2(result.exitCode == 0, qPrintable(result.errors()));
        QVERIFY(readFile(fresh) != readFile(registered));
    }

    const Run list = run({QStringLiteral("reports"), QStringLiteral("--db"), path});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.output().contains(QStringLiteral("R-csv")));
    QVERIFY(list.output().contains(QStringLiteral("2019-Q2")));
    QVERIFY(list.output().contains(monitor));
    const Run json = run({QStringLiteral("report"), QStringLiteral("--list"), QStringLiteral("--json"), QStringLiteral("--db"), path});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.output().count(QStringLiteral("\"content_hash\"")), 5);
    const Run missing = run({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--reprint"), QStringLiteral("404"),
                             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("missing.csv"))});
    QCOMPARE(missing.exitCode, 2);
    const Run again = run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--register"),
                                      QStringLiteral("R-csv"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("again.csv"))} + period);
    QCOMPARE(again.exitCode, 4);
}

void TestReportExport::refusesRegistrationByADepartmentHead()
{
    const QString out = m_dir.filePath(QStringLiteral("head.html"));
    const Run result = run({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--period"), QStringLiteral("2019-Q2"),
                            QStringLiteral("--register"), QStringLiteral("1"), QStringLiteral("--out"), out},
                           QStringLiteral("org.head"));
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.errors().count(u'\n'), 1);
    QVERIFY(!QFile::exists(out));
    // A department head may still make (not register) the report.
    const Run plain = run({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--period"), QStringLiteral("2019-Q2"),
                           QStringLiteral("--out"), out},
                          QStringLiteral("org.head"));
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(readFile(out).contains("Смирнова Елена Викторовна"));
}

void TestReportExport::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString out = QStringLiteral("OUT/x.csv");
    QTest::newRow("bad period") << QStringList{QStringLiteral("--period"), QStringLiteral("2019-Q5"), QStringLiteral("--out"), out} << 2;
    QTest::newRow("bad as-of") << QStringList{QStringLiteral("--as-of"), QStringLiteral("31.07.2019"), QStringLiteral("--out"), out} << 2;
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--out"), out} << 2;
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--out"), QStringLiteral("OUT/x.docx")} << 2;
    QTest::newRow("no output") << QStringList{QStringLiteral("--period"), QStringLiteral("2019")} << 2;
    QTest::newRow("unknown principle") << QStringList{QStringLiteral("--principle"), QStringLiteral("12"), QStringLiteral("--out"), out} << 2;
    QTest::newRow("unknown department") << QStringList{QStringLiteral("--department"), QStringLiteral("Нет такого"), QStringLiteral("--out"), out} << 2;
    QTest::newRow("reprint with period") << QStringList{QStringLiteral("--reprint"), QStringLiteral("1"), QStringLiteral("--period"),
                                                        QStringLiteral("2019"), QStringLiteral("--out"), out} << 2;
    QTest::newRow("future period") << QStringList{QStringLiteral("--period"), QStringLiteral("2099-Q1"), QStringLiteral("--out"), out} << 2;
    QTest::newRow("period outside the roadmap") << QStringList{QStringLiteral("--period"), QStringLiteral("2016"), QStringLiteral("--out"), out} << 2;
    QTest::newRow("as-of before the period") << QStringList{QStringLiteral("--period"), QStringLiteral("2019-Q3"), QStringLiteral("--as-of"),
                                                            QStringLiteral("2019-06-01"), QStringLiteral("--out"), out} << 2;
    QTest::newRow("bad approval") << QStringList{QStringLiteral("--approval"), QStringLiteral("yes"), QStringLiteral("--out"), out} << 2;
    QTest::newRow("approver without approval") << QStringList{QStringLiteral("--approver"), QStringLiteral("Иванов И.И."), QStringLiteral("--out"), out} << 2;
    QTest::newRow("missing database") << QStringList{QStringLiteral("--db"), QStringLiteral("OUT/none.sqlite"), QStringLiteral("--out"), out} << 5;
}

void TestReportExport::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    arguments.replaceInStrings(QStringLiteral("OUT/"), m_dir.path() + u'/');
    if (!arguments.contains(QStringLiteral("--db")))
        arguments = QStringList{QStringLiteral("--db"), m_demo} + arguments;
    const Run result = run(QStringList{QStringLiteral("report")} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.errors().count(u'\n'), 1);
    QVERIFY(result.errors().startsWith(QStringLiteral("roadmap-tracker: ")));
}

void TestReportExport::defaultsWarnsAndSignsByName()
{
    // Without --period: the roadmap's last quarter, not an empty one of today.
    const QString out = m_dir.filePath(QStringLiteral("default.html"));
    Run result = run({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.errors()));
    // (The HTML binds "IV квартал" and "2020 года" with no-break spaces, as the PDF does.)
    QVERIFY(QString::fromUtf8(readFile(out)).contains(QStringLiteral("за IV&nbsp;квартал 2020&nbsp;года")));
    // A period not over on the as-of date is made, with a warning on stderr.
    result = run({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--period"), QStringLiteral("2019"),
                  QStringLiteral("--as-of"), QStringLiteral("2019-05-01"), QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.errors().contains(QStringLiteral("warning")) && result.errors().contains(QStringLiteral("01.05.2019")),
             qPrintable(result.errors()));
    // Someone the database does not know signs nothing.
    result = run({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--period"), QStringLiteral("2019-Q2"),
                  QStringLiteral("--out"), out},
                 QStringLiteral("stranger"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errors().contains(QStringLiteral("stranger")), qPrintable(result.errors()));
}

void TestReportExport::neutralisesFormulasInCsv()
{
    // Department heads write the comments; a spreadsheet must not run them.
    const QStringList formulas = {QStringLiteral("=HYPERLINK(\"http://evil.example/x\",\"Подробнее\")"),
                                  QStringLiteral("+1+cmd|' /C calc'!A0"), QStringLiteral("-2+3+cmd|' /C calc'!A0"),
                                  QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0")};
    const QString path = createDemo(QStringLiteral("formulas.sqlite"));
    QVERIFY(!path.isEmpty());
    {
        Database db;
        QVERIFY(!db.open(*DatabaseLocation::parse(path)));
        const std::optional<RoadmapSnapshot> snapshot = loadSnapshot(db, 1);
        QVERIFY(snapshot);
        QHash<QString, QString> heads;
        for (const User &user : UserRepository(db).users()) {
            if (user.role == User::Role::DepartmentHead)
                heads.insert(user.department, user.login);
        }
        const QDate asOf(2021, 6, 30);
        ExecutionWorkflow workflow(db, [asOf] { return QDateTime(asOf, QTime(10, 0), Qt::UTC); });
        qsizetype written = 0;
        for (const EvaluatedObligation &evaluated : snapshot->evaluate(asOf)) {
            const QString head = heads.value(evaluated.obligation.key.department);
            if (written == formulas.size())
                break;
            if (evaluated.evaluation.status != ObligationStatus::Overdue || head.isEmpty()
                || evaluated.obligation.legalDue.year() != 2020)
                continue;
            const StorageError error =
                workflow.reportExecution({head, {}}, 1, evaluated.obligation.key, {asOf.addDays(-1), {}, {}, formulas.at(written)});
            QVERIFY2(!error, qPrintable(error.message));
            ++written;
        }
        QCOMPARE(written, formulas.size());
    }
    const QString out = m_dir.filePath(QStringLiteral("formulas.csv"));
    const Run result = run({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--period"), QStringLiteral("2020"),
                            QStringLiteral("--as-of"), QStringLiteral("2021-06-30"), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.errors()));
    // Without the byte-order mark, which the first cell does not hold.
    const QString text = QString::fromUtf8(readFile(out).mid(3));
    for (const QString &formula : formulas)
        QVERIFY2(text.contains(formula.section(u'(', 0, 0)), qPrintable(text.right(3000)));

    // In the workbook the same comments are strings (shared strings), never formulas.
    const QString xlsx = m_dir.filePath(QStringLiteral("formulas.xlsx"));
    const Run workbook = run({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--period"), QStringLiteral("2020"),
                              QStringLiteral("--as-of"), QStringLiteral("2021-06-30"), QStringLiteral("--out"), xlsx});
    QVERIFY2(workbook.exitCode == 0, qPrintable(workbook.errors()));
    if (const QString python = QStandardPaths::findExecutable(QStringLiteral("python3")); !python.isEmpty()) {
        const QByteArray parts = toolOutput(python, {QStringLiteral("-c"),
                                                     QStringLiteral("import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                                                                    "sys.stdout.buffer.write(z.read('xl/sharedStrings.xml') + b'\\n--sheets--\\n' + b''.join("
                                                                    "z.read(n) for n in z.namelist() if n.startswith('xl/worksheets/')))"),
                                                     xlsx});
        const qsizetype sheetsAt = parts.indexOf("\n--sheets--\n");
        QVERIFY(sheetsAt > 0);
        for (const QString &formula : formulas)
            QVERIFY2(QString::fromUtf8(parts.left(sheetsAt)).contains(formula.section(u'(', 0, 0).toHtmlEscaped()), qPrintable(formula));
        QVERIFY(!parts.mid(sheetsAt).contains("<f>"));
    }

    // Cells the builder cannot make (it trims comments) but a writer must still handle.
    ReportDocument report;
    report.obligationColumns = {QStringLiteral("=1+1")};
    ReportObligation obligation;
    obligation.activity = QStringLiteral("\t=1+1");
    obligation.evidence = QStringLiteral("\r=1+1");
    obligation.comment = QStringLiteral("@A1");
    report.obligations.append(obligation);
    const QString written = QString::fromUtf8(ui::ReportCsvWriter::write(report).mid(3));

    for (const QString &csv : {text, written}) {
        QList<QStringList> records;
        QVERIFY(csv::parse(csv, &records, nullptr, u';'));
        QVERIFY(records.size() > 1);
        int quoted = 0;
        for (const QStringList &record : std::as_const(records)) {
            for (const QString &cell : record) {
                static const QString dangerous = QStringLiteral("=+-@\t\r");
                QVERIFY2(cell.isEmpty() || !dangerous.contains(cell.front()), qPrintable(cell));
                if (cell.startsWith(u'\'') && cell.size() > 1 && dangerous.contains(cell.at(1)))
                    ++quoted;
            }
        }
        QVERIFY(quoted >= (csv == written ? 4 : formulas.size()));
    }
}

void TestReportExport::linksOnlyWebAddressesInHtml()
{
    // Evidence is typed by department heads into a shared file: only an http(s) address becomes
    // a link, and nothing stored can end the attribute or add one.
    ReportDocument report;
    ReportSection section;
    section.heading = QStringLiteral("3.1. Принцип 1");
    section.table.columns = {{QStringLiteral("Подтверждение"), 1, false}};
    section.table.rows = {{ReportRow::Kind::Data,
                           {QStringLiteral("https://kgo66.ru/a?b=1&c=2\njavascript:alert(1)\nfile:///etc/passwd\n"
                                           "https://kgo66.ru/\" onclick=\"alert(1)\nслужебная записка № 5")},
                           false}};
    report.sections.append(section);
    const QString html = QString::fromUtf8(ui::ReportHtmlWriter::write(report));
    QCOMPARE(html.count(QStringLiteral("<a ")), 1);
    QVERIFY(html.contains(QStringLiteral("<a href=\"https://kgo66.ru/a?b=1&amp;c=2\">https://kgo66.ru/a?b=1&amp;c=2</a>")));
    QVERIFY(html.contains(QStringLiteral("<br>https://kgo66.ru/&quot; onclick=&quot;alert(1)<br>")));
    QVERIFY(!html.contains(QStringLiteral("onclick=\"")));
    QVERIFY(!html.contains(QStringLiteral("href=\"javascript")));
    QVERIFY(!html.contains(QStringLiteral("href=\"file")));
    // The PDF's no-break spaces.
    QVERIFY(html.contains(QStringLiteral("служебная записка №&nbsp;5")));
}

namespace {

enum class Target { MissingFolder, ReadOnlyFolder, Directory, LinkToDevice, LinkToFifo, Fifo, LinkToDirectory, LinkToNothing };

bool isFifo(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

bool isCharacterDevice(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

} // namespace

void TestReportExport::refusesUnsafeTargets_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("suffix");
    const std::pair<Target, const char *> targets[] = {
        {Target::MissingFolder, "missing folder"}, {Target::ReadOnlyFolder, "read-only folder"},
        {Target::Directory, "directory"},          {Target::LinkToDevice, "link to a device"},
        {Target::LinkToFifo, "link to a FIFO"},    {Target::Fifo, "FIFO"},
        {Target::LinkToDirectory, "link to a directory"}, {Target::LinkToNothing, "link to nothing"}};
    for (const auto &[target, name] : targets) {
        for (const char *suffix : {"pdf", "odt", "html", "csv", "xlsx"})
            QTest::addRow("%s %s", name, suffix) << int(target) << QString::fromLatin1(suffix);
    }
}

void TestReportExport::refusesUnsafeTargets()
{
    QFETCH(int, target);
    QFETCH(QString, suffix);
    QTemporaryDir dir(m_dir.filePath(QStringLiteral("target-XXXXXX")));
    QVERIFY(dir.isValid());
    const QString name = QStringLiteral("report.") + suffix;
    QString out = dir.filePath(name);
    QString folder = dir.path();
    std::function<bool()> unchanged = [] { return true; };
    switch (Target(target)) {
    case Target::MissingFolder:
        folder = dir.filePath(QStringLiteral("no-such-folder"));
        out = folder + u'/' + name;
        unchanged = [folder] { return !QFileInfo::exists(folder); };
        break;
    case Target::ReadOnlyFolder:
        if (::geteuid() == 0) {
            // Root writes into any folder whatever its mode; nobody creates files in /proc.
            folder = QStringLiteral("/proc");
            out = folder + QStringLiteral("/roadmap-tracker-test-") + name;
        } else {
            folder = dir.filePath(QStringLiteral("read-only"));
            QVERIFY(QDir().mkdir(folder));
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
            out = folder + u'/' + name;
        }
        unchanged = [out] { return !QFileInfo::exists(out); };
        break;
    case Target::Directory:
        QVERIFY(QDir().mkdir(out));
        unchanged = [out] { return QFileInfo(out).isDir(); };
        break;
    case Target::LinkToDevice: {
        // Root could replace /dev/null itself if the program followed the link: it gets its own node.
        QString device = QStringLiteral("/dev/null");
        if (::geteuid() == 0) {
            const QString own = dir.filePath(QStringLiteral("null-device"));
            if (::mknod(QFile::encodeName(own).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0)
                device = own;
        }
        QVERIFY(QFile::link(device, out));
        unchanged = [device] { return isCharacterDevice(device); };
        break;
    }
    case Target::LinkToFifo:
    case Target::Fifo: {
        const QString fifo = Target(target) == Target::Fifo ? out : dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        if (Target(target) == Target::LinkToFifo)
            QVERIFY(QFile::link(fifo, out));
        unchanged = [fifo] { return isFifo(fifo); };
        break;
    }
    case Target::LinkToDirectory: {
        const QString other = dir.filePath(QStringLiteral("other-folder"));
        QVERIFY(QDir().mkdir(other));
        QVERIFY(QFile::link(other, out));
        unchanged = [other] { return QFileInfo(other).isDir() && QDir(other).isEmpty(); };
        break;
    }
    case Target::LinkToNothing: {
        const QString nothing = dir.filePath(QStringLiteral("not-there"));
        QVERIFY(QFile::link(nothing, out));
        unchanged = [nothing] { return !QFileInfo::exists(nothing); };
        break;
    }
    }
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);

    const Run result = run({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--period"), QStringLiteral("2019-Q2"),
                            QStringLiteral("--as-of"), QStringLiteral("2019-07-31"), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode != 0, qPrintable(result.text()));
    QVERIFY2(!result.output().contains(QStringLiteral("Wrote")), qPrintable(result.output()));
    QVERIFY2(result.errors().contains(QStringLiteral("roadmap-tracker:")), qPrintable(result.errors()));
    QVERIFY2(unchanged(), qPrintable(result.text()));
    // Nothing left behind: no temporary file, no half-written report.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot), before);
    QVERIFY(QDir(QStringLiteral("/proc")).entryList({QStringLiteral("roadmap-tracker-test-*")}).isEmpty());
}

void TestReportExport::reportsAFullFilesystem_data()
{
    QTest::addColumn<QString>("suffix");
    for (const char *suffix : {"pdf", "odt", "html", "csv", "xlsx"})
        QTest::newRow(suffix) << QString::fromLatin1(suffix);
}

void TestReportExport::reportsAFullFilesystem()
{
    // A filesystem of one page, mounted in a private user and mount namespace: no root needed
    // (Debian allows unprivileged user namespaces), and nothing outside the test sees it.
    QFETCH(QString, suffix);
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        QSKIP("unshare (util-linux) is not installed");
    QTemporaryDir dir(m_dir.filePath(QStringLiteral("full-XXXXXX")));
    QVERIFY(dir.isValid());
    const QString mountPoint = dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkdir(mountPoint));
    const QString out = mountPoint + QStringLiteral("/report.") + suffix;
    const QString script = QStringLiteral(
        "mount -t tmpfs -o size=4k none \"$1\" || exit 99; folder=$1; shift; \"$@\"; code=$?; "
        "echo '--left--'; ls -A \"$folder\" 2>&1; exit $code");
    QProcessEnvironment environment = testrun::environmentOf(monitor);
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(unshare, {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"), QStringLiteral("sh"),
                            QStringLiteral("-c"), script, QStringLiteral("sh"), mountPoint, QStringLiteral(ROADMAP_TRACKER_EXE),
                            QStringLiteral("report"), QStringLiteral("--out"), out, QStringLiteral("--db"), m_demo, QStringLiteral("--period"),
                            QStringLiteral("2019-Q2"), QStringLiteral("--as-of"), QStringLiteral("2019-07-31")});
    QVERIFY(process.waitForFinished(120000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    if (process.exitCode() == 99 || (process.exitCode() != 0 && !output.contains(QStringLiteral("--left--"))))
        QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs in a user namespace here: ") + errors.trimmed()));
    QVERIFY2(process.exitCode() != 0, qPrintable(output + errors));
    QVERIFY2(!output.contains(QStringLiteral("Wrote")), qPrintable(output));
    QVERIFY2(errors.contains(QStringLiteral("roadmap-tracker:")) && errors.contains(QStringLiteral("no space left"), Qt::CaseInsensitive),
             qPrintable(errors));
    QCOMPARE(output.section(QStringLiteral("--left--"), 1).trimmed(), QString());
}

void TestReportExport::registersNothingItCannotWrite()
{
    const QString path = createDemo(QStringLiteral("register-refused.sqlite"));
    QVERIFY(!path.isEmpty());
    const QString folder = m_dir.filePath(QStringLiteral("a-folder.pdf"));
    QVERIFY(QDir().mkdir(folder));
    Run result = run({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--period"), QStringLiteral("2019-Q2"),
                      QStringLiteral("--register"), QStringLiteral("17"), QStringLiteral("--out"), folder});
    QVERIFY2(result.exitCode != 0, qPrintable(result.text()));
    result = run({QStringLiteral("reports"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.json().value(QStringLiteral("registered_reports")).toArray().isEmpty(), qPrintable(result.output()));
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
