#include "documentformat.h"
#include "docxreader.h"
#include "htmlreader.h"
#include "odtreader.h"
#include "xlsxreader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using core::DocumentFormat;
using core::SourceCell;
using core::SourceDocument;
using core::SourceDocumentResult;
using Origin = core::SourceCell::Origin;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(ROADMAP_TEST_DATA_DIR "/import/readers/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

SourceCell own(const QString &text)
{
    return SourceCell{text, Origin::Own};
}

SourceCell fromLeft(const QString &text)
{
    return SourceCell{text, Origin::FromLeft};
}

SourceCell fromAbove(const QString &text)
{
    return SourceCell{text, Origin::FromAbove};
}

QStringList paragraphTexts(const SourceDocument &document)
{
    QStringList texts;
    for (const core::SourceParagraph &paragraph : document.paragraphs)
        texts.append(paragraph.text);
    return texts;
}

const QString section1 = u"1. Организационные мероприятия"_s;
const QString responsible11 = u"Отдел экономики\nЮридический отдел"_s;

} // namespace

class TestFormatReaders : public QObject
{
    Q_OBJECT

private:
    /// plan.html and its Word and OpenDocument conversions hold the same plan.
    void checkPlan(const SourceDocumentResult &result, const QString &format)
    {
        QVERIFY2(result.ok(), qPrintable(result.error));
        const SourceDocument &document = result.document;
        QCOMPARE(document.format, format);
        QCOMPARE(paragraphTexts(document),
                 (QStringList{u"УТВЕРЖДЕН постановлением администрации Качканарского городского округа"_s,
                              u"от 12.02.2019 № 118"_s,
                              u"План мероприятий («дорожная карта») по повышению открытости администрации "
                              u"Качканарского городского округа на 2019–2021 годы"_s,
                              u"Глава Качканарского городского округа А.А. Ермаков"_s}));
        QCOMPARE(document.paragraphs.at(1).place.paragraph, 2);
        QCOMPARE(document.paragraphs.at(1).place.table, 0);

        QCOMPARE(document.tables.size(), 1);
        const core::SourceTable &table = document.tables.first();
        QCOMPARE(table.paragraphsBefore, 3);
        QCOMPARE(table.columnCount(), 5);
        QCOMPARE(table.rows.size(), 8);
        for (const core::SourceRow &row : table.rows)
            QCOMPARE(row.cells.size(), 5);

        QCOMPARE(table.rows.at(0).cells.at(0), own(u"№ п/п"_s));
        QCOMPARE(table.rows.at(0).cells.at(4), own(u"Ожидаемый результат"_s));
        QCOMPARE(table.rows.at(1).cells.at(2), own(u"3"_s));

        const QList<SourceCell> &section = table.rows.at(2).cells;
        QCOMPARE(section,
                 (QList<SourceCell>{own(section1), fromLeft(section1), fromLeft(section1), fromLeft(section1),
                                    fromLeft(section1)}));

        const QList<SourceCell> &activity11 = table.rows.at(3).cells;
        QCOMPARE(activity11.at(0), own(u"1.1"_s));
        QCOMPARE(activity11.at(2), own(responsible11));
        QCOMPARE(activity11.at(3), own(u"до 01.03.2019"_s));

        const core::SourceRow &row12 = table.rows.at(4);
        QCOMPARE(row12.cells,
                 (QList<SourceCell>{own(u"1.2"_s), own(u"Назначение ответственных за открытые данные"_s),
                                    fromAbove(responsible11), fromAbove(u"до 01.03.2019"_s),
                                    own(u"Распоряжение издано"_s)}));
        QCOMPARE(row12.place.table, 1);
        QCOMPARE(row12.place.row, 5);
        QCOMPARE(row12.place.paragraph, 0);

        const QList<SourceCell> &activity21 = table.rows.at(6).cells;
        QCOMPARE(activity21.at(1).text, u"Размещение отчетов о деятельности на официальном сайте\n"
                                        u"Публикация в газете «Качканарское время»"_s);
        QCOMPARE(activity21.at(2).text, u"1. Отдел по связям с общественностью\n2. МКУ «Управление делами»"_s);
        QCOMPARE(table.rows.at(7).cells.at(3), own(u"ежегодно, до 15 декабря"_s));
    }

