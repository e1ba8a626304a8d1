#include "mainwindow.h"

#include "activitydetailsview.h"
#include "appsettings.h"
#include "conflictdialog.h"
#include "dateedit.h"
#include "database.h"
#include "displayformat.h"
#include "emptyroadmappage.h"
#include "executionrepository.h"
#include "executionworkflow.h"
#include "messagebanner.h"
#include "obligationhistory.h"
#include "obligationlistmodel.h"
#include "obligationlistproxy.h"
#include "registeredreportrepository.h"
#include "reportdialog.h"
#include "roadmapfilterbar.h"
#include "roadmapfilterproxy.h"
#include "roadmaptreemodel.h"
#include "statusstyle.h"
#include "welcomepage.h"

#ifdef ROADMAP_HAVE_UI_DIALOGS
#include "administration.h"
#include "calendareditor.h"
#include "extensiondialog.h"
#include "extensionrequestdialog.h"
#include "extensionrequestworkflow.h"
#include "importdialog.h"
#include "newroadmapdialog.h"
#include "roadmaprepository.h"
#include "roadmapupdate.h"
#include "reportexecutiondialog.h"
#include "returndialog.h"
#include "roadmapeditor.h"
#include "roadmapsettingsdialog.h"
#include "usersdialog.h"
#endif
#ifdef ROADMAP_HAVE_UI_DASHBOARD
#include "dashboardwidget.h"
#endif

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ui {

using core::ObligationStatus;
using core::StorageError;

namespace {

/// The obligation key an index of the tree or of an obligation list stands for.
std::optional<core::ObligationKey> keyOf(const QModelIndex &index, int activityRole, int departmentRole, int periodRole)
{
    const QString period = index.data(periodRole).toString();
    if (period.isEmpty())
        return std::nullopt;
    return core::ObligationKey{index.data(activityRole).toString(), index.data(departmentRole).toString(), period};
}

bool isOpenStatus(ObligationStatus status)
{
    return status == ObligationStatus::Overdue || status == ObligationStatus::DueSoon || status == ObligationStatus::Upcoming
        || status == ObligationStatus::Returned;
}

QString reportHtml(const core::ExecutionReport &report)
{
    QString html;
    const auto line = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(MainWindow::tr("State:"), report.state == core::ExecutionReport::State::Accepted ? MainWindow::tr("accepted")
                                   : report.state == core::ExecutionReport::State::Returned ? MainWindow::tr("returned for rework")
                                                                                            : MainWindow::tr("reported"));
    line(MainWindow::tr("No events this period:"), report.noEvents ? MainWindow::tr("yes") : QString());
    line(MainWindow::tr("Done on:"), display::date(report.doneDate));
    line(MainWindow::tr("Evidence:"), report.evidenceUrl);
    line(MainWindow::tr("Document:"), report.documentRef);
    line(MainWindow::tr("Comment:"), report.comment);
    line(MainWindow::tr("Reported by:"), QStringLiteral("%1, %2").arg(report.reportedBy, display::dateTime(report.reportedAt)));
    if (!report.verifiedBy.isEmpty())
        line(MainWindow::tr("Verified by:"), QStringLiteral("%1, %2").arg(report.verifiedBy, display::dateTime(report.verifiedAt)));
    line(MainWindow::tr("Verification comment:"), report.verificationComment);
    return html;
}

QTreeView *makeListView(const QString &objectName, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

MainWindow::MainWindow(const QString &login, QWidget *parent)
    : QMainWindow(parent)
    , m_login(login)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_store(new RoadmapStore(login, this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QApplication::windowIcon());
    setAcceptDrops(true);
    createActions();
    createCentral();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_store, &RoadmapStore::opened, this, &MainWindow::onOpened);
    connect(m_store, &RoadmapStore::loaded, this, &MainWindow::onLoaded);
    connect(m_store, &RoadmapStore::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_store, &RoadmapStore::externalChange, this, &MainWindow::reload);
    connect(m_store, &RoadmapStore::availabilityChanged, this, [this] {
        updateBanners();
        updateActions();
    });
    connect(m_store, &RoadmapStore::busyChanged, m_busyLabel, &QWidget::setVisible);
    connect(m_store, &RoadmapStore::progress, this, [this](int percent, const QString &stage) {
        m_progress->setValue(percent);
        m_progress->setFormat(stage.isEmpty() ? QStringLiteral("%p%") : stage);
        m_progress->setVisible(percent < 100);
    });
    connect(&m_evaluator, &QFutureWatcher<RoadmapDataPtr>::finished, this, [this] {
        if (m_evaluator.property("generation").toInt() == m_evaluation)
            showRoadmap(m_evaluator.result());
    });

    resize(1360, 860);
    const QByteArray geometry = appsettings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = appsettings::windowState();
    if (!state.isEmpty())
        restoreState(state);
    m_pages->setCurrentWidget(m_welcome);
    updateRecentMenu();
    updateTitle();
    updateActions();
    updateBanners();
}

MainWindow::~MainWindow()
{
    m_evaluator.waitForFinished();
}

void MainWindow::setClock(Clock clock)
{
    m_clock = std::move(clock);
    setAsOf(m_clock().toLocalTime().date());
}

void MainWindow::setAsOf(QDate asOf)
{
    m_asOfEdit->setDate(asOf);
}

QDate MainWindow::asOf() const
{
    return m_asOfEdit->date();
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const char *name, QKeySequence shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    m_newAction = make(tr("&New Database…"), "actionNew", QKeySequence::New);
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_openAction = make(tr("&Open…"), "actionOpen", QKeySequence::Open);
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_demoAction = make(tr("Create the &Demo Database"), "actionCreateDemo");
    m_importAction = make(tr("&Import Roadmap…"), "actionImportRoadmap", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Read the approved plan from a Word, OpenDocument, Excel, web page, CSV or text file"));
    m_newRoadmapAction = make(tr("Start an &Empty Roadmap…"), "actionNewRoadmap");
    m_backupAction = make(tr("&Backup…"), "actionBackup", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backupAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_statusReportAction = make(tr("&Status Report…"), "actionStatusReport", QKeySequence::Print);
    m_statusReportAction->setIcon(QIcon::fromTheme(QStringLiteral("document-print"), style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    m_statusReportAction->setToolTip(tr("Preview, print, save or register the status report for a quarter, half-year, year or dates"));
    m_quitAction = make(tr("&Quit"), "actionQuit", QKeySequence::Quit);
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_findAction = make(tr("&Find…"), "actionFind", QKeySequence::Find);
    m_refreshAction = make(tr("&Reload"), "actionRefresh", QKeySequence::Refresh);
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_expandAction = make(tr("&Expand All"), "actionExpandAll");
    m_collapseAction = make(tr("&Collapse to Principles"), "actionCollapseAll");
    m_todayAction = make(tr("As of &Today"), "actionToday", QKeySequence(Qt::CTRL | Qt::Key_T));
    m_reportAction = make(tr("&Report Execution…"), "actionReport", QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reportAction->setIcon(statusstyle::icon(ObligationStatus::DoneOnTime));
    m_noEventsAction = make(tr("&No Events This Period…"), "actionNoEvents");
    m_noEventsAction->setIcon(statusstyle::icon(ObligationStatus::NotApplicable));
    m_requestExtensionAction = make(tr("Request an &Extension…"), "actionRequestExtension");
    m_requestExtensionAction->setIcon(statusstyle::icon(ObligationStatus::DueSoon));
    m_acceptAction = make(tr("&Accept Report"), "actionAccept", QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_acceptAction->setIcon(statusstyle::icon(ObligationStatus::DoneOnTime));
    m_returnAction = make(tr("Re&turn for Rework…"), "actionReturn");
    m_returnAction->setIcon(statusstyle::icon(ObligationStatus::Returned));
    m_grantExtensionAction = make(tr("&Grant an Extension…"), "actionGrantExtension");
    m_grantExtensionAction->setIcon(statusstyle::icon(ObligationStatus::DoneOnTimeAfterExtension));
    m_roadmapEditorAction = make(tr("Roadmap &Editor…"), "actionRoadmapEditor");
    m_usersAction = make(tr("&Users and Roles…"), "actionUsers");
    m_calendarAction = make(tr("Production &Calendar…"), "actionCalendar");
    m_settingsAction = make(tr("Roadmap &Settings…"), "actionRoadmapSettings");
    m_aboutAction = make(tr("&About Roadmap Tracker"), "actionAbout");

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::createDemoDatabase);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importRoadmap);
    connect(m_newRoadmapAction, &QAction::triggered, this, &MainWindow::startEmptyRoadmap);
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backup);
    connect(m_statusReportAction, &QAction::triggered, this, &MainWindow::openStatusReport);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reload);
    connect(m_todayAction, &QAction::triggered, this, [this] { setAsOf(m_clock().toLocalTime().date()); });
    connect(m_reportAction, &QAction::triggered, this, [this] { reportExecution(false); });
    connect(m_noEventsAction, &QAction::triggered, this, [this] { reportExecution(true); });
    connect(m_requestExtensionAction, &QAction::triggered, this, &MainWindow::requestExtension);
    connect(m_acceptAction, &QAction::triggered, this, &MainWindow::acceptReport);
    connect(m_returnAction, &QAction::triggered, this, &MainWindow::returnReport);
    connect(m_grantExtensionAction, &QAction::triggered, this, &MainWindow::grantExtension);
    connect(m_roadmapEditorAction, &QAction::triggered, this, &MainWindow::openRoadmapEditor);
    connect(m_usersAction, &QAction::triggered, this, &MainWindow::openUsers);
    connect(m_calendarAction, &QAction::triggered, this, &MainWindow::openCalendar);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openRoadmapSettings);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_languageGroup = new QActionGroup(this);
    const QString chosen = appsettings::language();
    const QList<std::pair<QString, QString>> languages = {
        {QString(), tr("System Language")}, {QStringLiteral("ru"), QStringLiteral("Русский")}, {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[id, name] : languages) {
        QAction *action = m_languageGroup->addAction(name);
        action->setObjectName(QStringLiteral("actionLanguage_%1").arg(id.isEmpty() ? QStringLiteral("system") : id));
        action->setCheckable(true);
        action->setChecked(id == chosen);
        action->setData(id);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) { setLanguage(action->data().toString()); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_newRoadmapAction);
    m_roadmapMenu = file->addMenu(tr("&Roadmap"));
    m_roadmapMenu->setObjectName(QStringLiteral("roadmapMenu"));
    m_roadmapGroup = new QActionGroup(this);
    file->addSeparator();
    file->addAction(m_statusReportAction);
    file->addAction(m_backupAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_todayAction);
    view->addSeparator();
    view->addAction(m_expandAction);
    view->addAction(m_collapseAction);

    QMenu *obligation = menuBar()->addMenu(tr("&Obligation"));
    obligation->addAction(m_reportAction);
    obligation->addAction(m_noEventsAction);
    obligation->addAction(m_requestExtensionAction);
    obligation->addSeparator();
    obligation->addAction(m_acceptAction);
    obligation->addAction(m_returnAction);
    obligation->addAction(m_grantExtensionAction);

    m_adminMenu = menuBar()->addMenu(tr("&Administration"));
    m_adminMenu->addAction(m_roadmapEditorAction);
    m_adminMenu->addAction(m_usersAction);
    m_adminMenu->addAction(m_calendarAction);
    m_adminMenu->addAction(m_settingsAction);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    language->addActions(m_languageGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    m_tree->addActions({m_reportAction, m_noEventsAction, m_requestExtensionAction, m_acceptAction, m_returnAction, m_grantExtensionAction});
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_openAction);
    bar->addAction(m_refreshAction);
    bar->addAction(m_statusReportAction);
    bar->addSeparator();

    m_roadmapCombo = new QComboBox(bar);
    m_roadmapCombo->setObjectName(QStringLiteral("roadmapCombo"));
    m_roadmapCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_roadmapComboAction = bar->addWidget(m_roadmapCombo);
    m_roadmapComboAction->setVisible(false);
    m_roadmapCombo->setToolTip(tr("The roadmap shown: a database may hold several"));
    connect(m_roadmapCombo, &QComboBox::activated, this, [this] { showRoadmapWithId(m_roadmapCombo->currentData().toLongLong()); });

    auto *asOfLabel = new QLabel(tr("As of:"), bar);
    asOfLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(asOfLabel);
    // A typed date is the date taken (DateEdit: «31.03.2021» over 30.06.2021 is 31.03.2021), as in every dialog.
    m_asOfEdit = new DateEdit(bar);
    m_asOfEdit->setDate(QDate::currentDate());
    m_asOfEdit->setObjectName(QStringLiteral("asOfEdit"));
    m_asOfEdit->setToolTip(tr("Every status is worked out as of this date"));
    bar->addWidget(m_asOfEdit);
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, &MainWindow::reevaluate);

    auto *presets = new QToolButton(bar);
    presets->setObjectName(QStringLiteral("asOfPresets"));
    presets->setText(tr("Presets"));
    presets->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(presets);
    menu->addAction(m_todayAction);
    menu->addAction(tr("End of the Previous Quarter"), this, [this] {
        const QDate today = m_clock().toLocalTime().date();
        setAsOf(QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).addDays(-1));
    });
    menu->addAction(tr("End of the Previous Year"), this, [this] { setAsOf(QDate(m_clock().toLocalTime().date().year() - 1, 12, 31)); });
    QAction *demoDate = menu->addAction(tr("End of the Demo History (30.06.2021)"), this, [this] { setAsOf(QDate(2021, 6, 30)); });
    demoDate->setObjectName(QStringLiteral("actionDemoDate"));
    QAction *roadmapEnd = menu->addAction(tr("End of the Roadmap Period"), this, [this] {
        if (m_data)
            setAsOf(m_data->snapshot.roadmap.periodEnd);
    });
    roadmapEnd->setObjectName(QStringLiteral("actionRoadmapEnd"));
    presets->setMenu(menu);
    bar->addWidget(presets);

    bar->addSeparator();
    bar->addAction(m_reportAction);
    bar->addAction(m_acceptAction);
    bar->addAction(m_returnAction);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_userLabel = new QLabel(bar);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setContentsMargins(8, 0, 8, 0);
    bar->addWidget(m_userLabel);
}

void MainWindow::createCentral()
{
    m_pages = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_pages);
    m_pages->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::createDemoRequested, this, &MainWindow::createDemoDatabase);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDatabaseDialog);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newDatabase);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importRoadmap);
    m_emptyPage = new EmptyRoadmapPage(m_pages);
    m_pages->addWidget(m_emptyPage);
    connect(m_emptyPage, &EmptyRoadmapPage::importRequested, this, &MainWindow::importRoadmap);
    connect(m_emptyPage, &EmptyRoadmapPage::startEmptyRequested, this, &MainWindow::startEmptyRoadmap);
    connect(m_welcome, &WelcomePage::openRecentRequested, this,
            [this](const QString &path) { openDatabase(core::DatabaseLocation::sqlite(path)); });

    auto *content = new QWidget(m_pages);
    content->setObjectName(QStringLiteral("contentPage"));
    m_content = content;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 0);

    m_shareBanner = new MessageBanner(MessageBanner::Kind::Error, content);
    m_shareBanner->setObjectName(QStringLiteral("shareBanner"));
    m_readOnlyBanner = new MessageBanner(MessageBanner::Kind::Warning, content);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_demoBanner = new MessageBanner(MessageBanner::Kind::Information, content);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    QPushButton *demoDate = m_demoBanner->addButton(tr("Show as of 30.06.2021"));
    demoDate->setObjectName(QStringLiteral("demoDateButton"));
    connect(demoDate, &QPushButton::clicked, this, [this] { setAsOf(QDate(2021, 6, 30)); });
    m_errorBanner = new MessageBanner(MessageBanner::Kind::Error, content);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    for (MessageBanner *banner : {m_shareBanner, m_readOnlyBanner, m_demoBanner, m_errorBanner}) {
        banner->hide();
        layout->addWidget(banner);
    }

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    // The roadmap: filters, the tree, the details.
    auto *roadmapTab = new QWidget(m_tabs);
    roadmapTab->setObjectName(QStringLiteral("roadmapTab"));
    auto *roadmapLayout = new QVBoxLayout(roadmapTab);
    roadmapLayout->setContentsMargins(0, 6, 0, 0);
    m_filterBar = new RoadmapFilterBar(roadmapTab);
    roadmapLayout->addWidget(m_filterBar);
    auto *splitter = new QSplitter(Qt::Horizontal, roadmapTab);
    splitter->setObjectName(QStringLiteral("roadmapSplitter"));
    m_treeModel = new RoadmapTreeModel(this);
    m_treeProxy = new RoadmapFilterProxy(this);
    m_treeProxy->setSourceModel(m_treeModel);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("roadmapTree"));
    m_tree->setModel(m_treeProxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(RoadmapTreeModel::ItemColumn, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(RoadmapTreeModel::ItemColumn, QHeaderView::Stretch);
    m_tree->header()->setMinimumSectionSize(60);
    m_tree->header()->resizeSection(RoadmapTreeModel::DepartmentsColumn, 170);
    m_tree->header()->resizeSection(RoadmapTreeModel::DeadlineColumn, 160);
    m_tree->header()->resizeSection(RoadmapTreeModel::DueColumn, 125);
    m_tree->header()->resizeSection(RoadmapTreeModel::StatusColumn, 170);
    m_details = new ActivityDetailsView(splitter);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 400});
    roadmapLayout->addWidget(splitter, 1);
    m_tabs->addTab(roadmapTab, tr("Roadmap"));
    connect(m_filterBar, &RoadmapFilterBar::filterChanged, this, [this](const RoadmapFilter &filter) {
        m_treeProxy->setRoadmapFilter(filter);
        expandMatches();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_filterBar->focusSearch();
    });
    connect(m_expandAction, &QAction::triggered, m_tree, &QTreeView::expandAll);
    connect(m_collapseAction, &QAction::triggered, m_tree, [this] { m_tree->collapseAll(); });

    // My obligations: a department head's work list by category.
    m_listModel = new ObligationListModel(this);
    m_myTab = new QWidget(m_tabs);
    m_myTab->setObjectName(QStringLiteral("myObligationsTab"));
    auto *myLayout = new QVBoxLayout(m_myTab);
    myLayout->setContentsMargins(0, 6, 0, 0);
    m_myHeading = new QLabel(m_myTab);
    m_myHeading->setObjectName(QStringLiteral("myHeading"));
    QFont headingFont = m_myHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_myHeading->setFont(headingFont);
    myLayout->addWidget(m_myHeading);
    auto *mySplitter = new QSplitter(Qt::Horizontal, m_myTab);
    m_categories = new QListWidget(mySplitter);
    m_categories->setObjectName(QStringLiteral("categoryList"));
    m_categories->setIconSize(QSize(20, 20));
    m_categories->setSpacing(2);
    auto *myRight = new QWidget(mySplitter);
    auto *myRightLayout = new QVBoxLayout(myRight);
    myRightLayout->setContentsMargins(0, 0, 0, 0);
    m_myProxy = new ObligationListProxy(this);
    m_myProxy->setSourceModel(m_listModel);
    m_myView = makeListView(QStringLiteral("myObligationsView"), myRight);
    m_myView->setModel(m_myProxy);
    m_myView->sortByColumn(ObligationListModel::DueColumn, Qt::AscendingOrder);
    m_myView->header()->resizeSection(ObligationListModel::ActivityColumn, 400);
    m_myView->header()->resizeSection(ObligationListModel::DepartmentColumn, 200);
    m_myView->header()->resizeSection(ObligationListModel::DueColumn, 110);
    m_myView->header()->resizeSection(ObligationListModel::StatusColumn, 190);
    myRightLayout->addWidget(m_myView, 1);
    auto *myButtons = new QHBoxLayout;
    for (QAction *action : {m_reportAction, m_noEventsAction, m_requestExtensionAction}) {
        auto *button = new QToolButton(myRight);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        myButtons->addWidget(button);
    }
    myButtons->addStretch(1);
    myRightLayout->addLayout(myButtons);
    mySplitter->addWidget(m_categories);
    mySplitter->addWidget(myRight);
    mySplitter->setSizes({240, 1000});
    myLayout->addWidget(mySplitter, 1);
    m_tabs->addTab(m_myTab, tr("My Obligations"));
    connect(m_categories, &QListWidget::currentRowChanged, this, [this](int row) {
        QSet<ObligationListModel::Category> categories;
        if (row > 0)
            categories.insert(ObligationListModel::Category(m_categories->item(row)->data(Qt::UserRole).toInt()));
        m_myProxy->setCategories(categories);
        updateActions();
    });
    connect(m_myView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateActions);
    connect(m_myView, &QTreeView::activated, this, [this] {
        if (m_reportAction->isEnabled())
            m_reportAction->trigger();
    });

    // The monitor's queue: reports waiting for acceptance.
    m_verificationTab = new QWidget(m_tabs);
    m_verificationTab->setObjectName(QStringLiteral("verificationTab"));
    auto *verificationLayout = new QVBoxLayout(m_verificationTab);
    verificationLayout->setContentsMargins(0, 6, 0, 0);
    m_verificationProxy = new ObligationListProxy(this);
    m_verificationProxy->setSourceModel(m_listModel);
    m_verificationProxy->setCategories({ObligationListModel::Category::AwaitingVerification});
    m_verificationView = makeListView(QStringLiteral("verificationView"), m_verificationTab);
    m_verificationView->setModel(m_verificationProxy);
    m_verificationView->sortByColumn(ObligationListModel::ReportColumn, Qt::AscendingOrder);
    m_verificationView->header()->resizeSection(ObligationListModel::ActivityColumn, 400);
    m_verificationView->header()->resizeSection(ObligationListModel::DepartmentColumn, 200);
    m_verificationView->header()->resizeSection(ObligationListModel::DueColumn, 110);
    m_verificationView->header()->resizeSection(ObligationListModel::StatusColumn, 190);
    verificationLayout->addWidget(m_verificationView, 1);
    auto *verificationButtons = new QHBoxLayout;
    for (QAction *action : {m_acceptAction, m_returnAction, m_grantExtensionAction}) {
        auto *button = new QToolButton(m_verificationTab);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        verificationButtons->addWidget(button);
    }
    verificationButtons->addStretch(1);
    verificationLayout->addLayout(verificationButtons);
    m_tabs->addTab(m_verificationTab, tr("Verification"));
    connect(m_verificationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateActions);

