#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace bench {

/// Reads the rows `status` needs for one roadmap straight through the SQLite C API, with no
/// Qt SQL, no domain objects and no evaluation: the floor that `status` is compared with.
class BareScan
{
public:
    /// The statements, one per table status reads; ?1 is the roadmap id.
    static QStringList statements();

    explicit BareScan(const QString &path);
    ~BareScan();
    BareScan(const BareScan &) = delete;
    BareScan &operator=(const BareScan &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString errorMessage() const { return m_error; }

    /// Steps through every row and column; returns the number of execution_reports rows, -1 on error.
    int scan(qint64 roadmapId);

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace bench
