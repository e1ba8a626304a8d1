#pragma once

#include <QString>

namespace core {

/// Characters a person cannot see, or that change how what follows is shown: C0 and C1 controls
/// and DEL (Unicode category Cc), format characters (Cf: the byte-order mark U+FEFF, zero-width
/// U+200B–U+200D, U+2060, the bidirectional overrides U+202A–U+202E and isolates U+2066–U+2069)
/// and lone surrogates. Logins and names holding one look like another name, or rewrite the
/// terminal they are printed on.
bool isHiddenCharacter(char32_t character);

/// text with every hidden character written as <U+XXXX>: safe to print, and it shows where.
QString withHiddenCharactersShown(const QString &text);

/// Why text cannot be a login or a name (what: "the login", "the name", …), or an empty string.
QString hiddenCharacterProblem(const QString &what, const QString &text);

} // namespace core
