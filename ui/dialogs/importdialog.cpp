#include "importdialog.h"

#include "dateedit.h"
#include "importpreviewmodel.h"
#include "obligationtext.h"
#include "roadmapdocumentimporter.h"
#include "sourcedocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ui {

namespace {

/// Dates a plan of a Russian municipality can carry: anything outside is a misreading.
const QDate earliestDate(1991, 1, 1);
const QDate latestDate(2100, 12, 31);

QDateEdit *makeDateEdit(const QString &objectName, const QString &notRead, QWidget *parent)
{
    auto *edit = new DateEdit(parent);
    edit->setObjectName(objectName);
    // The earliest date stands for "not read"; the range refuses dates that make no sense.
    edit->setDateRange(earliestDate.addDays(-1), latestDate);
    edit->setSpecialValueText(notRead);
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

const QList<core::ColumnRole> allRoles = {core::ColumnRole::Number,      core::ColumnRole::Principle, core::ColumnRole::Activity,
                                          core::ColumnRole::Responsible, core::ColumnRole::Deadline,  core::ColumnRole::Other,
                                          core::ColumnRole::Ignored};

} // namespace

ImportDialog::ImportDialog(const QString &path, QWidget *parent)
    : FormDialog(parent)
    , m_path(path)
    , m_model(new ImportPreviewModel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Roadmap — %1").arg(QFileInfo(path).fileName()));
    setSubmitText(tr("&Create Roadmap"));
    buttonBox()->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importButton"));
    buttonBox()->button(QDialogButtonBox::Cancel)->setText(tr("Ca&ncel"));

    // What was read and from where.
    auto *sourceRow = new QHBoxLayout;
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("sourceLabel"));
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sourceRow->addWidget(m_source, 1);
    m_sheetLabel = new QLabel(tr("&Sheet:"), this);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_sheet->setToolTip(tr("The worksheet that holds the plan; choosing another reads it again"));
    m_sheetLabel->setBuddy(m_sheet);
    sourceRow->addWidget(m_sheetLabel);
    sourceRow->addWidget(m_sheet);
    m_sheetLabel->hide();
    m_sheet->hide();
    contentLayout()->addLayout(sourceRow);
    connect(m_sheet, &QComboBox::activated, this, [this] {
        m_chosenRoles.clear(); // another sheet has other columns
        read();
    });