#ifdef ROADMAP_HAVE_UI_DASHBOARD
    auto *dashboard = new DashboardWidget(m_tabs);
    dashboard->setObjectName(QStringLiteral("dashboard"));
    m_dashboard = dashboard;
    m_tabs->addTab(dashboard, tr("Dashboard"));
    connect(dashboard, &DashboardWidget::filterRequested, this, [this](int principle, const QString &department) {
        m_tabs->setCurrentIndex(0);
        m_filterBar->showPrincipleAndDepartment(principle, department);
    });
#endif
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    m_pages->addWidget(content);
    setCentralWidget(m_pages);
}

void MainWindow::createStatusBar()
{
    m_busyLabel = new QLabel(tr("The database file is busy — retrying…"), this);
    m_busyLabel->setObjectName(QStringLiteral("busyIndicator"));
    m_busyLabel->setStyleSheet(QStringLiteral("color:#e65100; font-weight:bold; padding:0 8px;"));
    m_busyLabel->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(320);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::openDatabase(const core::DatabaseLocation &location, RoadmapStore::OpenKind kind)
{
    m_errorBanner->hide();
    m_editorDb.reset();
    m_undo->clear();
    m_roadmapId = 0;
    m_progress->setValue(0);
    m_progress->setFormat(tr("Opening %1…").arg(location.displayName()));
    m_progress->show();
    m_store->open(location, kind);
}

void MainWindow::openLastDatabase()
{
    const QString last = appsettings::lastDatabase();
    if (last.isEmpty())
        return;
    const std::optional<core::DatabaseLocation> location = core::DatabaseLocation::parse(last);
    if (!location)
        return;
    if (location->kind == core::DatabaseLocation::Kind::SQLite && !QFileInfo::exists(location->path)) {
        m_welcome->setMessage(tr("The last database, %1, is not there any more.").arg(location->path));
        return;
    }
    openDatabase(*location);
}

void MainWindow::onOpened(const StorageError &error, bool created)
{
    Q_UNUSED(created)
    if (error) {
        m_progress->hide();
        const QString message = tr("Could not open %1: %2").arg(m_store->location().displayName(), error.message);
        if (m_pages->currentWidget() == m_welcome)
            m_welcome->setMessage(message);
        else
            QMessageBox::warning(this, tr("Open Database"), message);
        updateActions();
        return;
    }
    const QString name = m_store->location().kind == core::DatabaseLocation::Kind::SQLite ? m_store->location().path
                                                                                          : m_store->location().displayName();
    appsettings::setLastDatabase(name);
    if (m_store->location().kind == core::DatabaseLocation::Kind::SQLite)
        appsettings::addRecentDatabase(name);
    updateRecentMenu();
    m_databaseLabel->setText(m_store->location().displayName());
    m_firstShow = true;
    m_data.reset();
    m_snapshot.reset();
    m_roadmapId = appsettings::lastRoadmap(name);
    reload();
}

void MainWindow::reload()
{
    if (!m_store->isOpen())
        return;
    m_store->load(asOf(), m_roadmapId);
}

void MainWindow::onLoadFailed(const StorageError &error)
{
    m_progress->hide();
    m_errorBanner->setText(tr("Could not read the database: %1").arg(error.message));
    m_errorBanner->show();
}

void MainWindow::onLoaded(const LoadedRoadmap &loaded)
{
    m_errorBanner->hide();
    m_users = loaded.users;
    m_roadmaps = loaded.roadmaps;
    m_demo = loaded.demo;
    m_readOnlyReason = loaded.readOnlyReason;
    m_user.reset();
    QHash<QString, QString> names;
    for (const core::User &user : std::as_const(m_users)) {
        names.insert(user.login, user.displayName);
        if (user.login == m_login)
            m_user = user;
    }
    m_details->setPeople(names);
    m_listModel->setPeople(names);

    if (loaded.data) {
        m_roadmapId = loaded.data->snapshot.roadmap.id;
        m_snapshot = loaded.data->snapshot;
        appsettings::setLastRoadmap(m_store->location().kind == core::DatabaseLocation::Kind::SQLite ? m_store->location().path
                                                                                                   : m_store->location().displayName(),
                                    m_roadmapId);
    } else {
        m_snapshot.reset();
    }
    updateRoadmapChoice();
    m_pages->setCurrentWidget(loaded.data ? m_content : static_cast<QWidget *>(m_emptyPage));
    updateUserLabel();
    // The as-of date may have moved while the load ran: evaluate again rather than show a stale date.
    if (loaded.data && loaded.data->asOf != asOf())
        reevaluate();
    else
        showRoadmap(loaded.data);
}

void MainWindow::reevaluate()
{
    if (!m_snapshot)
        return;
    const int generation = ++m_evaluation;
    m_evaluator.setProperty("generation", generation);
    const core::RoadmapSnapshot snapshot = *m_snapshot;
    const QDate date = asOf();
    m_evaluator.setFuture(QtConcurrent::run([snapshot, date] { return RoadmapData::evaluate(snapshot, date); }));
}

void MainWindow::showRoadmap(RoadmapDataPtr data)
{
    // Keep what the person was looking at: open branches and the selected row.
    QSet<QString> expanded;
    std::optional<core::ObligationKey> selectedKey = selectedObligation();
    const QString selectedActivity = m_tree->currentIndex().data(RoadmapTreeModel::ActivityNumberRole).toString();
    if (!m_firstShow) {
        const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
            for (int row = 0; row < m_treeProxy->rowCount(parent); ++row) {
                const QModelIndex index = m_treeProxy->index(row, 0, parent);
                if (m_tree->isExpanded(index)) {
                    const QString activity = index.data(RoadmapTreeModel::ActivityNumberRole).toString();
                    expanded.insert(activity.isEmpty() ? QStringLiteral("#%1").arg(index.data(RoadmapTreeModel::PrincipleRole).toInt())
                                                       : activity);
                    collect(index);
                }
            }
        };
        collect({});
    }

    m_data = data;
    m_treeModel->setRoadmap(data);
    m_listModel->setRoadmap(data);
    if (data)
        m_filterBar->setRoadmap(*data);

    for (int row = 0; row < m_treeProxy->rowCount(); ++row) {
        const QModelIndex principle = m_treeProxy->index(row, 0);
        const QString id = QStringLiteral("#%1").arg(principle.data(RoadmapTreeModel::PrincipleRole).toInt());
        if (m_firstShow || expanded.contains(id) || !m_treeProxy->roadmapFilter().isEmpty())
            m_tree->expand(principle);
        for (int child = 0; child < m_treeProxy->rowCount(principle); ++child) {
            const QModelIndex activity = m_treeProxy->index(child, 0, principle);
            if (expanded.contains(activity.data(RoadmapTreeModel::ActivityNumberRole).toString()))
                m_tree->expand(activity);
        }
    }
    QModelIndex restore;
    if (selectedKey)
        restore = m_treeProxy->mapFromSource(m_treeModel->obligationIndex(*selectedKey));
    else if (!selectedActivity.isEmpty())
        restore = m_treeProxy->mapFromSource(m_treeModel->activityIndex(selectedActivity));
    if (restore.isValid()) {
        m_tree->setCurrentIndex(restore);
        m_tree->scrollTo(restore);
    }
    m_firstShow = false;

    const bool hasDepartment = m_user && !m_user->department.isEmpty();
    QSet<QString> mine;
    if (hasDepartment) {
        mine.insert(m_user->department);
        // Obligations led by a group may be reported by any department head.
        if (data) {
            for (const core::DepartmentGroup &group : data->snapshot.roadmap.groups)
                mine.insert(group.name);
        }
    }
    m_myProxy->setDepartments(mine);
    m_tabs->setTabVisible(m_tabs->indexOf(m_myTab), hasDepartment && m_user->role != core::User::Role::Viewer);
    m_tabs->setTabVisible(m_tabs->indexOf(m_verificationTab), m_user && m_user->role == core::User::Role::Monitor);
    m_myHeading->setText(hasDepartment ? tr("Obligations of %1 as of %2").arg(m_user->department, display::date(asOf())) : QString());
    updateCategories();
#ifdef ROADMAP_HAVE_UI_DASHBOARD
    if (data)
        static_cast<DashboardWidget *>(m_dashboard)->setData(data->snapshot.roadmap, data->compliance, data->evaluated);
#endif
    if (m_store->isOpen())
        m_pages->setCurrentWidget(data ? m_content : static_cast<QWidget *>(m_emptyPage));
    updateDetails();
    updateBanners();
    updateActions();
    updateTitle();
    emit roadmapShown();
    if (!m_pendingImport.isEmpty()) {
        // A plan chosen before there was a database: the new database is open now.
        const QString path = std::exchange(m_pendingImport, QString());
        openImportDialog(path);
    }
    if (m_openEditorWhenShown && data && m_roadmapEditorAction->isEnabled()) {
        m_openEditorWhenShown = false;
        openRoadmapEditor();
    }
}

