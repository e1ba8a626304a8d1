#include "planreader.h"

#include "deadlineparser.h"
#include "responsiblepartysplitter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace core {

namespace {

constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto anyCase = QRegularExpression::CaseInsensitiveOption | unicode;

/// Consecutive non-empty paragraphs (or lines) of the document header, joined with single spaces.
struct Paragraph {
    QString text;
    QList<qsizetype> starts;    ///< offset in text of each source paragraph
    QList<SourcePlace> places;  ///< and its place

    SourcePlace placeAt(qsizetype position) const
    {
        const auto it = std::upper_bound(starts.cbegin(), starts.cend(), position);
        return places.value(int(it - starts.cbegin()) - 1);
    }
    SourcePlace place() const { return places.value(0); }
};

/// "на 2018-2020 годы" → 2018, 2020; "на 2018 год" → 2018, 2018.
struct YearRange {
    int first = 0;
    int last = 0;
    SourcePlace place;
};

/// An activity number and the text after it, or (number empty) text continuing the
/// activity of the previous row.
struct ActivitySegment {
    QString number;
    QString text;
};

struct PendingActivity {
    Activity activity;
    SourcePlace place;
    QString responsible;
    SourcePlace responsiblePlace;
    bool hasResponsiblePlace = false;
    QList<QString> deadlines;     ///< one per deadline column
    SourcePlace deadlinePlace;
    bool hasDeadlinePlace = false;
    bool duplicate = false;
};

/// The cells of one table row by meaning.
struct RowCells {
    QString principleNumber;      ///< beside a principle column, the number column holds the principle's number
    QString principle;
    bool principleIsCopy = false;
    QString number;
    bool numberIsCopy = false;
    QString activity;
    bool activityIsCopy = false;
    QString responsible;
    bool responsibleIsCopy = false;
    QList<QString> deadlines;
    QList<bool> deadlineIsCopy;
    QStringList notes;
};

const QRegularExpression &activityNumber()
{
    // "1.1 Размещение", "1.2.Размещение", "2.3. Разработка"; not a date such as "10.07.2013".
    static const QRegularExpression re(
        uR"((\d{1,2})\.(\d{1,5})(?!\d)\.?(?![\d.])\s*(?=[\p{L}«"]))"_s, unicode);
    return re;
}

// A cell may hold several activities, or the tail of the previous
// row's activity followed by a new one ("…(далее – ОМСУ). 1.2.Размещение…"). A number
// starts an activity at the beginning of the cell, or after the end of a sentence when a
// capital letter follows and the sentence did not end with an abbreviation ("п. 3.2").
QList<ActivitySegment> splitActivities(const QString &cell)
{
    static const QRegularExpression abbreviation(uR"((?<!\p{L})\p{Ll}{1,3}\.\s*$)"_s, unicode);
    static const QRegularExpression sentenceEnd(uR"([.;!?)»]\s*$)"_s, unicode);

    // The first segment is the text before any number: the previous row's activity continued.
    QList<ActivitySegment> segments{{}};
    qsizetype textStart = 0;
    for (auto it = activityNumber().globalMatch(cell); it.hasNext();) {
        const auto match = it.next();
        const qsizetype start = match.capturedStart();
        if (start > 0) {
            const QString before = cell.left(start);
            const QChar next = cell.at(match.capturedEnd());
            if (!sentenceEnd.match(before).hasMatch() || abbreviation.match(before).hasMatch()
                || !(next.isUpper() || next == u'«'))
                continue;
        }
        segments.last().text = cell.mid(textStart, start - textStart).trimmed();
        segments.append({u"%1.%2"_s.arg(match.captured(1).toInt()).arg(match.captured(2).toInt()), QString()});
        textStart = match.capturedEnd();
    }
    segments.last().text = cell.mid(textStart).trimmed();
    if (segments.first().text.isEmpty())
        segments.removeFirst();
    return segments;
}

bool startsActivity(const QString &cell)
{
    const auto match = activityNumber().match(cell);
    return match.hasMatch() && match.capturedStart() == 0;
}

/// Byte-order marks, zero-width and control characters never become part of a name or a key;
/// no-break spaces and soft hyphens are what a word processor shows as a space and nothing.
QString removeInvisible(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0xFEFF || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0x00AD)
            continue;
        if (u == 0x00A0 || u == 0x202F || u == 0x2007) {
            result.append(u' ');
            continue;
        }
        if (c.category() == QChar::Other_Control && u != u'\n' && u != u'\t')
            continue;
        result.append(c);
    }
    return result;
}

/// The cell's text with paragraph breaks kept as '\n' and spaces within lines collapsed.
QString cleanLines(const QString &cell)
{
    // Cells copied from a web page keep their paragraph tags.
    static const QRegularExpression htmlTag(uR"(</?[A-Za-z][^>]*>)"_s);
    static const QRegularExpression paragraphTag(uR"(</?(?:p|br|div|li)(?:\s[^>]*)?/?>)"_s, QRegularExpression::CaseInsensitiveOption);
    QString text = removeInvisible(cell);
    text.replace(paragraphTag, u"\n"_s);
    text.replace(htmlTag, u" "_s);
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty())
            lines.append(simplified);
    }
    return lines.join(u'\n');
}

QString cleanCell(const QString &cell)
{
    return cleanLines(cell).simplified();
}

void appendText(QString &target, const QString &part, QChar separator = u' ')
{
    if (part.isEmpty())
        return;
    if (target.isEmpty()) {
        target = part;
        return;
    }
    // In place: the document's text is built by thousands of appends, so no copy of it per part.
    target += separator;
    target += part;
}

/// 1–12 for a month name in the genitive («марта»), 0 for anything else.
int monthFromName(const QString &name)
{
    static const QStringList stems{u"январ"_s, u"феврал"_s, u"март"_s, u"апрел"_s, u"ма"_s, u"июн"_s,
                                   u"июл"_s, u"август"_s, u"сентябр"_s, u"октябр"_s, u"ноябр"_s, u"декабр"_s};
    const QString lower = name.toLower();
    for (int i = 0; i < stems.size(); ++i) {
        if (lower.startsWith(stems[i]) && (i != 4 || lower == u"мая"_s || lower == u"май"_s))
            return i + 1;
    }
    return 0;
}

/// «16.03.2018», «16.03.2018 г.», «5 марта 2019 года»; invalid when it is none of these.
QDate dateFromWording(const QString &wording)
{
    static const QRegularExpression numeric(uR"((\d{1,2})\.(\d{1,2})\.(\d{4}))"_s);
    static const QRegularExpression words(uR"((\d{1,2})\s+(\p{L}+)\s+(\d{4}))"_s, unicode);
    if (const auto match = numeric.match(wording); match.hasMatch())
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    if (const auto match = words.match(wording); match.hasMatch()) {
        const int month = monthFromName(match.captured(2));
        return month ? QDate(match.captured(3).toInt(), month, match.captured(1).toInt()) : QDate();
    }
    return {};
}

/// The kind of act a word names: «постановлением» → «постановление».
QString actKindFromWord(const QString &word)
{
    const QString lower = word.toLower();
    if (lower.startsWith(u"постановлени"_s))
        return u"постановление"_s;
    if (lower.startsWith(u"распоряжени"_s))
        return u"распоряжение"_s;
    if (lower.startsWith(u"приказ"_s))
        return u"приказ"_s;
    if (lower.startsWith(u"решени"_s))
        return u"решение"_s;
    return {};
}

const QString &actDatePattern()
{
    static const QString pattern = uR"((\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+\d{4})\s*(?:г\.|года|г(?!\p{L}))?)"_s;
    return pattern;
}

const QString &actNumberPattern()
{
    static const QString pattern = uR"((?:№|N|No)\s*([\p{L}\d][\p{L}\d/-]*))"_s;
    return pattern;
}

/// An act named in running text: «от 12.02.2019 № 118», «№ 57 от 5 марта 2019 года».
struct ActMention {
    QDate date;
    QString dateWording;
    QString number;
    QString wording;
    qsizetype position = -1;
};

std::optional<ActMention> findAct(const QString &text)
{
    static const QRegularExpression dateFirst(u"(?:от\\s+)?"_s + actDatePattern() + u"\\s*"_s + actNumberPattern(), anyCase);
    static const QRegularExpression numberFirst(actNumberPattern() + u"\\s*от\\s+"_s + actDatePattern(), anyCase);
    const auto first = dateFirst.match(text);
    const auto second = numberFirst.match(text);
    if (first.hasMatch() && (!second.hasMatch() || first.capturedStart() <= second.capturedStart()))
        return ActMention{dateFromWording(first.captured(1)), first.captured(1), first.captured(2), first.captured(0), first.capturedStart()};
    if (second.hasMatch())
        return ActMention{dateFromWording(second.captured(2)), second.captured(2), second.captured(1), second.captured(0), second.capturedStart()};
    return std::nullopt;
}

std::optional<YearRange> findYearRange(const Paragraph &paragraph)
{
    static const QRegularExpression years(uR"((\d{4})(?:\s*(?:[-–—]|по|до)\s*(\d{4}))?\s*(?:гг?\.?|год))"_s, unicode);
    // The year of a date («от 14 января 2014 г.», «16.03.2018 г.») is not the plan's.
    static const QRegularExpression dateBefore(
        uR"((?:\d{1,2}\.\d{1,2}\.|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+)$)"_s,
        QRegularExpression::CaseInsensitiveOption | unicode);
    std::optional<YearRange> range;
    for (auto it = years.globalMatch(paragraph.text); it.hasNext();) {
        const auto match = it.next();
        if (dateBefore.match(paragraph.text.left(match.capturedStart())).hasMatch())
            continue;
        const int first = match.captured(1).toInt();
        const int last = match.hasCaptured(2) ? match.captured(2).toInt() : first;
        range = YearRange{first, last, paragraph.placeAt(match.capturedStart())};
    }
    return range;
}

