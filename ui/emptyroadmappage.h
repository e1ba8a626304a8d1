#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ui {

/// What the window shows when the open database holds no roadmap yet: the two ways to begin,
/// importing the approved plan or typing one in, and why neither is possible when so.
class EmptyRoadmapPage : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyRoadmapPage(QWidget *parent = nullptr);

    /// Why this person may not add a roadmap; empty when they may.
    void setRefusal(const QString &refusal);

signals:
    void importRequested();
    void startEmptyRequested();

private:
    QPushButton *m_import;
    QPushButton *m_startEmpty;
    QLabel *m_refusal;
};

} // namespace ui
