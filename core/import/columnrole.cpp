#include "columnrole.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace core {

namespace {

constexpr auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

const QList<ColumnRole> &allRoles()
{
    static const QList<ColumnRole> roles{ColumnRole::Ignored, ColumnRole::Number, ColumnRole::Principle, ColumnRole::Activity,
                                         ColumnRole::Responsible, ColumnRole::Deadline, ColumnRole::Other};
    return roles;
}

} // namespace

ColumnRole columnRoleForHeading(const QString &heading)
{
    // Checked in this order: «Наименование принципа» is a principle before it is a name,
    // «Отметка о выполнении (дата)» is a note before it is a date.
    static const QList<std::pair<ColumnRole, QRegularExpression>> patterns{
        {ColumnRole::Number, QRegularExpression(uR"(^(?:№|N|No|Номер)\s*(?:п\s*/\s*п|пп|п\.\s*п\.?|пункта|мероприятия)?\.?$|^п\s*/\s*п\.?$)"_s, options)},
        {ColumnRole::Responsible, QRegularExpression(uR"(ответственн|исполнител|соисполнит|участник)"_s, options)},
        {ColumnRole::Other, QRegularExpression(uR"(отметк|результат|показател|примечани|стоимост|финансир|источник|объ[её]м|индикатор|форм[аы]\s+(?:отч[её]т|контрол|заверш)|ожидаем|место\s+проведения|затрат|выполнени[ея]$|информаци[яи]\s+об?\s+исполн)"_s, options)},
        {ColumnRole::Deadline, QRegularExpression(uR"(^срок|сроки|^дата|контрольн\p{L}*\s+(?:точк|срок|дат)|период\s+(?:исполнения|реализации|проведения)|годы?\s+реализации|^\d{4}(?:\s*(?:г\.?|год))?$)"_s, options)},
        {ColumnRole::Principle, QRegularExpression(uR"(принцип|раздел|направлени|механизм|задач[аи]|^цель|наименование\s+(?:цели|блока|сферы))"_s, options)},
        {ColumnRole::Activity, QRegularExpression(uR"(мероприят|содержание|наименование|вид(?:ы)?\s+работ|действи|меры)"_s, options)},
    };
    const QString text = heading.simplified();
    if (text.isEmpty())
        return ColumnRole::Ignored;
    for (const auto &[role, pattern] : patterns) {
        if (pattern.match(text).hasMatch())
            return role;
    }
    return ColumnRole::Ignored;
}

QString columnRoleId(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Ignored:
        return u"ignored"_s;
    case ColumnRole::Number:
        return u"number"_s;
    case ColumnRole::Principle:
        return u"principle"_s;
    case ColumnRole::Activity:
        return u"activity"_s;
    case ColumnRole::Responsible:
        return u"responsible"_s;
    case ColumnRole::Deadline:
        return u"deadline"_s;
    case ColumnRole::Other:
        return u"other"_s;
    }
    return {};
}

std::optional<ColumnRole> columnRoleFromId(QStringView id)
{
    for (ColumnRole role : allRoles()) {
        if (columnRoleId(role) == id)
            return role;
    }
    return std::nullopt;
}

QString columnRoleName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Ignored:
        return QCoreApplication::translate("core", "Not imported");
    case ColumnRole::Number:
        return QCoreApplication::translate("core", "Number");
    case ColumnRole::Principle:
        return QCoreApplication::translate("core", "Principle or section");
    case ColumnRole::Activity:
        return QCoreApplication::translate("core", "Activity");
    case ColumnRole::Responsible:
        return QCoreApplication::translate("core", "Responsible");
    case ColumnRole::Deadline:
        return QCoreApplication::translate("core", "Deadline");
    case ColumnRole::Other:
        return QCoreApplication::translate("core", "Note");
    }
    return {};
}

} // namespace core
