#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace ui {

/// What the window shows before a database is open: what the program is for and the ways to begin.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    /// A line under the buttons, e.g. why the last database could not be opened.
    void setMessage(const QString &message);

signals:
    void createDemoRequested();
    void openRequested();
    void newRequested();
    /// Import an approved plan into a new database.
    void importRequested();
    void openRecentRequested(const QString &path);

private:
    QListWidget *m_recent;
    QLabel *m_recentTitle;
    QLabel *m_message;
};

} // namespace ui
