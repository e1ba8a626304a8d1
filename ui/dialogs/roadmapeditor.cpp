#include "roadmapeditor.h"

#include "addactivitycommand.h"
#include "adddepartmentcommand.h"
#include "addgroupcommand.h"
#include "addprinciplecommand.h"
#include "database.h"
#include "deadlineparser.h"
#include "editactivitycommand.h"
#include "editdepartmentcommand.h"
#include "editprinciplecommand.h"
#include "manualrule.h"
#include "obligationgenerator.h"
#include "obligationtext.h"
#include "removeactivitycommand.h"
#include "renamegroupcommand.h"
#include "roadmaprepository.h"
#include "ruleform.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ui {

namespace {

const QString principleKind = QStringLiteral("principle");
const QString activityKind = QStringLiteral("activity");

enum DepartmentColumn { NameColumn, ShortNameColumn, KindColumn, HeadColumn, ActiveColumn, DepartmentColumnCount };
enum PreviewColumn { PeriodColumn, FromColumn, ToColumn, NominalColumn, LegalColumn, PreviewColumnCount };

QString roleName(core::AssignmentRole role)
{
    switch (role) {
    case core::AssignmentRole::Lead:
        return QCoreApplication::translate("ui::RoadmapEditor", "lead");
    case core::AssignmentRole::CoExecutor:
        return QCoreApplication::translate("ui::RoadmapEditor", "co-executor");
    case core::AssignmentRole::Contributor:
        return QCoreApplication::translate("ui::RoadmapEditor", "contributor (owes nothing)");
    }
    return {};
}

QString kindName(core::Department::Kind kind)
{
    switch (kind) {
    case core::Department::Kind::AdministrationDepartment:
        return QCoreApplication::translate("ui::RoadmapEditor", "administration department");
    case core::Department::Kind::MunicipalInstitution:
        return QCoreApplication::translate("ui::RoadmapEditor", "municipal institution");
    case core::Department::Kind::ExternalBody:
        return QCoreApplication::translate("ui::RoadmapEditor", "external body");
    }
    return {};
}

QString shortened(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QChar(0x2026);
}

} // namespace