    /// The windows-1251 page of an official site: a layout table around the data table.
    void checkCp1251Page(const QString &name)
    {
        const SourceDocumentResult result = core::readHtml(fixture(name));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QStringList paragraphs = paragraphTexts(result.document);
        QVERIFY2(paragraphs.contains(u"УТВЕРЖДЕН постановлением администрации Качканарского городского округа "
                                     u"от 12.02.2019 № 118"_s),
                 qPrintable(paragraphs.join(u" | ")));
        QVERIFY(paragraphs.contains(u"План мероприятий «дорожная карта» по повышению открытости на 2019–2021 годы"_s));
        QVERIFY(paragraphs.contains(u"Версия для печати"_s)); // a one-cell table is a frame, not a table
        for (const QString &paragraph : paragraphs)
            QVERIFY2(!paragraph.contains(u"не таблица"_s) && !paragraph.contains(u"Администрация"_s),
                     qPrintable(paragraph)); // script and title

        QCOMPARE(result.document.tables.size(), 1);
        const core::SourceTable &table = result.document.tables.first();
        QCOMPARE(table.columnCount(), 4);
        QCOMPARE(table.rows.size(), 4);
        QCOMPARE(table.paragraphsBefore, paragraphs.indexOf(u"План мероприятий «дорожная карта» по повышению "
                                                            u"открытости на 2019–2021 годы"_s) + 1);
        QCOMPARE(table.rows.at(0).cells.at(0), own(u"№ п/п"_s));
        QCOMPARE(table.rows.at(1).cells.at(3), fromLeft(section1));
        QCOMPARE(table.rows.at(2).cells.at(3), own(u"до 01.03.2019"_s));
        QCOMPARE(table.rows.at(3).cells,
                 (QList<SourceCell>{own(u"1.2"_s), own(u"Назначение ответственных\nза открытые данные"_s),
                                    fromAbove(u"Отдел экономики"_s), own(u"до 01.04.2019"_s)}));
        QCOMPARE(table.rows.at(3).place.row, 4);
    }

private slots:
    void html() { checkPlan(core::readHtml(fixture(u"plan.html"_s)), u"html"_s); }
    void docx() { checkPlan(core::readDocx(fixture(u"plan.docx"_s)), u"docx"_s); }
    void odt() { checkPlan(core::readOdt(fixture(u"plan.odt"_s)), u"odt"_s); }

    void htmlWindows1251HttpEquiv() { checkCp1251Page(u"plan-cp1251-http-equiv.html"_s); }
    void htmlWindows1251MetaCharset() { checkCp1251Page(u"plan-cp1251-meta-charset.html"_s); }

    void htmlCharsetWithoutDeclaration()
    {
        // A byte-order mark wins over a wrong declaration; undeclared bytes that are not UTF-8 are windows-1251.
        const QByteArray utf8Page = "<html><head><meta charset=\"windows-1251\"></head><body><p>"
                                    "\xD0\x9F\xD0\xBB\xD0\xB0\xD0\xBD</p></body></html>"; // План
        const SourceDocumentResult withBom = core::readHtml("\xEF\xBB\xBF" + utf8Page);
        QCOMPARE(paragraphTexts(withBom.document), QStringList{u"План"_s});
        const SourceDocumentResult undeclared = core::readHtml("<p>\xCF\xEB\xE0\xED &laquo;x&raquo;</p>");
        QCOMPARE(paragraphTexts(undeclared.document), QStringList{u"План «x»"_s});
    }