// The letterhead is in capitals; the body's name is wanted as written in running text.
// A word is a proper name («Качканарского») when the document writes it capitalised and
// never in lower case.
QString normalCase(const QString &capitals, const QString &document)
{
    const auto appears = [&document](const QString &word) {
        const QRegularExpression whole(u"(?<!\\p{L})"_s + QRegularExpression::escape(word) + u"(?!\\p{L})"_s,
                                       unicode);
        return whole.match(document).hasMatch();
    };
    // «ВЛАДИМИРСКОЙ ОБЛАСТИ» written only in capitals: an adjective of a place name is a proper
    // name, unless it is one of the common words of municipal names.
    static const QRegularExpression placeAdjective(uR"(^\p{L}+(?:ск|цк)(?:ого|ой|ий|ая|ое|их|им|ом)$)"_s, unicode);
    static const QRegularExpression commonAdjective(
        uR"(^(?:городск|муниципальн|сельск|районн|областн|краев|административн|российск|федеральн|внутригородск|поселков))"_s, unicode);
    static const QRegularExpression placeNoun(uR"(^(?:област|кра[йяю]|округ|район|город|поселени|республик))"_s, unicode);
    QStringList words = capitals.simplified().split(u' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString lower = words[i].toLower();
        const QString capitalised = lower.left(1).toUpper() + lower.mid(1);
        const bool writtenInLowerCase = appears(lower);
        static const QRegularExpression settlement(uR"(^(?:города|г\.|поселка|посёлка|села|деревни|станицы)$)"_s, unicode);
        const bool placeName = (placeAdjective.match(lower).hasMatch() && !commonAdjective.match(lower).hasMatch()
                                && i + 1 < words.size()
                                && (placeNoun.match(words[i + 1].toLower()).hasMatch() || placeAdjective.match(words[i + 1].toLower()).hasMatch()))
            || (i > 0 && settlement.match(words[i - 1].toLower()).hasMatch());
        words[i] = i == 0 || (appears(capitalised) && !writtenInLowerCase) || (placeName && !writtenInLowerCase) ? capitalised : lower;
    }
    return words.join(u' ');
}

bool isWrittenInCapitals(const QString &line)
{
    const auto letters = std::count_if(line.cbegin(), line.cend(), [](QChar c) { return c.isLetter(); });
    return letters > 1 && line == line.toUpper();
}

/// «I» … «XX» as a number; 0 when it is not a Roman numeral.
int romanNumber(const QString &text)
{
    static const QStringList numerals{u"I"_s, u"II"_s, u"III"_s, u"IV"_s, u"V"_s, u"VI"_s, u"VII"_s, u"VIII"_s, u"IX"_s, u"X"_s,
                                      u"XI"_s, u"XII"_s, u"XIII"_s, u"XIV"_s, u"XV"_s, u"XVI"_s, u"XVII"_s, u"XVIII"_s, u"XIX"_s, u"XX"_s};
    QString latin = text.toUpper();
    latin.replace(u'І', u'I').replace(u'Х', u'X'); // Cyrillic look-alikes typed for Roman numerals
    return int(numerals.indexOf(latin)) + 1;
}

/// A printed number as the program keeps it: «1.1.» → «1.1», «1)» → «1», «I.» → «I».
QString normalisedNumber(const QString &cell)
{
    static const QRegularExpression number(uR"(^(\d{1,3}(?:\.\d{1,3}){0,3})\.?\)?$)"_s);
    const auto match = number.match(cell.simplified().remove(u' '));
    return match.hasMatch() ? match.captured(1) : QString();
}

/// A section's number and title from «1. Организационные мероприятия», «Раздел II. …», «I. …».
struct SectionHeading {
    int number = 0;
    QString title;
};

SectionHeading sectionHeading(const QString &numberCell, const QString &text)
{
    static const QRegularExpression leading(
        uR"(^(?:(?:раздел|глава|направление|часть)\s+)?(\d{1,2}|[IVXІХ]{1,5})(?:\.|\)|\s*[-–—:])?\s+(?=\S))"_s, anyCase);
    SectionHeading heading;
    heading.title = text;
    const QString number = numberCell.simplified().remove(u'.').remove(u')');
    if (!number.isEmpty())
        heading.number = number.toInt() ? number.toInt() : romanNumber(number);
    if (const auto match = leading.match(text); match.hasMatch()) {
        const QString written = match.captured(1);
        const int value = written.toInt() ? written.toInt() : romanNumber(written);
        if (value) {
            if (!heading.number)
                heading.number = value;
            heading.title = text.mid(match.capturedEnd()).trimmed();
        }
    }
    return heading;
}

bool looksLikeSectionNumber(const QString &cell)
{
    const QString text = cell.simplified().remove(u'.').remove(u')');
    return !text.isEmpty() && (romanNumber(text) > 0 || (text.toInt() > 0 && !cell.contains(QRegularExpression(u"\\d\\.\\d"_s))));
}

bool looksLikeSectionTitle(const QString &text)
{
    static const QRegularExpression marker(uR"(^(?:(?:раздел|глава|направление|часть)\s+\S+|[IVXІХ]{1,5}\.?\s))"_s, anyCase);
    return marker.match(text).hasMatch() || (isWrittenInCapitals(text) && text.size() > 8);
}

/// The plan's table as read: where its header is and what each column holds.
struct TableLayout {
    qsizetype table = -1;          ///< index in the document's tables
    int headerRows = 0;            ///< rows of the header (0: no header)
    int firstRow = 0;              ///< index of the header's first row (rows above are title text)
    QList<ImportColumn> columns;
    bool numberIsPrinciple = false; ///< the number column numbers principles (a principle column beside it)
    bool positional = false;       ///< no header: the seed's five columns by position
    int score = 0;

    int columnOf(ColumnRole role) const
    {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].role == role)
                return i;
        }
        return -1;
    }
    bool has(ColumnRole role) const { return columnOf(role) >= 0; }
};

bool isColumnNumberRow(const SourceRow &row)
{
    int previous = 0;
    int count = 0;
    for (const SourceCell &cell : row.cells) {
        if (cell.isCopy())
            continue;
        const QString text = cell.text.simplified().remove(u'.');
        if (text.isEmpty())
            continue;
        bool isNumber = false;
        const int value = text.toInt(&isNumber);
        if (!isNumber || value <= previous)
            return false;
        previous = value;
        ++count;
    }
    return count >= 2;
}

/// Roles of a header row's cells, with a second header row's sub-headings joined on.
QList<ImportColumn> columnsFromHeadings(const QStringList &headings, const QList<bool> &isCopy)
{
    static const QRegularExpression year(uR"((?<!\d)(20\d{2})(?!\d))"_s);
    QList<ImportColumn> columns;
    bool activityTaken = false;
    bool numberTaken = false;
    bool principleTaken = false;
    for (qsizetype i = 0; i < headings.size(); ++i) {
        ImportColumn column;
        column.heading = headings[i];
        column.role = isCopy.value(i) ? ColumnRole::Ignored : columnRoleForHeading(headings[i]);
        // One column each for the number, the principle and the activity; more are notes.
        if (column.role == ColumnRole::Activity) {
            if (activityTaken)
                column.role = ColumnRole::Other;
            activityTaken = true;
        } else if (column.role == ColumnRole::Number) {
            if (numberTaken)
                column.role = ColumnRole::Ignored;
            numberTaken = true;
        } else if (column.role == ColumnRole::Principle) {
            if (principleTaken)
                column.role = ColumnRole::Other;
            principleTaken = true;
        }
        if (column.role == ColumnRole::Deadline) {
            if (const auto match = year.match(headings[i]); match.hasMatch())
                column.year = match.captured(1).toInt();
        }
        columns.append(column);
    }
    // «Наименование» beside «Наименование мероприятия» is not the activity; a lone «Наименование» is.
    return columns;
}

int headerScore(const QList<ImportColumn> &columns)
{
    const auto has = [&columns](ColumnRole role) {
        return std::any_of(columns.cbegin(), columns.cend(), [role](const ImportColumn &c) { return c.role == role; });
    };
    if (!has(ColumnRole::Activity))
        return 0;
    const int others = int(has(ColumnRole::Responsible)) + int(has(ColumnRole::Deadline)) + int(has(ColumnRole::Number));
    return others == 0 ? 0 : 1 + others;
}

/// Reads one document; collects the roadmap and the warnings.
class DocumentReader
{
public:
    DocumentReader(const SourceDocument &document, const PlanReadOptions &options)
        : m_source(document)
        , m_options(options)
        , m_text(document.format == u"text"_s)
    {
        for (const SourceParagraph &paragraph : document.paragraphs)
            appendText(m_document, removeInvisible(paragraph.text), u'\n');
        for (const SourceTable &table : document.tables) {
            for (const SourceRow &row : table.rows) {
                for (const SourceCell &cell : row.cells) {
                    if (!cell.isCopy())
                        appendText(m_document, removeInvisible(cell.text), u'\n');
                }
            }
        }
    }

