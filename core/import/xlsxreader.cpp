#include "xlsxreader.h"

#include "sourcetext.h"
#include "zippackage.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace core {

namespace {

/// Sheets are far smaller; a reference beyond these is a damaged file, not a plan.
constexpr int maxColumns = 16384;
constexpr int maxRows = 1'048'576;

struct Sheet {
    QString name;
    QString relationshipId;
};

struct Workbook {
    QList<Sheet> sheets;
    bool dates1904 = false;
};

/// A cell reference such as "C7": 0-based column and 1-based row; nothing when malformed.
std::optional<std::pair<int, int>> cellReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i) {
        const char16_t letter = reference.at(i).toUpper().unicode();
        if (letter < u'A' || letter > u'Z')
            return std::nullopt;
        column = column * 26 + (letter - u'A' + 1);
        if (column > maxColumns)
            return std::nullopt;
    }
    bool ok = false;
    const int row = reference.mid(i).toInt(&ok);
    if (i == 0 || !ok || row < 1 || row > maxRows)
        return std::nullopt;
    return std::pair{column - 1, row};
}

/// Text and number elements are the same in the transitional and the strict namespace.
bool isSpreadsheetElement(const QXmlStreamReader &xml, QStringView name)
{
    return xml.name() == name
        && (xml.namespaceUri() == u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
            || xml.namespaceUri() == u"http://purl.oclc.org/ooxml/spreadsheetml/main");
}

QString xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return QCoreApplication::translate("core", "The workbook is damaged: %1: %2 (line %3).")
        .arg(part, xml.errorString())
        .arg(xml.lineNumber());
}

/// The text of an si or is element: its t, or its rich-text runs' t, without phonetic runs.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (isSpreadsheetElement(xml, u"t")) {
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (isSpreadsheetElement(xml, u"r")) {
            while (xml.readNextStartElement()) {
                if (isSpreadsheetElement(xml, u"t"))
                    text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement(); // rPh, phoneticPr
        }
    }
    return text;
}

std::optional<QStringList> readSharedStrings(const QByteArray &bytes, QString &error)
{
    QStringList strings;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && isSpreadsheetElement(xml, u"si"))
            strings.append(readRichText(xml));
    }
    if (xml.hasError()) {
        error = xmlError(u"xl/sharedStrings.xml"_s, xml);
        return std::nullopt;
    }
    return strings;
}

/// Whether a number format shows a date: built-in 14–17 and 22, or a custom code with
/// day or year in it once quoted text, escapes and [colour]/[locale] parts are left out.
bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 17) || id == 22)
        return true;
    if (code.isEmpty())
        return false;
    QString letters;
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != u'"';
        } else if (bracket) {
            bracket = c != u']';
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            bracket = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u';') {
            break; // the positive section decides
        } else {
            letters += c.toLower();
        }
    }
    return letters.contains(u'd') || letters.contains(u'y');
}

/// Which cell style indexes (the s attribute) show dates.
QSet<int> readDateStyles(const QByteArray &bytes)
{
    QHash<int, QString> customFormats;
    QSet<int> dateStyles;
    QXmlStreamReader xml(bytes);
    bool inCellFormats = false;
    int styleIndex = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && isSpreadsheetElement(xml, u"cellXfs"))
            inCellFormats = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (isSpreadsheetElement(xml, u"numFmt")) {
            customFormats.insert(xml.attributes().value(u"numFmtId"_s).toInt(),
                                 xml.attributes().value(u"formatCode"_s).toString());
        } else if (isSpreadsheetElement(xml, u"cellXfs")) {
            inCellFormats = true;
        } else if (inCellFormats && isSpreadsheetElement(xml, u"xf")) {
            const int id = xml.attributes().value(u"numFmtId"_s).toInt();
            if (isDateFormat(id, customFormats.value(id)))
                dateStyles.insert(styleIndex);
            ++styleIndex;
            xml.skipCurrentElement();
        }
    }
    return dateStyles;
}

Workbook readWorkbook(const QByteArray &bytes, QString &error)
{
    Workbook workbook;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (isSpreadsheetElement(xml, u"workbookPr")) {
            const QStringView value = xml.attributes().value(u"date1904"_s);
            workbook.dates1904 = value == u"1" || value == u"true";
        } else if (isSpreadsheetElement(xml, u"sheet")) {
            Sheet sheet;
            sheet.name = xml.attributes().value(u"name"_s).toString();
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == u"id" && attribute.namespaceUri().endsWith(u"relationships"))
                    sheet.relationshipId = attribute.value().toString();
            }
            workbook.sheets.append(sheet);
        }
    }
    if (xml.hasError())
        error = xmlError(u"xl/workbook.xml"_s, xml);
    return workbook;
}

