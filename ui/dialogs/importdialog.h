#pragma once

#include "formdialog.h"
#include "importtarget.h"
#include "roadmapimportresult.h"

#include <QDate>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QScrollArea;
class QTreeView;

namespace ui {

class ImportPreviewModel;

/// File ▸ Import Roadmap: reads a plan document off the GUI thread and shows what was read —
/// the act, the period, the columns and what each was taken for, every activity with its
/// departments and deadline rule, and every warning with its place — so that a person can fix
/// the header, choose the sheet and the column roles, and then create the roadmap, or update
/// the one approved by the same act. The caller saves on submitRequested() and closes the
/// dialog through accept(), or shows why it failed with showError().
class ImportDialog : public FormDialog
{
    Q_OBJECT

public:
    /// Finds the stored roadmap of the same act; calls back on the GUI thread.
    using TargetLookup = std::function<void(const core::Roadmap &imported, std::function<void(const ImportTarget &)> done)>;

    explicit ImportDialog(const QString &path, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Set before the first read finishes; without it every import creates a roadmap.
    void setTargetLookup(TargetLookup lookup);

    QString path() const { return m_path; }
    bool isReading() const { return m_reading; }
    const core::RoadmapImportResult &result() const { return m_result; }
    /// The roadmap to store: what was read, with the person's corrections of the header.
    core::Roadmap roadmap() const;
    /// The roadmap the import updates; 0 when it creates one.
    qint64 targetRoadmapId() const { return m_target.roadmapId; }
    const ImportTarget &target() const { return m_target; }
    ImportPreviewModel *previewModel() const { return m_model; }

signals:
    /// A read (the first, or again after a change of sheet or column role) has finished.
    void readFinished();
    /// The same-act lookup after a read has answered.
    void targetFound();

protected:
    QString validate() const override;

private:
    void read();
    void showResult(const core::RoadmapImportResult &result);
    void showColumns();
    void showTarget(const ImportTarget &target);
    void setReading(bool reading);
    void selectWarningActivity(QListWidgetItem *item);
    QString formatName(const QString &format) const;

    QString m_path;
    core::RoadmapImportResult m_result;
    ImportTarget m_target;
    TargetLookup m_lookup;
    QList<core::ColumnRole> m_chosenRoles; ///< empty until a person changes a column
    int m_generation = 0;
    bool m_reading = false;
    bool m_periodEdited = false;
    bool m_settingDates = false;

    QLabel *m_source;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QLineEdit *m_title;
    QLabel *m_act;
    QLineEdit *m_approvingBody;
    QDateEdit *m_periodStart;
    QDateEdit *m_periodEnd;
    QScrollArea *m_columnsArea;
    QWidget *m_columns = nullptr;
    QLabel *m_summary;
    QProgressBar *m_busy;
    ImportPreviewModel *m_model;
    QTreeView *m_preview;
    QLabel *m_warningsTitle;
    QListWidget *m_warnings;
    QLabel *m_notice;
};

} // namespace ui
