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

} // namespace

QList<ResponsibleParty> ResponsiblePartySplitter::split(const QString &cell) const
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