RoadmapEditor::RoadmapEditor(core::Database &db, const core::Actor &actor, Clock clock, qint64 roadmapId, QUndoStack *undoStack,
                             QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_roadmapId(roadmapId)
    , m_editing(db, clock)
    , m_undoStack(undoStack ? undoStack : new QUndoStack(this))
{
    setObjectName(QStringLiteral("roadmapEditor"));
    m_treeModel = new QStandardItemModel(this);
    m_departmentModel = new QStandardItemModel(0, DepartmentColumnCount, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("editorTabs"));
    tabs->setDocumentMode(true);
    tabs->addTab(buildActivitiesPage(), tr("Principles and activities"));
    tabs->addTab(buildDepartmentsPage(), tr("Departments and groups"));
    layout->addWidget(tabs, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setContentsMargins(8, 4, 8, 4);
    m_message->hide();
    layout->addWidget(m_message);

    reload();
}

QWidget *RoadmapEditor::buildActivitiesPage()
{
    auto *page = new QSplitter(Qt::Horizontal, this);
    page->setObjectName(QStringLiteral("activitiesSplitter"));

    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    auto *tools = new QHBoxLayout;
    auto *addPrinciple = new QPushButton(tr("Add principle"), left);
    addPrinciple->setObjectName(QStringLiteral("addPrincipleButton"));
    auto *addActivity = new QPushButton(tr("Add activity"), left);
    addActivity->setObjectName(QStringLiteral("addActivityButton"));
    m_removeActivity = new QPushButton(tr("Remove activity"), left);
    m_removeActivity->setObjectName(QStringLiteral("removeActivityButton"));
    m_removeActivity->setToolTip(tr("Remove the selected activity (only when nobody has reported on it)"));
    tools->addWidget(addPrinciple);
    tools->addWidget(addActivity);
    tools->addWidget(m_removeActivity);
    tools->addStretch(1);
    leftLayout->addLayout(tools);

    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("activityTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    leftLayout->addWidget(m_tree, 1);

    m_reviewTitle = new QLabel(left);
    m_reviewTitle->setObjectName(QStringLiteral("reviewTitle"));
    QFont bold = m_reviewTitle->font();
    bold.setBold(true);
    m_reviewTitle->setFont(bold);
    leftLayout->addWidget(m_reviewTitle);
    m_reviewList = new QListWidget(left);
    m_reviewList->setObjectName(QStringLiteral("reviewList"));
    m_reviewList->setMaximumHeight(120);
    m_reviewList->setWordWrap(false);
    leftLayout->addWidget(m_reviewList);
    page->addWidget(left);

    m_pages = new QStackedWidget(page);
    m_pages->setObjectName(QStringLiteral("editorPages"));
    auto *empty = new QLabel(tr("Select a principle or an activity to edit it."), m_pages);
    empty->setAlignment(Qt::AlignCenter);
    empty->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_pages->addWidget(empty);

    // The principle page.
    auto *principlePage = new QWidget(m_pages);
    auto *principleLayout = new QVBoxLayout(principlePage);
    auto *principleForm = new QFormLayout;
    principleForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_principleNumber = new QLabel(principlePage);
    principleForm->addRow(tr("Principle:"), m_principleNumber);
    m_principleTitle = new QLineEdit(principlePage);
    m_principleTitle->setObjectName(QStringLiteral("principleTitleEdit"));
    principleForm->addRow(tr("&Title:"), m_principleTitle);
    principleLayout->addLayout(principleForm);
    auto *principleButtons = new QHBoxLayout;
    principleButtons->addStretch(1);
    auto *applyPrinciple = new QPushButton(tr("&Apply"), principlePage);
    applyPrinciple->setObjectName(QStringLiteral("applyPrincipleButton"));
    principleButtons->addWidget(applyPrinciple);
    principleLayout->addLayout(principleButtons);
    principleLayout->addStretch(1);
    m_pages->addWidget(principlePage);

    // The activity page.
    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *activityPage = new QWidget(scroll);
    auto *activityLayout = new QVBoxLayout(activityPage);
    activityLayout->setContentsMargins(8, 8, 8, 8);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *numberRow = new QHBoxLayout;
    m_number = new QLineEdit(activityPage);
    m_number->setObjectName(QStringLiteral("numberEdit"));
    m_number->setMaximumWidth(90);
    m_principle = new QComboBox(activityPage);
    m_principle->setObjectName(QStringLiteral("principleCombo"));
    m_principle->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_principle->setMinimumContentsLength(30);
    numberRow->addWidget(m_number);
    numberRow->addSpacing(12);
    numberRow->addWidget(new QLabel(tr("Principle:"), activityPage));
    numberRow->addWidget(m_principle, 1);
    auto *numberLabel = new QLabel(tr("&Number:"), activityPage);
    numberLabel->setBuddy(m_number);
    form->addRow(numberLabel, numberRow);
    m_text = new QPlainTextEdit(activityPage);
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Activity:"), m_text);
    m_deadline = new QLineEdit(activityPage);
    m_deadline->setObjectName(QStringLiteral("deadlineEdit"));
    m_deadline->setPlaceholderText(tr("as written in the roadmap, e.g. «ежегодно до 1 марта года, следующего за отчетным»"));
    form->addRow(tr("&Deadline:"), m_deadline);
    activityLayout->addLayout(form);

    // Wording the program cannot read (or reads otherwise than the plan means) gets a rule set
    // by hand; the wording above stays as approved.
    m_manualRule = new QGroupBox(tr("Rule set by &hand"), activityPage);
    m_manualRule->setObjectName(QStringLiteral("manualRuleGroup"));
    m_manualRule->setCheckable(true);
    m_manualRule->setChecked(false);
    auto *manualLayout = new QVBoxLayout(m_manualRule);
    auto *manualHint = new QLabel(tr("For wording that needs review: state the rule here. The deadline as written stays as "
                                     "approved; the rule is recorded with your name and replaces its reading."),
                                  m_manualRule);
    manualHint->setWordWrap(true);
    manualHint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    manualLayout->addWidget(manualHint);
    m_ruleForm = new RuleForm(m_manualRule);
    manualLayout->addWidget(m_ruleForm);
    auto *wordingForm = new QFormLayout;
    wordingForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_ruleWording = new QLineEdit(m_manualRule);
    m_ruleWording->setObjectName(QStringLiteral("ruleWordingEdit"));
    m_ruleWording->setPlaceholderText(tr("made from the fields above, or typed in the words of a roadmap"));
    wordingForm->addRow(tr("&Rule:"), m_ruleWording);
    manualLayout->addLayout(wordingForm);
    m_ruleSetBy = new QLabel(m_manualRule);
    m_ruleSetBy->setObjectName(QStringLiteral("ruleSetByLabel"));
    m_ruleSetBy->setStyleSheet(QStringLiteral("color: #5f6368;"));
    manualLayout->addWidget(m_ruleSetBy);
    activityLayout->addWidget(m_manualRule);

    auto *preview = new QGroupBox(tr("How the deadline is read"), activityPage);
    auto *previewLayout = new QVBoxLayout(preview);
    m_ruleText = new QLabel(preview);
    m_ruleText->setObjectName(QStringLiteral("ruleLabel"));
    m_ruleText->setWordWrap(true);
    m_ruleText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    previewLayout->addWidget(m_ruleText);
    m_previewTable = new QTableWidget(0, PreviewColumnCount, preview);
    m_previewTable->setObjectName(QStringLiteral("obligationPreview"));
    m_previewTable->setHorizontalHeaderLabels({tr("Period"), tr("From"), tr("To"), tr("Due as worded"), tr("Legal due date")});
    m_previewTable->verticalHeader()->hide();
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewTable->horizontalHeader()->setSectionResizeMode(PeriodColumn, QHeaderView::Stretch);
    m_previewTable->setWordWrap(false);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() + 8);
    m_previewTable->setMinimumHeight(170);
    previewLayout->addWidget(m_previewTable, 1);
    m_previewCount = new QLabel(preview);
    m_previewCount->setObjectName(QStringLiteral("previewCount"));
    m_previewCount->setStyleSheet(QStringLiteral("color: #5f6368;"));
    previewLayout->addWidget(m_previewCount);
    activityLayout->addWidget(preview, 1);

    auto *parties = new QGroupBox(tr("Responsible departments and groups"), activityPage);
    auto *partiesLayout = new QVBoxLayout(parties);
    m_assignments = new QTableWidget(0, 2, parties);
    m_assignments->setObjectName(QStringLiteral("assignmentsTable"));
    m_assignments->setHorizontalHeaderLabels({tr("Department or group"), tr("Role")});
    m_assignments->verticalHeader()->hide();
    m_assignments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assignments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assignments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_assignments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_assignments->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_assignments->verticalHeader()->setDefaultSectionSize(m_assignments->fontMetrics().height() + 14);
    m_assignments->setMinimumHeight(110);
    m_assignments->setMaximumHeight(170);
    partiesLayout->addWidget(m_assignments);
    auto *partyRow = new QHBoxLayout;
    m_party = new QComboBox(parties);
    m_party->setObjectName(QStringLiteral("partyCombo"));
    m_party->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_party->setMinimumContentsLength(28);
    auto *addParty = new QPushButton(tr("Add"), parties);
    addParty->setObjectName(QStringLiteral("addPartyButton"));
    auto *removeParty = new QPushButton(tr("Remove"), parties);
    removeParty->setObjectName(QStringLiteral("removePartyButton"));
    auto *up = new QToolButton(parties);
    up->setArrowType(Qt::UpArrow);
    up->setToolTip(tr("Move up: the first department leads"));
    auto *down = new QToolButton(parties);
    down->setArrowType(Qt::DownArrow);
    down->setToolTip(tr("Move down"));
    partyRow->addWidget(m_party, 1);
    partyRow->addWidget(addParty);
    partyRow->addWidget(removeParty);
    partyRow->addWidget(up);
    partyRow->addWidget(down);
    partiesLayout->addLayout(partyRow);
    activityLayout->addWidget(parties);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *revert = new QPushButton(tr("Re&vert"), activityPage);
    revert->setObjectName(QStringLiteral("revertButton"));
    auto *apply = new QPushButton(tr("&Apply"), activityPage);
    apply->setObjectName(QStringLiteral("applyButton"));
    apply->setDefault(true);
    buttons->addWidget(revert);
    buttons->addWidget(apply);
    activityLayout->addLayout(buttons);
    scroll->setWidget(activityPage);
    m_pages->addWidget(scroll);
    page->addWidget(m_pages);
    page->setStretchFactor(0, 2);
    page->setStretchFactor(1, 3);
    page->setSizes({560, 840});

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_filling)
            return;
        const QModelIndex first = current.siblingAtColumn(0);
        if (first.data(KindRole).toString() == activityKind) {
            m_currentActivity = first.data(KeyRole).toString();
            m_currentPrinciple = 0;
        } else {
            m_currentActivity.clear();
            m_currentPrinciple = first.data(KeyRole).toInt();
        }
        showSelection();
    });
    connect(m_reviewList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { selectActivity(item->data(Qt::UserRole).toString()); });
    connect(m_reviewList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { selectActivity(item->data(Qt::UserRole).toString()); });
    connect(m_deadline, &QLineEdit::textChanged, this, &RoadmapEditor::updatePreview);
    connect(m_ruleForm, &RuleForm::wordingChanged, m_ruleWording, &QLineEdit::setText);
    connect(m_ruleWording, &QLineEdit::textChanged, this, &RoadmapEditor::updatePreview);
    connect(m_manualRule, &QGroupBox::toggled, this, [this](bool on) {
        if (on && m_ruleWording->text().isEmpty())
            m_ruleWording->setText(m_ruleForm->wording());
        updatePreview();
    });
    connect(addPrinciple, &QPushButton::clicked, this, &RoadmapEditor::addPrinciple);
    connect(addActivity, &QPushButton::clicked, this, &RoadmapEditor::addActivity);
    connect(m_removeActivity, &QPushButton::clicked, this, &RoadmapEditor::removeActivity);
    connect(addParty, &QPushButton::clicked, this, &RoadmapEditor::addAssignment);
    connect(removeParty, &QPushButton::clicked, this, [this] {
        const int row = m_assignments->currentRow();
        if (row >= 0)
            m_assignments->removeRow(row);
    });
    connect(up, &QToolButton::clicked, this, [this] { moveAssignment(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveAssignment(1); });
    connect(apply, &QPushButton::clicked, this, &RoadmapEditor::applyForm);
    connect(applyPrinciple, &QPushButton::clicked, this, &RoadmapEditor::applyForm);
    connect(m_principleTitle, &QLineEdit::returnPressed, this, &RoadmapEditor::applyForm);
    connect(revert, &QPushButton::clicked, this, &RoadmapEditor::showSelection);
    return page;
}

