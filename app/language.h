#pragma once

#include <QString>

class QCoreApplication;

namespace app {

/// ROADMAP_TRACKER_LANG=ru|en if set; else the language chosen in the window's settings;
/// else "ru" under a Russian locale and "en" otherwise.
QString preferredLanguage();

/// Loads the program's catalogue and Qt's own for the language ("ru" or "en").
void installTranslations(QCoreApplication &application, const QString &language);

} // namespace app