void MainWindow::expandMatches()
{
    // Principles always open; activities too when the filter leaves few of them, so that the
    // matching obligations show without clicking (opening thousands would only slow the view).
    int activities = 0;
    for (int row = 0; row < m_treeProxy->rowCount(); ++row)
        activities += m_treeProxy->rowCount(m_treeProxy->index(row, 0));
    const bool openActivities = !m_treeProxy->roadmapFilter().isEmpty() && activities <= 60;
    for (int row = 0; row < m_treeProxy->rowCount(); ++row) {
        const QModelIndex principle = m_treeProxy->index(row, 0);
        m_tree->expand(principle);
        if (!openActivities)
            continue;
        for (int child = 0; child < m_treeProxy->rowCount(principle); ++child)
            m_tree->expand(m_treeProxy->index(child, 0, principle));
    }
}

void MainWindow::updateCategories()
{
    const int current = std::max(0, m_categories->currentRow());
    const QSignalBlocker blocker(m_categories);
    m_categories->clear();
    auto *all = new QListWidgetItem(m_categories);
    int total = 0;
    const QList<std::pair<ObligationListModel::Category, ObligationStatus>> categories = {
        {ObligationListModel::Category::Overdue, ObligationStatus::Overdue},
        {ObligationListModel::Category::DueSoon, ObligationStatus::DueSoon},
        {ObligationListModel::Category::Returned, ObligationStatus::Returned},
        {ObligationListModel::Category::AwaitingVerification, ObligationStatus::AwaitingVerification},
        {ObligationListModel::Category::Upcoming, ObligationStatus::Upcoming},
        {ObligationListModel::Category::Done, ObligationStatus::DoneOnTime},
    };
    for (const auto &[category, status] : categories) {
        const int count = m_myProxy->count(category);
        total += count;
        auto *item = new QListWidgetItem(statusstyle::icon(status),
                                         tr("%1 (%2)").arg(ObligationListModel::categoryName(category)).arg(count), m_categories);
        item->setData(Qt::UserRole, int(category));
        if (count > 0 && (category == ObligationListModel::Category::Overdue || category == ObligationListModel::Category::Returned)) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setForeground(statusstyle::color(status));
        }
    }
    all->setText(tr("All (%1)").arg(total));
    m_categories->setCurrentRow(current < m_categories->count() ? current : 0);
    QSet<ObligationListModel::Category> selected;
    if (m_categories->currentRow() > 0)
        selected.insert(ObligationListModel::Category(m_categories->currentItem()->data(Qt::UserRole).toInt()));
    m_myProxy->setCategories(selected);
}

