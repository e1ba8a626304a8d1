#pragma once

#include "accesspolicy.h"
#include "auditlog.h"
#include "roadmapdata.h"
#include "roadmapstore.h"
#include "user.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QDateEdit;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace core {
class Database;
}

namespace ui {

class ActivityDetailsView;
class EmptyRoadmapPage;
class MessageBanner;
class ObligationListModel;
class ObligationListProxy;
class RoadmapFilterBar;
class RoadmapFilterProxy;
class RoadmapTreeModel;
class WelcomePage;

/// The main window: the roadmap tree with filters and details, "My obligations" for a department
/// head, the verification queue for the monitor, the dashboard, and the desktop conventions
/// around them (files, undo, settings, languages). Everything it shows comes from core through
/// a RoadmapStore, which keeps the database work off the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    /// login: the operating-system login the person is known by in the database.
    explicit MainWindow(const QString &login, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// "Now" for timestamps and "today" for the default as-of date; tests inject a fixed one.
    void setClock(Clock clock);
    void setAsOf(QDate asOf);
    QDate asOf() const;

    void openDatabase(const core::DatabaseLocation &location, RoadmapStore::OpenKind kind = RoadmapStore::OpenKind::Existing);
    /// Opens the last database, or shows the empty state when there is none or it is gone.
    void openLastDatabase();

    RoadmapStore *store() const { return m_store; }
    RoadmapDataPtr roadmap() const { return m_data; }
    std::optional<core::User> currentUser() const { return m_user; }
    QUndoStack *undoStack() const { return m_undo; }

    /// The obligation the person has selected in the visible list, if any.
    std::optional<core::ObligationKey> selectedObligation() const;
    /// Selects an obligation in the roadmap tree (and shows the roadmap tab).
    bool selectObligation(const core::ObligationKey &key);

    /// Opens the import preview on a plan document (File ▸ Import Roadmap without the file dialog,
    /// or a file dropped on the window). Without an open database, asks for a new one first.
    void importPlanFile(const QString &path);
    /// Opens "Start an empty roadmap".
    void startEmptyRoadmap();
    /// Shows another roadmap of the database.
    void showRoadmapWithId(qint64 roadmapId);
    /// The plan formats the importer reads, by suffix.
    static bool isPlanFile(const QString &path);

signals:
    /// A roadmap was loaded or re-evaluated and every view shows it.
    void roadmapShown();
    /// A write finished; error is empty on success.
    void writeFinished(const core::StorageError &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentral();
    void createStatusBar();

    void onOpened(const core::StorageError &error, bool created);
    void onLoaded(const LoadedRoadmap &loaded);
    void onLoadFailed(const core::StorageError &error);
    void showRoadmap(RoadmapDataPtr data);
    void reload();
    void reevaluate();
    void updateActions();
    void updateBanners();
    void updateUserLabel();
    void updateCategories();
    void expandMatches();
    void updateDetails();
    void updateRecentMenu();
    void updateTitle();
    void updateRoadmapChoice();

    void newDatabase();
    void openDatabaseDialog();
    void createDemoDatabase();
    void backup();
    void openStatusReport();
    void importRoadmap();
    void openImportDialog(const QString &path);
    void about();
    void setLanguage(const QString &language);

    /// Permission as core sees it: empty when allowed.
    QString refusal(core::access::Action action, const std::optional<core::ObligationKey> &key = std::nullopt) const;
    const core::EvaluatedObligation *evaluated(const core::ObligationKey &key) const;
    const core::ExecutionReport *storedReport(const core::ObligationKey &key) const;
    core::Actor actor() const { return {m_login, {}}; }

    void reportExecution(bool noEvents);
    void acceptReport();
    void returnReport();
    void requestExtension();
    void grantExtension();
    void openRoadmapEditor();
    void openUsers();
    void openCalendar();
    void openRoadmapSettings();
    core::Database *editorDatabase();

    using ReportJob = std::function<core::StorageError(core::Database &, std::optional<int> basedOnVersion)>;
    /// Writes what a dialog collected; keeps the dialog (and what was typed) on failure, offers the
    /// conflict dialog when someone else saved first.
    void submitReport(QDialog *dialog, const core::ObligationKey &key, std::optional<int> basedOnVersion, const QString &mine,
                      ReportJob job);
    void showDialogError(QDialog *dialog, const QString &message);
    void afterWrite(const core::StorageError &error, const QString &done);
    /// The completion of a dialog's write: close it when saved, show the error in it otherwise.
    std::function<void(const core::StorageError &)> closeWhenSaved(QDialog *dialog, const QString &done);

    QString m_login;
    Clock m_clock;
    RoadmapStore *m_store;
    RoadmapDataPtr m_data;
    std::optional<core::RoadmapSnapshot> m_snapshot;
    std::optional<core::User> m_user;
    QList<core::User> m_users;
    QList<core::Roadmap> m_roadmaps;
    qint64 m_roadmapId = 0;
    bool m_demo = false;
    QString m_readOnlyReason;
    QString m_pendingImport;          ///< a plan to import once the new database is open
    bool m_openEditorWhenShown = false; ///< an empty roadmap was started: open the editor on it
    bool m_firstShow = true;
    int m_evaluation = 0;
    int m_historyRequest = 0;
    QFutureWatcher<RoadmapDataPtr> m_evaluator;
    std::unique_ptr<core::Database> m_editorDb;

    QUndoStack *m_undo;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    EmptyRoadmapPage *m_emptyPage;
    QWidget *m_content;
    QTabWidget *m_tabs;
    RoadmapFilterBar *m_filterBar;
    QTreeView *m_tree;
    RoadmapTreeModel *m_treeModel;
    RoadmapFilterProxy *m_treeProxy;
    ActivityDetailsView *m_details;
    QWidget *m_myTab;
    QLabel *m_myHeading;
    QListWidget *m_categories;
    QTreeView *m_myView;
    ObligationListModel *m_listModel;
    ObligationListProxy *m_myProxy;
    QWidget *m_verificationTab;
    QTreeView *m_verificationView;
    ObligationListProxy *m_verificationProxy;
    QWidget *m_dashboard = nullptr;
    QPointer<QWidget> m_roadmapEditor;
    QPointer<QWidget> m_calendarEditor;

    MessageBanner *m_shareBanner;
    MessageBanner *m_readOnlyBanner;
    MessageBanner *m_demoBanner;
    MessageBanner *m_errorBanner;

    QDateEdit *m_asOfEdit;
    QComboBox *m_roadmapCombo;
    QAction *m_roadmapComboAction = nullptr;
    QLabel *m_userLabel;
    QLabel *m_busyLabel;
    QLabel *m_databaseLabel;
    QProgressBar *m_progress;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_adminMenu = nullptr;
    QMenu *m_roadmapMenu = nullptr;
    QActionGroup *m_roadmapGroup = nullptr;
    QAction *m_importAction;
    QAction *m_newRoadmapAction;
    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_demoAction;
    QAction *m_backupAction;
    QAction *m_statusReportAction;
    QAction *m_quitAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_findAction;
    QAction *m_refreshAction;
    QAction *m_expandAction;
    QAction *m_collapseAction;
    QAction *m_todayAction;
    QAction *m_reportAction;
    QAction *m_noEventsAction;
    QAction *m_requestExtensionAction;
    QAction *m_acceptAction;
    QAction *m_returnAction;
    QAction *m_grantExtensionAction;
    QAction *m_roadmapEditorAction;
    QAction *m_usersAction;
    QAction *m_calendarAction;
    QAction *m_settingsAction;
    QActionGroup *m_languageGroup;
    QAction *m_aboutAction;
};

} // namespace ui
