#include "responsiblepartysplitter.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {

namespace {

constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;

// Phrases that name several departments at once. Matched in any case: the seed writes both
// «Отделы Администрации» and «отделы Администрации».
const QRegularExpression &groupPhrase()
{
    static const QRegularExpression re(
        uR"((?<!\p{L})(?:(?:иные|другие)\s+)?отделы\s+Администрации(?!\p{L}))"
        uR"(|(?<!\p{L})органы\s+местного\s+самоуправления)"
        uR"((?:\s+\S+\s+(?:городского|муниципального)\s+(?:округа|района))?)"_s,
        QRegularExpression::CaseInsensitiveOption | unicode);
    return re;
}

// Capitalised words that begin a department name. Case-sensitive on purpose: «отдел» in
// lower case is inside a name, «Отдел» starts the next one.
const QRegularExpression &nameHead()
{
    static const QRegularExpression re(
        uR"((?<!\p{L})(?:Финансовое\s+управление|Управление|Отдел|Комитет|Департамент|Сектор)"
        uR"(|Служба|Муниципальное|Муниципальный|МУ|МКУ|МБУ|МАУ)(?!\p{L}))"_s,
        unicode);
    return re;
}

const QRegularExpression &municipalInstitution()
{
    static const QRegularExpression re(
        uR"(^(?:МУ|МКУ|МБУ|МАУ)(?!\p{L})|^Муниципальн\p{L}*\s.*учреждение)"_s, unicode);
    return re;
}

// Commas, semicolons and a joining «и» around a name are separators, not part of it.
QString trimSeparators(const QString &text)
{
    static const QRegularExpression leading(uR"(^(?:[\s,;.]+|и\s+)+)"_s, unicode);
    static const QRegularExpression trailing(uR"((?:[\s,;.]+|\s+и)+$)"_s, unicode);
    QString result = text.simplified();
    result.remove(leading);
    result.remove(trailing);
    return result;
}

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
};

// «Служба» in МКУ «Служба заказчика» is part of the institution's name, not a new one.
bool insideQuotes(const QString &text, qsizetype position)
{
    const QStringView before = QStringView(text).left(position);
    return before.count(u'«') > before.count(u'»');
}

// Pieces of a cell that a person wrote apart: one a line, a numbered list («1. ДЭР 2. ОКС»),
// semicolons; where a piece names no department by a head word («Иванова Н.П., Петров С.С.»,
// «ДЭР, ОКС»), commas before a capital letter too.
QStringList writtenApart(const QString &cell)
{
    static const QRegularExpression listMarker(uR"((?:^|(?<=\s))(\d{1,2})[.)]\s+(?=[\p{Lu}«"]))"_s, unicode);
    static const QRegularExpression commaBeforeName(uR"(,\s*(?=\p{Lu}))"_s, unicode);
    // A line that starts in lower case continues a name broken over lines or rows.
    QStringList lines;
    for (const QString &line : cell.split(u'\n')) {
        const QString trimmed = line.trimmed();
        const bool continues = trimmed.isEmpty()
            || (!trimmed.front().isUpper() && !trimmed.front().isDigit() && trimmed.front() != u'«' && trimmed.front() != u'-'
                && trimmed.front() != u'–');
        if (!lines.isEmpty() && continues)
            lines.last() += u' ' + trimmed;
        else
            lines.append(trimmed);
    }
    QStringList pieces;
    static const QRegularExpression leadingMarker(uR"(^\s*(?:\d{1,2}[.)]|[-–•])\s+(?=[\p{Lu}«"]))"_s, unicode);
    for (QString line : lines.join(u';').split(u';')) {
        // A list item on a line of its own: «2. И.А. Финогенова», «– ДЭР».
        line.remove(leadingMarker);
        // A numbered list counts 1, 2, 3 …; a number elsewhere («в 2 этапа») is text.
        QList<qsizetype> cuts;
        int expected = 1;
        for (auto it = listMarker.globalMatch(line); it.hasNext();) {
            const auto match = it.next();
            if (match.captured(1).toInt() != expected)
                continue;
            cuts.append(match.capturedStart());
            ++expected;
        }
        QStringList items;
        if (cuts.size() >= 2 || (cuts.size() == 1 && cuts.first() == 0)) {
            cuts.append(line.size());
            for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
                QString item = line.mid(cuts[i], cuts[i + 1] - cuts[i]);
                item.remove(QRegularExpression(u"^\\s*\\d{1,2}[.)]\\s+"_s));
                items.append(item);
            }
        } else {
            items.append(line);
        }
        // «Департамент по образованию, Потапова Н.Г.»: a person named after a department.
        static const QRegularExpression commaBeforePerson(
            uR"(,\s*(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\.\s*\p{Lu}\.?))"_s, unicode);
        for (const QString &item : std::as_const(items)) {
            if (nameHead().match(item).hasMatch() || groupPhrase().match(item).hasMatch()) {
                qsizetype start = 0;
                for (auto it = commaBeforePerson.globalMatch(item); it.hasNext();) {
                    const auto match = it.next();
                    pieces.append(item.mid(start, match.capturedStart() - start));
                    start = match.capturedEnd();
                }
                pieces.append(item.mid(start));
                continue;
            }
            qsizetype start = 0;
            for (auto it = commaBeforeName.globalMatch(item); it.hasNext();) {
                const auto match = it.next();
                if (insideQuotes(item, match.capturedStart()) || item.left(match.capturedStart()).count(u'(') > item.left(match.capturedStart()).count(u')'))
                    continue;
                pieces.append(item.mid(start, match.capturedStart() - start));
                start = match.capturedEnd();
            }
            pieces.append(item.mid(start));
        }
    }
    return pieces;
}

} // namespace

