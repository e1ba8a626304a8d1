#include "usersdialog.h"

#include "administration.h"
#include "database.h"
#include "roadmaprepository.h"
#include "userrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {

enum Column { LoginColumn, NameColumn, RoleColumn, DepartmentColumn, ActiveColumn, ColumnCount };

} // namespace

UsersDialog::UsersDialog(core::Database &db, const core::Actor &actor, Clock clock, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users and roles"));

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Department"), tr("Active")});

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(DepartmentColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->setWordWrap(false);

    auto *formBox = new QGroupBox(tr("User"), this);
    auto *form = new QFormLayout(formBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_login = new QLineEdit(formBox);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setPlaceholderText(tr("the Windows or Linux login"));
    form->addRow(tr("&Login:"), m_login);
    m_name = new QLineEdit(formBox);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Surname, initials"));
    form->addRow(tr("&Name:"), m_name);
    m_role = new QComboBox(formBox);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (core::User::Role role : {core::User::Role::Monitor, core::User::Role::DepartmentHead, core::User::Role::Viewer})
        m_role->addItem(core::userRoleName(role), core::userRoleId(role));
    form->addRow(tr("&Role:"), m_role);
    m_department = new QComboBox(formBox);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->setMinimumContentsLength(24);
    form->addRow(tr("&Department:"), m_department);
    m_active = new QCheckBox(tr("&Active (may sign in and work)"), formBox);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    form->addRow(m_active);
    auto *formButtons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("&New user"), formBox);
    newButton->setObjectName(QStringLiteral("newUserButton"));
    m_save = new QPushButton(tr("&Save"), formBox);
    m_save->setObjectName(QStringLiteral("saveUserButton"));
    m_save->setDefault(true);
    formButtons->addWidget(newButton);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    form->addRow(formButtons);
    m_message = new QLabel(formBox);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    form->addRow(m_message);

    auto *split = new QHBoxLayout;
    split->addWidget(m_table, 5);
    split->addWidget(formBox, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Departments a head can belong to: the active ones.
    for (const core::Department &department : core::RoadmapRepository(m_db).departments()) {
        if (department.active)
            m_department->addItem(department.name, department.name);
    }

    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersDialog::updateDepartmentState);
    connect(newButton, &QPushButton::clicked, this, &UsersDialog::startNewUser);
    connect(m_save, &QPushButton::clicked, this, &UsersDialog::saveForm);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        const QString login = m_model->index(current.row(), LoginColumn).data(Qt::UserRole).toString();
        for (const core::User &user : std::as_const(m_users)) {
            if (user.login == login)
                showUser(user);
        }
    });

    reload();
    startNewUser();
    m_table->setColumnWidth(NameColumn, 230);
    resize(1180, 560);
}

void UsersDialog::reload()
{
    core::StorageError error;
    m_users = core::UserRepository(m_db).users(&error);
    if (error)
        showMessage(error.message, true);
    m_model->setRowCount(0);
    for (const core::User &user : std::as_const(m_users)) {
        QList<QStandardItem *> row;
        for (int column = 0; column < ColumnCount; ++column)
            row.append(new QStandardItem);
        row[LoginColumn]->setText(user.login);
        row[LoginColumn]->setData(user.login, Qt::UserRole);
        row[NameColumn]->setText(user.displayName);
        row[RoleColumn]->setText(core::userRoleName(user.role));
        row[DepartmentColumn]->setText(user.department);
        row[DepartmentColumn]->setToolTip(user.department);
        row[ActiveColumn]->setText(user.active ? tr("yes") : tr("disabled"));
        if (!user.active) {
            for (QStandardItem *item : row)
                item->setForeground(QColor(0x80, 0x80, 0x80));
        }
        m_model->appendRow(row);
    }
}

bool UsersDialog::selectUser(const QString &login)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, LoginColumn).data(Qt::UserRole).toString() == login) {
            m_table->setCurrentIndex(m_model->index(row, LoginColumn));
            return true;
        }
    }
    return false;
}

void UsersDialog::startNewUser()
{
    m_table->clearSelection();
    core::User user;
    user.role = core::User::Role::DepartmentHead;
    m_isNew = true;
    showUser(user);
    m_isNew = true;
    m_login->setFocus();
}

void UsersDialog::showUser(const core::User &user)
{
    m_editing = user;
    m_isNew = user.version == 0;
    m_login->setText(user.login);
    m_login->setReadOnly(!m_isNew);
    m_name->setText(user.displayName);
    m_role->setCurrentIndex(m_role->findData(core::userRoleId(user.role)));
    const int department = m_department->findData(user.department);
    if (department < 0 && !user.department.isEmpty())
        m_department->addItem(user.department, user.department); // an inactive department stays visible
    m_department->setCurrentIndex(m_department->findData(user.department));
    m_active->setChecked(user.active);
    m_save->setText(m_isNew ? tr("&Add") : tr("&Save"));
    updateDepartmentState();
    m_message->hide();
}

void UsersDialog::updateDepartmentState()
{
    const bool head = m_role->currentData().toString() == core::userRoleId(core::User::Role::DepartmentHead);
    m_department->setEnabled(head);
}

void UsersDialog::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1e6b2f;"));
    m_message->setVisible(!message.isEmpty());
}

bool UsersDialog::saveForm()
{
    core::User user = m_editing;
    user.login = m_login->text().trimmed();
    user.displayName = m_name->text().trimmed().isEmpty() ? user.login : m_name->text().trimmed();
    user.role = core::userRoleFromId(m_role->currentData().toString()).value_or(core::User::Role::Viewer);
    user.department = user.role == core::User::Role::DepartmentHead ? m_department->currentData().toString() : QString();
    user.active = m_active->isChecked();
    if (const core::StorageError error = core::Administration(m_db, m_clock).saveUser(m_actor, user, m_editing.version)) {
        showMessage(error.message, true);
        return false;
    }
    const bool added = m_isNew;
    reload();
    selectUser(user.login);
    showMessage(added ? tr("%1 was added.").arg(user.login) : tr("%1 was saved.").arg(user.login), false);
    emit changed();
    return true;
}

} // namespace ui
