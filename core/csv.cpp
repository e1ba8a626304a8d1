#include "csv.h"

#include <QCoreApplication>

namespace core::csv {

bool parse(QStringView text, QList<QStringList> *records, QString *error, QChar separator, QList<int> *recordLines)
{
    records->clear();
    if (recordLines)
        recordLines->clear();
    int recordLine = 1;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;

    const auto endField = [&] {
        record.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A line with nothing on it is not a record.
        if (!(record.size() == 1 && record.first().isEmpty())) {
            records->append(record);
            if (recordLines)
                recordLines->append(recordLine);
        }
        record.clear();
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == u'\n') {
            endRecord();
            ++line;
            recordLine = line;
        } else if (c == u'\r') {
            // CRLF: the '\n' ends the record.
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = QCoreApplication::translate("core", "line %1: a quoted field is not closed").arg(quoteLine);
        records->clear();
        return false;
    }
    if (fieldStarted || !record.isEmpty())
        endRecord();
    return true;
}

QString formatRecord(const QStringList &fields, QChar separator)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &field : fields) {
        const bool needsQuotes = field.contains(separator) || field.contains(u'"') || field.contains(u'\n')
            || field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
        if (!needsQuotes) {
            out.append(field);
            continue;
        }
        QString escaped = field;
        escaped.replace(u'"', QStringLiteral("\"\""));
        out.append(u'"' + escaped + u'"');
    }
    return out.join(separator);
}

} // namespace core::csv