void MainWindow::updateDetails()
{
    if (!m_data) {
        m_details->showNothing();
        return;
    }
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        m_details->showNothing();
        return;
    }
    const auto kind = RoadmapTreeModel::NodeKind(current.data(RoadmapTreeModel::NodeKindRole).toInt());
    if (kind == RoadmapTreeModel::NodeKind::Principle) {
        m_details->showPrinciple(*m_data, current.data(RoadmapTreeModel::PrincipleRole).toInt());
        return;
    }
    const QString activity = current.data(RoadmapTreeModel::ActivityNumberRole).toString();
    const std::optional<core::ObligationKey> selected = selectedObligation();
    // Show at once without history, then again when the history has been read.
    m_details->showActivity(*m_data, activity, selected, {});
    QList<core::ObligationKey> keys;
    for (const core::EvaluatedObligation &evaluated : m_data->evaluated) {
        if (evaluated.obligation.key.activity == activity)
            keys.append(evaluated.obligation.key);
    }
    const qint64 roadmapId = m_roadmapId;
    const int request = ++m_historyRequest;
    using History = QHash<core::ObligationKey, QList<core::AuditEvent>>;
    m_store->read<History>(
        [keys, roadmapId](core::Database &db) {
            History history;
            const core::ObligationHistory reader(db);
            for (const core::ObligationKey &key : keys) {
                QList<core::AuditEvent> events = reader.events(roadmapId, key);
                if (!events.isEmpty())
                    history.insert(key, events);
            }
            return history;
        },
        [this, request, activity, selected](const History &history) {
            if (request != m_historyRequest || !m_data)
                return;
            m_details->showActivity(*m_data, activity, selected, history);
        });
}

