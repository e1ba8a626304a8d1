#pragma once

#include "auditlog.h"
#include "user.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace core {
class Database;
}

namespace ui {

/// The people of a database and their roles: add, change role and department, disable.
/// Saves through core::Administration::saveUser with the version each row was read at.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    UsersDialog(core::Database &db, const core::Actor &actor, Clock clock, QWidget *parent = nullptr);

    /// One row per user: login, name, role, department, active.
    QStandardItemModel *model() const { return m_model; }
    /// Reads the users again.
    void reload();
    /// Selects a user for editing; false when there is none with that login.
    bool selectUser(const QString &login);
    /// Starts a new user in the form.
    void startNewUser();
    /// Saves the form; false (with the reason shown) when core refuses.
    bool saveForm();

signals:
    void changed();

private:
    void showUser(const core::User &user);
    void updateDepartmentState();
    void showMessage(const QString &message, bool error);

    core::Database &m_db;
    core::Actor m_actor;
    Clock m_clock;
    QList<core::User> m_users;
    core::User m_editing;
    bool m_isNew = true;

    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_department = nullptr;
    QCheckBox *m_active = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ui
