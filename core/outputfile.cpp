#include "outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace core {

QString outputFileProblem(const QString &path)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("core", text); };
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return tr("no output file is named");
    QFileInfo target(path);
    if (target.isSymLink()) {
        // QFileInfo follows the link for everything but isSymLink(); a link to nothing leads
        // somewhere the person did not mean to write.
        if (!target.exists())
            return tr("%1 is a link to %2, which does not exist; choose another name")
                .arg(shown, QDir::toNativeSeparators(target.symLinkTarget()));
        target = QFileInfo(target.canonicalFilePath());
    }
    if (target.isDir())
        return tr("%1 is a folder; choose a file name").arg(shown);
    if (target.exists() && !target.isFile())
        return tr("%1 is not an ordinary file (a device, a pipe or a socket); choose another name").arg(shown);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath()));
    return {};
}

} // namespace core
