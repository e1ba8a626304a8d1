#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct zip;

namespace core {

/// A zip package (.docx, .odt, .xlsx) read from memory with libzip.
class ZipPackage
{
public:
    /// Entries larger than this when unpacked are refused: a few kilobytes of zip can
    /// unpack to gigabytes (a zip bomb), and no plan is that large.
    static constexpr qint64 maxEntrySize = qint64(200) * 1024 * 1024;

    explicit ZipPackage(const QByteArray &bytes);
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    bool isOpen() const { return m_archive != nullptr; }
    /// Why the package could not be opened, or why the last read() failed.
    QString errorString() const { return m_error; }

    bool contains(const QString &name) const;
    /// The entry's unpacked bytes; nothing when it is missing, damaged or too large.
    std::optional<QByteArray> read(const QString &name);

private:
    struct Closer {
        void operator()(zip *archive) const;
    };

    QByteArray m_bytes; // libzip reads from this buffer for as long as the archive is open
    std::unique_ptr<zip, Closer> m_archive;
    QString m_error;
};

} // namespace core
