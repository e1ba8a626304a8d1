#pragma once

#include "sourcedocumentresult.h"

#include <QByteArray>
#include <QString>

namespace core {

/// Text files: UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or windows-1251;
/// any line ends. Tab-separated rows are a table (the seed's document text: paragraphs, then the
/// table copied from Word); without tabs, ';' or ','-separated values with quotes are a CSV table.
SourceDocumentResult readTextDocument(const QByteArray &bytes);

/// The same for text already decoded.
SourceDocument textDocument(const QString &text);

/// The bytes as text: the byte-order mark decides, else UTF-8 when valid, else windows-1251
/// (what Russian Windows programs write). Null when the bytes are not text.
QString decodeText(const QByteArray &bytes);

} // namespace core
