#include "zippackage.h"

#include <QCoreApplication>

#include <zip.h>

namespace core {

namespace {

QString libzipMessage(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

/// Part names in OOXML packages may be written with a leading slash.
QByteArray entryName(const QString &name)
{
    return (name.startsWith(u'/') ? name.mid(1) : name).toUtf8();
}

} // namespace

void ZipPackage::Closer::operator()(zip *archive) const
{
    zip_discard(archive);
}

ZipPackage::ZipPackage(const QByteArray &bytes)
    : m_bytes(bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (!source) {
        m_error = libzipMessage(&error);
        zip_error_fini(&error);
        return;
    }
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive) {
        m_error = libzipMessage(&error);
        zip_source_free(source);
        zip_error_fini(&error);
        return;
    }
    zip_error_fini(&error);
    m_archive.reset(archive);
}

ZipPackage::~ZipPackage() = default;

bool ZipPackage::contains(const QString &name) const
{
    return m_archive && zip_name_locate(m_archive.get(), entryName(name).constData(), ZIP_FL_NOCASE) >= 0;
}

std::optional<QByteArray> ZipPackage::read(const QString &name)
{
    if (!m_archive)
        return std::nullopt;
    const zip_int64_t index = zip_name_locate(m_archive.get(), entryName(name).constData(), ZIP_FL_NOCASE);
    if (index < 0) {
        m_error = QCoreApplication::translate("core", "The package has no part %1.").arg(name);
        return std::nullopt;
    }
    const auto tooLarge = [&] {
        m_error = QCoreApplication::translate("core", "The part %1 unpacks to more than %2 MiB.")
                      .arg(name).arg(maxEntrySize / (1024 * 1024));
        return std::nullopt;
    };
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_archive.get(), zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)
        && stat.size > zip_uint64_t(maxEntrySize))
        return tooLarge();

    std::unique_ptr<zip_file_t, int (*)(zip_file_t *)> file(zip_fopen_index(m_archive.get(), zip_uint64_t(index), 0),
                                                           &zip_fclose);
    if (!file) {
        m_error = QCoreApplication::translate("core", "The part %1 cannot be unpacked: %2.")
                      .arg(name, QString::fromUtf8(zip_strerror(m_archive.get())));
        return std::nullopt;
    }
    // The size in the zip directory may lie; count what is actually unpacked.
    QByteArray bytes;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t count = zip_fread(file.get(), buffer, sizeof buffer);
        if (count < 0) {
            m_error = QCoreApplication::translate("core", "The part %1 is damaged: %2.")
                          .arg(name, QString::fromUtf8(zip_file_strerror(file.get())));
            return std::nullopt;
        }
        if (count == 0)
            break;
        if (bytes.size() + count > maxEntrySize)
            return tooLarge();
        bytes.append(buffer, qsizetype(count));
    }
    return bytes;
}

} // namespace core
