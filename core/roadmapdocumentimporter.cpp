#include "roadmapdocumentimporter.h"

#include "deadlineparser.h"
#include "responsiblepartysplitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace core {

namespace {

constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto anyCase = QRegularExpression::CaseInsensitiveOption | unicode;

/// Consecutive non-empty lines of the document header, joined with single spaces.
struct Paragraph {
    int firstLine = 0;          ///< 1-based
    QString text;
    QList<qsizetype> lineStarts; ///< offset in text of each line

    int lineAt(qsizetype position) const
    {
        const auto it = std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), position);
        return firstLine + int(it - lineStarts.cbegin()) - 1;
    }
};

/// "на 2018-2020 годы" → 2018, 2020; "на 2018 год" → 2018, 2018.
struct YearRange {
    int first = 0;
    int last = 0;
    int line = 0;
};

/// The cells of one table row by meaning.
struct Columns {
    QString principleNumber;
    QString principleTitle;
    QString activity;
    QString responsible;
    QString deadline;
};

/// An activity number and the text after it, or (number empty) text continuing the
/// activity of the previous row.
struct ActivitySegment {
    QString number;
    QString text;
};

struct PendingActivity {
    Activity activity;
    int line = 0;
    QString responsible;
    int responsibleLine = 0;
    int deadlineLine = 0;
    bool duplicate = false;
};

const QRegularExpression &activityNumber()
{
    // "1.1 Размещение", "1.2.Размещение", "2.3. Разработка"; not a date such as "10.07.2013".
    static const QRegularExpression re(
        uR"((\d{1,2})\.(\d{1,3})(?!\d)\.?(?![\d.])\s*(?=[\p{L}«"]))"_s, unicode);
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

bool isTableHeaderRow(const QString &line)
{
    static const QRegularExpression header(
        uR"(№\s*п/п|Наименование\s+принципа|Ответственный\s+исполнитель|Срок\s+исполнения)"_s, anyCase);
    return line.contains(u'\t') && header.match(line).hasMatch();
}

QString cleanCell(const QString &cell)
{
    // Cells copied from a web page keep their paragraph tags.
    static const QRegularExpression htmlTag(uR"(</?[A-Za-z][^>]*>)"_s);
    QString text = cell;
    text.replace(htmlTag, u" "_s);
    return text.simplified();
}

void appendText(QString &target, const QString &part)
{
    if (part.isEmpty())
        return;
    target = target.isEmpty() ? part : target + u' ' + part;
}