    void htmlListsAndBlocksInCells()
    {
        const QByteArray page = "<table><tr><td>a</td><td>b</td></tr>"
                                "<tr><td><div>one</div>two<br/>three</td>"
                                "<td><ol start=\"3\"><li>x</li><li>y</li></ol><ul><li>z</li></ul></td></tr></table>";
        const SourceDocumentResult result = core::readHtml(page);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.document.tables.size(), 1);
        QCOMPARE(result.document.tables.first().rows.at(1).cells.at(0).text, u"one\ntwo\nthree"_s);
        QCOMPARE(result.document.tables.first().rows.at(1).cells.at(1).text, u"3. x\n4. y\n– z"_s);
    }

    void docxRevisionsFieldsAndGrid()
    {
        const SourceDocumentResult result = core::readDocx(fixture(u"features.docx"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        // Deleted text left out, inserted kept; a field's result without its instruction.
        QCOMPARE(paragraphTexts(result.document),
                 (QStringList{u"от 12.02.2019 № 118"_s, u"Страница\t5, 1-2"_s}));
        QCOMPARE(result.document.tables.size(), 1);
        const core::SourceTable &table = result.document.tables.first();
        QCOMPARE(table.paragraphsBefore, 2);
        QCOMPARE(table.rows.size(), 4);
        QCOMPARE(table.rows.at(0).cells, (QList<SourceCell>{own({}), own(u"A"_s), fromLeft(u"A"_s), own(u"B"_s)}));
        QCOMPARE(table.rows.at(1).cells, (QList<SourceCell>{own(u"C"_s), own(u"D"_s), own({}), own({})}));
        QCOMPARE(table.rows.at(2).cells, (QList<SourceCell>{own(u"E"_s), fromAbove(u"D"_s), own(u"F"_s), own({})}));
        // Bullets, a nested table flattened, numbered items counted in the cell.
        QCOMPARE(table.rows.at(3).cells,
                 (QList<SourceCell>{own(u"– п1\n– п2\nx; y\nz\n1. ДЭР\n2. УКС"_s), own(u"line1\nline2"_s), own({}),
                                    own({})}));
        QCOMPARE(table.rows.at(3).place.row, 4);
        QCOMPARE(table.rows.at(3).place.table, 1);
    }

    void odtSpacesSpansAndRepeats()
    {
        const SourceDocumentResult result = core::readOdt(fixture(u"features.odt"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        // Tracked deletions and notes left out; text:s, text:tab and text:line-break written out.
        QCOMPARE(paragraphTexts(result.document),
                 (QStringList{u"от 12.02.2019 №  118"_s, u"План мероприятий"_s, u"a\tb\nc"_s}));
        QCOMPARE(result.document.tables.size(), 1);
        const core::SourceTable &table = result.document.tables.first();
        QCOMPARE(table.paragraphsBefore, 3);
        // 1000 repeated empty cells and 1048000 repeated empty rows at the end are dropped.
        QCOMPARE(table.columnCount(), 3);
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.at(0).cells, (QList<SourceCell>{own(u"A"_s), fromLeft(u"A"_s), own(u"B"_s)}));
        QCOMPARE(table.rows.at(1).cells, (QList<SourceCell>{fromAbove(u"A"_s), fromAbove(u"A"_s), own(u"C"_s)}));
        QCOMPARE(table.rows.at(2).cells,
                 (QList<SourceCell>{own(u"1. ДЭР\n2. УКС\nx; y\n– точка"_s), own({}), own(u"E"_s)}));
        QCOMPARE(table.rows.at(2).place.row, 3);
    }

    void xlsx()
    {
        const SourceDocumentResult result = core::readXlsx(fixture(u"plan.xlsx"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const SourceDocument &document = result.document;
        QCOMPARE(document.format, u"xlsx"_s);
        QVERIFY(document.paragraphs.isEmpty());
        QCOMPARE(document.tables.size(), 2);
        const core::SourceTable &plan = document.tables.at(0);
        QCOMPARE(plan.name, u"План"_s);
        QCOMPARE(document.tables.at(1).name, u"Справочно"_s);
        QCOMPARE(plan.columnCount(), 5);

        QList<int> rowNumbers;
        for (const core::SourceRow &row : plan.rows) {
            rowNumbers.append(row.place.row);
            QCOMPARE(row.place.sheet, u"План"_s);
            QCOMPARE(row.cells.size(), 5);
        }
        QCOMPARE(rowNumbers, (QList<int>{1, 2, 4, 5, 6, 7, 8, 9})); // the empty row 3 left out

        const QString stamp = u"УТВЕРЖДЕН постановлением администрации Качканарского городского округа "
                              u"от 12.02.2019 № 118"_s;
        QCOMPARE(plan.rows.at(0).cells,
                 (QList<SourceCell>{own(stamp), fromLeft(stamp), fromLeft(stamp), fromLeft(stamp), fromLeft(stamp)}));
        QCOMPARE(plan.rows.at(3).cells.at(4), own(u"5"_s));
        QCOMPARE(plan.rows.at(4).cells.at(2), fromLeft(section1));

        const core::SourceRow &row7 = plan.rows.at(5);
        QCOMPARE(row7.place.row, 7);
        QCOMPARE(row7.place.table, 1);
        QCOMPARE(row7.cells.at(1), own(u"Утверждение плана-графика размещения открытых данных"_s)); // rich text
        QCOMPARE(row7.cells.at(2), own(responsible11));
        QCOMPARE(row7.cells.at(3), own(u"01.03.2019"_s)); // a date serial in a dd.mm.yyyy cell

        QCOMPARE(plan.rows.at(6).cells,
                 (QList<SourceCell>{own(u"1.2"_s), own(u"Назначение ответственных за открытые данные"_s),
                                    fromAbove(responsible11), fromAbove(u"01.03.2019"_s),
                                    own(u"Распоряжение издано"_s)}));
        QCOMPARE(plan.rows.at(7).cells.at(4), own(u"2.5"_s)); // a number as written

        const core::SourceTable &reference = document.tables.at(1);
        QCOMPARE(reference.rows.size(), 2);
        QCOMPARE(reference.rows.at(1).place.table, 2);
        QCOMPARE(reference.rows.at(1).place.row, 2);
        QCOMPARE(reference.rows.at(1).cells, (QList<SourceCell>{own(u"Отдел экономики"_s), own(u"6-13-45"_s)}));
    }

    void xlsxOneSheet()
    {
        const SourceDocumentResult result = core::readXlsx(fixture(u"plan.xlsx"_s), u"Справочно"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.document.tables.size(), 1);
        QCOMPARE(result.document.tables.first().rows.first().place.sheet, u"Справочно"_s);

        const SourceDocumentResult missing = core::readXlsx(fixture(u"plan.xlsx"_s), u"Лист1"_s);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(u"Лист1"_s), qPrintable(missing.error));
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mention"); // what the error must name
        QTest::newRow("truncated docx") << u"docx"_s << u"damaged/truncated.docx"_s << u".docx"_s;
        QTest::newRow("not a zip") << u"docx"_s << u"plan.html"_s << u".docx"_s;
        QTest::newRow("docx without a body") << u"docx"_s << u"damaged/no-document.docx"_s << u"word/document.xml"_s;
        QTest::newRow("malformed docx") << u"docx"_s << u"damaged/malformed.docx"_s << u"line 1"_s;
        QTest::newRow("zip bomb") << u"docx"_s << u"damaged/oversized-entry.docx"_s << u"200 MiB"_s;
        QTest::newRow("odt without content") << u"odt"_s << u"damaged/no-document.docx"_s << u"content.xml"_s;
        QTest::newRow("malformed odt") << u"odt"_s << u"damaged/malformed.odt"_s << u"line 1"_s;
        QTest::newRow("truncated xlsx") << u"xlsx"_s << u"damaged/truncated.docx"_s << u".xlsx"_s;
        QTest::newRow("xlsx without a workbook") << u"xlsx"_s << u"plan.docx"_s << u"xl/workbook.xml"_s;
        QTest::newRow("malformed xlsx") << u"xlsx"_s << u"damaged/malformed.xlsx"_s << u"xl/worksheets/sheet1.xml"_s;
    }

    void damagedFiles()
    {
        QFETCH(QString, reader);
        QFETCH(QString, file);
        QFETCH(QString, mention);
        const QByteArray bytes = fixture(file);
        const SourceDocumentResult result = reader == u"docx" ? core::readDocx(bytes)
            : reader == u"odt"                                ? core::readOdt(bytes)
                                                              : core::readXlsx(bytes);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(mention), qPrintable(result.error));
    }

    void emptyHtml()
    {
        QVERIFY(!core::readHtml(QByteArray()).ok());
    }

    void detectFormat_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<DocumentFormat>("format");
        QTest::newRow("html") << fixture(u"plan.html"_s) << DocumentFormat::Html;
        QTest::newRow("windows-1251 html") << fixture(u"plan-cp1251-http-equiv.html"_s) << DocumentFormat::Html;
        QTest::newRow("docx") << fixture(u"plan.docx"_s) << DocumentFormat::Docx;
        QTest::newRow("odt") << fixture(u"plan.odt"_s) << DocumentFormat::Odt;
        QTest::newRow("xlsx") << fixture(u"plan.xlsx"_s) << DocumentFormat::Xlsx;
        QTest::newRow("zip of something else") << fixture(u"damaged/no-document.docx"_s) << DocumentFormat::UnknownZip;
        QTest::newRow("html fragment") << QByteArray("\xEF\xBB\xBF<!-- saved -->\n<TABLE><TR><TD>1</TD></TR></TABLE>")
                                       << DocumentFormat::Html;
        QTest::newRow("doctype after comment") << QByteArray("<!-- x -->\n<!DOCTYPE HTML PUBLIC><p>x")
                                               << DocumentFormat::Html;

        const auto ole = [](const char16_t *stream) {
            QByteArray bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
            bytes.append(504, '\0');
            for (const char16_t *c = stream; *c; ++c) {
                bytes.append(char(*c & 0xff));
                bytes.append(char(*c >> 8));
            }
            return bytes;
        };
        QTest::newRow("doc") << ole(u"WordDocument") << DocumentFormat::LegacyWord;
        QTest::newRow("xls") << ole(u"Workbook") << DocumentFormat::LegacyExcel;
        QTest::newRow("xls 95") << ole(u"Book") << DocumentFormat::LegacyExcel;
        QTest::newRow("ole of unknown kind") << ole(u"Root Entry") << DocumentFormat::LegacyWord;
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj") << DocumentFormat::Pdf;
        QTest::newRow("rtf") << QByteArray("{\\rtf1\\ansi\\ansicpg1251 План}") << DocumentFormat::Rtf;
        QFile seed(QStringLiteral(ROADMAP_SEED_FILE));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QTest::newRow("text") << seed.readAll() << DocumentFormat::Text;
        QTest::newRow("csv") << QByteArray("№;Мероприятие;Ответственный;Срок\n1.1;Утверждение плана;Отдел экономики;"
                                           "до 01.03.2019\n")
                             << DocumentFormat::Text;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << DocumentFormat::UnknownBinary;
        QTest::newRow("flat OpenDocument") << fixture(u"plan-workbook.fods"_s) << DocumentFormat::Text;
    }

    void detectFormat()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(DocumentFormat, format);
        QCOMPARE(core::detectDocumentFormat(bytes), format);
    }

    void refusals()
    {
        for (DocumentFormat readable : {DocumentFormat::Text, DocumentFormat::Docx, DocumentFormat::Odt,
                                        DocumentFormat::Xlsx, DocumentFormat::Html})
            QVERIFY(core::documentFormatRefusal(readable).isEmpty());
        QVERIFY(core::documentFormatRefusal(DocumentFormat::LegacyWord).contains(u".docx"_s));
        QVERIFY(core::documentFormatRefusal(DocumentFormat::LegacyExcel).contains(u".xlsx"_s));
        QVERIFY(core::documentFormatRefusal(DocumentFormat::Pdf).contains(u"PDF"_s));
        for (DocumentFormat refused : {DocumentFormat::Rtf, DocumentFormat::UnknownZip, DocumentFormat::UnknownBinary})
            QVERIFY(!core::documentFormatRefusal(refused).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFormatReaders)
#include "tst_formatreaders.moc"