/// Relationship id → part name in the package.
QHash<QString, QString> readRelationships(const QByteArray &bytes, const QString &folder)
{
    QHash<QString, QString> targets;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QString target = xml.attributes().value(u"Target"_s).toString();
        const QString path = target.startsWith(u'/') ? target.mid(1) : folder + target;
        targets.insert(xml.attributes().value(u"Id"_s).toString(), QDir::cleanPath(path));
    }
    return targets;
}

QString dateText(const QString &serial, bool dates1904)
{
    bool ok = false;
    const double value = serial.toDouble(&ok);
    if (!ok || value < 1 || value > 2958465) // 31.12.9999
        return serial;
    const auto days = qint64(value);
    // Excel counts 29.02.1900, a day that never was, so serials from 61 on count from 30.12.1899.
    const QDate epoch = dates1904 ? QDate(1904, 1, 1) : days < 61 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return epoch.addDays(days).toString(u"dd.MM.yyyy");
}

class WorksheetReader
{
public:
    WorksheetReader(const QStringList &sharedStrings, const QSet<int> &dateStyles, bool dates1904)
        : m_sharedStrings(sharedStrings), m_dateStyles(dateStyles), m_dates1904(dates1904)
    {
    }

    /// The sheet as a table; an empty error when it was read.
    SourceTable read(const QByteArray &bytes, const Sheet &sheet, const QString &part, QString &error)
    {
        QMap<int, QMap<int, SourceCell>> cells; // row number → column → cell
        QList<std::pair<std::pair<int, int>, std::pair<int, int>>> merges;
        QXmlStreamReader xml(bytes);
        int rowNumber = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (isSpreadsheetElement(xml, u"row")) {
                const int declared = xml.attributes().value(u"r"_s).toInt();
                rowNumber = declared >= 1 && declared <= maxRows ? declared : rowNumber + 1;
                m_column = 0;
            } else if (isSpreadsheetElement(xml, u"c")) {
                readCell(xml, rowNumber, cells);
            } else if (isSpreadsheetElement(xml, u"mergeCell")) {
                const QStringList ends = xml.attributes().value(u"ref"_s).toString().split(u':');
                const auto first = cellReference(ends.value(0));
                const auto last = cellReference(ends.value(1));
                // A merge over a whole sheet would lay out billions of copies.
                if (first && last && first->first <= last->first && first->second <= last->second
                    && qint64(last->first - first->first + 1) * (last->second - first->second + 1) <= 100'000)
                    merges.append({*first, *last});
            }
        }
        if (xml.hasError()) {
            error = xmlError(part, xml);
            return {};
        }
        for (const auto &[first, last] : std::as_const(merges)) {
            const QString text = cells.value(first.second).value(first.first).text;
            if (text.isEmpty())
                continue;
            for (int row = first.second; row <= last.second; ++row) {
                for (int column = first.first; column <= last.first; ++column) {
                    if (row == first.second && column == first.first)
                        continue;
                    const auto origin = row == first.second ? SourceCell::Origin::FromLeft : SourceCell::Origin::FromAbove;
                    cells[row][column] = SourceCell{text, origin};
                }
            }
        }

        SourceTable table;
        table.name = sheet.name;
        int width = 0;
        for (const QMap<int, SourceCell> &row : std::as_const(cells)) {
            for (auto it = row.cbegin(); it != row.cend(); ++it) {
                if (!it.value().text.isEmpty())
                    width = std::max(width, it.key() + 1);
            }
        }
        for (auto rowIt = cells.cbegin(); rowIt != cells.cend(); ++rowIt) {
            SourceRow row;
            row.place.sheet = sheet.name;
            row.place.row = rowIt.key();
            bool empty = true;
            for (int column = 0; column < width; ++column) {
                const SourceCell cell = rowIt.value().value(column);
                empty = empty && cell.text.isEmpty();
                row.cells.append(cell);
            }
            if (!empty)
                table.rows.append(row);
        }
        return table;
    }

private:
    void readCell(QXmlStreamReader &xml, int rowNumber, QMap<int, QMap<int, SourceCell>> &cells)
    {
        const auto reference = cellReference(xml.attributes().value(u"r"_s));
        const int column = reference ? reference->first : m_column;
        const int row = reference ? reference->second : rowNumber;
        m_column = column + 1;
        const QString type = xml.attributes().value(u"t"_s).toString();
        const int style = xml.attributes().value(u"s"_s).toInt();
        QString value;
        QString inlineText;
        while (xml.readNextStartElement()) {
            if (isSpreadsheetElement(xml, u"v"))
                value = xml.readElementText();
            else if (isSpreadsheetElement(xml, u"is"))
                inlineText = readRichText(xml);
            else
                xml.skipCurrentElement(); // f, extLst
        }
        QString text;
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = value.toLongLong(&ok);
            text = ok && index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings.at(index) : QString();
        } else if (type == u"inlineStr") {
            text = inlineText;
        } else if (type == u"d") {
            const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
            text = date.isValid() ? date.toString(u"dd.MM.yyyy") : value;
        } else if ((type.isEmpty() || type == u"n") && m_dateStyles.contains(style)) {
            text = dateText(value, m_dates1904);
        } else {
            text = value; // numbers as written, formula strings, booleans 1/0, error codes
        }
        text = sourcetext::joinLines(sourcetext::plainSpaces(text).split(u'\n'));
        if (!text.isEmpty() && row >= 1 && column < maxColumns)
            cells[row][column] = SourceCell{text, SourceCell::Origin::Own};
    }

    const QStringList &m_sharedStrings;
    const QSet<int> &m_dateStyles;
    bool m_dates1904 = false;
    int m_column = 0; // the column after the last cell read, for cells without a reference
};

} // namespace

