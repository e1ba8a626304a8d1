#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace core {

/// What a column of a plan's table holds, found from its heading or set by a person.
enum class ColumnRole {
    Ignored,
    Number,      ///< «№», «N п/п»: the activity's number (or the principle's, beside a principle column)
    Principle,   ///< «Наименование принципа», «Раздел», «Направление», «Механизм»
    Activity,    ///< «Наименование мероприятия», «Содержание», «Мероприятие», «Вид работ»
    Responsible, ///< «Ответственный исполнитель», «Исполнители», «Ответственные»
    Deadline,    ///< «Срок исполнения», «Сроки», «Дата», «Срок реализации», a year
    Other,       ///< result, cost, volume, place, note: kept as the activity's note
};

/// The role a heading names, or Ignored when it names none.
ColumnRole columnRoleForHeading(const QString &heading);

/// "number", "principle", "activity", "responsible", "deadline", "other", "ignored".
QString columnRoleId(ColumnRole role);
std::optional<ColumnRole> columnRoleFromId(QStringView id);

/// The role for people (translated).
QString columnRoleName(ColumnRole role);

} // namespace core