QWidget *RoadmapEditor::buildDepartmentsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);

    auto *departments = new QGroupBox(tr("Departments"), page);
    auto *departmentsLayout = new QVBoxLayout(departments);
    m_departmentModel->setHorizontalHeaderLabels({tr("Name"), tr("Short name"), tr("Kind"), tr("Head"), tr("Active")});
    m_departmentTable = new QTableView(departments);
    m_departmentTable->setObjectName(QStringLiteral("departmentTable"));
    m_departmentTable->setModel(m_departmentModel);
    m_departmentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_departmentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_departmentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_departmentTable->setAlternatingRowColors(true);
    m_departmentTable->setWordWrap(false);
    m_departmentTable->verticalHeader()->hide();
    m_departmentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_departmentTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    departmentsLayout->addWidget(m_departmentTable, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_departmentName = new QLineEdit(departments);
    m_departmentName->setObjectName(QStringLiteral("departmentNameEdit"));
    form->addRow(tr("&Name:"), m_departmentName);
    auto *row = new QHBoxLayout;
    m_departmentShort = new QLineEdit(departments);
    m_departmentShort->setObjectName(QStringLiteral("departmentShortEdit"));
    m_departmentKind = new QComboBox(departments);
    m_departmentKind->setObjectName(QStringLiteral("departmentKindCombo"));
    for (core::Department::Kind kind : {core::Department::Kind::AdministrationDepartment, core::Department::Kind::MunicipalInstitution,
                                        core::Department::Kind::ExternalBody})
        m_departmentKind->addItem(kindName(kind), int(kind));
    row->addWidget(m_departmentShort, 1);
    row->addWidget(new QLabel(tr("Kind:"), departments));
    row->addWidget(m_departmentKind, 1);
    auto *shortLabel = new QLabel(tr("S&hort name:"), departments);
    shortLabel->setBuddy(m_departmentShort);
    form->addRow(shortLabel, row);
    m_departmentHead = new QLineEdit(departments);
    m_departmentHead->setObjectName(QStringLiteral("departmentHeadEdit"));
    form->addRow(tr("H&ead:"), m_departmentHead);
    m_departmentActive = new QCheckBox(tr("Acti&ve (inactive departments stay in the history but get no new work)"), departments);
    m_departmentActive->setObjectName(QStringLiteral("departmentActiveCheck"));
    form->addRow(m_departmentActive);
    departmentsLayout->addLayout(form);
    auto *departmentButtons = new QHBoxLayout;
    auto *newDepartment = new QPushButton(tr("New department"), departments);
    newDepartment->setObjectName(QStringLiteral("newDepartmentButton"));
    m_saveDepartment = new QPushButton(tr("Save"), departments);
    m_saveDepartment->setObjectName(QStringLiteral("saveDepartmentButton"));
    departmentButtons->addWidget(newDepartment);
    departmentButtons->addStretch(1);
    departmentButtons->addWidget(m_saveDepartment);
    departmentsLayout->addLayout(departmentButtons);
    layout->addWidget(departments, 3);

    auto *groups = new QGroupBox(tr("Department groups"), page);
    auto *groupsLayout = new QVBoxLayout(groups);
    auto *groupHint = new QLabel(tr("Phrases such as «иные отделы Администрации» that name several departments at once. "
                                    "A group takes part in an activity; when it leads, any of its departments may report."),
                                 groups);
    groupHint->setWordWrap(true);
    groupHint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    groupsLayout->addWidget(groupHint);
    m_groupList = new QListWidget(groups);
    m_groupList->setObjectName(QStringLiteral("groupList"));
    groupsLayout->addWidget(m_groupList, 1);
    m_groupName = new QLineEdit(groups);
    m_groupName->setObjectName(QStringLiteral("groupNameEdit"));
    m_groupName->setPlaceholderText(tr("Group name"));
    groupsLayout->addWidget(m_groupName);
    auto *groupButtons = new QHBoxLayout;
    auto *addGroup = new QPushButton(tr("Add group"), groups);
    addGroup->setObjectName(QStringLiteral("addGroupButton"));
    auto *renameGroup = new QPushButton(tr("Rename"), groups);
    renameGroup->setObjectName(QStringLiteral("renameGroupButton"));
    groupButtons->addWidget(addGroup);
    groupButtons->addWidget(renameGroup);
    groupButtons->addStretch(1);
    groupsLayout->addLayout(groupButtons);
    layout->addWidget(groups, 2);

    connect(m_departmentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDepartment(current.row()); });
    connect(newDepartment, &QPushButton::clicked, this, &RoadmapEditor::newDepartment);
    connect(m_saveDepartment, &QPushButton::clicked, this, &RoadmapEditor::saveDepartment);
    connect(m_groupList, &QListWidget::currentTextChanged, m_groupName, &QLineEdit::setText);
    connect(addGroup, &QPushButton::clicked, this, &RoadmapEditor::addGroup);
    connect(renameGroup, &QPushButton::clicked, this, &RoadmapEditor::renameGroup);
    return page;
}

