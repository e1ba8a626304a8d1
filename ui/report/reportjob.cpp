#include "reportjob.h"

#include <QPointer>
#include <QThread>

namespace ui {

ReportJob::ReportJob(Work work, QObject *parent)
    : QObject(parent)
    , m_work(std::move(work))
{
}

ReportJob::~ReportJob()
{
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
    }
}

void ReportJob::start()
{
    if (m_thread)
        return;
    QPointer<ReportJob> self(this);
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    m_thread = QThread::create([self, cancelled, work = m_work] {
        // Progress reaches the GUI thread queued; the job may be gone by then.
        const ReportProgress progress = [self, cancelled](ReportStage stage, int page, int pages) {
            if (cancelled->load())
                return false;
            QMetaObject::invokeMethod(self.data(), [self, stage, page, pages] {
                if (self && !self->isCancelled())
                    emit self->progressed(stage, page, pages);
            }, Qt::QueuedConnection);
            return true;
        };
        const QString error = work(progress);
        QMetaObject::invokeMethod(self.data(), [self, error, cancelled] {
            if (self)
                emit self->finished(error, cancelled->load());
        }, Qt::QueuedConnection);
    });
    m_thread->setParent(this);
    m_thread->start();
}

void ReportJob::cancel()
{
    m_cancelled->store(true);
}

} // namespace ui