    // The header: what the document says about the act, correctable by the person.
    auto *header = new QGroupBox(tr("Roadmap"), this);
    auto *form = new QFormLayout(header);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = new QLineEdit(header);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    form->addRow(tr("&Title:"), m_title);
    m_act = new QLabel(header);
    m_act->setObjectName(QStringLiteral("actLabel"));
    m_act->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approvingBody = new QLineEdit(header);
    m_approvingBody->setObjectName(QStringLiteral("approvingBodyEdit"));
    auto *actRow = new QHBoxLayout;
    actRow->addWidget(m_act);
    actRow->addSpacing(16);
    auto *bodyLabel = new QLabel(tr("Approved &by:"), header);
    bodyLabel->setBuddy(m_approvingBody);
    actRow->addWidget(bodyLabel);
    actRow->addWidget(m_approvingBody, 1);
    form->addRow(tr("Act:"), actRow);
    auto *periodRow = new QHBoxLayout;
    m_periodStart = makeDateEdit(QStringLiteral("periodStartEdit"), tr("not read"), header);
    m_periodEnd = makeDateEdit(QStringLiteral("periodEndEdit"), tr("not read"), header);
    periodRow->addWidget(m_periodStart);
    periodRow->addWidget(new QLabel(QStringLiteral("–"), header));
    periodRow->addWidget(m_periodEnd);
    periodRow->addStretch(1);
    auto *periodLabel = new QLabel(tr("&Period:"), header);
    periodLabel->setBuddy(m_periodStart);
    form->addRow(periodLabel, periodRow);
    contentLayout()->addWidget(header);
    for (QDateEdit *edit : {m_periodStart, m_periodEnd}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_settingDates)
                m_periodEdited = true;
        });
    }

    // The columns found by their headings, each with what it was read as.
    auto *columnsBox = new QGroupBox(tr("Columns of the plan's table"), this);
    columnsBox->setToolTip(tr("If a column was taken for the wrong thing, choose what it holds: the document is read again"));
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->setContentsMargins(6, 4, 6, 4);
    m_columnsArea = new QScrollArea(columnsBox);
    m_columnsArea->setObjectName(QStringLiteral("columnsArea"));
    m_columnsArea->setWidgetResizable(true);
    m_columnsArea->setFrameShape(QFrame::NoFrame);
    m_columnsArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    columnsLayout->addWidget(m_columnsArea);
    contentLayout()->addWidget(columnsBox);

    auto *statusRow = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    statusRow->addWidget(m_summary, 1);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("readingIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(220);
    m_busy->setFormat(tr("Reading the document…"));
    m_busy->setTextVisible(true);
    m_busy->hide();
    statusRow->addWidget(m_busy);
    contentLayout()->addLayout(statusRow);

    // The activities and, under them, the warnings.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_preview = new QTreeView(splitter);
    m_preview->setObjectName(QStringLiteral("previewView"));
    m_preview->setModel(m_model);
    m_preview->setUniformRowHeights(true);
    m_preview->setAlternatingRowColors(true);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(ImportPreviewModel::TextColumn, QHeaderView::Stretch);
    m_preview->header()->resizeSection(ImportPreviewModel::NumberColumn, 70);
    m_preview->header()->resizeSection(ImportPreviewModel::ResponsibleColumn, 230);
    m_preview->header()->resizeSection(ImportPreviewModel::DeadlineColumn, 170);
    m_preview->header()->resizeSection(ImportPreviewModel::RuleColumn, 210);
    auto *warningsPane = new QWidget(splitter);
    auto *warningsLayout = new QVBoxLayout(warningsPane);
    warningsLayout->setContentsMargins(0, 4, 0, 0);
    m_warningsTitle = new QLabel(warningsPane);
    m_warningsTitle->setObjectName(QStringLiteral("warningsTitle"));
    warningsLayout->addWidget(m_warningsTitle);
    m_warnings = new QListWidget(warningsPane);
    m_warnings->setObjectName(QStringLiteral("warningsList"));
    m_warnings->setWordWrap(true);
    warningsLayout->addWidget(m_warnings, 1);
    m_warningsTitle->setBuddy(m_warnings);
    splitter->addWidget(m_preview);
    splitter->addWidget(warningsPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    contentLayout()->addWidget(splitter, 1);
    connect(m_warnings, &QListWidget::itemClicked, this, &ImportDialog::selectWarningActivity);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("updateNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #e3f2fd; color: #0d3c61; border: 1px solid #90caf9; "
                                           "border-radius: 4px; padding: 6px 8px; }"));
    m_notice->hide();
    contentLayout()->addWidget(m_notice);

    // Fit the screen it opens on (1366×768 at least) and leave room for the panels.
    const QRect available = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(qMin(1240, available.width() - 40), qMin(760, available.height() - 60));

    m_source->setText(tr("File: %1").arg(QFileInfo(path).fileName()));
    read();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setTargetLookup(TargetLookup lookup)
{
    m_lookup = std::move(lookup);
}

QString ImportDialog::formatName(const QString &format) const
{
    if (format == u"docx")
        return tr("Word document (.docx)");
    if (format == u"odt")
        return tr("OpenDocument text (.odt)");
    if (format == u"html")
        return tr("web page (.html)");
    if (format == u"xlsx")
        return tr("Excel workbook (.xlsx)");
    if (format == u"csv")
        return tr("CSV table");
    if (format == u"text")
        return tr("plain text");
    return format;
}

void ImportDialog::setReading(bool reading)
{
    m_reading = reading;
    m_busy->setVisible(reading);
    m_sheet->setEnabled(!reading);
    if (m_columns)
        m_columns->setEnabled(!reading);
    QPushButton *submit = buttonBox()->button(QDialogButtonBox::Ok);
    submit->setEnabled(!reading && m_result.ok());
    // The button box picks its default when shown, which it skips while the button is disabled.
    submit->setDefault(submit->isEnabled());
    if (reading)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void ImportDialog::read()
{
    core::PlanReadOptions options;
    if (m_sheet->isVisible() || m_sheet->count() > 1)
        options.sheet = m_sheet->currentText();
    options.columnRoles = m_chosenRoles;
    const int generation = ++m_generation;
    setReading(true);
    clearError();
    auto *watcher = new QFutureWatcher<core::RoadmapImportResult>(this);
    connect(watcher, &QFutureWatcher<core::RoadmapImportResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // A newer read (another sheet or column role) supersedes this one.
        if (generation != m_generation)
            return;
        showResult(watcher->result());
    });
    const QString path = m_path;
    watcher->setFuture(QtConcurrent::run([path, options] { return core::RoadmapDocumentImporter().importFile(path, options); }));
}

void ImportDialog::showResult(const core::RoadmapImportResult &result)
{
    m_result = result;
    const core::Roadmap &roadmap = result.roadmap;

    QString source = tr("File: %1").arg(QFileInfo(m_path).fileName());
    if (!result.format.isEmpty())
        source = tr("File: %1 — %2").arg(QFileInfo(m_path).fileName(), formatName(result.format));
    m_source->setText(source);
    m_source->setToolTip(QFileInfo(m_path).absoluteFilePath());
    {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(result.sheets);
        m_sheet->setCurrentIndex(std::max(0, int(result.sheets.indexOf(result.sheet))));
    }
    m_sheet->setVisible(result.sheets.size() > 1);
    m_sheetLabel->setVisible(result.sheets.size() > 1);

    // What the person corrected stays; the rest follows the document.
    if (!m_title->isModified())
        m_title->setText(roadmap.title);
    if (!m_approvingBody->isModified())
        m_approvingBody->setText(roadmap.approvingBody);
    if (!m_periodEdited) {
        m_settingDates = true;
        m_periodStart->setDate(roadmap.periodStart.isValid() ? roadmap.periodStart : m_periodStart->minimumDate());
        m_periodEnd->setDate(roadmap.periodEnd.isValid() ? roadmap.periodEnd : m_periodEnd->minimumDate());
        m_settingDates = false;
    }
    const QString kind = roadmap.actKind.isEmpty() ? tr("act") : roadmap.actKind;
    const QString number = roadmap.actNumber.isEmpty() ? tr("(no number)") : roadmap.actNumber;
    const QString date = roadmap.actDate.isValid() ? roadmap.actDate.toString(QStringLiteral("dd.MM.yyyy")) : tr("(no date)");
    m_act->setText(result.ok() ? tr("%1 No. %2 of %3").arg(kind, number, date) : QString());

    showColumns();
    m_model->setRoadmap(result.ok() ? roadmap : core::Roadmap{});
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(ImportPreviewModel::ActivityNumberRole).toString().isEmpty())
            m_preview->setFirstColumnSpanned(row, {}, true);
    }
    m_preview->expandAll();

    m_warnings->clear();
    for (const core::ImportWarning &warning : result.warnings) {
        const QString place = core::describePlace(warning.place);
        auto *item = new QListWidgetItem(place.isEmpty() ? warning.message : tr("%1: %2").arg(place, warning.message), m_warnings);
        item->setToolTip(item->text());
    }
    m_warningsTitle->setText(result.warnings.isEmpty() ? tr("&Warnings: none") : tr("&Warnings (%1):").arg(result.warnings.size()));

    if (result.ok()) {
        const int review = m_model->reviewCount();
        QString summary = tr("%n activities", nullptr, int(roadmap.activities.size()));
        if (!roadmap.principles.isEmpty())
            summary = tr("%1 in %2").arg(summary, tr("%n principles", nullptr, int(roadmap.principles.size())));
        summary = tr("%1, %2").arg(summary, tr("%n departments", nullptr, int(roadmap.departments.size())));
        if (review > 0)
            summary = tr("%1; %2").arg(summary, tr("%n deadline wordings need review (highlighted)", nullptr, review));
        m_summary->setText(summary);
    } else {
        m_summary->clear();
        showError(result.error);
    }

    m_target = {};
    m_notice->hide();
    setSubmitText(tr("&Create Roadmap"));
    setReading(false);
    if (result.ok() && m_lookup) {
        const int generation = m_generation;
        m_lookup(roadmap, [this, guard = QPointer<ImportDialog>(this), generation](const ImportTarget &target) {
            if (!guard || generation != m_generation)
                return;
            showTarget(target);
        });
    }
    emit readFinished();
}