void RoadmapEditor::reload()
{
    core::StorageError error;
    const core::RoadmapRepository repository(m_db);
    if (std::optional<core::Roadmap> roadmap = repository.load(m_roadmapId, &error)) {
        m_roadmap = *roadmap;
        std::stable_sort(m_roadmap.activities.begin(), m_roadmap.activities.end(), [](const core::Activity &a, const core::Activity &b) {
            return core::activityNumberLess(a.number, b.number);
        });
    }
    if (!error)
        m_calendar = repository.calendar(&error);
    if (!error)
        m_departments = repository.departments(&error);
    if (!error)
        m_groups = m_editing.groups(&error);
    m_activityVersions.clear();
    for (const core::Activity &activity : std::as_const(m_roadmap.activities))
        m_activityVersions.insert(activity.number, m_editing.activityVersion(m_roadmapId, activity.number));
    if (error)
        showMessage(error.message, true);

    m_filling = true;
    m_principle->clear();
    for (const core::Principle &principle : std::as_const(m_roadmap.principles))
        m_principle->addItem(QStringLiteral("%1. %2").arg(principle.number).arg(shortened(principle.title, 60)), principle.number);
    m_party->clear();
    for (const core::Department &department : std::as_const(m_departments)) {
        if (department.active)
            m_party->addItem(department.name, QStringList{department.name, QString()});
    }
    for (const core::DepartmentGroup &group : std::as_const(m_groups))
        m_party->addItem(tr("%1 (group)").arg(group.name), QStringList{group.name, QStringLiteral("group")});
    fillTree();
    fillDepartments();
    m_filling = false;
    if (!m_currentActivity.isEmpty() && m_roadmap.activity(m_currentActivity))
        selectActivity(m_currentActivity);
    else if (m_currentPrinciple > 0 && m_roadmap.principle(m_currentPrinciple))
        selectPrinciple(m_currentPrinciple);
    else {
        m_currentActivity.clear();
        m_currentPrinciple = 0;
        showSelection();
    }
}