std::optional<core::ObligationKey> MainWindow::selectedObligation() const
{
    QWidget *tab = m_tabs->currentWidget();
    if (tab == m_myTab)
        return keyOf(m_myView->currentIndex(), ObligationListModel::ActivityNumberRole, ObligationListModel::DepartmentRole,
                     ObligationListModel::PeriodRole);
    if (tab == m_verificationTab)
        return keyOf(m_verificationView->currentIndex(), ObligationListModel::ActivityNumberRole, ObligationListModel::DepartmentRole,
                     ObligationListModel::PeriodRole);
    const QModelIndex current = m_tree->currentIndex();
    if (RoadmapTreeModel::NodeKind(current.data(RoadmapTreeModel::NodeKindRole).toInt()) != RoadmapTreeModel::NodeKind::Obligation)
        return std::nullopt;
    const QStringList departments = current.data(RoadmapTreeModel::DepartmentsRole).toStringList();
    return core::ObligationKey{current.data(RoadmapTreeModel::ActivityNumberRole).toString(), departments.value(0),
                               current.data(RoadmapTreeModel::PeriodRole).toString()};
}

bool MainWindow::selectObligation(const core::ObligationKey &key)
{
    const QModelIndex index = m_treeProxy->mapFromSource(m_treeModel->obligationIndex(key));
    if (!index.isValid())
        return false;
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_tabs->widget(0)));
    m_tree->expand(index.parent().parent());
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

const core::EvaluatedObligation *MainWindow::evaluated(const core::ObligationKey &key) const
{
    if (!m_data)
        return nullptr;
    const int row = m_listModel->rowOf(key);
    return m_listModel->obligation(row);
}

const core::ExecutionReport *MainWindow::storedReport(const core::ObligationKey &key) const
{
    if (!m_data)
        return nullptr;
    const auto it = m_data->snapshot.reports.constFind(key);
    return it == m_data->snapshot.reports.cend() ? nullptr : &*it;
}

QString MainWindow::refusal(core::access::Action action, const std::optional<core::ObligationKey> &key) const
{
    if (!m_store->isOpen())
        return tr("no database is open");
    if (!m_store->isAvailable())
        return tr("the database cannot be reached");
    if (!m_readOnlyReason.isEmpty())
        return m_readOnlyReason;
    if (!m_user)
        return tr("%1 is not a user of this database").arg(m_login);
    const bool ledByGroup = key && m_data && m_data->snapshot.roadmap.isGroup(key->department);
    return core::access::refusal(*m_user, action, key.value_or(core::ObligationKey{}), ledByGroup);
}

void MainWindow::updateActions()
{
    const bool open = m_store->isOpen() && m_data;
    m_backupAction->setEnabled(m_store->isOpen() && m_store->location().kind == core::DatabaseLocation::Kind::SQLite);
    m_statusReportAction->setEnabled(m_store->isOpen() && m_data != nullptr);
    m_refreshAction->setEnabled(m_store->isOpen());
    for (QAction *action : {m_findAction, m_expandAction, m_collapseAction})
        action->setEnabled(open);

    const std::optional<core::ObligationKey> key = selectedObligation();
    const core::EvaluatedObligation *obligation = key ? evaluated(*key) : nullptr;
    const core::ExecutionReport *report = key ? storedReport(*key) : nullptr;
    const bool haveDialogs =
#ifdef ROADMAP_HAVE_UI_DIALOGS
        true;
#else
        false;
#endif
    const auto allowed = [&](core::access::Action action) { return obligation && refusal(action, key).isEmpty(); };
    const ObligationStatus status = obligation ? obligation->evaluation.status : ObligationStatus::Upcoming;
    const bool reportable = obligation && (isOpenStatus(status) || status == ObligationStatus::AwaitingVerification);
    const bool awaiting = report && report->state == core::ExecutionReport::State::Reported;

    const auto explain = [&](QAction *action, bool enabled, core::access::Action permission) {
        action->setEnabled(enabled);
        const QString why = obligation ? refusal(permission, key) : tr("select an obligation first");
        action->setStatusTip(why.isEmpty() ? QString() : why);
    };
    explain(m_reportAction, haveDialogs && reportable && allowed(core::access::Action::ReportExecution),
            core::access::Action::ReportExecution);
    explain(m_noEventsAction, haveDialogs && reportable && obligation->obligation.eventDriven && allowed(core::access::Action::ReportExecution),
            core::access::Action::ReportExecution);
    explain(m_requestExtensionAction, haveDialogs && obligation && isOpenStatus(status) && m_user
                                          && m_user->role == core::User::Role::DepartmentHead && allowed(core::access::Action::ReportExecution),
            core::access::Action::ReportExecution);
    explain(m_acceptAction, awaiting && allowed(core::access::Action::Verify), core::access::Action::Verify);
    explain(m_returnAction, haveDialogs && awaiting && allowed(core::access::Action::Verify), core::access::Action::Verify);
    explain(m_grantExtensionAction, haveDialogs && obligation && !isDone(status) && status != ObligationStatus::NotApplicable
                                        && allowed(core::access::Action::GrantExtension),
            core::access::Action::GrantExtension);

    const bool monitor = open && refusal(core::access::Action::ManageRoadmap).isEmpty();
    // Adding a roadmap needs a database (File ▸ Import without one asks for a new one) and the monitor.
    const QString addRefusal = !haveDialogs              ? tr("this build has no import dialog")
                               : !m_store->isOpen()      ? QString()
                                                         : refusal(core::access::Action::ManageRoadmap);
    m_importAction->setEnabled(addRefusal.isEmpty());
    m_importAction->setStatusTip(addRefusal.isEmpty() ? tr("Read the approved plan from its document and check it before it is stored")
                                                      : tr("Import is not possible: %1").arg(addRefusal));
    const QString emptyRefusal = m_store->isOpen() ? addRefusal : tr("open or create a database first (File ▸ New Database)");
    m_newRoadmapAction->setEnabled(emptyRefusal.isEmpty());
    m_newRoadmapAction->setStatusTip(emptyRefusal.isEmpty() ? tr("Type the approving act and the period, then the activities in the roadmap editor")
                                                            : tr("Not possible: %1").arg(emptyRefusal));
    m_emptyPage->setRefusal(m_store->isOpen() ? addRefusal : QString());
    m_roadmapEditorAction->setEnabled(haveDialogs && monitor);
    const QString editorRefusal = !m_store->isOpen()                                   ? tr("no database is open")
                                  : !m_data                                            ? tr("the database holds no roadmap yet: import one or start an empty one (File menu)")
                                  : refusal(core::access::Action::ManageRoadmap);
    m_roadmapEditorAction->setStatusTip(editorRefusal.isEmpty() ? QString() : tr("Not available: %1").arg(editorRefusal));
    for (QAction *action : {m_calendarAction, m_settingsAction})
        action->setStatusTip(editorRefusal.isEmpty() ? QString() : tr("Not available: %1").arg(editorRefusal));
    m_usersAction->setEnabled(haveDialogs && m_store->isOpen() && m_user && refusal(core::access::Action::ManageUsers).isEmpty());
    m_calendarAction->setEnabled(haveDialogs && monitor);
    m_settingsAction->setEnabled(haveDialogs && monitor);
    // People who may not administer do not see the menu at all; the monitor sees it, disabled until the editors exist.
    m_adminMenu->menuAction()->setVisible(m_user && m_user->role == core::User::Role::Monitor);

    const bool verifier = m_user && m_user->role == core::User::Role::Monitor;
    m_acceptAction->setVisible(verifier);
    m_returnAction->setVisible(verifier);
    m_grantExtensionAction->setVisible(verifier);
    const bool reporter = m_user && m_user->role != core::User::Role::Viewer;
    m_reportAction->setVisible(reporter);
    m_noEventsAction->setVisible(reporter);
    m_requestExtensionAction->setVisible(m_user && m_user->role == core::User::Role::DepartmentHead);
}

void MainWindow::updateBanners()
{
    const bool open = m_store->isOpen();
    m_shareBanner->setVisible(open && !m_store->isAvailable());
    m_shareBanner->setText(tr("<b>%1 cannot be reached.</b> The network share may be disconnected. The window shows what "
                              "was read last and is read-only until the file is back; it keeps checking by itself.")
                               .arg(m_store->location().displayName().toHtmlEscaped()));
    m_readOnlyBanner->setVisible(open && !m_readOnlyReason.isEmpty());
    m_readOnlyBanner->setText(tr("Read-only: %1").arg(m_readOnlyReason));
    m_demoBanner->setVisible(open && m_demo);
    m_demoBanner->setText(tr("This is the demo database: the Kachkanar openness roadmap with an invented history of reports "
                             "up to 30.06.2021."));
}

