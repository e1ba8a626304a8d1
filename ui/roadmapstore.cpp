#include "roadmapstore.h"

#include "administration.h"
#include "demodatabase.h"
#include "roadmaprepository.h"
#include "snapshotloader.h"
#include "userrepository.h"

#include <QFileInfo>
#include <QThread>

namespace ui {

namespace {

/// The share is there when the file exists and can be read; PostgreSQL is judged by its queries.
bool reachable(const core::DatabaseLocation &location)
{
    if (location.kind != core::DatabaseLocation::Kind::SQLite)
        return true;
    const QFileInfo file(location.path);
    return file.exists() && file.isReadable();
}

} // namespace

RoadmapStore::RoadmapStore(const QString &login, QObject *parent)
    : QObject(parent)
    , m_login(login)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
{
    qRegisterMetaType<ui::LoadedRoadmap>();
    qRegisterMetaType<core::StorageError>();
    m_thread->setObjectName(QStringLiteral("RoadmapStore"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    m_pollTimer.setInterval(2500);
    connect(&m_pollTimer, &QTimer::timeout, this, &RoadmapStore::poll);
}

RoadmapStore::~RoadmapStore()
{
    m_pollTimer.stop();
    // The connection belongs to the worker thread: close it there, then let the thread end.
    postRaw([this] {
        delete m_db;
        m_db = nullptr;
        QThread::currentThread()->quit();
    });
    m_thread->wait();
}

void RoadmapStore::postRaw(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

void RoadmapStore::post(std::function<void(core::Database &)> job)
{
    postRaw([this, job] {
        if (m_db)
            job(*m_db);
    });
}

void RoadmapStore::open(const core::DatabaseLocation &location, OpenKind kind)
{
    m_location = location;
    m_open = false;
    m_pollTimer.stop();
    const QString login = m_login;
    postRaw([this, location, kind, login] {
        delete m_db;
        m_db = new core::Database;
        connect(m_db, &core::Database::busyChanged, this, &RoadmapStore::setBusy, Qt::QueuedConnection);
        const auto mode = kind == OpenKind::Existing ? core::Database::OpenMode::Existing : core::Database::OpenMode::CreateIfMissing;
        core::StorageError error = m_db->open(location, mode);
        if (!error && kind != OpenKind::Existing && !m_db->wasCreated())
            error = core::StorageError::make(core::StorageError::Kind::InvalidInput,
                                             tr("%1 already exists; choose a new file name").arg(location.displayName()));
        if (!error && kind == OpenKind::New)
            error = core::Administration(*m_db, [] { return QDateTime::currentDateTimeUtc(); }).bootstrapCreator(login);
        if (!error && kind == OpenKind::Demo) {
            QMetaObject::invokeMethod(this, [this] { emit progress(5, tr("Creating the demo database…")); }, Qt::QueuedConnection);
            error = core::DemoDatabase::populate(*m_db, login);
        }
        if (!error)
            m_db->pollExternalChanges(); // start counting other people's changes from here
        const bool created = m_db->wasCreated();
        if (error) {
            delete m_db;
            m_db = nullptr;
        }
        QMetaObject::invokeMethod(this, [this, error, created] {
            m_open = !error;
            setAvailable(true);
            if (m_open)
                m_pollTimer.start();
            emit opened(error, created);
        }, Qt::QueuedConnection);
    });
}

void RoadmapStore::load(QDate asOf, qint64 roadmapId)
{
    post([this, asOf, roadmapId](core::Database &db) {
        const auto report = [this](int percent, const QString &stage) {
            QMetaObject::invokeMethod(this, [this, percent, stage] { emit progress(percent, stage); }, Qt::QueuedConnection);
        };
        const auto fail = [this](const core::StorageError &error) {
            QMetaObject::invokeMethod(this, [this, error] { emit loadFailed(error); }, Qt::QueuedConnection);
        };
        LoadedRoadmap result;
        core::StorageError error;
        report(10, tr("Reading the roadmap…"));
        result.roadmaps = core::RoadmapRepository(db).roadmapHeaders(&error);
        if (error)
            return fail(error);
        result.users = core::UserRepository(db).users(&error);
        if (error)
            return fail(error);
        result.demo = !db.metaValue(QStringLiteral("demo")).isEmpty();
        result.readOnlyReason = db.readOnlyReason();
        if (!result.roadmaps.isEmpty()) {
            qint64 id = result.roadmaps.first().id;
            for (const core::Roadmap &roadmap : std::as_const(result.roadmaps)) {
                if (roadmap.id == roadmapId)
                    id = roadmapId;
            }
            report(30, tr("Reading reports and extensions…"));
            const std::optional<core::RoadmapSnapshot> snapshot = core::loadSnapshot(db, id, &error);
            if (!snapshot)
                return fail(error);
            report(70, tr("Working out deadlines and statuses…"));
            result.data = RoadmapData::evaluate(*snapshot, asOf);
        }
        report(100, {});
        QMetaObject::invokeMethod(this, [this, result] { emit loaded(result); }, Qt::QueuedConnection);
    });
}

void RoadmapStore::run(Job job, std::function<void(const core::StorageError &)> done)
{
    const bool opened = m_open;
    postRaw([this, job, done, opened] {
        const core::StorageError error = m_db && opened
            ? job(*m_db)
            : core::StorageError::make(core::StorageError::Kind::ConnectionFailed, tr("no database is open"));
        QMetaObject::invokeMethod(this, [done, error] { done(error); }, Qt::QueuedConnection);
    });
}

void RoadmapStore::setPollInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_pollTimer.stop();
        return;
    }
    m_pollTimer.setInterval(milliseconds);
    if (m_open)
        m_pollTimer.start();
}

void RoadmapStore::poll()
{
    // One poll at a time: while a write waits on a busy file, polls must not pile up behind it.
    if (!m_open || m_pollPending)
        return;
    m_pollPending = true;
    const core::DatabaseLocation location = m_location;
    const bool wasAvailable = m_available;
    postRaw([this, location, wasAvailable] {
        enum class Outcome { Unchanged, Changed, Lost, Back };
        Outcome outcome = Outcome::Unchanged;
        if (!reachable(location)) {
            outcome = Outcome::Lost;
        } else if (!wasAvailable) {
            // The file is back: reopen, since the old connection may point at a file that was replaced.
            auto *db = new core::Database;
            if (db->open(location, core::Database::OpenMode::Existing)) {
                delete db;
                outcome = Outcome::Lost;
            } else {
                delete m_db;
                m_db = db;
                connect(m_db, &core::Database::busyChanged, this, &RoadmapStore::setBusy, Qt::QueuedConnection);
                m_db->pollExternalChanges();
                outcome = Outcome::Back;
            }
        } else if (m_db && m_db->pollExternalChanges()) {
            outcome = Outcome::Changed;
        }
        QMetaObject::invokeMethod(this, [this, outcome] {
            m_pollPending = false;
            if (outcome == Outcome::Lost)
                setAvailable(false);
            if (outcome == Outcome::Back)
                setAvailable(true);
            if (outcome == Outcome::Changed || outcome == Outcome::Back)
                emit externalChange();
        }, Qt::QueuedConnection);
    });
}

void RoadmapStore::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void RoadmapStore::setAvailable(bool available)
{
    if (available == m_available)
        return;
    m_available = available;
    emit availabilityChanged(available);
}

} // namespace ui