void RoadmapEditor::fillTree()
{
    m_treeModel->clear();
    m_treeModel->setHorizontalHeaderLabels({tr("Principle / activity"), tr("Deadline")});
    m_reviewList->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const core::Principle &principle : std::as_const(m_roadmap.principles)) {
        auto *item = new QStandardItem(QStringLiteral("%1. %2").arg(principle.number).arg(principle.title));
        item->setData(principleKind, KindRole);
        item->setData(principle.number, KeyRole);
        item->setToolTip(principle.title);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        auto *spacer = new QStandardItem;
        for (const core::Activity &activity : std::as_const(m_roadmap.activities)) {
            if (activity.principle != principle.number)
                continue;
            auto *child = new QStandardItem(QStringLiteral("%1  %2").arg(activity.number, shortened(activity.text, 90)));
            child->setData(activityKind, KindRole);
            child->setData(activity.number, KeyRole);
            child->setToolTip(activity.text);
            auto *deadline = new QStandardItem(activity.deadlineText);
            deadline->setToolTip(activity.rule.needsReview() ? activity.rule.reviewReason : core::explainActivityRule(activity));
            if (activity.rule.needsReview()) {
                child->setIcon(warning);
                deadline->setForeground(QColor(0xb3, 0x26, 0x1e));
                auto *review = new QListWidgetItem(warning, QStringLiteral("%1 — «%2»: %3")
                                                               .arg(activity.number, shortened(activity.deadlineText, 40),
                                                                    activity.rule.reviewReason),
                                                   m_reviewList);
                review->setData(Qt::UserRole, activity.number);
                review->setToolTip(activity.rule.reviewReason);
            }
            item->appendRow({child, deadline});
        }
        m_treeModel->appendRow({item, spacer});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->resizeSection(1, 170);
    m_tree->header()->setStretchLastSection(false);
    m_reviewTitle->setText(m_reviewList->count() == 0 ? tr("Every deadline wording is understood.")
                                                      : tr("Wording that needs review (%1)").arg(m_reviewList->count()));
    m_reviewList->setVisible(m_reviewList->count() > 0);
}

void RoadmapEditor::fillDepartments()
{
    const QString selected = m_departmentRow >= 0 && m_departmentRow < m_departments.size() ? m_departmentName->text() : QString();
    m_departmentModel->setRowCount(0);
    for (const core::Department &department : std::as_const(m_departments)) {
        QList<QStandardItem *> row;
        row << new QStandardItem(department.name) << new QStandardItem(department.shortName)
            << new QStandardItem(kindName(department.kind)) << new QStandardItem(department.head)
            << new QStandardItem(department.active ? tr("yes") : tr("no"));
        row[NameColumn]->setToolTip(department.name);
        if (!department.active) {
            for (QStandardItem *item : row)
                item->setForeground(QColor(0x80, 0x80, 0x80));
        }
        m_departmentModel->appendRow(row);
    }
    m_groupList->clear();
    for (const core::DepartmentGroup &group : std::as_const(m_groups))
        m_groupList->addItem(group.name);
    m_departmentRow = -1;
    for (int row = 0; row < m_departments.size(); ++row) {
        if (m_departments[row].name == selected)
            m_departmentTable->setCurrentIndex(m_departmentModel->index(row, NameColumn));
    }
    if (m_departmentRow < 0)
        newDepartment();
}