    RoadmapImportResult read()
    {
        RoadmapImportResult result;
        result.format = m_source.format;
        for (const SourceTable &table : m_source.tables) {
            if (!table.name.isEmpty())
                result.sheets.append(table.name);
        }
        if (m_document.trimmed().isEmpty()) {
            result.error = QCoreApplication::translate("core", "The document is empty.");
            return result;
        }
        const std::optional<TableLayout> layout = findLayout(&result.error);
        if (!layout) {
            if (result.error.isEmpty())
                result.error = m_source.tables.isEmpty()
                    ? QCoreApplication::translate("core", "No roadmap table found: the document has no table (expected columns such as «№», «Наименование мероприятия», «Ответственный исполнитель», «Срок исполнения»).")
                    : QCoreApplication::translate("core", "No roadmap table found: no table has a header row naming the activity and its responsible or deadline, and no row starts with a numbered activity.");
            return result;
        }
        m_layout = *layout;
        const SourceTable &table = m_source.tables[m_layout.table];
        result.sheet = table.name;
        result.columns = m_layout.columns;

        readHeader();
        readTables();
        if (m_pending.isEmpty()) {
            result.error = QCoreApplication::translate("core", "The table has no activities: no row below its header holds an activity.");
            return result;
        }
        finish();
        std::stable_sort(m_warnings.begin(), m_warnings.end(), [](const ImportWarning &a, const ImportWarning &b) {
            return std::tie(a.place.line, a.place.table, a.place.row, a.place.paragraph)
                < std::tie(b.place.line, b.place.table, b.place.row, b.place.paragraph);
        });
        result.roadmap = m_roadmap;
        result.warnings = m_warnings;
        return result;
    }

private:
    void warn(const SourcePlace &place, const QString &message) { m_warnings.append({place, message}); }

    SourcePlace tablePlace() const
    {
        const SourceTable &table = m_source.tables[m_layout.table];
        const qsizetype first = std::min<qsizetype>(m_layout.firstRow, table.rows.size() - 1);
        return first >= 0 ? table.rows[first].place : SourcePlace{};
    }

    // --- Finding the table -------------------------------------------------------------

    TableLayout layoutOf(qsizetype index) const
    {
        const SourceTable &table = m_source.tables[index];
        TableLayout layout;
        layout.table = index;
        const int width = table.columnCount();
        const int scanned = int(std::min<qsizetype>(table.rows.size(), 25));
        for (int r = 0; r < scanned; ++r) {
            const SourceRow &row = table.rows[r];
            QStringList headings;
            QList<bool> copies;
            for (int c = 0; c < width; ++c) {
                const SourceCell cell = row.cells.value(c);
                headings.append(cleanCell(cell.text));
                copies.append(cell.origin == SourceCell::Origin::FromLeft);
            }
            QList<ImportColumn> columns = columnsFromHeadings(headings, copies);
            const int score = headerScore(columns);
            if (score == 0)
                continue;
            layout.firstRow = r;
            layout.headerRows = 1;
            // A second header row: sub-headings under a heading merged across columns
            // («Срок исполнения» over «2019 год», «2020 год»).
            if (r + 1 < table.rows.size() && !isColumnNumberRow(table.rows[r + 1])) {
                const SourceRow &next = table.rows[r + 1];
                bool subHeader = false;
                bool activityRow = false;
                QStringList joined = headings;
                QList<bool> joinedCopies(width, false);
                for (int c = 0; c < width; ++c) {
                    const SourceCell cell = next.cells.value(c);
                    const QString text = cleanCell(cell.text);
                    if (startsActivity(text) || (!cell.isCopy() && !normalisedNumber(text).isEmpty()))
                        activityRow = true;
                    const bool underMerge = row.cells.value(c).origin == SourceCell::Origin::FromLeft
                        || (c + 1 < width && row.cells.value(c + 1).origin == SourceCell::Origin::FromLeft);
                    if (!cell.isCopy() && !text.isEmpty() && underMerge) {
                        subHeader = true;
                        joined[c] = headings[c].isEmpty() || row.cells.value(c).origin == SourceCell::Origin::FromLeft
                            ? headings[c] + u' ' + text
                            : headings[c] + u' ' + text;
                    }
                }
                if (subHeader && !activityRow) {
                    for (int c = 0; c < width; ++c)
                        joined[c] = joined[c].simplified();
                    columns = columnsFromHeadings(joined, joinedCopies);
                    layout.headerRows = 2;
                }
            }
            layout.columns = columns;
            layout.score = score * 1000 + activityRows(table, layout);
            return layout;
        }
        return layout;
    }

    int activityRows(const SourceTable &table, const TableLayout &layout) const
    {
        const int activity = layout.columnOf(ColumnRole::Activity);
        int count = 0;
        for (qsizetype r = layout.firstRow + layout.headerRows; r < table.rows.size(); ++r) {
            const SourceCell cell = table.rows[r].cells.value(activity);
            if (!cell.isCopy() && !cleanCell(cell.text).isEmpty())
                ++count;
        }
        return count;
    }

    /// The seed's layout: five columns by position, the number column numbering principles.
    TableLayout positionalLayout(qsizetype index) const
    {
        TableLayout layout;
        layout.table = index;
        layout.positional = true;
        layout.numberIsPrinciple = true;
        for (ColumnRole role : {ColumnRole::Number, ColumnRole::Principle, ColumnRole::Activity, ColumnRole::Responsible, ColumnRole::Deadline})
            layout.columns.append({QString(), role, 0});
        return layout;
    }

    bool hasNumberedActivityRows(const SourceTable &table) const
    {
        return std::any_of(table.rows.cbegin(), table.rows.cend(), [](const SourceRow &row) {
            return std::any_of(row.cells.cbegin(), row.cells.cend(), [](const SourceCell &c) { return startsActivity(cleanCell(c.text)); });
        });
    }

    std::optional<TableLayout> findLayout(QString *error) const
    {
        QList<qsizetype> candidates;
        for (qsizetype i = 0; i < m_source.tables.size(); ++i) {
            if (m_options.sheet.isEmpty() || m_source.tables[i].name == m_options.sheet)
                candidates.append(i);
        }
        if (!m_options.sheet.isEmpty() && candidates.isEmpty()) {
            *error = QCoreApplication::translate("core", "The workbook has no sheet «%1».").arg(m_options.sheet);
            return std::nullopt;
        }

        std::optional<TableLayout> best;
        QStringList planSheets;
        for (qsizetype index : std::as_const(candidates)) {
            TableLayout layout = layoutOf(index);
            if (layout.headerRows == 0)
                continue;
            if (!m_source.tables[index].name.isEmpty() && activityRows(m_source.tables[index], layout) > 0)
                planSheets.append(m_source.tables[index].name);
            if (!best || layout.score > best->score)
                best = layout;
        }
        if (planSheets.size() > 1 && m_options.sheet.isEmpty()) {
            *error = QCoreApplication::translate("core", "The workbook has several sheets with a plan: %1. Choose the sheet to import.")
                         .arg(u"«"_s + planSheets.join(u"», «"_s) + u"»"_s);
            return std::nullopt;
        }
        if (!best) {
            // No header: the seed's table text, five columns by position.
            for (qsizetype index : std::as_const(candidates)) {
                if ((m_text || m_source.format == u"csv"_s) && hasNumberedActivityRows(m_source.tables[index])) {
                    best = positionalLayout(index);
                    break;
                }
            }
        }
        if (!m_options.columnRoles.isEmpty()) {
            if (!best) {
                if (candidates.isEmpty())
                    return std::nullopt;
                // Headings the program did not recognise are still the table's first row.
                best = TableLayout{};
                best->table = candidates.first();
                best->headerRows = 1;
                const SourceTable &table = m_source.tables[best->table];
                for (int c = 0; c < table.columnCount(); ++c)
                    best->columns.append({cleanCell(table.rows.value(0).cells.value(c).text), ColumnRole::Ignored, 0});
            }
            const int width = std::max<int>(m_source.tables[best->table].columnCount(), int(m_options.columnRoles.size()));
            QList<ImportColumn> columns = best->columns;
            columns.resize(width);
            for (int c = 0; c < width; ++c)
                columns[c].role = m_options.columnRoles.value(c, ColumnRole::Ignored);
            best->columns = columns;
            best->positional = false;
        }
        if (!best)
            return std::nullopt;

        // Beside a principle column, a number column that holds whole numbers while the
        // activity cells start with «1.1» numbers the principles (the seed's layout).
        const int number = best->columnOf(ColumnRole::Number);
        const int principle = best->columnOf(ColumnRole::Principle);
        const int activity = best->columnOf(ColumnRole::Activity);
        if (!best->positional && number >= 0 && principle >= 0 && activity >= 0) {
            int numbered = 0;
            int texts = 0;
            const SourceTable &table = m_source.tables[best->table];
            for (qsizetype r = best->firstRow + best->headerRows; r < table.rows.size(); ++r) {
                const SourceCell cell = table.rows[r].cells.value(activity);
                const QString text = cleanCell(cell.text);
                if (cell.isCopy() || text.isEmpty())
                    continue;
                ++texts;
                if (startsActivity(text))
                    ++numbered;
            }
            best->numberIsPrinciple = texts > 0 && numbered * 2 >= texts;
        }
        return best;
    }

    // --- The header of the document -----------------------------------------------------

    /// Paragraphs before the plan's table: the document's own, then rows above the table's header.
    QList<SourceParagraph> headerSourceParagraphs() const
    {
        const SourceTable &table = m_source.tables[m_layout.table];
        QList<SourceParagraph> result;
        const qsizetype before = std::min(table.paragraphsBefore, m_source.paragraphs.size());
        for (qsizetype i = 0; i < before; ++i)
            result.append({removeInvisible(m_source.paragraphs[i].text), m_source.paragraphs[i].place});
        // Tables before the plan's (a layout table holding the approval stamp) are header text.
        for (qsizetype t = 0; t < m_layout.table; ++t) {
            for (const SourceRow &row : m_source.tables[t].rows) {
                for (const SourceCell &cell : row.cells) {
                    if (!cell.isCopy() && !cell.text.trimmed().isEmpty()) {
                        for (const QString &line : cleanLines(cell.text).split(u'\n'))
                            result.append({line, row.place});
                        result.append({QString(), row.place});
                    }
                }
            }
        }
        for (int r = 0; r < m_layout.firstRow; ++r) {
            const SourceRow &row = table.rows[r];
            QStringList texts;
            for (const SourceCell &cell : row.cells) {
                if (!cell.isCopy() && !cleanCell(cell.text).isEmpty())
                    texts.append(cleanCell(cell.text));
            }
            result.append({texts.join(u' '), row.place});
            result.append({QString(), row.place});
        }
        return result;
    }

