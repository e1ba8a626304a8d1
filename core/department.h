#pragma once

#include <QString>

namespace core {

/// A responsible unit: an administration department, a municipal institution or an external body.
struct Department {
    enum class Kind {
        AdministrationDepartment, ///< "Отдел …", "Финансовое управление …"
        MunicipalInstitution,     ///< МУ «Информационный центр»
        ExternalBody,             ///< ОМСУ and other bodies outside the administration
    };

    QString name;      ///< canonical name, without the trailing "Администрации"
    QString shortName;
    Kind kind = Kind::AdministrationDepartment;
    QString head;
    bool active = true;

    friend bool operator==(const Department &, const Department &) = default;
};

} // namespace core