QStringList RoadmapEditor::activitiesNeedingReview() const
{
    QStringList numbers;
    for (const core::Activity &activity : m_roadmap.activities) {
        if (activity.rule.needsReview())
            numbers.append(activity.number);
    }
    return numbers;
}

void RoadmapEditor::selectActivity(const QString &number)
{
    for (int p = 0; p < m_treeModel->rowCount(); ++p) {
        const QModelIndex principle = m_treeModel->index(p, 0);
        for (int a = 0; a < m_treeModel->rowCount(principle); ++a) {
            const QModelIndex activity = m_treeModel->index(a, 0, principle);
            if (activity.data(KeyRole).toString() == number) {
                m_tree->setCurrentIndex(activity);
                m_tree->scrollTo(activity);
                m_currentActivity = number;
                m_currentPrinciple = 0;
                showSelection();
                return;
            }
        }
    }
}

void RoadmapEditor::selectPrinciple(int number)
{
    for (int p = 0; p < m_treeModel->rowCount(); ++p) {
        const QModelIndex principle = m_treeModel->index(p, 0);
        if (principle.data(KeyRole).toInt() == number) {
            m_tree->setCurrentIndex(principle);
            m_currentActivity.clear();
            m_currentPrinciple = number;
            showSelection();
            return;
        }
    }
}

void RoadmapEditor::showSelection()
{
    m_removeActivity->setEnabled(!m_currentActivity.isEmpty());
    if (const core::Activity *activity = m_currentActivity.isEmpty() ? nullptr : m_roadmap.activity(m_currentActivity)) {
        showActivity(*activity);
        m_pages->setCurrentIndex(2);
        return;
    }
    if (const core::Principle *principle = m_currentPrinciple > 0 ? m_roadmap.principle(m_currentPrinciple) : nullptr) {
        m_principleNumber->setText(QString::number(principle->number));
        m_principleTitle->setText(principle->title);
        m_pages->setCurrentIndex(1);
        return;
    }
    m_pages->setCurrentIndex(0);
}