void ImportDialog::showColumns()
{
    const int focused = m_columns ? m_columns->property("focusedColumn").toInt() : -1;
    auto *row = new QWidget;
    row->setObjectName(QStringLiteral("columnsRow"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int column = 0; column < m_result.columns.size(); ++column) {
        const core::ImportColumn &found = m_result.columns.at(column);
        auto *cell = new QWidget(row);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        const QString heading = found.heading.simplified().isEmpty() ? tr("(no heading)") : found.heading.simplified();
        auto *label = new QLabel(cell);
        label->setText(label->fontMetrics().elidedText(heading, Qt::ElideRight, 200));
        label->setToolTip(heading);
        cellLayout->addWidget(label);
        auto *combo = new QComboBox(cell);
        combo->setObjectName(QStringLiteral("columnRole%1").arg(column));
        combo->setToolTip(tr("Column %1, «%2»: what it holds").arg(column + 1).arg(heading));
        for (core::ColumnRole role : allRoles)
            combo->addItem(core::columnRoleName(role), int(role));
        combo->setCurrentIndex(combo->findData(int(found.role)));
        label->setBuddy(combo);
        cellLayout->addWidget(combo);
        layout->addWidget(cell);
        connect(combo, &QComboBox::activated, this, [this, column, row] {
            QList<core::ColumnRole> roles;
            for (int i = 0; i < m_result.columns.size(); ++i) {
                auto *box = row->findChild<QComboBox *>(QStringLiteral("columnRole%1").arg(i));
                roles.append(core::ColumnRole(box->currentData().toInt()));
            }
            m_chosenRoles = roles;
            row->setProperty("focusedColumn", column);
            read();
        });
        if (column == focused)
            combo->setFocus();
    }
    if (m_result.columns.isEmpty())
        layout->addWidget(new QLabel(tr("No table with a plan's columns was found."), row));
    layout->addStretch(1);
    m_columnsArea->setWidget(row); // deletes the previous row
    m_columns = row;
    m_columnsArea->setFixedHeight(row->sizeHint().height() + 4 + (row->sizeHint().width() > m_columnsArea->width() ? 16 : 0));
}

void ImportDialog::showTarget(const ImportTarget &target)
{
    m_target = target;
    emit targetFound();
    if (!target.error.isEmpty()) {
        showError(tr("Could not check whether this act is already imported: %1").arg(target.error));
        return;
    }
    if (target.roadmapId == 0)
        return;
    const core::RoadmapChanges &changes = target.changes;
    QString text = tr("<b>This act is already imported as roadmap %1 «%2»: importing updates it.</b>")
                       .arg(target.roadmapId)
                       .arg(target.title.toHtmlEscaped());
    if (changes.isEmpty()) {
        text += QStringLiteral("<br>") + tr("The document and the roadmap agree: nothing would change.");
    } else {
        QStringList parts;
        parts << tr("%n activities added", nullptr, int(changes.addedActivities.size()))
              << tr("%n removed", nullptr, int(changes.removedActivities.size()))
              << tr("%n changed", nullptr, int(changes.changedActivities.size()));
        if (!changes.addedPrinciples.isEmpty())
            parts << tr("%n principles added", nullptr, int(changes.addedPrinciples.size()));
        if (!changes.retitledPrinciples.isEmpty())
            parts << tr("%n principles retitled", nullptr, int(changes.retitledPrinciples.size()));
        if (!changes.headerChanges.isEmpty())
            parts << tr("header: %1").arg(changes.headerChanges.join(QStringLiteral(", ")).toHtmlEscaped());
        text += QStringLiteral("<br>") + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
        if (!changes.removedActivities.isEmpty())
            text += QStringLiteral(" ") + tr("Removed activities that have reports or extensions are kept.");
    }
    m_notice->setText(text);
    m_notice->show();
    setSubmitText(tr("&Update Roadmap"));
}

void ImportDialog::selectWarningActivity(QListWidgetItem *item)
{
    // A warning that names an activity ("1.7 …") selects it in the preview.
    static const QRegularExpression number(QStringLiteral("(?<![\\d.])(\\d+(?:\\.\\d+)+)(?![\\d])"));
    QRegularExpressionMatchIterator it = number.globalMatch(item->text());
    while (it.hasNext()) {
        const QModelIndex index = m_model->activityIndex(it.next().captured(1));
        if (index.isValid()) {
            m_preview->setCurrentIndex(index);
            m_preview->scrollTo(index);
            return;
        }
    }
}

core::Roadmap ImportDialog::roadmap() const
{
    core::Roadmap roadmap = m_result.roadmap;
    roadmap.title = m_title->text().simplified();
    roadmap.approvingBody = m_approvingBody->text().simplified();
    roadmap.periodStart = dateOf(m_periodStart);
    roadmap.periodEnd = dateOf(m_periodEnd);
    roadmap.sourceName = QFileInfo(m_path).fileName();
    return roadmap;
}

QString ImportDialog::validate() const
{
    if (m_reading)
        return tr("The document is still being read.");
    if (!m_result.ok())
        return m_result.error;
    if (m_result.roadmap.activities.isEmpty())
        return tr("No activity was read from this document: check the column roles, or the sheet.");
    if (m_title->text().simplified().isEmpty())
        return tr("Enter the roadmap's title.");
    for (const QDateEdit *edit : {m_periodStart, m_periodEnd}) {
        if (const QString typed = static_cast<const DateEdit *>(edit)->problem(); !typed.isEmpty())
            return sentence(typed);
    }
    const QDate start = dateOf(m_periodStart);
    const QDate end = dateOf(m_periodEnd);
    if (!start.isValid() || !end.isValid())
        return tr("Enter the period the roadmap covers: its first and last day.");
    if (end < start)
        return tr("The period ends (%1) before it starts (%2).")
            .arg(end.toString(QStringLiteral("dd.MM.yyyy")), start.toString(QStringLiteral("dd.MM.yyyy")));
    return {};
}

} // namespace ui
