#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace core {

/// RFC 4180 comma-separated values: quoted fields may hold commas, quotes and line breaks.
namespace csv {

/// Splits text into records of fields. Returns false and sets error (with the line) on an unclosed quote.
/// The separator is a comma unless told (';' and tab for the tables Excel writes); recordLines, when
/// given, receives the 1-based line on which each record starts.
bool parse(QStringView text, QList<QStringList> *records, QString *error = nullptr, QChar separator = u',',
           QList<int> *recordLines = nullptr);

/// One record, quoted where needed, without the line terminator. The separator is a comma unless
/// told (';' for a Russian Excel, whose list separator it is).
QString formatRecord(const QStringList &fields, QChar separator = u',');

} // namespace csv
} // namespace core
