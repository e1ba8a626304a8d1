#pragma once

#include "roadmapdata.h"
#include "roadmapfilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace ui {

/// The row of filters above the roadmap: free text, department, principle, status and period.
class RoadmapFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit RoadmapFilterBar(QWidget *parent = nullptr);

    /// Fills the department, principle and period choices; keeps the current choice where it still exists.
    void setRoadmap(const RoadmapData &data);
    RoadmapFilter filter() const;
    /// Selects a principle and a department (0 / empty: any), as the dashboard asks.
    void showPrincipleAndDepartment(int principle, const QString &department);
    void focusSearch();
    void clear();

signals:
    void filterChanged(const ui::RoadmapFilter &filter);

private:
    void emitChanged();

    QLineEdit *m_search;
    QComboBox *m_department;
    QComboBox *m_principle;
    QComboBox *m_status;
    QComboBox *m_period;
    QTimer *m_typing;
    bool m_filling = false;
};

} // namespace ui
