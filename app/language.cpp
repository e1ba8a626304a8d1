#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace app {

QString preferredLanguage()
{
    const QString forced = qEnvironmentVariable("ROADMAP_TRACKER_LANG");
    if (forced == u"ru" || forced == u"en")
        return forced;
    // The choice made in the window's Settings → Language.
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    if (chosen == u"ru" || chosen == u"en")
        return chosen;
    return QLocale().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

void installTranslations(QCoreApplication &application, const QString &language)
{
    // English is the source language: its catalogue only carries plural forms.
    auto *own = new QTranslator(&application);
    if (own->load(QStringLiteral(":/i18n/roadmap-tracker_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&application);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace app