QList<ResponsibleParty> ResponsiblePartySplitter::split(const QString &cell) const
{
    QList<ResponsibleParty> parties;
    for (const QString &piece : writtenApart(cell))
        parties.append(splitByNames(piece));
    return parties;
}

QList<ResponsibleParty> ResponsiblePartySplitter::splitByNames(const QString &cell) const
{
    const QString text = cell.simplified();

    QList<Span> groups;
    for (auto it = groupPhrase().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        groups.append({match.capturedStart(), match.capturedEnd()});
    }

    // Every place a name begins or a group ends cuts the cell.
    QList<qsizetype> cuts{0, text.size()};
    for (const Span &group : groups)
        cuts << group.start << group.end;
    for (auto it = nameHead().globalMatch(text); it.hasNext();) {
        const qsizetype start = it.next().capturedStart();
        const bool insideGroup = std::any_of(groups.cbegin(), groups.cend(), [start](const Span &g) {
            return start >= g.start && start < g.end;
        });
        if (!insideGroup && !insideQuotes(text, start))
            cuts << start;
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QList<ResponsibleParty> parties;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const qsizetype start = cuts[i];
        const bool isGroup = std::any_of(groups.cbegin(), groups.cend(),
                                         [start](const Span &g) { return g.start == start; });
        const QString piece = trimSeparators(text.mid(start, cuts[i + 1] - start));
        if (piece.isEmpty())
            continue;
        ResponsibleParty party;
        party.isGroup = isGroup;
        party.name = isGroup ? piece : canonicalName(piece);
        if (!isGroup && municipalInstitution().match(party.name).hasMatch())
            party.kind = Department::Kind::MunicipalInstitution;
        parties.append(party);
    }
    return parties;
}

QString ResponsiblePartySplitter::canonicalName(const QString &name)
{
    // «Отдел … Администрации» and «Отдел …» are the same department; so is «Финансовое
    // управление Администрации Качканарского городского округа» and «Финансовое управление»:
    // the administration is implied by the roadmap, a tail naming it adds nothing.
    static const QRegularExpression administrationTail(
        uR"(\s+Администрации(?:\s+\S+\s+(?:городского|муниципального)\s+(?:округа|района))?$)"_s,
        unicode);
    QString result = trimSeparators(name);
    result.remove(administrationTail);
    return result;
}

QString ResponsiblePartySplitter::identityKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace core