std::optional<YearRange> findYearRange(const Paragraph &paragraph)
{
    static const QRegularExpression years(uR"((\d{4})(?:\s*[-–—]\s*(\d{4}))?\s*(?:г\.|год))"_s, unicode);
    std::optional<YearRange> range;
    for (auto it = years.globalMatch(paragraph.text); it.hasNext();) {
        const auto match = it.next();
        const int first = match.captured(1).toInt();
        const int last = match.hasCaptured(2) ? match.captured(2).toInt() : first;
        range = YearRange{first, last, paragraph.lineAt(match.capturedStart())};
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
    QStringList words = capitals.simplified().split(u' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString lower = words[i].toLower();
        const QString capitalised = lower.left(1).toUpper() + lower.mid(1);
        words[i] = i == 0 || (appears(capitalised) && !appears(lower)) ? capitalised : lower;
    }
    return words.join(u' ');
}

bool isWrittenInCapitals(const QString &line)
{
    return std::any_of(line.cbegin(), line.cend(), [](QChar c) { return c.isLetter(); })
        && line == line.toUpper();
}

/// Reads one document; collects the roadmap and the warnings.
class DocumentReader
{
public:
    explicit DocumentReader(const QString &text)
        : m_document(text)
    {
        m_lines = text.split(u'\n');
        for (QString &line : m_lines) {
            if (line.endsWith(u'\r'))
                line.chop(1);
        }
    }

    RoadmapImportResult read()
    {
        RoadmapImportResult result;
        if (m_document.trimmed().isEmpty()) {
            result.error = QCoreApplication::translate("core", "The document is empty.");
            return result;
        }
        const int tableStart = findTableStart();
        if (tableStart < 0) {
            result.error = QCoreApplication::translate(
                "core", "No roadmap table found: expected tab-separated rows with numbered activities.");
            return result;
        }
        readHeader(tableStart);
        readTable(tableStart);
        finish();
        std::stable_sort(m_warnings.begin(), m_warnings.end(),
                         [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
        result.roadmap = m_roadmap;
        result.warnings = m_warnings;
        return result;
    }

private:
    void warn(int line, const QString &message) { m_warnings.append({line, message}); }

    /// Index of the table's header row, or else of its first row with an activity; -1 if none.
    int findTableStart() const
    {
        for (int i = 0; i < m_lines.size(); ++i) {
            if (isTableHeaderRow(m_lines[i]))
                return i;
        }
        for (int i = 0; i < m_lines.size(); ++i) {
            if (!m_lines[i].contains(u'\t'))
                continue;
            const QStringList cells = m_lines[i].split(u'\t');
            if (std::any_of(cells.cbegin(), cells.cend(), [](const QString &c) { return startsActivity(cleanCell(c)); }))
                return i;
        }
        return -1;
    }

    QList<Paragraph> headerParagraphs(int end) const
    {
        QList<Paragraph> paragraphs;
        bool inParagraph = false;
        for (int i = 0; i < end; ++i) {
            const QString line = m_lines[i].simplified();
            if (line.isEmpty()) {
                inParagraph = false;
                continue;
            }
            if (!inParagraph) {
                paragraphs.append({i + 1, QString(), {}});
                inParagraph = true;
            }
            Paragraph &paragraph = paragraphs.last();
            if (!paragraph.text.isEmpty())
                paragraph.text += u' ';
            paragraph.lineStarts.append(paragraph.text.size());
            paragraph.text += line;
        }
        return paragraphs;
    }

    void readHeader(int tableStart)
    {
        static const QRegularExpression actLine(
            uR"(^(?:от\s+)?(\d{1,2}\.\d{1,2}\.\d{4})\s*(?:г\.\s*)?№\s*([\p{L}\d/-]+)$)"_s, anyCase);
        static const QRegularExpression titleStart(uR"(^План(?!\p{L}))"_s, anyCase);
        static const QRegularExpression stampStart(uR"(^Утвержд)"_s, anyCase);
        static const QRegularExpression stampAct(uR"(от\s+(\d{1,2}\.\d{1,2}\.\d{4})\s*№\s*([\p{L}\d/-]+))"_s, anyCase);

        const QList<Paragraph> paragraphs = headerParagraphs(tableStart);
        const int tableLine = tableStart + 1;

        // The letterhead: the first line, in capitals.
        const QString letterhead = paragraphs.isEmpty() ? QString() : m_lines[paragraphs.first().firstLine - 1].simplified();
        if (isWrittenInCapitals(letterhead)) {
            m_roadmap.approvingBody = normalCase(letterhead, m_document);
        } else {
            warn(paragraphs.isEmpty() ? 1 : paragraphs.first().firstLine, QCoreApplication::translate(
                        "core", "No approving body found: the document does not start with a letterhead in capitals."));
        }

        // The act line, "16.03.2018 № 253", under the letterhead.
        for (int i = 0; i < tableStart; ++i) {
            const auto match = actLine.match(m_lines[i].simplified());
            if (match.hasMatch()) {
                m_roadmap.actDate = QDate::fromString(match.captured(1), u"d.M.yyyy"_s);
                m_roadmap.actNumber = match.captured(2);
                m_actWording = match.captured(0);
                if (!m_roadmap.actDate.isValid())
                    warn(i + 1, QCoreApplication::translate("core", "The approval date \"%1\" is not a valid date.")
                                    .arg(match.captured(1)));
                break;
            }
        }
        if (m_roadmap.actNumber.isEmpty())
            warn(1, QCoreApplication::translate("core", "No act date and number (such as \"16.03.2018 № 253\") found before the table."));

        // The plan's own title is the paragraph starting with «План», nearest the table.
        std::optional<YearRange> titleYears;
        for (auto it = paragraphs.crbegin(); it != paragraphs.crend(); ++it) {
            Paragraph title = *it;
            title.text.remove(u"**"_s);
            if (!titleStart.match(title.text.trimmed()).hasMatch())
                continue;
            m_roadmap.title = title.text.simplified();
            titleYears = findYearRange(title);
            if (!titleYears)
                warn(title.firstLine, QCoreApplication::translate("core", "The title does not name the years of the plan."));
            break;
        }
        if (m_roadmap.title.isEmpty())
            warn(tableLine, QCoreApplication::translate("core", "No title (a paragraph starting with \"План\") found before the table."));

        // The approval stamp repeats the act and the years; where it disagrees, the title and
        // the act line win, since the stamp is the part most often left unedited.
        std::optional<YearRange> stampYears;
        for (const Paragraph &paragraph : paragraphs) {
            if (!stampStart.match(paragraph.text).hasMatch())
                continue;
            stampYears = findYearRange(paragraph);
            const auto act = stampAct.match(paragraph.text);
            if (act.hasMatch() && !m_roadmap.actNumber.isEmpty()
                && (act.captured(2) != m_roadmap.actNumber
                    || QDate::fromString(act.captured(1), u"d.M.yyyy"_s) != m_roadmap.actDate)) {
                warn(paragraph.lineAt(act.capturedStart()),
                     QCoreApplication::translate("core", "The approval stamp names the act \"%1\", the document \"%2\"; the document is used.")
                         .arg(act.captured(0), m_actWording));
            }
            break;
        }
        if (titleYears && stampYears && (titleYears->first != stampYears->first || titleYears->last != stampYears->last)) {
            warn(stampYears->line,
                 QCoreApplication::translate("core", "The approval stamp gives the years %1-%2, the title %3-%4; the title is used.")
                     .arg(stampYears->first).arg(stampYears->last).arg(titleYears->first).arg(titleYears->last));
        }

        const std::optional<YearRange> years = titleYears ? titleYears : stampYears;
        if (!titleYears && stampYears) {
            warn(stampYears->line, QCoreApplication::translate("core", "The period is taken from the approval stamp: %1-%2.")
                                       .arg(stampYears->first).arg(stampYears->last));
        }
        m_roadmap.periodStart = m_roadmap.actDate;
        if (years) {
            m_roadmap.periodEnd = QDate(years->last, 12, 31);
            if (!m_roadmap.periodStart.isValid()) {
                m_roadmap.periodStart = QDate(years->first, 1, 1);
                warn(tableLine, QCoreApplication::translate("core", "The approval date is unknown; the period starts on %1.")
                                    .arg(m_roadmap.periodStart.toString(u"dd.MM.yyyy"_s)));
            }
        } else {
            warn(tableLine, QCoreApplication::translate("core", "The years of the plan are unknown; set the period by hand."));
        }
    }

    std::optional<Columns> readColumns(int line, QStringList cells)
    {
        while (cells.size() > 5 && cells.last().isEmpty())
            cells.removeLast();
        if (cells.size() > 5) {
            warn(line, QCoreApplication::translate("core", "The row has %1 cells; the cells after the fifth are ignored.")
                           .arg(cells.size()));
            cells.resize(5);
        }
        if (cells.size() == 5)
            return Columns{cells[0], cells[1], cells[2], cells[3], cells[4]};
        // A row that continues a merged "№" cell on the next page has no cell for it.
        if (cells.size() == 4)
            return Columns{QString(), cells[0], cells[1], cells[2], cells[3]};

        const auto activity = std::find_if(cells.cbegin(), cells.cend(), startsActivity);
        if (activity == cells.cend()) {
            warn(line, QCoreApplication::translate("core", "The row has %1 cells instead of 5 and no activity number; it is ignored.")
                           .arg(cells.size()));
            return std::nullopt;
        }
        warn(line, QCoreApplication::translate("core", "The row has %1 cells instead of 5; read as activity, responsible, deadline.")
                       .arg(cells.size()));
        const qsizetype i = activity - cells.cbegin();
        return Columns{QString(), QString(), cells.value(i), cells.value(i + 1), cells.value(i + 2)};
    }

    // «Сайт0» for «Сайт)»: on a Russian keyboard ")" is Shift+0. Fixed only where a
    // parenthesis is open, so a real zero ("2010") is never touched.
    QString fixShiftedParenthesis(int line, QString cell)
    {
        static const QRegularExpression letterZero(uR"((\p{L}+)0(?![\p{L}\d]))"_s, unicode);
        for (auto match = letterZero.match(cell); match.hasMatch(); match = letterZero.match(cell, match.capturedEnd())) {
            const QString before = cell.left(match.capturedStart());
            if (before.count(u'(') <= before.count(u')'))
                continue;
            const QString typo = match.captured(0);
            const QString fixed = match.captured(1) + u')';
            cell.replace(match.capturedStart(), match.capturedLength(), fixed);
            warn(line, QCoreApplication::translate("core", "\"%1\" read as \"%2\" (a zero typed for the closing parenthesis).")
                           .arg(typo, fixed));
        }
        return cell;
    }

    void readTable(int tableStart)
    {
        for (int i = tableStart; i < m_lines.size(); ++i) {
            const int line = i + 1;
            const QString &raw = m_lines[i];
            if (raw.trimmed().isEmpty() || isTableHeaderRow(raw))
                continue;
            if (!raw.contains(u'\t')) {
                warn(line, QCoreApplication::translate("core", "The line is not a table row and is ignored: \"%1\".")
                               .arg(raw.simplified().left(60)));
                continue;
            }
            QStringList cells = raw.split(u'\t');
            for (QString &cell : cells)
                cell = fixShiftedParenthesis(line, cleanCell(cell));
            if (const auto columns = readColumns(line, cells))
                readRow(line, *columns);
        }
        if (m_pending.isEmpty())
            warn(tableStart + 1, QCoreApplication::translate("core", "The table has no activities."));
    }

    void readRow(int line, const Columns &row)
    {
        readPrinciple(line, row);

        QList<qsizetype> started;
        bool continuedPrevious = false;
        for (const ActivitySegment &segment : splitActivities(row.activity)) {
            if (!segment.number.isEmpty()) {
                if (continuedPrevious) {
                    warn(line, QCoreApplication::translate("core", "Activity %1 begins inside a cell; the text before it is joined to activity %2.")
                                   .arg(segment.number, m_pending.last().activity.number));
                }
                startActivity(line, segment);
                started.append(m_pending.size() - 1);
            } else if (m_pending.isEmpty()) {
                warn(line, QCoreApplication::translate("core", "Text with no activity number before any activity is ignored: \"%1\".")
                               .arg(segment.text.left(60)));
            } else {
                appendText(m_pending.last().activity.text, segment.text);
                continuedPrevious = true;
            }
        }

        if (started.size() > 1) {
            QStringList numbers;
            for (qsizetype index : started)
                numbers.append(m_pending[index].activity.number);
            warn(line, QCoreApplication::translate("core", "Activities %1 are printed in one row and share its responsible and deadline.")
                           .arg(numbers.join(u", "_s)));
        }
        // A row that starts no activity continues the previous one, cell by cell.
        if (started.isEmpty() && !m_pending.isEmpty())
            started.append(m_pending.size() - 1);
        else if (started.isEmpty() && !(row.responsible.isEmpty() && row.deadline.isEmpty()))
            warn(line, QCoreApplication::translate("core", "Responsible or deadline text before any activity is ignored."));

        for (qsizetype index : std::as_const(started)) {
            PendingActivity &pending = m_pending[index];
            if (!row.responsible.isEmpty() && pending.responsibleLine == 0)
                pending.responsibleLine = line;
            if (!row.deadline.isEmpty() && pending.deadlineLine == 0)
                pending.deadlineLine = line;
            appendText(pending.responsible, row.responsible);
            appendText(pending.activity.deadlineText, row.deadline);
        }
    }

    void readPrinciple(int line, const Columns &row)
    {
        static const QRegularExpression principleNumber(uR"(^(\d{1,2})\.?$)"_s);
        if (!row.principleNumber.isEmpty()) {
            const int number = principleNumber.match(row.principleNumber).captured(1).toInt();
            if (number <= 0) {
                warn(line, QCoreApplication::translate("core", "\"%1\" in the principle number column is not a principle number; the principle cells of the row are ignored.")
                               .arg(row.principleNumber));
                return;
            }
            if (m_roadmap.principle(number)) {
                warn(line, QCoreApplication::translate("core", "Principle %1 appears a second time; its new title is ignored.").arg(number));
            } else {
                m_roadmap.principles.append({number, row.principleTitle});
                m_principleLines.insert(number, line);
            }
            m_currentPrinciple = number;
            return;
        }
        if (row.principleTitle.isEmpty())
            return;
        // A title continued on the next page.
        auto principle = std::find_if(m_roadmap.principles.begin(), m_roadmap.principles.end(),
                                      [this](const Principle &p) { return p.number == m_currentPrinciple; });
        if (principle == m_roadmap.principles.end()) {
            warn(line, QCoreApplication::translate("core", "Principle text with no principle number before it is ignored: \"%1\".")
                           .arg(row.principleTitle.left(60)));
            return;
        }
        appendText(principle->title, row.principleTitle);
    }

    void startActivity(int line, const ActivitySegment &segment)
    {
        PendingActivity pending;
        pending.line = line;
        pending.activity.number = segment.number;
        pending.activity.principle = segment.number.section(u'.', 0, 0).toInt();
        pending.activity.text = segment.text;

        const auto previous = std::find_if(m_pending.cbegin(), m_pending.cend(), [&segment](const PendingActivity &p) {
            return !p.duplicate && p.activity.number == segment.number;
        });
        if (previous != m_pending.cend()) {
            pending.duplicate = true;
            warn(line, QCoreApplication::translate("core", "Activity %1 appears again (first on line %2); this one is skipped.")
                           .arg(segment.number).arg(previous->line));
        }
        if (m_currentPrinciple != 0 && pending.activity.principle != m_currentPrinciple && !pending.duplicate) {
            warn(line, QCoreApplication::translate("core", "Activity %1 is printed in the row of principle %2; its number puts it under principle %3.")
                           .arg(segment.number).arg(m_currentPrinciple).arg(pending.activity.principle));
        }
        m_pending.append(pending);
    }

    void finish()
    {
        const DeadlineParser parser(m_roadmap.periodStart, m_roadmap.periodEnd);
        const ResponsiblePartySplitter splitter;
        for (const PendingActivity &pending : std::as_const(m_pending)) {
            if (pending.duplicate)
                continue;
            Activity activity = pending.activity;
            const int line = pending.line;
            if (activity.text.isEmpty())
                warn(line, QCoreApplication::translate("core", "Activity %1 has no text.").arg(activity.number));
            if (!m_roadmap.principle(activity.principle)) {
                warn(line, QCoreApplication::translate("core", "Activity %1 belongs to principle %2, which the table does not have.")
                               .arg(activity.number).arg(activity.principle));
            }
            assign(activity, splitter.split(pending.responsible), pending.responsibleLine ? pending.responsibleLine : line);

            activity.rule = parser.parse(activity.deadlineText);
            if (activity.deadlineText.isEmpty()) {
                warn(line, QCoreApplication::translate("core", "Activity %1 has no deadline; set its rule by hand.").arg(activity.number));
            } else if (activity.rule.needsReview()) {
                warn(pending.deadlineLine, QCoreApplication::translate("core", "Activity %1: the deadline \"%2\" needs review: %3")
                                               .arg(activity.number, activity.deadlineText, activity.rule.reviewReason));
            }
            m_roadmap.activities.append(activity);
        }
        for (const Principle &principle : std::as_const(m_roadmap.principles)) {
            if (principle.title.isEmpty())
                warn(m_principleLines.value(principle.number),
                     QCoreApplication::translate("core", "Principle %1 has no title.").arg(principle.number));
        }
    }

    void assign(Activity &activity, const QList<ResponsibleParty> &parties, int line)
    {
        if (parties.isEmpty()) {
            warn(line, QCoreApplication::translate("core", "Activity %1 has no responsible department.").arg(activity.number));
            return;
        }
        // An activity that names only groups is led by its first group (DESIGN §2).
        const bool onlyGroups = std::all_of(parties.cbegin(), parties.cend(), [](const ResponsibleParty &p) { return p.isGroup; });
        bool leadTaken = false;
        for (const ResponsibleParty &party : parties) {
            const QString name = registerParty(party, line);
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
    QString registerParty(const ResponsibleParty &party, int line)
    {
        const QString key = ResponsiblePartySplitter::identityKey(party.name);
        if (const auto known = m_knownNames.constFind(key); known != m_knownNames.cend())
            return *known;
        m_knownNames.insert(key, party.name);
        if (party.isGroup) {
            m_roadmap.groups.append({party.name});
        } else {
            if (!party.name.isEmpty() && party.name.front().isLower()) {
                warn(line, QCoreApplication::translate("core", "\"%1\" in the responsible column does not look like a department name.")
                               .arg(party.name));
            }
            Department department;
            department.name = party.name;
            department.kind = party.kind;
            m_roadmap.departments.append(department);
        }
        return party.name;
    }

    QString m_document;
    QString m_actWording; ///< the act line as written, "16.03.2018 № 253"
    QStringList m_lines;
    Roadmap m_roadmap;
    QList<ImportWarning> m_warnings;
    QList<PendingActivity> m_pending;
    QHash<int, int> m_principleLines;
    QHash<QString, QString> m_knownNames;
    int m_currentPrinciple = 0;
};

} // namespace

RoadmapImportResult RoadmapDocumentImporter::importFile(const QString &path) const
{
    RoadmapImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("core", "%1: cannot be opened: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError() || bytes.contains('\0')) {
        result.error = QCoreApplication::translate("core", "%1: the file is not UTF-8 text.").arg(path);
        return result;
    }
    result = importText(text);
    if (!result.ok())
        result.error = u"%1: %2"_s.arg(path, result.error);
    return result;
}

RoadmapImportResult RoadmapDocumentImporter::importText(const QString &text) const
{
    QString document = text;
    if (document.startsWith(QChar(0xFEFF)))
        document.remove(0, 1);
    return DocumentReader(document).read();
}

} // namespace core