SourceDocumentResult readXlsx(const QByteArray &bytes, const QString &sheetName)
{
    SourceDocumentResult result;
    result.document.format = u"xlsx"_s;
    ZipPackage package(bytes);
    if (!package.isOpen()) {
        result.error = QCoreApplication::translate("core", "The file is not a valid Excel (.xlsx) package: %1.")
                           .arg(package.errorString());
        return result;
    }
    const std::optional<QByteArray> workbookXml = package.read(u"xl/workbook.xml"_s);
    if (!workbookXml) {
        result.error = QCoreApplication::translate("core", "The file is not an Excel workbook: %1")
                           .arg(package.errorString());
        return result;
    }
    const Workbook workbook = readWorkbook(*workbookXml, result.error);
    if (!result.ok())
        return result;
    const QHash<QString, QString> targets =
        readRelationships(package.read(u"xl/_rels/workbook.xml.rels"_s).value_or(QByteArray()), u"xl/"_s);
    QStringList sharedStrings;
    if (package.contains(u"xl/sharedStrings.xml"_s)) {
        const std::optional<QByteArray> sharedStringsXml = package.read(u"xl/sharedStrings.xml"_s);
        const std::optional<QStringList> strings =
            sharedStringsXml ? readSharedStrings(*sharedStringsXml, result.error) : std::nullopt;
        if (!strings) {
            if (result.ok())
                result.error = package.errorString();
            return result;
        }
        sharedStrings = *strings;
    }
    const QSet<int> dateStyles = readDateStyles(package.read(u"xl/styles.xml"_s).value_or(QByteArray()));

    WorksheetReader reader(sharedStrings, dateStyles, workbook.dates1904);
    bool found = false;
    for (const Sheet &sheet : workbook.sheets) {
        if (!sheetName.isEmpty() && sheet.name != sheetName)
            continue;
        found = true;
        const QString part = targets.value(sheet.relationshipId);
        const std::optional<QByteArray> sheetXml = part.isEmpty() ? std::nullopt : package.read(part);
        if (!sheetXml)
            continue; // a chart sheet, or a sheet the workbook lists but does not hold
        SourceTable table = reader.read(*sheetXml, sheet, part, result.error);
        if (!result.ok())
            return result;
        for (SourceRow &row : table.rows)
            row.place.table = int(result.document.tables.size()) + 1;
        result.document.tables.append(table);
    }
    if (!sheetName.isEmpty() && !found) {
        result.error = QCoreApplication::translate("core", "The workbook has no sheet «%1».").arg(sheetName);
        return result;
    }
    return result;
}

} // namespace core
