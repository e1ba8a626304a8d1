#include "textreader.h"

#include "csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace core {

namespace {

/// The separator of a CSV table: the one of ';' and ',' that the first lines use the same
/// number of times (and at least once); ';' first, as Russian Excel writes it.
QChar csvSeparator(const QStringList &lines)
{
    for (const QChar separator : {u';', u','}) {
        int rows = 0;
        int withSeparator = 0;
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            ++rows;
            if (line.contains(separator))
                ++withSeparator;
            if (rows == 30)
                break;
        }
        if (withSeparator >= 2 && withSeparator * 2 >= rows)
            return separator;
    }
    return {};
}

SourceDocument tabDocument(const QStringList &lines)
{
    SourceDocument document;
    document.format = u"text"_s;
    SourceTable *table = nullptr;
    bool tableStarted = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const SourcePlace place{int(i + 1)};
        if (line.contains(u'\t')) {
            if (!table) {
                document.tables.append(SourceTable{});
                table = &document.tables.last();
                table->paragraphsBefore = document.paragraphs.size();
            }
            SourceRow row;
            row.place = place;
            const QStringList cells = line.split(u'\t');
            for (const QString &cell : cells)
                row.cells.append(SourceCell{cell});
            table->rows.append(row);
            tableStarted = true;
            continue;
        }
        // A line between rows ends the table; the rows after it continue it as the next one.
        table = nullptr;
        if (tableStarted && line.trimmed().isEmpty())
            continue;
        document.paragraphs.append({line, place});
    }
    return document;
}

SourceDocument csvDocument(const QString &text, QChar separator)
{
    SourceDocument document;
    document.format = u"csv"_s;
    QList<QStringList> records;
    QList<int> lines;
    if (!csv::parse(text, &records, nullptr, separator, &lines))
        return document;
    SourceTable table;
    for (qsizetype i = 0; i < records.size(); ++i) {
        SourceRow row;
        row.place = SourcePlace{lines.value(i)};
        for (const QString &field : std::as_const(records[i]))
            row.cells.append(SourceCell{field});
        table.rows.append(row);
    }
    const int width = table.columnCount();
    for (SourceRow &row : table.rows) {
        while (row.cells.size() < width)
            row.cells.append(SourceCell{});
    }
    document.tables.append(table);
    return document;
}

} // namespace

QString decodeText(const QByteArray &bytes)
{
    const auto decode = [&](QStringDecoder decoder, qsizetype skip) -> QString {
        const QString text = decoder(QByteArrayView(bytes).sliced(skip));
        if (decoder.hasError())
            return {};
        return text.isNull() ? QString(u""_s) : text;
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decode(QStringDecoder(QStringDecoder::Utf8), 3);
    if (bytes.startsWith("\xFF\xFE"))
        return decode(QStringDecoder(QStringDecoder::Utf16LE), 2);
    if (bytes.startsWith("\xFE\xFF"))
        return decode(QStringDecoder(QStringDecoder::Utf16BE), 2);
    if (bytes.contains('\0'))
        return {};
    if (QString text = decode(QStringDecoder(QStringDecoder::Utf8), 0); !text.isNull())
        return text;
    return decode(QStringDecoder("windows-1251"), 0);
}

SourceDocument textDocument(const QString &text)
{
    QString document = text;
    if (document.startsWith(QChar(0xFEFF)))
        document.remove(0, 1);
    QStringList lines = document.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    if (std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) { return line.contains(u'\t'); }))
        return tabDocument(lines);
    if (const QChar separator = csvSeparator(lines); !separator.isNull())
        return csvDocument(document, separator);
    SourceDocument paragraphs;
    paragraphs.format = u"text"_s;
    for (qsizetype i = 0; i < lines.size(); ++i)
        paragraphs.paragraphs.append({lines[i], SourcePlace{int(i + 1)}});
    return paragraphs;
}

SourceDocumentResult readTextDocument(const QByteArray &bytes)
{
    SourceDocumentResult result;
    const QString text = decodeText(bytes);
    if (text.isNull()) {
        result.error = QCoreApplication::translate("core", "the file is neither a document the program reads nor text.");
        return result;
    }
    result.document = textDocument(text);
    return result;
}

} // namespace core