    QList<Paragraph> headerParagraphs(const QList<SourceParagraph> &source) const
    {
        QList<Paragraph> paragraphs;
        bool inParagraph = false;
        for (const SourceParagraph &sourceParagraph : source) {
            const QString line = sourceParagraph.text.simplified();
            if (line.isEmpty()) {
                inParagraph = false;
                continue;
            }
            // Word processors keep each paragraph whole; lines of a text file are wrapped paragraphs.
            if (!inParagraph || !m_text) {
                paragraphs.append(Paragraph{});
                inParagraph = true;
            }
            Paragraph &paragraph = paragraphs.last();
            if (!paragraph.text.isEmpty())
                paragraph.text += u' ';
            paragraph.starts.append(paragraph.text.size());
            paragraph.places.append(sourceParagraph.place);
            paragraph.text += line;
        }
        return paragraphs;
    }

    void readHeader()
    {
        static const QRegularExpression actLine(
            u"^(?:от\\s+)?"_s + actDatePattern() + u"\\s*"_s + actNumberPattern() + u"$"_s, anyCase);
        static const QRegularExpression actLineNumberFirst(
            u"^"_s + actNumberPattern() + u"\\s*от\\s+"_s + actDatePattern() + u"$"_s, anyCase);
        static const QRegularExpression kindLine(uR"(^(постановление|распоряжение|приказ|решение)$)"_s, anyCase);
        static const QRegularExpression titleStart(
            uR"(^(?:комплексный\s+|сводный\s+)?(?:План(?!\p{L})|«?Дорожная\s+карта|Перечень\s+(?:\p{L}+\s+){0,3}мероприятий|Мероприятия\s+по|Комплекс\s+мер))"_s, anyCase);
        static const QRegularExpression approvalTitle(uR"(^Об?\s+утверждении\s+)"_s, anyCase);
        static const QRegularExpression stampStart(uR"(^(?:Утвержд|Приложение))"_s, anyCase);
        static const QRegularExpression stampKind(uR"((постановлени\p{L}*|распоряжени\p{L}*|приказ\p{L}*|решени\p{L}*))"_s, anyCase);
        static const QRegularExpression bodyStart(uR"(^(?:Администрация|Мэрия|Дума|Совет|Глава|Губернатор|Правительство|Министерство|Комитет|Управление)\s)"_s, anyCase);
        static const QRegularExpression bodyInStamp(
            uR"((?:постановлени\p{L}*|распоряжени\p{L}*|приказ\p{L}*|решени\p{L}*)\s+((?:главы\s+)?(?:администрации|мэрии|думы|совета|главы)\s+.+?)\s+(?:от|№|N)\s)"_s, anyCase);

        const QList<SourceParagraph> source = headerSourceParagraphs();
        const QList<Paragraph> paragraphs = headerParagraphs(source);
        const SourcePlace tableStart = tablePlace();
        const SourcePlace documentStart = m_text ? SourcePlace{1} : SourcePlace{};

        // The letterhead: the first line, in capitals.
        const auto firstLine = std::find_if(source.cbegin(), source.cend(),
                                            [](const SourceParagraph &p) { return !p.text.simplified().isEmpty(); });
        const QString letterhead = firstLine == source.cend() ? QString() : firstLine->text.simplified();
        if (isWrittenInCapitals(letterhead) && !titleStart.match(letterhead).hasMatch() && !stampStart.match(letterhead).hasMatch()) {
            m_roadmap.approvingBody = normalCase(letterhead, m_document);
        } else {
            for (const Paragraph &paragraph : paragraphs) {
                if (bodyStart.match(paragraph.text).hasMatch() && paragraph.text.size() < 160) {
                    m_roadmap.approvingBody = isWrittenInCapitals(paragraph.text) ? normalCase(paragraph.text, m_document)
                                                                                   : paragraph.text;
                    break;
                }
            }
        }

        // The act line, "16.03.2018 № 253", under the letterhead; its kind in the line before.
        for (const SourceParagraph &paragraph : source) {
            const QString line = paragraph.text.simplified();
            if (const auto kind = kindLine.match(line); kind.hasMatch() && m_roadmap.actKind.isEmpty())
                m_roadmap.actKind = actKindFromWord(kind.captured(1));
            auto match = actLine.match(line);
            int dateGroup = 1;
            int numberGroup = 2;
            if (!match.hasMatch()) {
                match = actLineNumberFirst.match(line);
                dateGroup = 2;
                numberGroup = 1;
            }
            if (match.hasMatch()) {
                m_roadmap.actDate = dateFromWording(match.captured(dateGroup));
                m_roadmap.actNumber = match.captured(numberGroup);
                m_actWording = match.captured(0);
                if (!m_roadmap.actDate.isValid())
                    warn(paragraph.place, QCoreApplication::translate("core", "The approval date \"%1\" is not a valid date.").arg(match.captured(dateGroup)));
                break;
            }
        }

        // The plan's own title is the paragraph starting with «План», nearest the table.
        std::optional<YearRange> titleYears;
        for (qsizetype i = paragraphs.size() - 1; i >= 0; --i) {
            Paragraph title = paragraphs[i];
            title.text.remove(u"**"_s);
            if (!titleStart.match(title.text.trimmed()).hasMatch())
                continue;
            // «ПЛАН» alone, the rest of the title in the paragraphs after it.
            // A title split over paragraphs goes on until it names its years.
            for (qsizetype j = i + 1; !m_text && (title.text.size() < 40 || !findYearRange(title)) && j < paragraphs.size()
                 && j <= i + 3 && paragraphs[j].text.size() < 250 && !stampStart.match(paragraphs[j].text).hasMatch()
                 && !titleStart.match(paragraphs[j].text).hasMatch();
                 ++j) {
                title.starts.append(title.text.size() + 1);
                title.places.append(paragraphs[j].place());
                title.text += u' ' + paragraphs[j].text;
            }
            m_roadmap.title = title.text.simplified();
            if (isWrittenInCapitals(m_roadmap.title)) {
                m_roadmap.title = normalCase(m_roadmap.title, m_document);
            } else if (const QString first = m_roadmap.title.section(u' ', 0, 0); first.size() > 1 && isWrittenInCapitals(first)) {
                // «ПЛАН мероприятий …»: the word set apart in capitals is the title's first word.
                m_roadmap.title = first.left(1) + first.mid(1).toLower() + m_roadmap.title.mid(first.size());
            }
            titleYears = findYearRange(title);
            if (!titleYears)
                warn(title.place(), QCoreApplication::translate("core", "The title does not name the years of the plan."));
            break;
        }
        if (m_roadmap.title.isEmpty()) {
            // «Об утверждении плана мероприятий …» names the plan in the genitive.
            for (const Paragraph &paragraph : paragraphs) {
                const auto match = approvalTitle.match(paragraph.text);
                if (!match.hasMatch())
                    continue;
                QString title = paragraph.text.mid(match.capturedEnd()).simplified();
                static const QList<std::pair<QString, QString>> nominative{
                    {u"комплексного плана"_s, u"Комплексный план"_s}, {u"плана"_s, u"План"_s},
                    {u"дорожной карты"_s, u"Дорожная карта"_s}, {u"«дорожной карты»"_s, u"«Дорожная карта»"_s},
                    {u"перечня"_s, u"Перечень"_s}, {u"мероприятий"_s, u"Мероприятия"_s}};
                for (const auto &[genitive, replacement] : nominative) {
                    if (title.startsWith(genitive, Qt::CaseInsensitive)) {
                        title = replacement + title.mid(genitive.size());
                        break;
                    }
                }
                m_roadmap.title = title;
                titleYears = findYearRange(paragraph);
                break;
            }
        }

        // The approval stamp repeats the act and the years; where it disagrees, the title and
        // the act line win, since the stamp is the part most often left unedited.
        std::optional<YearRange> stampYears;
        for (const Paragraph &paragraph : paragraphs) {
            if (!stampStart.match(paragraph.text).hasMatch())
                continue;
            stampYears = findYearRange(paragraph);
            if (m_roadmap.actKind.isEmpty()) {
                if (const auto kind = stampKind.match(paragraph.text); kind.hasMatch())
                    m_roadmap.actKind = actKindFromWord(kind.captured(1));
            }
            if (m_roadmap.approvingBody.isEmpty()) {
                if (const auto body = bodyInStamp.match(paragraph.text); body.hasMatch()) {
                    QString name = body.captured(1).simplified();
                    name.replace(QRegularExpression(u"^(?:главы\\s+)?администрации"_s, anyCase), u"Администрация"_s);
                    name.replace(QRegularExpression(u"^думы"_s, anyCase), u"Дума"_s);
                    name.replace(QRegularExpression(u"^мэрии"_s, anyCase), u"Мэрия"_s);
                    name.replace(QRegularExpression(u"^совета"_s, anyCase), u"Совет"_s);
                    m_roadmap.approvingBody = name;
                }
            }
            const auto act = findAct(paragraph.text);
            if (act && m_roadmap.actNumber.isEmpty()) {
                // No act line of its own: the stamp («Приложение № 2 к распоряжению … от … № …») names it.
                m_roadmap.actNumber = act->number;
                m_roadmap.actDate = act->date;
                m_actWording = act->wording;
                if (!act->date.isValid())
                    warn(paragraph.placeAt(act->position), QCoreApplication::translate("core", "The approval date \"%1\" is not a valid date.").arg(act->dateWording));
            } else if (act && (act->number != m_roadmap.actNumber || act->date != m_roadmap.actDate)) {
                warn(paragraph.placeAt(act->position),
                     QCoreApplication::translate("core", "The approval stamp names the act \"%1\", the document \"%2\"; the document is used.")
                         .arg(act->wording, m_actWording));
            }
            break;
        }
        if (m_roadmap.actNumber.isEmpty()) {
            // Anywhere in the header, as a last resort: «… от 12.02.2019 № 118 …».
            for (const Paragraph &paragraph : paragraphs) {
                const auto act = findAct(paragraph.text);
                if (!act || !act->date.isValid())
                    continue;
                m_roadmap.actNumber = act->number;
                m_roadmap.actDate = act->date;
                m_actWording = act->wording;
                if (m_roadmap.actKind.isEmpty()) {
                    if (const auto kind = stampKind.match(paragraph.text); kind.hasMatch())
                        m_roadmap.actKind = actKindFromWord(kind.captured(1));
                }
                break;
            }
        }
        if (m_roadmap.approvingBody.isEmpty()) {
            warn(documentStart, QCoreApplication::translate("core", "No approving body found: the document does not start with a letterhead in capitals."));
        }
        if (m_roadmap.actNumber.isEmpty())
            warn(documentStart, QCoreApplication::translate("core", "No act date and number (such as \"16.03.2018 № 253\") found before the table."));
        if (m_roadmap.title.isEmpty())
            warn(m_text ? tableStart : documentStart, QCoreApplication::translate("core", "No title (a paragraph starting with \"План\") found before the table."));

        if (titleYears && stampYears && (titleYears->first != stampYears->first || titleYears->last != stampYears->last)) {
            warn(stampYears->place, QCoreApplication::translate("core", "The approval stamp gives the years %1-%2, the title %3-%4; the title is used.")
                                        .arg(stampYears->first).arg(stampYears->last).arg(titleYears->first).arg(titleYears->last));
        }

        m_years = titleYears ? titleYears : stampYears;
        if (!titleYears && stampYears) {
            warn(stampYears->place, QCoreApplication::translate("core", "The period is taken from the approval stamp: %1-%2.")
                                        .arg(stampYears->first).arg(stampYears->last));
        }
        if (!m_years) {
            // «на 2019–2021 годы» anywhere before the table.
            for (const Paragraph &paragraph : paragraphs) {
                if (const auto years = findYearRange(paragraph); years && years->last - years->first < 20) {
                    m_years = years;
                    break;
                }
            }
        }
        m_roadmap.periodStart = m_roadmap.actDate;
    }

