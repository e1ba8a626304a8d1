#pragma once

#include <QString>

class QCoreApplication;

namespace app {

/// "ru" under a Russian locale, "en" otherwise; ROADMAP_TRACKER_LANG=ru|en overrides it.
QString preferredLanguage();

/// Loads the program's catalogue and Qt's own for the language ("ru" or "en").
void installTranslations(QCoreApplication &application, const QString &language);

} // namespace app
