#pragma once

#include "reportprogress.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace ui {

/// Long report work (layout, painting, writing) on a thread of its own, so that the window
/// stays responsive: it reports its progress as signals on the GUI thread and stops at the next
/// page when cancelled. The work is told a ReportProgress to pass on; it returns an error
/// message, empty when done.
class ReportJob : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<QString(const ReportProgress &progress)>;

    explicit ReportJob(Work work, QObject *parent = nullptr);
    /// Waits for the thread: the work is stopped first.
    ~ReportJob() override;

    void start();
    /// Asks the work to stop at the next page; finished() follows with cancelled true.
    void cancel();
    bool isCancelled() const { return m_cancelled->load(); }

signals:
    void progressed(ui::ReportStage stage, int page, int pages);
    /// On the GUI thread once the work has returned.
    void finished(const QString &error, bool cancelled);

private:
    Work m_work;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    QThread *m_thread = nullptr;
};

} // namespace ui