    /// The period, once the deadlines are known: from the header, else from the years the
    /// deadlines name.
    void settlePeriod()
    {
        const SourcePlace place = tablePlace();
        if (!m_years) {
            static const QRegularExpression year(uR"((?<!\d)(20\d{2})(?!\d))"_s);
            int first = 0;
            int last = 0;
            for (const PendingActivity &pending : std::as_const(m_pending)) {
                for (const QString &deadline : pending.deadlines) {
                    for (auto it = year.globalMatch(deadline); it.hasNext();) {
                        const int value = it.next().captured(1).toInt();
                        first = first ? std::min(first, value) : value;
                        last = std::max(last, value);
                    }
                }
            }
            for (const ImportColumn &column : std::as_const(m_layout.columns)) {
                if (column.year) {
                    first = first ? std::min(first, column.year) : column.year;
                    last = std::max(last, column.year);
                }
            }
            if (first) {
                m_years = YearRange{first, last, place};
                warn(place, QCoreApplication::translate("core", "The plan does not name its years; the period %1-%2 is taken from its deadlines.").arg(first).arg(last));
            } else if (m_roadmap.actDate.isValid()) {
                // A plan for one event («22 июня») runs in the year it was approved.
                m_years = YearRange{m_roadmap.actDate.year(), m_roadmap.actDate.year(), place};
                warn(place, QCoreApplication::translate("core", "Neither the plan nor its deadlines name a year; the period is the year of the act, %1.")
                                .arg(m_roadmap.actDate.year()));
            }
        }
        if (m_years) {
            m_roadmap.periodEnd = QDate(m_years->last, 12, 31);
            if (!m_roadmap.periodStart.isValid() || m_roadmap.periodStart.year() > m_years->last) {
                m_roadmap.periodStart = QDate(m_years->first, 1, 1);
                warn(place, QCoreApplication::translate("core", "The approval date is unknown; the period starts on %1.")
                                .arg(m_roadmap.periodStart.toString(u"dd.MM.yyyy"_s)));
            }
        } else {
            warn(place, QCoreApplication::translate("core", "The years of the plan are unknown; set the period by hand."));
        }
    }

    // --- The table ------------------------------------------------------------------------

    /// The cells of a row by role. Rows of the seed's text that lost a merged cell, or hold
    /// more cells than the table, are laid out as before.
    std::optional<RowCells> rowCells(const SourceRow &row)
    {
        const SourcePlace &place = row.place;
        QList<SourceCell> cells = row.cells;
        const int width = int(m_layout.columns.size());
        if (m_text) {
            while (cells.size() > width && cleanCell(cells.last().text).isEmpty())
                cells.removeLast();
            if (cells.size() > width) {
                warn(place, QCoreApplication::translate("core", "The row has %1 cells, the table %2; the cells after the last column are ignored.")
                                .arg(cells.size()).arg(width));
                cells.resize(width);
            }
            if (cells.size() == width - 1) {
                // A row that continues a merged first cell on the next page has no cell for it.
                cells.prepend(SourceCell{QString(), SourceCell::Origin::FromAbove});
            } else if (cells.size() < width) {
                const auto activity = std::find_if(cells.cbegin(), cells.cend(), [](const SourceCell &c) { return startsActivity(cleanCell(c.text)); });
                const int activityColumn = m_layout.columnOf(ColumnRole::Activity);
                if (activity == cells.cend() || activityColumn < 0) {
                    warn(place, QCoreApplication::translate("core", "The row has %1 cells instead of %2 and no activity number; it is ignored.").arg(cells.size()).arg(width));
                    return std::nullopt;
                }
                warn(place, QCoreApplication::translate("core", "The row has %1 cells instead of %2; read as activity, responsible, deadline.").arg(cells.size()).arg(width));
                const qsizetype i = activity - cells.cbegin();
                QList<SourceCell> laidOut(width, SourceCell{});
                laidOut[activityColumn] = cells.value(i);
                if (const int column = m_layout.columnOf(ColumnRole::Responsible); column >= 0)
                    laidOut[column] = cells.value(i + 1);
                if (const int column = m_layout.columnOf(ColumnRole::Deadline); column >= 0)
                    laidOut[column] = cells.value(i + 2);
                cells = laidOut;
            }
        }
        cells.resize(width);

        RowCells result;
        for (int c = 0; c < width; ++c) {
            const SourceCell &cell = cells[c];
            const ImportColumn &column = m_layout.columns[c];
            const bool copy = cell.isCopy();
            switch (column.role) {
            case ColumnRole::Number:
                (m_layout.numberIsPrinciple ? result.principleNumber : result.number) = copy ? QString() : fixShiftedParenthesis(place, cleanCell(cell.text));
                result.numberIsCopy = copy;
                break;
            case ColumnRole::Principle:
                result.principle = fixShiftedParenthesis(place, cleanCell(cell.text));
                result.principleIsCopy = copy;
                break;
            case ColumnRole::Activity:
                result.activity = fixShiftedParenthesis(place, cleanCell(cell.text));
                result.activityIsCopy = copy && cell.origin == SourceCell::Origin::FromAbove;
                if (copy && cell.origin == SourceCell::Origin::FromLeft)
                    result.activity.clear();
                break;
            case ColumnRole::Responsible:
                if (!(copy && cell.origin == SourceCell::Origin::FromLeft)) {
                    appendText(result.responsible, fixShiftedParenthesis(place, cleanLines(cell.text)), u'\n');
                    result.responsibleIsCopy = copy;
                }
                break;
            case ColumnRole::Deadline:
                result.deadlines.append(copy && cell.origin == SourceCell::Origin::FromLeft ? QString() : cleanCell(cell.text));
                result.deadlineIsCopy.append(copy);
                break;
            case ColumnRole::Other:
                if (!copy && !cleanCell(cell.text).isEmpty()) {
                    result.notes.append(column.heading.isEmpty() ? cleanCell(cell.text)
                                                                 : column.heading + u": "_s + cleanCell(cell.text));
                }
                break;
            case ColumnRole::Ignored:
                break;
            }
        }
        return result;
    }

    // «Сайт0» for «Сайт)»: on a Russian keyboard ")" is Shift+0. Fixed only where a
    // parenthesis is open, so a real zero ("2010") is never touched.
    QString fixShiftedParenthesis(const SourcePlace &place, QString cell)
    {
        static const QRegularExpression letterZero(uR"((\p{L}+)0(?![\p{L}\d]))"_s, unicode);
        for (auto match = letterZero.match(cell); match.hasMatch(); match = letterZero.match(cell, match.capturedEnd())) {
            const QString before = cell.left(match.capturedStart());
            if (before.count(u'(') <= before.count(u')'))
                continue;
            const QString typo = match.captured(0);
            const QString fixed = match.captured(1) + u')';
            cell.replace(match.capturedStart(), match.capturedLength(), fixed);
            warn(place, QCoreApplication::translate("core", "\"%1\" read as \"%2\" (a zero typed for the closing parenthesis).").arg(typo, fixed));
        }
        return cell;
    }

