#pragma once

#include "registeredreport.h"
#include "reportjob.h"
#include "reportdocument.h"
#include "reportparameters.h"
#include "roadmapsnapshot.h"
#include "storageerror.h"
#include "user.h"

#include <QDate>
#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ui {

/// What the status report dialog works from: the roadmap as the window loaded it and who asks.
struct ReportDialogContext {
    std::shared_ptr<const core::RoadmapSnapshot> snapshot;
    QList<core::User> users;
    QString login;
    QDate today;
    bool mayRegister = false; ///< monitors register reports
};

/// File ▸ Status Report: the period, as-of date, scope and language of a quarterly status
/// report, its key figures as they are chosen, and print preview, printing, saving as PDF, ODT,
/// HTML or CSV and registering; below, the registered reports, to preview or save again exactly
/// as they were registered. The report is the one `roadmap-tracker report` makes from the same
/// parameters. Preview, printing and saving lay the report out and paint it on a worker thread
/// (ReportJob), with a progress dialog that can cancel them: the window never freezes.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    /// registered: as stored, its content stamped with the number, and when (the saved files carry that time).
    using RegisterDone = std::function<void(const core::StorageError &, const core::RegisteredReport &registered)>;
    /// Stores a report under a number (off the GUI thread) and hands back the registered report.
    using RegisterFunction = std::function<void(const QString &number, const core::ReportParameters &,
                                                const core::ReportDocument &, RegisterDone done)>;
    using ListDone = std::function<void(const core::StorageError &, const QList<core::RegisteredReport> &)>;
    /// Reads the registered reports of the roadmap (off the GUI thread).
    using ListFunction = std::function<void(ListDone done)>;

    explicit ReportDialog(ReportDialogContext context, QWidget *parent = nullptr);

    /// Without them the register stays hidden.
    void setStorage(RegisterFunction registerReport, ListFunction listReports);

    core::ReportParameters parameters() const;
    void setParameters(const core::ReportParameters &parameters);
    /// The report for the chosen parameters; nullopt, with the reason in error, when it cannot be made.
    std::optional<core::ReportDocument> document(QString *error = nullptr) const;

    /// Writes the report to path (format from its suffix), here and now; empty when done, else why not.
    /// created: see ReportExporter::write().
    QString saveTo(const core::ReportDocument &document, const QString &path, const QDateTime &created = {}) const;
    /// The preview, printing or saving under way, if any.
    ReportJob *job() const { return m_job; }

signals:
    void registered(const QString &number);

private:
    void buildUi();
    void periodKindChanged();
    void parametersChanged();
    void updateAsOf();
    void preview();
    void print();
    void save();
    void registerReport();
    void refreshRegister();
    void showRegistered(const core::StorageError &error, const QList<core::RegisteredReport> &reports);
    void previewRegistered();
    void saveRegistered();
    std::optional<core::RegisteredReport> selectedRegistered() const;
    std::optional<core::ReportDocument> currentOrWarn();
    void saveWithDialog(const core::ReportDocument &document, const QString &suggestedName, const QDateTime &created = {});
    void showPreview(const core::ReportDocument &document);
    /// Runs work on a ReportJob under a progress dialog with Cancel, shown over the widget over;
    /// done gets its error on the GUI thread unless it was cancelled. Null when a job runs already.
    ReportJob *runJob(QWidget *over, const QString &title, ReportJob::Work work, std::function<void(const QString &error)> done);
    void showProgress(ReportStage stage, int page, int pages);
    void updateActions();

    ReportDialogContext m_context;
    RegisterFunction m_register;
    ListFunction m_list;
    QList<core::RegisteredReport> m_registered;
    core::ReportPeriod m_lastPeriod;
    bool m_asOfFollowsPeriod = true;
    bool m_updating = false;
    std::optional<core::ReportDocument> m_current; ///< the report of the parameters shown
    QString m_currentError;                        ///< why there is none
    QPointer<ReportJob> m_job;
    QPointer<QProgressDialog> m_progress;

    QComboBox *m_kind;
    QSpinBox *m_year;
    QComboBox *m_part;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDateEdit *m_asOf;
    QComboBox *m_principle;
    QComboBox *m_department;
    QComboBox *m_language;
    QLineEdit *m_phone;
    QComboBox *m_approval;
    QLabel *m_summary;
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_saveButton;
    QPushButton *m_registerButton;
    QWidget *m_registerBox;
    QTreeWidget *m_registerList;
    QLabel *m_registerStatus;
    QPushButton *m_previewRegisteredButton;
    QPushButton *m_saveRegisteredButton;
};

} // namespace ui
