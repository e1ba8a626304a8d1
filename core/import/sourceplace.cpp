#include "sourcedocument.h"

#include <QCoreApplication>

namespace core {

QString describePlace(const SourcePlace &place)
{
    if (place.line > 0)
        return QCoreApplication::translate("core", "line %1").arg(place.line);
    if (!place.sheet.isEmpty())
        return QCoreApplication::translate("core", "sheet «%1», row %2").arg(place.sheet).arg(place.row);
    if (place.table > 0)
        return QCoreApplication::translate("core", "table %1, row %2").arg(place.table).arg(place.row);
    if (place.paragraph > 0)
        return QCoreApplication::translate("core", "paragraph %1").arg(place.paragraph);
    return QCoreApplication::translate("core", "the document");
}

} // namespace core
