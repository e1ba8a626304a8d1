#pragma once

#include "obligation.h"

#include <QDate>
#include <QString>

namespace ui {

/// How dialogs and editors write dates: dd.MM.yyyy in every language, as Russian paperwork does.
QString dateText(QDate date);
/// The reporting period of an obligation in words: "2nd quarter 2019", "year 2019", "by 30.06.2018".
QString periodText(const core::Obligation &obligation);

} // namespace ui