    bool isHeaderRepeat(const SourceRow &row) const
    {
        int same = 0;
        for (int c = 0; c < m_layout.columns.size(); ++c) {
            const ImportColumn &column = m_layout.columns[c];
            if (column.role == ColumnRole::Ignored || column.heading.isEmpty())
                continue;
            const QString text = cleanCell(row.cells.value(c).text);
            if (!text.isEmpty() && (text.compare(column.heading, Qt::CaseInsensitive) == 0 || column.heading.startsWith(text, Qt::CaseInsensitive)))
                ++same;
        }
        return same >= 2;
    }

    void readTables()
    {
        const SourceTable &first = m_source.tables[m_layout.table];
        const int width = int(m_layout.columns.size());
        QList<const SourceRow *> rows;
        for (qsizetype r = m_layout.firstRow + m_layout.headerRows; r < first.rows.size(); ++r)
            rows.append(&first.rows[r]);
        // A plan split over several tables (one per page or per section) continues in the
        // tables after it that have the same columns; a text file's lines between rows split it too.
        qsizetype lastParagraph = first.paragraphsBefore;
        for (qsizetype t = m_layout.table + 1; t < m_source.tables.size(); ++t) {
            const SourceTable &next = m_source.tables[t];
            if (!m_text && (next.columnCount() != width || !next.name.isEmpty()))
                break;
            for (qsizetype p = lastParagraph; m_text && p < next.paragraphsBefore; ++p)
                m_strayLines.append(&m_source.paragraphs[p]);
            lastParagraph = next.paragraphsBefore;
            for (const SourceRow &row : next.rows)
                rows.append(&row);
        }
        for (qsizetype p = lastParagraph; m_text && p < m_source.paragraphs.size(); ++p)
            m_strayLines.append(&m_source.paragraphs[p]);
        for (const SourceParagraph *line : std::as_const(m_strayLines)) {
            if (!line->text.trimmed().isEmpty())
                warn(line->place, QCoreApplication::translate("core", "The line is not a table row and is ignored: \"%1\".").arg(line->text.simplified().left(60)));
        }

        // Numbers that start again in every section («1», «2» under each) are kept apart by the section's.
        QHash<QString, int> plainNumbers;
        if (m_layout.has(ColumnRole::Number) && !m_layout.numberIsPrinciple) {
            const int column = m_layout.columnOf(ColumnRole::Number);
            for (const SourceRow *row : std::as_const(rows)) {
                if (isColumnNumberRow(*row) || isHeaderRepeat(*row))
                    continue;
                const SourceCell cell = row->cells.value(column);
                const QString number = normalisedNumber(cleanCell(cell.text));
                if (!cell.isCopy() && !number.isEmpty() && !number.contains(u'.'))
                    ++plainNumbers[number];
            }
        }
        m_numbersRestart = std::any_of(plainNumbers.cbegin(), plainNumbers.cend(), [](int count) { return count > 1; });

        for (qsizetype i = 0; i < rows.size(); ++i) {
            const SourceRow &row = *rows[i];
            const bool empty = std::all_of(row.cells.cbegin(), row.cells.cend(), [](const SourceCell &c) { return cleanCell(c.text).isEmpty(); });
            if (empty || isColumnNumberRow(row) || isHeaderRepeat(row))
                continue;
            if (readSection(row, rows, i))
                continue;
            if (const auto cells = rowCells(row))
                readRow(row.place, *cells);
        }
    }

    /// A row that names a section (a principle) of the plan: one text across the row, often in
    /// a cell merged over all columns («1. Организационные мероприятия»).
    bool readSection(const SourceRow &row, const QList<const SourceRow *> &rows, qsizetype index)
    {
        if (m_layout.positional || m_layout.numberIsPrinciple)
            return false;
        const int width = int(m_layout.columns.size());
        const int numberColumn = m_layout.columnOf(ColumnRole::Number);
        // One cell merged over (nearly) the whole row is a section, whichever column it starts in.
        for (int c = 0; c < width; ++c) {
            const SourceCell cell = row.cells.value(c);
            if (cell.isCopy() || cleanCell(cell.text).isEmpty())
                continue;
            int span = 1;
            while (c + span < width && row.cells.value(c + span).origin == SourceCell::Origin::FromLeft)
                ++span;
            const bool othersEmpty = std::all_of(row.cells.cbegin(), row.cells.cend(), [&](const SourceCell &other) {
                return &other - row.cells.constData() == c || other.isCopy() || cleanCell(other.text).isEmpty()
                    || (&other - row.cells.constData() == numberColumn && looksLikeSectionNumber(cleanCell(other.text)));
            });
            if (span >= 3 && span * 2 > width && othersEmpty && !(c == numberColumn && !normalisedNumber(cleanCell(cell.text)).isEmpty())) {
                const QString numberCell = c != numberColumn && numberColumn >= 0 ? cleanCell(row.cells.value(numberColumn).text) : QString();
                addSection(row.place, sectionHeading(numberCell, cleanCell(cell.text)));
                return true;
            }
            break;
        }
        QString numberText;
        QString text;
        int texts = 0;
        bool merged = false;
        for (int c = 0; c < width; ++c) {
            const SourceCell cell = row.cells.value(c);
            if (cell.origin == SourceCell::Origin::FromLeft) {
                merged = true;
                continue;
            }
            const QString value = cleanCell(cell.text);
            if (value.isEmpty() || cell.isCopy())
                continue;
            const ColumnRole role = m_layout.columns[c].role;
            if (c == numberColumn) {
                numberText = value;
                continue;
            }
            if (role == ColumnRole::Responsible || role == ColumnRole::Deadline)
                return false;
            text = value;
            ++texts;
        }
        if (texts == 0 && !numberText.isEmpty() && merged && normalisedNumber(numberText).isEmpty()) {
            // The whole row is one cell starting in the number column.
            text = numberText;
            numberText.clear();
            texts = 1;
        }
        if (texts != 1)
            return false;
        if (startsActivity(text) && numberText.isEmpty())
            return false;
        bool section = merged && (numberText.isEmpty() || looksLikeSectionNumber(numberText));
        if (!section && !merged) {
            if (!numberText.isEmpty() && romanNumber(numberText.simplified().remove(u'.')))
                section = true;
            else if (numberText.isEmpty() && looksLikeSectionTitle(text))
                section = true;
            else if (!numberText.isEmpty() && looksLikeSectionNumber(numberText)) {
                // «1 | Организационные мероприятия | | » with «1.1», «1.2» below it.
                const QString prefix = numberText.simplified().remove(u'.').remove(u')') + u'.';
                for (qsizetype j = index + 1; j < rows.size() && j <= index + 3; ++j) {
                    const QString next = normalisedNumber(cleanCell(rows[j]->cells.value(numberColumn).text));
                    if (!next.isEmpty()) {
                        section = next.startsWith(prefix);
                        break;
                    }
                }
            }
        }
        if (!section)
            return false;

        addSection(row.place, sectionHeading(numberText, text));
        return true;
    }

    /// The number after the highest principle read so far, for a section that prints none.
    int nextPrincipleNumber() const
    {
        int last = 0;
        for (const Principle &principle : std::as_const(m_roadmap.principles))
            last = std::max(last, principle.number);
        return last + 1;
    }

    void addSection(const SourcePlace &place, SectionHeading heading)
    {
        if (heading.number <= 0) {
            heading.number = nextPrincipleNumber();
        }
        if (m_roadmap.principle(heading.number)) {
            warn(place, QCoreApplication::translate("core", "Principle %1 appears a second time; its new title is ignored.").arg(heading.number));
        } else {
            m_roadmap.principles.append({heading.number, heading.title});
            m_principlePlaces.insert(heading.number, place);
        }
        m_currentPrinciple = heading.number;
        m_activitiesInSection = 0;
        m_sectionsFromRows = true;
    }