void MainWindow::updateUserLabel()
{
    if (!m_user) {
        m_userLabel->setText(tr("%1 — not a user of this database (read-only)").arg(m_login));
        return;
    }
    QString text = QStringLiteral("<b>%1</b> — %2").arg(m_user->displayName.toHtmlEscaped(), core::userRoleName(m_user->role).toHtmlEscaped());
    if (!m_user->department.isEmpty() && m_user->role == core::User::Role::DepartmentHead)
        text += QStringLiteral(", ") + m_user->department.toHtmlEscaped();
    m_userLabel->setText(text);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = appsettings::recentDatabases();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QStringLiteral("%1  (%2)").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(core::DatabaseLocation::sqlite(path)); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecentFiles(recent);
}

void MainWindow::updateTitle()
{
    const QString application = tr("Roadmap Tracker");
    if (!m_store->isOpen()) {
        setWindowTitle(application);
        return;
    }
    const QString name = m_store->location().kind == core::DatabaseLocation::Kind::SQLite ? QFileInfo(m_store->location().path).fileName()
                                                                                          : m_store->location().displayName();
    setWindowTitle(m_data ? QStringLiteral("%1 — %2 — %3").arg(m_data->snapshot.roadmap.title.left(60), name, application)
                          : QStringLiteral("%1 — %2").arg(name, application));
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QDir::homePath() + QStringLiteral("/roadmap.sqlite"),
                                                      tr("Roadmap databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Database"), tr("%1 already exists. Open it instead, or choose a new name.").arg(path));
        return;
    }
    openDatabase(core::DatabaseLocation::sqlite(path), RoadmapStore::OpenKind::New);
}