void RoadmapEditor::showActivity(const core::Activity &activity)
{
    m_number->setText(activity.number);
    m_principle->setCurrentIndex(m_principle->findData(activity.principle));
    m_text->setPlainText(activity.text);
    m_deadline->setText(activity.deadlineText);
    {
        const QSignalBlocker blockGroup(m_manualRule);
        const QSignalBlocker blockWording(m_ruleWording);
        m_ruleForm->setPeriod(m_roadmap.periodStart, m_roadmap.periodEnd);
        m_manualRule->setChecked(activity.manualRule.isSet());
        m_ruleWording->setText(activity.manualRule.wording);
    }
    m_ruleSetBy->setText(activity.manualRule.isSet()
                             ? tr("Set by hand by %1 on %2.")
                                   .arg(activity.manualRule.setBy, activity.manualRule.setAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy")))
                             : QString());
    m_ruleSetBy->setVisible(activity.manualRule.isSet());
    fillAssignments(activity.assignments);
    updatePreview();
}

void RoadmapEditor::fillAssignments(const QList<core::Assignment> &assignments)
{
    m_assignments->setRowCount(0);
    for (const core::Assignment &assignment : assignments) {
        const int row = m_assignments->rowCount();
        m_assignments->insertRow(row);
        auto *name = new QTableWidgetItem(assignment.isGroup ? tr("%1 (group)").arg(assignment.department) : assignment.department);
        name->setData(Qt::UserRole, QStringList{assignment.department, assignment.isGroup ? QStringLiteral("group") : QString()});
        name->setToolTip(assignment.department);
        m_assignments->setItem(row, 0, name);
        auto *role = new QComboBox(m_assignments);
        for (core::AssignmentRole value : {core::AssignmentRole::Lead, core::AssignmentRole::CoExecutor, core::AssignmentRole::Contributor})
            role->addItem(roleName(value), int(value));
        role->setCurrentIndex(role->findData(int(assignment.role)));
        m_assignments->setCellWidget(row, 1, role);
    }
}

QList<core::Assignment> RoadmapEditor::formAssignments() const
{
    QList<core::Assignment> result;
    for (int row = 0; row < m_assignments->rowCount(); ++row) {
        const QStringList party = m_assignments->item(row, 0)->data(Qt::UserRole).toStringList();
        const auto *role = qobject_cast<QComboBox *>(m_assignments->cellWidget(row, 1));
        result.append({party.value(0), core::AssignmentRole(role ? role->currentData().toInt() : 0), party.value(1) == u"group"});
    }
    return result;
}

void RoadmapEditor::addAssignment()
{
    const QStringList party = m_party->currentData().toStringList();
    if (party.isEmpty())
        return;
    QList<core::Assignment> assignments = formAssignments();
    for (const core::Assignment &assignment : std::as_const(assignments)) {
        if (assignment.department == party.value(0))
            return;
    }
    const bool isGroup = party.value(1) == u"group";
    const bool hasLead = std::any_of(assignments.cbegin(), assignments.cend(),
                                     [](const core::Assignment &a) { return a.role == core::AssignmentRole::Lead; });
    const core::AssignmentRole role = !hasLead ? core::AssignmentRole::Lead
                                               : isGroup ? core::AssignmentRole::Contributor : core::AssignmentRole::CoExecutor;
    assignments.append({party.value(0), role, isGroup});
    fillAssignments(assignments);
    m_assignments->selectRow(int(assignments.size()) - 1);
}

void RoadmapEditor::moveAssignment(int delta)
{
    const int row = m_assignments->currentRow();
    QList<core::Assignment> assignments = formAssignments();
    if (row < 0 || row + delta < 0 || row + delta >= assignments.size())
        return;
    assignments.swapItemsAt(row, row + delta);
    fillAssignments(assignments);
    m_assignments->selectRow(row + delta);
}

QString RoadmapEditor::formRuleWording() const
{
    return m_manualRule->isChecked() ? m_ruleWording->text().simplified() : QString();
}

void RoadmapEditor::updatePreview()
{
    const core::DeadlineParser parser(m_roadmap.periodStart, m_roadmap.periodEnd);
    const QString manual = formRuleWording();
    core::DeadlineRule rule = parser.parse(manual.isEmpty() ? m_deadline->text() : manual);
    if (m_manualRule->isChecked() && manual.isEmpty())
        rule = {m_deadline->text(), {}, tr("the rule set by hand is empty")};
    const core::ObligationGenerator generator(m_calendar, m_roadmap.settings);
    m_preview = generator.schedule(rule, m_roadmap.periodStart, m_roadmap.periodEnd);
    if (rule.needsReview()) {
        m_ruleText->setText(tr("Needs review: %1").arg(rule.reviewReason));
        m_ruleText->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    } else {
        m_ruleText->setText(manual.isEmpty() ? core::explainDeadlineRule(rule)
                                             : tr("Set by hand: %1").arg(core::explainDeadlineRule(rule)));
        m_ruleText->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
    }
    m_previewTable->setRowCount(int(m_preview.size()));
    for (int row = 0; row < m_preview.size(); ++row) {
        const core::Obligation &obligation = m_preview[row];
        const QStringList cells{periodText(obligation), dateText(obligation.periodStart), dateText(obligation.periodEnd),
                                dateText(obligation.nominalDue), dateText(obligation.legalDue)};
        for (int column = 0; column < PreviewColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == LegalColumn && obligation.legalDue != obligation.nominalDue) {
                item->setForeground(QColor(0x0d, 0x47, 0xa1));
                item->setToolTip(tr("Moved off a non-working day (Civil Code art. 193)"));
            }
            m_previewTable->setItem(row, column, item);
        }
    }
    m_previewCount->setText(m_preview.isEmpty() ? tr("No obligations over %1–%2.").arg(dateText(m_roadmap.periodStart), dateText(m_roadmap.periodEnd))
                                                : tr("Obligations per responsible department over %1–%2: %3.")
                                                      .arg(dateText(m_roadmap.periodStart), dateText(m_roadmap.periodEnd))
                                                      .arg(m_preview.size()));
}

QString RoadmapEditor::previewRuleText() const
{
    return m_ruleText->text();
}

bool RoadmapEditor::push(RoadmapCommand *command)
{
    // The stack may be the window's and outlive this editor.
    command->setObserver([editor = QPointer<RoadmapEditor>(this)](const core::StorageError &error) {
        if (editor)
            editor->commandFinished(error);
    });
    m_undoStack->push(command);
    // A failed command is obsolete and already deleted by the stack; ask the editor's state instead.
    return !m_message->property("failed").toBool();
}

void RoadmapEditor::commandFinished(const core::StorageError &error)
{
    m_message->setProperty("failed", bool(error));
    if (error) {
        showMessage(error.message, true);
        if (error.kind == core::StorageError::Kind::Conflict)
            reload();
        return;
    }
    m_message->hide();
    reload();
    emit changed();
}

bool RoadmapEditor::applyForm()
{
    if (m_currentPrinciple > 0 && m_currentActivity.isEmpty()) {
        const core::Principle *principle = m_roadmap.principle(m_currentPrinciple);
        const QString title = m_principleTitle->text().trimmed();
        if (!principle || title == principle->title)
            return false;
        return push(new EditPrincipleCommand(m_editing, m_actor, m_roadmapId, principle->number, principle->title, title));
    }
    const core::Activity *stored = m_roadmap.activity(m_currentActivity);
    if (!stored)
        return false;
    const core::Activity before = *stored;
    core::Activity after = before;
    after.number = m_number->text().trimmed();
    after.principle = m_principle->currentData().toInt();
    after.text = m_text->toPlainText().trimmed();
    after.deadlineText = m_deadline->text().trimmed();
    after.assignments = formAssignments();
    after.manualRule.wording = formRuleWording();
    // Checked before anything is written, so that a rule that does not read leaves no half-applied edit.
    if (!after.manualRule.wording.isEmpty()) {
        const core::DeadlineParser parser(m_roadmap.periodStart, m_roadmap.periodEnd);
        if (const QString problem = core::manualRuleProblem(parser, after.manualRule.wording); !problem.isEmpty()) {
            showMessage(problem, true);
            return false;
        }
    }
    auto *command = new EditActivityCommand(m_editing, m_actor, m_roadmapId, before, after, m_activityVersions.value(before.number),
                                            m_versionBook);
    if (!command->changesSomething()) {
        delete command;
        return false;
    }
    if (!push(command)) {
        // Keep what was typed.
        fillAssignments(after.assignments);
        const QSignalBlocker blockGroup(m_manualRule);
        m_manualRule->setChecked(!after.manualRule.wording.isEmpty());
        m_ruleWording->setText(after.manualRule.wording);
        return false;
    }
    m_currentActivity = after.number;
    return true;
}