    void readRow(const SourcePlace &place, const RowCells &row)
    {
        readPrinciple(place, row);

        QList<qsizetype> started;
        bool continuedPrevious = false;
        const bool numberColumn = m_layout.has(ColumnRole::Number) && !m_layout.numberIsPrinciple;
        const QString printed = normalisedNumber(row.number);
        if (row.activityIsCopy || (numberColumn && row.numberIsCopy && row.activity.isEmpty())) {
            // A cell merged down: this row adds responsible or deadline to the activity above.
        } else if (numberColumn && !printed.isEmpty()) {
            startActivity(place, {activityNumberFor(printed), row.activity});
            started.append(m_pending.size() - 1);
        } else {
            for (const ActivitySegment &segment : splitActivities(row.activity)) {
                if (!segment.number.isEmpty()) {
                    if (continuedPrevious) {
                        warn(place, QCoreApplication::translate("core", "Activity %1 begins inside a cell; the text before it is joined to activity %2.")
                                        .arg(segment.number, m_pending.last().activity.number));
                    }
                    startActivity(place, segment);
                    started.append(m_pending.size() - 1);
                } else if (startsUnnumbered(row)) {
                    const QString number = nextNumber();
                    if (numberColumn)
                        warn(place, QCoreApplication::translate("core", "The activity has no number; it is numbered %1.").arg(number));
                    startActivity(place, {number, segment.text});
                    started.append(m_pending.size() - 1);
                } else if (m_pending.isEmpty()) {
                    warn(place, QCoreApplication::translate("core", "Text with no activity number before any activity is ignored: \"%1\".").arg(segment.text.left(60)));
                } else {
                    appendText(m_pending.last().activity.text, segment.text);
                    continuedPrevious = true;
                }
            }
        }

        if (started.size() > 1) {
            QStringList numbers;
            for (qsizetype index : started)
                numbers.append(m_pending[index].activity.number);
            warn(place, QCoreApplication::translate("core", "Activities %1 are printed in one row and share its responsible and deadline.").arg(numbers.join(u", "_s)));
        }
        // A row that starts no activity continues the previous one, cell by cell.
        const bool continuation = started.isEmpty();
        if (continuation && !m_pending.isEmpty())
            started.append(m_pending.size() - 1);
        else if (continuation && !(row.responsible.isEmpty() && std::all_of(row.deadlines.cbegin(), row.deadlines.cend(), [](const QString &d) { return d.isEmpty(); })))
            warn(place, QCoreApplication::translate("core", "Responsible or deadline text before any activity is ignored."));

        for (qsizetype index : std::as_const(started)) {
            PendingActivity &pending = m_pending[index];
            // A cell merged down repeats what the activity above already has.
            if (!(continuation && row.responsibleIsCopy)) {
                if (!row.responsible.isEmpty() && !pending.hasResponsiblePlace) {
                    pending.responsiblePlace = place;
                    pending.hasResponsiblePlace = true;
                }
                appendText(pending.responsible, row.responsible, u'\n');
            }
            pending.deadlines.resize(std::max(pending.deadlines.size(), row.deadlines.size()));
            for (qsizetype d = 0; d < row.deadlines.size(); ++d) {
                if (continuation && row.deadlineIsCopy.value(d))
                    continue;
                if (!row.deadlines[d].isEmpty() && !pending.hasDeadlinePlace) {
                    pending.deadlinePlace = place;
                    pending.hasDeadlinePlace = true;
                }
                appendText(pending.deadlines[d], row.deadlines[d]);
            }
            for (const QString &note : row.notes)
                appendText(pending.activity.note, note, u'\n');
        }
    }

    /// Without a number column and a number in the text, every row with an activity of its own
    /// (and its own responsible or deadline) is a new activity; the seed's text rows continue.
    bool startsUnnumbered(const RowCells &row) const
    {
        if (m_layout.positional || m_layout.numberIsPrinciple)
            return false;
        if (row.activity.isEmpty())
            return false;
        const bool ownResponsible = !row.responsible.isEmpty() && !row.responsibleIsCopy;
        bool ownDeadline = false;
        for (qsizetype d = 0; d < row.deadlines.size(); ++d)
            ownDeadline = ownDeadline || (!row.deadlines[d].isEmpty() && !row.deadlineIsCopy.value(d));
        const bool hasColumns = m_layout.has(ColumnRole::Responsible) || m_layout.has(ColumnRole::Deadline);
        return !hasColumns || ownResponsible || ownDeadline || !m_layout.has(ColumnRole::Number) || m_pending.isEmpty();
    }

    /// The next number in the current section, for a plan that numbers nothing.
    QString nextNumber()
    {
        ++m_activitiesInSection;
        return m_currentPrinciple > 0 ? u"%1.%2"_s.arg(m_currentPrinciple).arg(m_activitiesInSection)
                                      : QString::number(m_activitiesInSection);
    }

    QString activityNumberFor(const QString &printed)
    {
        ++m_activitiesInSection;
        if (m_numbersRestart && !printed.contains(u'.') && m_currentPrinciple > 0)
            return u"%1.%2"_s.arg(m_currentPrinciple).arg(printed);
        return printed;
    }

    void readPrinciple(const SourcePlace &place, const RowCells &row)
    {
        static const QRegularExpression principleNumber(uR"(^(\d{1,2})\.?$)"_s);
        if (!row.principleNumber.isEmpty()) {
            const int number = principleNumber.match(row.principleNumber).captured(1).toInt();
            if (number <= 0) {
                warn(place, QCoreApplication::translate("core", "\"%1\" in the principle number column is not a principle number; the principle cells of the row are ignored.")
                                .arg(row.principleNumber));
                return;
            }
            if (m_roadmap.principle(number)) {
                warn(place, QCoreApplication::translate("core", "Principle %1 appears a second time; its new title is ignored.").arg(number));
            } else {
                m_roadmap.principles.append({number, row.principleIsCopy ? QString() : row.principle});
                m_principlePlaces.insert(number, place);
            }
            m_currentPrinciple = number;
            return;
        }
        if (row.principle.isEmpty() || row.principleIsCopy)
            return;
        if (!m_layout.numberIsPrinciple) {
            // A principle column of its own: each new title is the next principle.
            const auto current = std::find_if(m_roadmap.principles.cbegin(), m_roadmap.principles.cend(),
                                              [this](const Principle &p) { return p.number == m_currentPrinciple; });
            if (current != m_roadmap.principles.cend() && current->title == sectionHeading({}, row.principle).title)
                return;
            SectionHeading heading = sectionHeading({}, row.principle);
            if (heading.number <= 0 || m_roadmap.principle(heading.number)) {
                heading.number = nextPrincipleNumber();
            }
            m_roadmap.principles.append({heading.number, heading.title});
            m_principlePlaces.insert(heading.number, place);
            m_currentPrinciple = heading.number;
            m_activitiesInSection = 0;
            return;
        }
        // A title continued on the next page.
        auto principle = std::find_if(m_roadmap.principles.begin(), m_roadmap.principles.end(),
                                      [this](const Principle &p) { return p.number == m_currentPrinciple; });
        if (principle == m_roadmap.principles.end()) {
            warn(place, QCoreApplication::translate("core", "Principle text with no principle number before it is ignored: \"%1\".").arg(row.principle.left(60)));
            return;
        }
        appendText(principle->title, row.principle);
    }

    void startActivity(const SourcePlace &place, const ActivitySegment &segment)
    {
        PendingActivity pending;
        pending.place = place;
        pending.activity.number = segment.number;
        pending.activity.text = segment.text;
        const bool dotted = segment.number.contains(u'.');
        pending.activity.principle = dotted ? segment.number.section(u'.', 0, 0).toInt() : m_currentPrinciple;
        // Sections numbered apart from their activities («I.», then «1.1») keep the section's.
        if (dotted && m_sectionsFromRows && !m_roadmap.principle(pending.activity.principle) && m_currentPrinciple > 0)
            pending.activity.principle = m_currentPrinciple;

        const auto previous = m_firstPendingByNumber.constFind(segment.number);
        if (previous != m_firstPendingByNumber.cend()) {
            pending.duplicate = true;
            warn(place, QCoreApplication::translate("core", "Activity %1 appears again (first at %2); this one is skipped.")
                            .arg(segment.number, describePlace(m_pending.at(*previous).place)));
        } else {
            m_firstPendingByNumber.insert(segment.number, m_pending.size());
        }
        if (m_currentPrinciple != 0 && pending.activity.principle != m_currentPrinciple && !pending.duplicate) {
            warn(place, QCoreApplication::translate("core", "Activity %1 is printed in the row of principle %2; its number puts it under principle %3.")
                            .arg(segment.number).arg(m_currentPrinciple).arg(pending.activity.principle));
        }
        m_pending.append(pending);
    }

    /// The deadline cells of an activity as one wording and one rule: one column as it is; a
    /// column per year reads each cell within its year.
    void readDeadlines(const PendingActivity &pending, const QList<ImportColumn> &deadlineColumns, const DeadlineParser &parser,
                       Activity &activity)
    {
        QList<qsizetype> filled;
        for (qsizetype d = 0; d < pending.deadlines.size(); ++d) {
            if (!pending.deadlines[d].isEmpty())
                filled.append(d);
        }
        if (filled.size() <= 1) {
            activity.deadlineText = filled.isEmpty() ? QString() : pending.deadlines[filled.first()];
            const int year = filled.isEmpty() ? 0 : deadlineColumns.value(filled.first()).year;
            activity.rule = year ? DeadlineParser(QDate(year, 1, 1), QDate(year, 12, 31)).parse(activity.deadlineText)
                                 : parser.parse(activity.deadlineText);
            activity.rule.text = activity.deadlineText;
            return;
        }
        // «Срок начала реализации» and «Срок окончания реализации»: one window, due at its end.
        static const QRegularExpression startHeading(uR"(начал)"_s, anyCase);
        static const QRegularExpression endHeading(uR"(окончан|завершен)"_s, anyCase);
        if (filled.size() == 2 && startHeading.match(deadlineColumns.value(filled[0]).heading).hasMatch()
            && endHeading.match(deadlineColumns.value(filled[1]).heading).hasMatch()) {
            activity.deadlineText = pending.deadlines[filled[0]] + u" – "_s + pending.deadlines[filled[1]];
            activity.rule = parser.parse(activity.deadlineText);
            activity.rule.text = activity.deadlineText;
            return;
        }
        QStringList parts;
        DeadlineRule combined;
        QList<DeadlineComponent> oneOffs;
        for (qsizetype d : std::as_const(filled)) {
            const int year = deadlineColumns.value(d).year;
            const QString text = pending.deadlines[d];
            parts.append(year ? u"%1: %2"_s.arg(year).arg(text) : text);
            const DeadlineRule rule = year ? DeadlineParser(QDate(year, 1, 1), QDate(year, 12, 31)).parse(text) : parser.parse(text);
            if (rule.needsReview() && combined.reviewReason.isEmpty())
                combined.reviewReason = rule.reviewReason;
            combined.components.append(rule.components);
        }
        activity.deadlineText = parts.join(u"; "_s);
        combined.text = activity.deadlineText;
        // Several one-off deadlines are several dated obligations; anything else is set by hand.
        const bool allOneOff = std::all_of(combined.components.cbegin(), combined.components.cend(), [](const DeadlineComponent &c) {
            return c.kind == DeadlineComponent::Kind::OneOff;
        });
        const bool allContinuous = std::all_of(combined.components.cbegin(), combined.components.cend(), [&](const DeadlineComponent &c) {
            return c.kind == combined.components.first().kind
                && (c.kind == DeadlineComponent::Kind::Continuous || c.kind == DeadlineComponent::Kind::OnEvent);
        });
        if (!combined.needsReview() && allOneOff) {
            DeadlineComponent dates;
            dates.kind = DeadlineComponent::Kind::FixedDates;
            for (const DeadlineComponent &c : std::as_const(combined.components)) {
                QDate due = c.dates.isEmpty() ? c.periodEnd : c.dates.last();
                if (!c.dates.isEmpty() && c.bound == DateBound::Exclusive)
                    due = due.addDays(-1);
                dates.dates.append(due);
            }
            std::sort(dates.dates.begin(), dates.dates.end());
            combined.components = {dates};
        } else if (!combined.needsReview() && allContinuous) {
            DeadlineComponent window = combined.components.first();
            for (const DeadlineComponent &c : std::as_const(combined.components)) {
                const QDate start = c.windowStart.isValid() ? c.windowStart : m_roadmap.periodStart;
                const QDate end = c.windowEnd.isValid() ? c.windowEnd : m_roadmap.periodEnd;
                window.windowStart = window.windowStart.isValid() ? std::min(window.windowStart, start) : start;
                window.windowEnd = window.windowEnd.isValid() ? std::max(window.windowEnd, end) : end;
            }
            combined.components = {window};
        } else if (!combined.needsReview()) {
            combined.reviewReason = QCoreApplication::translate("core", "the deadline columns give different kinds of deadline; set the rule by hand");
        }
        activity.rule = combined;
    }