void MainWindow::openDatabaseDialog()
{
    const QString start = m_store->isOpen() ? QFileInfo(m_store->location().path).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start, tr("Roadmap databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(core::DatabaseLocation::sqlite(path));
}

void MainWindow::createDemoDatabase()
{
    // The same place scripts/run.sh uses: ~/.local/share/roadmap-tracker/demo.sqlite.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/roadmap-tracker");
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/demo.sqlite");
    if (QFileInfo::exists(path)) {
        openDatabase(core::DatabaseLocation::sqlite(path));
        return;
    }
    openDatabase(core::DatabaseLocation::sqlite(path), RoadmapStore::OpenKind::Demo);
    setAsOf(QDate(2021, 6, 30));
}

void MainWindow::backup()
{
    const QString suggested = QFileInfo(m_store->location().path).absolutePath() + QStringLiteral("/")
        + QFileInfo(m_store->location().path).completeBaseName() + QStringLiteral("-")
        + m_clock().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")) + QStringLiteral(".sqlite");
    const QString target = QFileDialog::getSaveFileName(this, tr("Backup"), suggested, tr("Roadmap databases (*.sqlite *.db)"));
    if (target.isEmpty())
        return;
    m_store->run([target](core::Database &db) { return db.backupTo(target); },
                 [this, target](const StorageError &error) {
                     if (error)
                         QMessageBox::warning(this, tr("Backup"), error.message);
                     else
                         statusBar()->showMessage(tr("Backed up to %1").arg(target), 8000);
                 });
}

void MainWindow::openStatusReport()
{
    if (!m_data)
        return;
    ReportDialogContext context;
    // The snapshot lives as long as the data the window shows when the dialog opened.
    context.snapshot = std::shared_ptr<const core::RoadmapSnapshot>(m_data, &m_data->snapshot);
    context.users = m_users;
    context.login = m_login;
    context.today = m_clock().toLocalTime().date();
    context.mayRegister = m_user && refusal(core::access::Action::ManageRoadmap).isEmpty();
    auto *dialog = new ReportDialog(context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);

    const qint64 roadmapId = m_data->snapshot.roadmap.id;
    const core::Actor who = actor();
    const Clock clock = m_clock;
    auto registerReport = [this, roadmapId, who, clock](const QString &number, const core::ReportParameters &parameters,
                                                        const core::ReportDocument &document, ReportDialog::RegisterDone done) {
        auto stamped = std::make_shared<core::ReportDocument>(document);
        auto registered = std::make_shared<core::RegisteredReport>();
        m_store->run(
            [=](core::Database &db) {
                return core::RegisteredReportRepository(db, clock).registerReport(who, roadmapId, number, parameters, stamped.get(),
                                                                                  registered.get());
            },
            [done, registered](const StorageError &error) { done(error, *registered); });
    };
    auto listReports = [this, roadmapId, clock](ReportDialog::ListDone done) {
        using Result = std::pair<StorageError, QList<core::RegisteredReport>>;
        m_store->read<Result>(
            [roadmapId, clock](core::Database &db) {
                StorageError error;
                QList<core::RegisteredReport> reports = core::RegisteredReportRepository(db, clock).reports(roadmapId, &error);
                return Result{error, reports};
            },
            [done](const Result &result) { done(result.first, result.second); });
    };
    dialog->setStorage(registerReport, listReports);
    connect(dialog, &ReportDialog::registered, this,
            [this](const QString &number) { statusBar()->showMessage(tr("Report No. %1 is registered").arg(number), 8000); });
    dialog->open();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Roadmap Tracker"),
                       tr("<h3>Roadmap Tracker %1</h3>"
                          "<p>Keeps a municipal action plan («дорожная карта») under control: deadlines under the Civil Code "
                          "and the production calendar, department reports, verification by the organisational department, "
                          "compliance and quarterly reports.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::setLanguage(const QString &language)
{
    appsettings::setLanguage(language);
    QMessageBox::information(this, tr("Language"), tr("The new language is used from the next start of the program."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    appsettings::saveWindow(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showDialogError(QDialog *dialog, const QString &message)
{
#ifdef ROADMAP_HAVE_UI_DIALOGS
    if (auto *form = qobject_cast<FormDialog *>(dialog)) {
        form->showError(message);
        return;
    }
#endif
    QMessageBox::warning(dialog, windowTitle(), message);
}

std::function<void(const StorageError &)> MainWindow::closeWhenSaved(QDialog *dialog, const QString &done)
{
    // The dialog stays open with what was typed when saving fails; it may be gone by the time the write ends.
    return [this, dialog = QPointer<QDialog>(dialog), done](const StorageError &error) {
        if (!dialog)
            return;
        dialog->setEnabled(true);
        if (error) {
            showDialogError(dialog, error.message);
            emit writeFinished(error);
            return;
        }
        dialog->accept();
        afterWrite(error, done);
    };
}

void MainWindow::afterWrite(const StorageError &error, const QString &done)
{
    if (!error) {
        statusBar()->showMessage(done, 8000);
        reload();
    }
    emit writeFinished(error);
}

void MainWindow::submitReport(QDialog *dialog, const core::ObligationKey &key, std::optional<int> basedOnVersion, const QString &mine,
                              ReportJob job)
{
    if (!m_store->isAvailable()) {
        showDialogError(dialog, tr("The database cannot be reached right now. What you typed is kept: press OK again when "
                                   "the share is back."));
        return;
    }
    dialog->setEnabled(false);
    const qint64 roadmapId = m_roadmapId;
    m_store->run([job, basedOnVersion](core::Database &db) { return job(db, basedOnVersion); },
                 [this, dialog = QPointer<QDialog>(dialog), key, mine, job, roadmapId](const StorageError &error) {
                     if (!dialog)
                         return;
                     dialog->setEnabled(true);
                     if (!error) {
                         dialog->accept();
                         afterWrite(error, tr("Saved."));
                         return;
                     }
                     emit writeFinished(error);
                     if (error.kind != StorageError::Kind::Conflict) {
                         showDialogError(dialog, m_store->isAvailable() ? error.message
                                                                         : tr("%1. What you typed is kept: press OK again when the "
                                                                              "share is back.").arg(error.message));
                         return;
                     }
                     // Someone else saved first: read what is stored now and let the person choose.
                     m_store->read<std::optional<core::ExecutionReport>>(
                         [roadmapId, key](core::Database &db) { return core::ExecutionRepository(db).report(roadmapId, key); },
                         [this, dialog, key, mine, job, error](const std::optional<core::ExecutionReport> &theirs) {
                             if (!dialog)
                                 return;
                             auto *conflict = new ConflictDialog(error.message, mine,
                                                                 theirs ? reportHtml(*theirs) : tr("<p>The report was removed.</p>"), dialog);
                             conflict->setAttribute(Qt::WA_DeleteOnClose);
                             connect(conflict, &QDialog::finished, this, [this, conflict, dialog, key, mine, job, theirs] {
                                 if (!dialog)
                                     return;
                                 if (conflict->choice() == ConflictDialog::Choice::KeepMine) {
                                     submitReport(dialog, key, theirs ? theirs->version : 0, mine, job);
                                 } else {
                                     dialog->reject();
                                     reload();
                                 }
                             });
                             conflict->open();
                         });
                 });
}

void MainWindow::acceptReport()
{
    const std::optional<core::ObligationKey> key = selectedObligation();
    const core::ExecutionReport *report = key ? storedReport(*key) : nullptr;
    if (!report)
        return;
    const int version = report->version;
    const qint64 roadmapId = m_roadmapId;
    const core::Actor who = actor();
    const Clock clock = m_clock;
    const core::ObligationKey accepted = *key;
    m_store->run(
        [=, this](core::Database &db) { return core::ExecutionWorkflow(db, clock).accept(who, roadmapId, accepted, {}, version); },
        [this, accepted](const StorageError &error) {
            if (error) {
                // Not a modal box: the queue stays usable and the message stays until the next load.
                m_errorBanner->setText(tr("Could not accept the report: %1").arg(error.message));
                m_errorBanner->show();
                if (error.kind == StorageError::Kind::Conflict)
                    reload();
            }
            afterWrite(error, tr("Accepted %1, %2, %3.").arg(accepted.activity, accepted.department, display::period(accepted.period)));
        });
}

void MainWindow::updateRoadmapChoice()
{
    // The toolbar combo when there is a choice, and File ▸ Roadmap always.
    m_roadmapCombo->clear();
    m_roadmapMenu->clear();
    for (QAction *action : m_roadmapGroup->actions())
        m_roadmapGroup->removeAction(action);
    for (const core::Roadmap &roadmap : std::as_const(m_roadmaps)) {
        const QString act = roadmap.actNumber.isEmpty() ? QString() : tr("No. %1").arg(roadmap.actNumber);
        const QString title = roadmap.title.size() > 70 ? roadmap.title.left(68) + QStringLiteral("…") : roadmap.title;
        const QString text = act.isEmpty() ? title : tr("%1 (%2)").arg(title, act);
        m_roadmapCombo->addItem(text, roadmap.id);
        m_roadmapCombo->setItemData(m_roadmapCombo->count() - 1, roadmap.title, Qt::ToolTipRole);
        QAction *action = m_roadmapMenu->addAction(text);
        action->setObjectName(QStringLiteral("actionRoadmap_%1").arg(roadmap.id));
        action->setCheckable(true);
        action->setChecked(roadmap.id == m_roadmapId);
        action->setToolTip(roadmap.title);
        m_roadmapGroup->addAction(action);
        const qint64 id = roadmap.id;
        connect(action, &QAction::triggered, this, [this, id] { showRoadmapWithId(id); });
    }
    m_roadmapCombo->setCurrentIndex(m_roadmapCombo->findData(m_roadmapId));
    m_roadmapComboAction->setVisible(m_roadmaps.size() > 1);
    m_roadmapMenu->setEnabled(!m_roadmaps.isEmpty());
}

void MainWindow::showRoadmapWithId(qint64 roadmapId)
{
    if (roadmapId == m_roadmapId && m_data)
        return;
    m_roadmapId = roadmapId;
    m_firstShow = true;
    m_undo->clear();
    reload();
}

bool MainWindow::isPlanFile(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("docx"), QStringLiteral("odt"),  QStringLiteral("html"), QStringLiteral("htm"),
                                         QStringLiteral("xlsx"), QStringLiteral("csv"),  QStringLiteral("txt")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // One local plan file, and only when importing is possible at all.
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && isPlanFile(urls.first().toLocalFile()) && m_importAction->isEnabled())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Not from inside the drop: the dialog (or the new-database dialog) must not run in the drag's event loop.
    QMetaObject::invokeMethod(this, [this, path] { importPlanFile(path); }, Qt::QueuedConnection);
}

void MainWindow::importRoadmap()
{
    const QString start = m_store->isOpen() && m_store->location().kind == core::DatabaseLocation::Kind::SQLite
        ? QFileInfo(m_store->location().path).absolutePath()
        : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Roadmap"), start,
        tr("Roadmap documents (*.docx *.odt *.html *.htm *.xlsx *.csv *.txt);;Word documents (*.docx);;OpenDocument text (*.odt);;"
           "Web pages (*.html *.htm);;Excel workbooks (*.xlsx);;CSV and text (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importPlanFile(path);
}

void MainWindow::importPlanFile(const QString &path)
{
    if (m_store->isOpen()) {
        openImportDialog(path);
        return;
    }
    // No database yet: the plan goes into a new one, created first.
    const QString database = QFileDialog::getSaveFileName(
        this, tr("New Database for %1").arg(QFileInfo(path).fileName()),
        QFileInfo(path).absolutePath() + QStringLiteral("/") + QFileInfo(path).completeBaseName() + QStringLiteral(".sqlite"),
        tr("Roadmap databases (*.sqlite *.db);;All files (*)"));
    if (database.isEmpty())
        return;
    if (QFileInfo::exists(database)) {
        QMessageBox::warning(this, tr("New Database"), tr("%1 already exists. Open it, then import the plan into it.").arg(database));
        return;
    }
    m_pendingImport = path;
    openDatabase(core::DatabaseLocation::sqlite(database), RoadmapStore::OpenKind::New);
}

core::Database *MainWindow::editorDatabase()
{
    // The editors write on the GUI thread through a connection of their own.
    if (!m_editorDb || !m_editorDb->isOpen()) {
        m_editorDb = std::make_unique<core::Database>();
        if (const StorageError error = m_editorDb->open(m_store->location())) {
            QMessageBox::warning(this, windowTitle(), error.message);
            m_editorDb.reset();
            return nullptr;
        }
    }
    return m_editorDb.get();
}

#ifdef ROADMAP_HAVE_UI_DIALOGS

void MainWindow::openImportDialog(const QString &path)
{
    auto *dialog = new ImportDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Clock clock = m_clock;
    dialog->setTargetLookup([this, clock](const core::Roadmap &imported, std::function<void(const ImportTarget &)> done) {
        m_store->read<ImportTarget>(
            [imported, clock](core::Database &db) {
                ImportTarget target;
                StorageError error;
                const qint64 id = core::RoadmapUpdate(db, clock).roadmapWithSameAct(imported, &error);
                if (error) {
                    target.error = error.message;
                    return target;
                }
                if (id == 0)
                    return target;
                const std::optional<core::Roadmap> stored = core::RoadmapRepository(db).load(id, &error);
                if (!stored) {
                    target.error = error.message;
                    return target;
                }
                target.roadmapId = id;
                target.title = stored->title;
                target.changes = core::compareRoadmaps(*stored, imported);
                return target;
            },
            done);
    });
    connect(dialog, &ImportDialog::submitRequested, this, [this, dialog] {
        if (!m_store->isAvailable()) {
            showDialogError(dialog, tr("The database cannot be reached right now. Press the button again when the share is back."));
            return;
        }
        const core::Roadmap roadmap = dialog->roadmap();
        const qint64 target = dialog->targetRoadmapId();
        const core::Actor who = actor();
        const Clock clock = m_clock;
        auto stored = std::make_shared<qint64>(target);
        auto kept = std::make_shared<QStringList>();
        dialog->setEnabled(false);
        m_store->run(
            [roadmap, target, who, clock, stored, kept](core::Database &db) -> StorageError {
                if (target != 0)
                    return core::RoadmapUpdate(db, clock).apply(who, target, roadmap, kept.get());
                core::Roadmap created = roadmap;
                const StorageError error = db.write([&] { return core::Administration(db, clock).importRoadmap(who, &created); });
                *stored = created.id;
                return error;
            },
            [this, dialog = QPointer<ImportDialog>(dialog), roadmap, target, stored, kept](const StorageError &error) {
                QString done = target != 0 ? tr("Updated roadmap %1 «%2» from the document.").arg(target).arg(roadmap.title)
                                           : tr("Imported roadmap «%1»: %n activities.", nullptr, int(roadmap.activities.size()))
                                                 .arg(roadmap.title);
                if (!kept->isEmpty())
                    done += QLatin1Char(' ') + tr("Kept because they have reports: %1.").arg(kept->join(QStringLiteral(", ")));
                if (!error) {
                    m_roadmapId = *stored;
                    m_firstShow = true;
                }
                closeWhenSaved(dialog, done)(error);
            });
    });
    dialog->open();
}

void MainWindow::startEmptyRoadmap()
{
    if (!m_store->isOpen())
        return;
    auto *dialog = new NewRoadmapDialog(m_clock().toLocalTime().date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewRoadmapDialog::submitRequested, this, [this, dialog] {
        const core::Roadmap roadmap = dialog->roadmap();
        const core::Actor who = actor();
        const Clock clock = m_clock;
        auto stored = std::make_shared<qint64>(0);
        dialog->setEnabled(false);
        m_store->run(
            [roadmap, who, clock, stored](core::Database &db) -> StorageError {
                core::Roadmap created = roadmap;
                const StorageError error = db.write([&] { return core::Administration(db, clock).importRoadmap(who, &created); });
                *stored = created.id;
                return error;
            },
            [this, dialog = QPointer<NewRoadmapDialog>(dialog), roadmap, stored](const StorageError &error) {
                if (!error) {
                    m_roadmapId = *stored;
                    m_firstShow = true;
                    m_openEditorWhenShown = true;
                }
                closeWhenSaved(dialog, tr("Started roadmap «%1»: add its principles and activities in the roadmap editor.").arg(roadmap.title))(
                    error);
            });
    });
    dialog->open();
}

void MainWindow::reportExecution(bool noEvents)
{
    const std::optional<core::ObligationKey> key = selectedObligation();
    const core::EvaluatedObligation *obligation = key ? evaluated(*key) : nullptr;
    if (!obligation || !m_data)
        return;
    auto *dialog = new ReportExecutionDialog(m_data->snapshot.roadmap, obligation->obligation, m_clock().toLocalTime().date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEffectiveDue(obligation->evaluation.effectiveDue);
    std::optional<int> version;
    if (const core::ExecutionReport *report = storedReport(*key)) {
        dialog->setPreviousReport(*report);
        version = report->version;
    }
    if (noEvents)
        dialog->setNoEvents(true);
    const qint64 roadmapId = m_roadmapId;
    const core::Actor who = actor();
    const Clock clock = m_clock;
    const core::ObligationKey target = *key;
    connect(dialog, &FormDialog::submitRequested, this, [=, this] {
        const bool none = dialog->isNoEvents();
        const core::ExecutionInput input = dialog->input();
        const QString comment = dialog->comment();
        core::ExecutionReport mine;
        mine.key = target;
        mine.noEvents = none;
        mine.doneDate = none ? QDate() : input.doneDate;
        mine.evidenceUrl = none ? QString() : input.evidenceUrl;
        mine.documentRef = none ? QString() : input.documentRef;
        mine.comment = none ? comment : input.comment;
        mine.reportedBy = who.login;
        submitReport(dialog, target, version, reportHtml(mine), [=, this](core::Database &db, std::optional<int> basedOn) {
            core::ExecutionWorkflow workflow(db, clock);
            return none ? workflow.reportNoEvents(who, roadmapId, target, comment, basedOn)
                        : workflow.reportExecution(who, roadmapId, target, input, basedOn);
        });
    });
    dialog->open();
}

void MainWindow::returnReport()
{
    const std::optional<core::ObligationKey> key = selectedObligation();
    const core::EvaluatedObligation *obligation = key ? evaluated(*key) : nullptr;
    const core::ExecutionReport *report = key ? storedReport(*key) : nullptr;
    if (!obligation || !report || !m_data)
        return;
    auto *dialog = new ReturnDialog(m_data->snapshot.roadmap, obligation->obligation, *report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 roadmapId = m_roadmapId;
    const core::Actor who = actor();
    const Clock clock = m_clock;
    const core::ObligationKey target = *key;
    const int version = report->version;
    connect(dialog, &FormDialog::submitRequested, this, [=, this] {
        const QString comment = dialog->comment();
        const QString mine = QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Return for rework:").toHtmlEscaped(), comment.toHtmlEscaped());
        submitReport(dialog, target, version, mine, [=, this](core::Database &db, std::optional<int> basedOn) {
            return core::ExecutionWorkflow(db, clock).returnForRework(who, roadmapId, target, comment, basedOn);
        });
    });
    dialog->open();
}

void MainWindow::requestExtension()
{
    const std::optional<core::ObligationKey> key = selectedObligation();
    const core::EvaluatedObligation *obligation = key ? evaluated(*key) : nullptr;
    if (!obligation || !m_data)
        return;
    auto *dialog = new ExtensionRequestDialog(m_data->snapshot.roadmap, obligation->obligation, obligation->evaluation.effectiveDue,
                                              asOf(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCalendar(m_data->snapshot.calendar);
    const qint64 roadmapId = m_roadmapId;
    const core::Actor who = actor();
    const Clock clock = m_clock;
    const core::ObligationKey target = *key;
    connect(dialog, &FormDialog::submitRequested, this, [=, this] {
        const QDate due = dialog->requestedDue();
        const QString reason = dialog->reason();
        const bool confirmed = dialog->isConfirmed();
        dialog->setEnabled(false);
        m_store->run([=, this](core::Database &db) {
                         return core::ExtensionRequestWorkflow(db, clock).request(who, roadmapId, target, due, reason, nullptr, confirmed);
                     },
                     closeWhenSaved(dialog, tr("The request for an extension was sent to the monitor.")));
    });
    dialog->open();
}

void MainWindow::grantExtension()
{
    const std::optional<core::ObligationKey> key = selectedObligation();
    const core::EvaluatedObligation *obligation = key ? evaluated(*key) : nullptr;
    if (!obligation || !m_data)
        return;
    const qint64 roadmapId = m_roadmapId;
    const core::Actor who = actor();
    const Clock clock = m_clock;
    const core::ObligationKey target = *key;
    const RoadmapDataPtr data = m_data;
    const QDate due = obligation->evaluation.effectiveDue;
    const core::Obligation owed = obligation->obligation;
    // A pending request, if there is one, is shown in the dialog and decided with it.
    m_store->read<std::optional<core::ExtensionRequest>>(
        [=, this](core::Database &db) { return core::ExtensionRequestWorkflow(db, clock).pending(roadmapId, target); },
        [=, this](const std::optional<core::ExtensionRequest> &pending) {
            auto *dialog = new ExtensionDialog(data->snapshot.roadmap, owed, due, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setCalendar(data->snapshot.calendar);
            if (pending)
                dialog->setPendingRequest(*pending);
            connect(dialog, &FormDialog::submitRequested, this, [=, this] {
                const auto decision = dialog->decision();
                const QDate newDue = dialog->newDue();
                const QString reason = dialog->reason();
                const bool confirmed = dialog->isConfirmed();
                dialog->setEnabled(false);
                m_store->run(
                    [=, this](core::Database &db) {
                        if (pending && decision == ExtensionDialog::Decision::Decline)
                            return core::ExtensionRequestWorkflow(db, clock).decline(who, pending->id, pending->version, reason);
                        if (pending)
                            return core::ExtensionRequestWorkflow(db, clock).grant(who, pending->id, pending->version, newDue, reason,
                                                                                  confirmed);
                        return core::ExecutionWorkflow(db, clock).grantExtension(who, roadmapId, target, newDue, reason, confirmed);
                    },
                    closeWhenSaved(dialog, tr("The deadline was extended.")));
            });
            dialog->open();
        });
}

void MainWindow::openRoadmapEditor()
{
    if (m_roadmapEditor) {
        m_roadmapEditor->raise();
        m_roadmapEditor->activateWindow();
        return;
    }
    core::Database *db = editorDatabase();
    if (!db)
        return;
    auto *editor = new RoadmapEditor(*db, actor(), m_clock, m_roadmapId, m_undo, this);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowTitle(tr("Roadmap Editor"));
    editor->resize(1100, 720);
    const QString activity = m_tree->currentIndex().data(RoadmapTreeModel::ActivityNumberRole).toString();
    if (!activity.isEmpty())
        editor->selectActivity(activity);
    connect(editor, &RoadmapEditor::changed, this, &MainWindow::reload);
    connect(m_store, &RoadmapStore::externalChange, editor, &RoadmapEditor::reload);
    m_roadmapEditor = editor;
    editor->show();
}

void MainWindow::openUsers()
{
    core::Database *db = editorDatabase();
    if (!db)
        return;
    auto *dialog = new UsersDialog(*db, actor(), m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UsersDialog::changed, this, &MainWindow::reload);
    dialog->open();
}

void MainWindow::openCalendar()
{
    if (m_calendarEditor) {
        m_calendarEditor->raise();
        m_calendarEditor->activateWindow();
        return;
    }
    core::Database *db = editorDatabase();
    if (!db)
        return;
    auto *editor = new CalendarEditor(*db, actor(), m_clock, asOf().year(), this);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowTitle(tr("Production Calendar"));
    connect(editor, &CalendarEditor::changed, this, &MainWindow::reload);
    m_calendarEditor = editor;
    editor->show();
}

void MainWindow::openRoadmapSettings()
{
    core::Database *db = editorDatabase();
    if (!db)
        return;
    auto *dialog = new RoadmapSettingsDialog(*db, actor(), m_clock, m_roadmapId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RoadmapSettingsDialog::changed, this, &MainWindow::reload);
    dialog->open();
}

#else

// Until the dialogs library is built these actions stay disabled (updateActions) and do nothing.
void MainWindow::reportExecution(bool) {}
void MainWindow::returnReport() {}
void MainWindow::requestExtension() {}
void MainWindow::grantExtension() {}
void MainWindow::openRoadmapEditor() {}
void MainWindow::openUsers() {}
void MainWindow::openCalendar() {}
void MainWindow::openRoadmapSettings() {}
void MainWindow::openImportDialog(const QString &) {}
void MainWindow::startEmptyRoadmap() {}

#endif

} // namespace ui