void RoadmapEditor::addPrinciple()
{
    int number = 1;
    for (const core::Principle &principle : std::as_const(m_roadmap.principles))
        number = std::max(number, principle.number + 1);
    m_currentActivity.clear();
    m_currentPrinciple = number;
    push(new AddPrincipleCommand(m_editing, m_actor, m_roadmapId, {number, tr("New principle")}));
}

void RoadmapEditor::addActivity()
{
    int principle = m_currentPrinciple;
    if (const core::Activity *current = m_roadmap.activity(m_currentActivity))
        principle = current->principle;
    if (principle == 0 && !m_roadmap.principles.isEmpty())
        principle = m_roadmap.principles.first().number;
    if (principle == 0) {
        showMessage(tr("Add a principle first."), true);
        return;
    }
    int last = 0;
    for (const core::Activity &activity : std::as_const(m_roadmap.activities)) {
        if (activity.number.section(u'.', 0, 0).toInt() == principle)
            last = std::max(last, activity.number.section(u'.', 1, 1).toInt());
    }
    core::Activity activity;
    activity.number = QStringLiteral("%1.%2").arg(principle).arg(last + 1);
    activity.principle = principle;
    activity.text = tr("New activity");
    activity.deadlineText = QStringLiteral("Постоянно");
    m_currentActivity = activity.number;
    push(new AddActivityCommand(m_editing, m_actor, m_roadmapId, activity));
}

void RoadmapEditor::removeActivity()
{
    const core::Activity *activity = m_roadmap.activity(m_currentActivity);
    if (!activity)
        return;
    const core::Activity removed = *activity;
    m_currentPrinciple = removed.principle;
    m_currentActivity.clear();
    if (!push(new RemoveActivityCommand(m_editing, m_actor, m_roadmapId, removed, m_activityVersions.value(removed.number))))
        m_currentActivity = removed.number;
}

void RoadmapEditor::showDepartment(int row)
{
    if (row < 0 || row >= m_departments.size())
        return;
    m_departmentRow = row;
    const core::Department &department = m_departments[row];
    m_departmentName->setText(department.name);
    m_departmentShort->setText(department.shortName);
    m_departmentKind->setCurrentIndex(m_departmentKind->findData(int(department.kind)));
    m_departmentHead->setText(department.head);
    m_departmentActive->setChecked(department.active);
    m_saveDepartment->setText(tr("Save"));
}

void RoadmapEditor::newDepartment()
{
    m_departmentRow = -1;
    m_departmentTable->clearSelection();
    m_departmentName->clear();
    m_departmentShort->clear();
    m_departmentKind->setCurrentIndex(0);
    m_departmentHead->clear();
    m_departmentActive->setChecked(true);
    m_saveDepartment->setText(tr("Add department"));
}

void RoadmapEditor::saveDepartment()
{
    core::Department after;
    after.name = m_departmentName->text().trimmed();
    after.shortName = m_departmentShort->text().trimmed();
    after.kind = core::Department::Kind(m_departmentKind->currentData().toInt());
    after.head = m_departmentHead->text().trimmed();
    after.active = m_departmentActive->isChecked();
    if (m_departmentRow < 0) {
        push(new AddDepartmentCommand(m_editing, m_actor, m_roadmapId, after));
        return;
    }
    const core::Department before = m_departments[m_departmentRow];
    if (before == after)
        return;
    push(new EditDepartmentCommand(m_editing, m_actor, m_roadmapId, before, after, m_editing.departmentVersion(before.name)));
}

void RoadmapEditor::addGroup()
{
    push(new AddGroupCommand(m_editing, m_actor, m_roadmapId, m_groupName->text().trimmed()));
}

void RoadmapEditor::renameGroup()
{
    const QListWidgetItem *current = m_groupList->currentItem();
    const QString newName = m_groupName->text().trimmed();
    if (!current || newName == current->text())
        return;
    push(new RenameGroupCommand(m_editing, m_actor, m_roadmapId, current->text(), newName));
}

void RoadmapEditor::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fdecea; color: #8a1c13; }")
                                   : QStringLiteral("QLabel { color: #1e6b2f; }"));
    m_message->setVisible(!message.isEmpty());
}

QString RoadmapEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace ui