    void finish()
    {
        settlePeriod();
        const ResponsiblePartySplitter splitter;
        const DeadlineParser parser(m_roadmap.periodStart, m_roadmap.periodEnd);
        QList<ImportColumn> deadlineColumns;
        for (const ImportColumn &column : std::as_const(m_layout.columns)) {
            if (column.role == ColumnRole::Deadline)
                deadlineColumns.append(column);
        }
        bool unsectioned = false;
        for (const PendingActivity &pending : std::as_const(m_pending)) {
            if (pending.duplicate)
                continue;
            Activity activity = pending.activity;
            const SourcePlace place = pending.place;
            if (activity.text.isEmpty())
                warn(place, QCoreApplication::translate("core", "Activity %1 has no text.").arg(activity.number));
            if (activity.principle == 0) {
                unsectioned = true;
            } else if (!m_roadmap.principle(activity.principle)) {
                warn(place, QCoreApplication::translate("core", "Activity %1 belongs to principle %2, which the table does not have.")
                                .arg(activity.number).arg(activity.principle));
            }
            activity.responsibleText = pending.responsible.simplified();
            if (!m_layout.has(ColumnRole::Responsible)) {
                // The monitor's until a department is assigned (no warning per activity: one for the table).
            } else {
                assign(activity, splitter.split(pending.responsible), pending.hasResponsiblePlace ? pending.responsiblePlace : place);
            }

            readDeadlines(pending, deadlineColumns, parser, activity);
            markYearsOutsidePeriod(&activity.rule, m_roadmap.periodStart, m_roadmap.periodEnd);
            if (activity.deadlineText.isEmpty()) {
                warn(place, QCoreApplication::translate("core", "Activity %1 has no deadline; set its rule by hand.").arg(activity.number));
            } else if (activity.rule.needsReview()) {
                warn(pending.deadlinePlace, QCoreApplication::translate("core", "Activity %1: the deadline \"%2\" needs review: %3")
                                                .arg(activity.number, activity.deadlineText, activity.rule.reviewReason));
            }
            m_roadmap.activities.append(activity);
        }
        if (!m_layout.has(ColumnRole::Responsible)) {
            warn(tablePlace(), QCoreApplication::translate("core", "The table has no column of responsible departments: every activity is the monitor's until departments are assigned in the editor."));
        }
        if (unsectioned) {
            // A plan without sections: its activities make one principle, named after the plan.
            const int number = nextPrincipleNumber();
            m_roadmap.principles.append(Principle{number, m_roadmap.title.isEmpty() ? QCoreApplication::translate("core", "Plan activities") : m_roadmap.title});
            for (Activity &activity : m_roadmap.activities) {
                if (activity.principle == 0)
                    activity.principle = number;
            }
        }
        checkNumbering();
        for (const Principle &principle : std::as_const(m_roadmap.principles)) {
            if (principle.title.isEmpty())
                warn(m_principlePlaces.value(principle.number), QCoreApplication::translate("core", "Principle %1 has no title.").arg(principle.number));
        }
    }

    /// A table that stops in the middle: numbering that jumps, a last row cut short.
    void checkNumbering()
    {
        const auto lastPart = [](const QString &number) { return number.section(u'.', -1).toInt(); };
        const auto prefix = [](const QString &number) { return number.contains(u'.') ? number.section(u'.', 0, -2) : QString(); };
        const PendingActivity *previous = nullptr;
        for (const PendingActivity &pending : std::as_const(m_pending)) {
            if (pending.duplicate)
                continue;
            if (previous && prefix(previous->activity.number) == prefix(pending.activity.number)) {
                const int from = lastPart(previous->activity.number);
                const int to = lastPart(pending.activity.number);
                if (to > from + 1) {
                    const QString base = prefix(pending.activity.number);
                    const auto name = [&base](int n) { return base.isEmpty() ? QString::number(n) : base + u'.' + QString::number(n); };
                    warn(pending.place, to == from + 2
                             ? QCoreApplication::translate("core", "The numbering jumps from %1 to %2: activity %3 is not in the table.")
                                   .arg(previous->activity.number, pending.activity.number, name(from + 1))
                             : QCoreApplication::translate("core", "The numbering jumps from %1 to %2: activities %3–%4 are not in the table.")
                                   .arg(previous->activity.number, pending.activity.number, name(from + 1), name(to - 1)));
                }
            }
            previous = &pending;
        }
        if (!m_text && previous && m_layout.has(ColumnRole::Responsible) && m_layout.has(ColumnRole::Deadline)
            && previous->responsible.isEmpty()
            && std::all_of(previous->deadlines.cbegin(), previous->deadlines.cend(), [](const QString &d) { return d.isEmpty(); })) {
            warn(previous->place, QCoreApplication::translate("core", "The table may stop in the middle: its last activity, %1, has neither responsible nor deadline.")
                                      .arg(previous->activity.number));
        }
    }

    void assign(Activity &activity, const QList<ResponsibleParty> &parties, const SourcePlace &place)
    {
        if (parties.isEmpty()) {
            warn(place, QCoreApplication::translate("core", "Activity %1 has no responsible department.").arg(activity.number));
            return;
        }
        // An activity that names only groups is led by its first group (DESIGN §2).
        const bool onlyGroups = std::all_of(parties.cbegin(), parties.cend(), [](const ResponsibleParty &p) { return p.isGroup; });
        bool leadTaken = false;
        for (const ResponsibleParty &party : parties) {
            const QString name = registerParty(party, place);
            const bool alreadyAssigned = std::any_of(activity.assignments.cbegin(), activity.assignments.cend(),
                                                     [&name](const Assignment &a) { return a.department == name; });
            if (alreadyAssigned)
                continue;
            Assignment assignment;
            assignment.department = name;
            assignment.isGroup = party.isGroup;
            if (!leadTaken && (!party.isGroup || onlyGroups)) {
                assignment.role = AssignmentRole::Lead;
                leadTaken = true;
            } else {
                assignment.role = party.isGroup ? AssignmentRole::Contributor : AssignmentRole::CoExecutor;
            }
            activity.assignments.append(assignment);
        }
    }

    /// Adds the party to the roadmap's departments or groups, once; returns the name it is
    /// known by (its first spelling).
    QString registerParty(const ResponsibleParty &party, const SourcePlace &place)
    {
        const QString key = ResponsiblePartySplitter::identityKey(party.name);
        if (const auto known = m_knownNames.constFind(key); known != m_knownNames.cend())
            return *known;
        m_knownNames.insert(key, party.name);
        if (party.isGroup) {
            m_roadmap.groups.append({party.name});
        } else {
            if (!party.name.isEmpty() && party.name.front().isLower()) {
                warn(place, QCoreApplication::translate("core", "\"%1\" in the responsible column does not look like a department name.").arg(party.name));
            }
            Department department;
            department.name = party.name;
            department.kind = party.kind;
            m_roadmap.departments.append(department);
        }
        return party.name;
    }

    const SourceDocument &m_source;
    const PlanReadOptions &m_options;
    const bool m_text;             ///< the seed's document text: lines, not word-processor paragraphs
    QString m_document;            ///< all the text, for telling proper names from words
    QString m_actWording;          ///< the act as written, "16.03.2018 № 253"
    TableLayout m_layout;
    std::optional<YearRange> m_years;
    Roadmap m_roadmap;
    QList<ImportWarning> m_warnings;
    QList<PendingActivity> m_pending;
    QHash<QString, qsizetype> m_firstPendingByNumber; ///< where in m_pending each number is first, for duplicates
    QList<const SourceParagraph *> m_strayLines;
    QHash<int, SourcePlace> m_principlePlaces;
    QHash<QString, QString> m_knownNames;
    int m_currentPrinciple = 0;
    int m_activitiesInSection = 0;
    bool m_numbersRestart = false;
    bool m_sectionsFromRows = false; ///< sections come from rows of their own, numbered apart from activities
};

} // namespace

RoadmapImportResult PlanReader::read(const SourceDocument &document, const PlanReadOptions &options) const
{
    return DocumentReader(document, options).read();
}

} // namespace core
