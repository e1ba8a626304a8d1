#pragma once

#include <QString>
#include <QStringList>

/// Text clean-up shared by the format readers.
namespace core::sourcetext {

/// No-break, thin and other fixed-width spaces as plain spaces, so that "№ 118" typed with a
/// no-break space reads like one typed with a space.
inline QString plainSpaces(QString text)
{
    for (QChar &c : text) {
        if (c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2007) || (c >= QChar(0x2000) && c <= QChar(0x200A)))
            c = u' ';
    }
    return text;
}

/// The cell or paragraph lines with their ends trimmed, empty ones left out, joined by '\n'.
inline QString joinLines(const QStringList &lines)
{
    QStringList kept;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            kept.append(trimmed);
    }
    return kept.join(u'\n');
}

/// Runs of white space as one space, as HTML and ODF lay out text (form feeds count too: HTML's
/// white space includes them, and ODF text never holds one).
inline QString collapsedWhiteSpace(QStringView text)
{
    QString result;
    result.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
            if (!space)
                result += u' ';
            space = true;
        } else {
            result += c;
            space = false;
        }
    }
    return result;
}

} // namespace core::sourcetext
