#pragma once

#include <QDialog>

namespace ui {

/// Someone else saved the same thing first. Shows what the person typed beside what is stored
/// now and lets them choose: save theirs over it (taking the stored version as the base) or
/// drop their own change.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { KeepMine, TakeTheirs };

    /// mine and theirs are short HTML descriptions of the two versions.
    ConflictDialog(const QString &explanation, const QString &mine, const QString &theirs, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::TakeTheirs;
};

} // namespace ui
