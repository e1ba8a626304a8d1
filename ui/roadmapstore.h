#pragma once

#include "database.h"
#include "databaselocation.h"
#include "roadmapdata.h"
#include "storageerror.h"
#include "user.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QThread;

namespace ui {

/// What a load brings back besides the evaluated roadmap.
struct LoadedRoadmap {
    RoadmapDataPtr data;          ///< null when the database holds no roadmap yet
    QList<core::Roadmap> roadmaps; ///< headers, newest first
    QList<core::User> users;
    bool demo = false;
    QString readOnlyReason;
};

/// The window's way to the database. Every query and write runs on a worker thread with its
/// own connection, so a busy or slow share never freezes the window: busy retries, loading
/// and polling for other people's changes all happen there, and results come back as signals
/// or callbacks on the GUI thread.
class RoadmapStore : public QObject
{
    Q_OBJECT

public:
    enum class OpenKind {
        Existing, ///< refuse a missing file
        New,      ///< create it; the login becomes its monitor
        Demo,     ///< create it and fill it with the demo roadmap
    };

    explicit RoadmapStore(const QString &login, QObject *parent = nullptr);
    ~RoadmapStore() override;

    void open(const core::DatabaseLocation &location, OpenKind kind = OpenKind::Existing);
    bool isOpen() const { return m_open; }
    const core::DatabaseLocation &location() const { return m_location; }

    /// Reads and evaluates a roadmap at asOf (0: the newest roadmap).
    void load(QDate asOf, qint64 roadmapId = 0);

    using Job = std::function<core::StorageError(core::Database &)>;
    /// Runs a write (or any job) on the worker connection; done gets its result on the GUI thread.
    void run(Job job, std::function<void(const core::StorageError &)> done);

    /// Runs a read on the worker connection and hands its value to done on the GUI thread.
    template<typename T>
    void read(std::function<T(core::Database &)> job, std::function<void(const T &)> done)
    {
        post([this, job, done](core::Database &db) {
            T value = job(db);
            QMetaObject::invokeMethod(this, [done, value] { done(value); }, Qt::QueuedConnection);
        });
    }

    bool isBusy() const { return m_busy; }
    /// False while the file has disappeared or cannot be read (the share is gone).
    bool isAvailable() const { return m_available; }

    /// How often other people's changes are looked for; 0 stops polling.
    void setPollInterval(int milliseconds);
    /// Looks for other people's changes and for the file going away now.
    void poll();

signals:
    void opened(const core::StorageError &error, bool created);
    void progress(int percent, const QString &stage);
    void loaded(const ui::LoadedRoadmap &result);
    void loadFailed(const core::StorageError &error);
    void busyChanged(bool busy);
    void availabilityChanged(bool available);
    /// Someone else committed a change; reload to see it.
    void externalChange();

private:
    void post(std::function<void(core::Database &)> job);
    void postRaw(std::function<void()> job);
    void setBusy(bool busy);
    void setAvailable(bool available);

    QString m_login;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;    ///< lives in m_thread; jobs are queued to it
    core::Database *m_db = nullptr; ///< created, used and deleted on m_thread only
    core::DatabaseLocation m_location;
    bool m_open = false;
    bool m_busy = false;
    bool m_available = true;
    bool m_pollPending = false;
    QTimer m_pollTimer;
};

} // namespace ui

Q_DECLARE_METATYPE(ui::LoadedRoadmap)
