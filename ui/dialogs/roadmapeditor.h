#pragma once

#include "auditlog.h"
#include "obligation.h"
#include "roadmap.h"
#include "roadmapediting.h"
#include "workcalendar.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QGroupBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QTreeView;
class QUndoStack;

namespace core {
class Database;
}

namespace ui {

class RoadmapCommand;
class RuleForm;

/// The monitor's editor of a stored roadmap: principles, activities, their deadline wording with
/// a live preview of the rule and the obligations it gives, departments and groups, assignments,
/// and the wording that needs review. Every edit is an undoable command on the undo stack.
class RoadmapEditor : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    enum Roles {
        KindRole = Qt::UserRole + 1, ///< "principle" or "activity"
        KeyRole,                     ///< the principle number or the activity number
    };

    /// undoStack: the window's stack; the editor makes its own when it is null.
    RoadmapEditor(core::Database &db, const core::Actor &actor, Clock clock, qint64 roadmapId, QUndoStack *undoStack = nullptr,
                  QWidget *parent = nullptr);

    QUndoStack *undoStack() const { return m_undoStack; }
    const core::Roadmap &roadmap() const { return m_roadmap; }
    /// Principles with their activities.
    QStandardItemModel *activityModel() const { return m_treeModel; }
    /// One row per department: name, short name, kind, head, active.
    QStandardItemModel *departmentModel() const { return m_departmentModel; }
    /// Numbers of the activities whose wording needs review.
    QStringList activitiesNeedingReview() const;

    /// Reads the roadmap again (after someone else changed the database); keeps the selection.
    void reload();
    void selectActivity(const QString &number);
    void selectPrinciple(int number);
    QString selectedActivity() const { return m_currentActivity; }

    /// The wording of the rule set by hand in the form; empty when the form sets none.
    QString formRuleWording() const;

    /// The obligations the wording in the form (or the rule set by hand) gives over the roadmap
    /// period (the live preview).
    QList<core::Obligation> previewObligations() const { return m_preview; }
    QString previewRuleText() const;

    /// Applies the form of the selected activity (or principle); false when nothing was saved.
    bool applyForm();
    /// Pushes a command with this editor as its observer; false when it failed.
    bool push(RoadmapCommand *command);
    QString message() const;

signals:
    /// After every successful edit, undo or redo.
    void changed();

private:
    QWidget *buildActivitiesPage();
    QWidget *buildDepartmentsPage();
    void fillTree();
    void fillDepartments();
    void showSelection();
    void showActivity(const core::Activity &activity);
    void fillAssignments(const QList<core::Assignment> &assignments);
    QList<core::Assignment> formAssignments() const;
    void updatePreview();
    void addPrinciple();
    void addActivity();
    void removeActivity();
    void addAssignment();
    void moveAssignment(int delta);
    void showDepartment(int row);
    void saveDepartment();
    void newDepartment();
    void addGroup();
    void renameGroup();
    void commandFinished(const core::StorageError &error);
    void showMessage(const QString &message, bool error);

    core::Database &m_db;
    core::Actor m_actor;
    Clock m_clock;
    qint64 m_roadmapId = 0;
    core::RoadmapEditing m_editing;
    QUndoStack *m_undoStack = nullptr;

    core::Roadmap m_roadmap;
    core::WorkCalendar m_calendar;
    QList<core::Department> m_departments;
    QList<core::DepartmentGroup> m_groups;
    QHash<QString, int> m_activityVersions;
    /// Shared with the edit commands this editor pushes (which may outlive it on the window's stack).
    std::shared_ptr<QHash<QString, int>> m_versionBook = std::make_shared<QHash<QString, int>>();
    QString m_currentActivity;
    int m_currentPrinciple = 0;
    QList<core::Obligation> m_preview;
    bool m_filling = false;

    QStandardItemModel *m_treeModel = nullptr;
    QTreeView *m_tree = nullptr;
    QListWidget *m_reviewList = nullptr;
    QLabel *m_reviewTitle = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_principleNumber = nullptr;
    QLineEdit *m_principleTitle = nullptr;
    QLineEdit *m_number = nullptr;
    QComboBox *m_principle = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_deadline = nullptr;
    QGroupBox *m_manualRule = nullptr;
    RuleForm *m_ruleForm = nullptr;
    QLineEdit *m_ruleWording = nullptr;
    QLabel *m_ruleSetBy = nullptr;
    QLabel *m_ruleText = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_previewCount = nullptr;
    QTableWidget *m_assignments = nullptr;
    QComboBox *m_party = nullptr;
    QPushButton *m_removeActivity = nullptr;
    QLabel *m_message = nullptr;

    QStandardItemModel *m_departmentModel = nullptr;
    QTableView *m_departmentTable = nullptr;
    QLineEdit *m_departmentName = nullptr;
    QLineEdit *m_departmentShort = nullptr;
    QComboBox *m_departmentKind = nullptr;
    QLineEdit *m_departmentHead = nullptr;
    QCheckBox *m_departmentActive = nullptr;
    QPushButton *m_saveDepartment = nullptr;
    int m_departmentRow = -1;
    QListWidget *m_groupList = nullptr;
    QLineEdit *m_groupName = nullptr;
};

} // namespace ui
