#include "visibletext.h"

#include <QChar>
#include <QCoreApplication>

namespace core {

namespace {

QString codePoint(char32_t character)
{
    return QStringLiteral("U+") + QStringLiteral("%1").arg(uint(character), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

bool isHiddenCharacter(char32_t character)
{
    switch (QChar::category(character)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}

QString withHiddenCharactersShown(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (const char32_t character : text.toUcs4()) {
        if (isHiddenCharacter(character))
            shown += u'<' + codePoint(character) + u'>';
        else
            shown += QString::fromUcs4(&character, 1);
    }
    return shown;
}

QString hiddenCharacterProblem(const QString &what, const QString &text)
{
    for (const char32_t character : text.toUcs4()) {
        if (isHiddenCharacter(character))
            return QCoreApplication::translate("core", "%1 «%2» contains an invisible or control character (%3); type it again without it")
                .arg(what, withHiddenCharactersShown(text), codePoint(character));
    }
    return {};
}

} // namespace core
