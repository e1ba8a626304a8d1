#include "reportdialog.h"

#include "dateedit.h"
#include "reportexporter.h"
#include "reportpeople.h"
#include "reportprintpreview.h"
#include "reportvocabulary.h"
#include "statusreportbuilder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPrinter>
#include <QProgressDialog>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

enum PeriodKind { Quarter, HalfYear, Year, Range };

constexpr const char *lastFolderKey = "reports/lastFolder";

QString romanPart(int part)
{
    static const char *const numerals[] = {"I", "II", "III", "IV"};
    return QString::fromLatin1(numerals[part - 1]);
}

} // namespace

ReportDialog::ReportDialog(ReportDialogContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Status Report"));
    buildUi();

    // The last quarter of the roadmap finished by today, as it stood at its end.
    const core::Roadmap &roadmap = m_context.snapshot->roadmap;
    core::ReportParameters defaults;
    defaults.period = core::ReportParameters::defaultPeriod(std::nullopt, m_context.today, roadmap.periodStart, roadmap.periodEnd);
    defaults.asOf = core::ReportParameters::defaultAsOf(defaults.period, m_context.today);
    setParameters(defaults);
}

void ReportDialog::buildUi()
{
    const core::Roadmap &roadmap = m_context.snapshot->roadmap;

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->addItems({tr("Quarter"), tr("Half-year"), tr("Year"), tr("Dates")});
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("periodYear"));
    m_year->setRange(2000, 2100);
    m_part = new QComboBox;
    m_part->setObjectName(QStringLiteral("periodPart"));
    // Typed dates are the dates taken (DateEdit), as in every dialog.
    m_from = new DateEdit;
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new DateEdit;
    m_to->setObjectName(QStringLiteral("periodTo"));
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_kind);
    periodRow->addWidget(m_part);
    periodRow->addWidget(m_year);
    periodRow->addWidget(m_from);
    periodRow->addWidget(m_to);
    periodRow->addStretch();

    m_asOf = new DateEdit;
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setToolTip(tr("Statuses are shown as they were known on this date. It follows the end of the period "
                          "until you change it."));

    m_principle = new QComboBox;
    m_principle->setObjectName(QStringLiteral("principle"));
    m_principle->addItem(tr("All principles"), 0);
    for (const core::Principle &principle : roadmap.principles)
        m_principle->addItem(QStringLiteral("%1. %2").arg(principle.number).arg(principle.title), principle.number);
    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("department"));
    m_department->addItem(tr("All departments"), QString());
    for (const core::Department &department : roadmap.departments)
        m_department->addItem(department.name, department.name);
    for (QComboBox *combo : {m_principle, m_department}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(40);
    }
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    // The executor's phone and the approval block: the database keeps neither.
    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("executorPhone"));
    m_phone->setPlaceholderText(tr("printed with your name at the foot of the last page"));
    m_approval = new QComboBox;
    m_approval->setObjectName(QStringLiteral("approval"));
    m_approval->addItem(tr("None"), int(core::ReportPeople::Approval::None));
    m_approval->addItem(tr("«УТВЕРЖДАЮ» (approve)"), int(core::ReportPeople::Approval::Approve));
    m_approval->addItem(tr("«СОГЛАСОВАНО» (agree)"), int(core::ReportPeople::Approval::Agree));

    auto *form = new QFormLayout;
    form->addRow(tr("&Period:"), periodRow);
    form->addRow(tr("Statuses &as of:"), m_asOf);
    form->addRow(tr("P&rinciple:"), m_principle);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Language of the report:"), m_language);
    form->addRow(tr("Your p&hone:"), m_phone);
    form->addRow(tr("Approval &block for the head:"), m_approval);
    // The labels' buddies, so that Alt+letter reaches each field.
    for (int row = 0; row < form->rowCount(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole) ? form->itemAt(row, QFormLayout::LabelRole)->widget() : nullptr)) {
            if (QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole); field && field->widget())
                label->setBuddy(field->widget());
            else
                label->setBuddy(m_kind);
        }
    }

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 2);

    m_previewButton = new QPushButton(tr("Pre&view…"));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setDefault(true);
    m_printButton = new QPushButton(tr("&Print…"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_saveButton = new QPushButton(tr("&Save As…"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("PDF, ODT (Word, LibreOffice Writer), HTML, CSV or XLSX (spreadsheets)"));
    m_registerButton = new QPushButton(tr("Re&gister…"));
    m_registerButton->setObjectName(QStringLiteral("registerButton"));
    m_registerButton->setToolTip(tr("Give the report a number and keep its content in the database, so that it can be "
                                    "printed again exactly as it is now"));
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_previewButton, m_printButton, m_saveButton, m_registerButton})
        actions->addWidget(button);
    actions->addStretch();

    m_registerList = new QTreeWidget;
    m_registerList->setObjectName(QStringLiteral("registeredReports"));
    m_registerList->setRootIsDecorated(false);
    m_registerList->setUniformRowHeights(true);
    m_registerList->setHeaderLabels({tr("Number"), tr("Registered"), tr("By"), tr("Period"), tr("As of"), tr("Language"), tr("Scope")});
    m_registerList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_registerList->header()->setStretchLastSection(true);
    m_registerStatus = new QLabel;
    m_registerStatus->setWordWrap(true);
    m_previewRegisteredButton = new QPushButton(tr("Previe&w…"));
    m_previewRegisteredButton->setObjectName(QStringLiteral("previewRegisteredButton"));
    m_saveRegisteredButton = new QPushButton(tr("Save As &PDF, ODT…"));
    m_saveRegisteredButton->setObjectName(QStringLiteral("saveRegisteredButton"));
    auto *registerButtons = new QHBoxLayout;
    registerButtons->addWidget(m_registerStatus, 1);
    registerButtons->addWidget(m_previewRegisteredButton);
    registerButtons->addWidget(m_saveRegisteredButton);
    auto *registerBox = new QGroupBox(tr("Registered reports"));
    auto *registerLayout = new QVBoxLayout(registerBox);
    registerLayout->addWidget(m_registerList);
    registerLayout->addLayout(registerButtons);
    m_registerBox = registerBox;
    m_registerBox->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *parametersBox = new QGroupBox(tr("Report"));
    auto *parametersLayout = new QVBoxLayout(parametersBox);
    parametersLayout->addLayout(form);
    parametersLayout->addWidget(m_summary);
    parametersLayout->addLayout(actions);
    layout->addWidget(parametersBox);
    layout->addWidget(m_registerBox, 1);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::periodKindChanged);
    connect(m_phone, &QLineEdit::textChanged, this, &ReportDialog::parametersChanged);
    for (QComboBox *combo : {m_part, m_principle, m_department, m_language, m_approval})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportDialog::parametersChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &ReportDialog::parametersChanged);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ReportDialog::parametersChanged);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        if (!m_updating)
            m_asOfFollowsPeriod = false;
        parametersChanged();
    });
    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportDialog::save);
    connect(m_registerButton, &QPushButton::clicked, this, &ReportDialog::registerReport);
    connect(m_previewRegisteredButton, &QPushButton::clicked, this, &ReportDialog::previewRegistered);
    connect(m_saveRegisteredButton, &QPushButton::clicked, this, &ReportDialog::saveRegistered);
    connect(m_registerList, &QTreeWidget::itemDoubleClicked, this, &ReportDialog::previewRegistered);
    connect(m_registerList, &QTreeWidget::itemSelectionChanged, this, &ReportDialog::updateActions);
    m_previewRegisteredButton->setEnabled(false);
    m_saveRegisteredButton->setEnabled(false);
    m_registerButton->setVisible(false);
    resize(760, 620);
}

void ReportDialog::setStorage(RegisterFunction registerReport, ListFunction listReports)
{
    m_register = std::move(registerReport);
    m_list = std::move(listReports);
    m_registerBox->setVisible(bool(m_list));
    m_registerButton->setVisible(bool(m_register));
    updateActions();
    if (!m_context.mayRegister)
        m_registerButton->setToolTip(tr("Only the organisational department (monitors) registers reports"));
    refreshRegister();
}

core::ReportParameters ReportDialog::parameters() const
{
    core::ReportParameters parameters;
    const int year = m_year->value();
    switch (m_kind->currentIndex()) {
    case Quarter:
        parameters.period = core::ReportPeriod::quarter(year, m_part->currentIndex() + 1);
        break;
    case HalfYear:
        parameters.period = core::ReportPeriod::halfYear(year, m_part->currentIndex() + 1);
        break;
    case Year:
        parameters.period = core::ReportPeriod::wholeYear(year);
        break;
    default:
        parameters.period.kind = core::ReportPeriod::Kind::Range;
        parameters.period.start = m_from->date();
        parameters.period.end = m_to->date();
        break;
    }
    parameters.asOf = m_asOf->date();
    parameters.principle = m_principle->currentData().toInt();
    parameters.department = m_department->currentData().toString();
    parameters.language = m_language->currentData().toString();
    return parameters;
}

void ReportDialog::setParameters(const core::ReportParameters &parameters)
{
    m_updating = true;
    const core::ReportPeriod &period = parameters.period;
    switch (period.kind) {
    case core::ReportPeriod::Kind::Quarter:
        m_kind->setCurrentIndex(Quarter);
        break;
    case core::ReportPeriod::Kind::HalfYear:
        m_kind->setCurrentIndex(HalfYear);
        break;
    case core::ReportPeriod::Kind::Year:
        m_kind->setCurrentIndex(Year);
        break;
    case core::ReportPeriod::Kind::Range:
        m_kind->setCurrentIndex(Range);
        break;
    }
    periodKindChanged();
    m_updating = true;
    m_year->setValue(period.year());
    if (period.part() > 0)
        m_part->setCurrentIndex(period.part() - 1);
    m_from->setDate(period.start);
    m_to->setDate(period.end);
    m_asOf->setDate(parameters.asOf);
    m_asOfFollowsPeriod = parameters.asOf == core::ReportParameters::defaultAsOf(period, m_context.today);
    m_principle->setCurrentIndex(std::max(0, m_principle->findData(parameters.principle)));
    m_department->setCurrentIndex(std::max(0, m_department->findData(parameters.department)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(parameters.language)));
    m_updating = false;
    parametersChanged();
}

void ReportDialog::periodKindChanged()
{
    const bool updating = m_updating;
    m_updating = true;
    const int kind = m_kind->currentIndex();
    const int part = m_part->currentIndex();
    m_part->clear();
    if (kind == Quarter) {
        for (int quarter = 1; quarter <= 4; ++quarter)
            m_part->addItem(tr("%1 quarter").arg(romanPart(quarter)));
    } else if (kind == HalfYear) {
        for (int half = 1; half <= 2; ++half)
            m_part->addItem(tr("%1 half-year").arg(romanPart(half)));
    }
    m_part->setCurrentIndex(std::clamp(part, 0, std::max(0, m_part->count() - 1)));
    m_part->setVisible(kind == Quarter || kind == HalfYear);
    m_year->setVisible(kind != Range);
    m_from->setVisible(kind == Range);
    m_to->setVisible(kind == Range);
    if (kind == Range && !updating && m_lastPeriod.isValid()) {
        // Dates start as the period chosen so far.
        m_from->setDate(m_lastPeriod.start);
        m_to->setDate(m_lastPeriod.end);
    } else if (kind != Range && !updating && m_lastPeriod.isValid()) {
        m_year->setValue(m_lastPeriod.end.year());
    }
    m_updating = updating;
    if (!updating)
        parametersChanged();
}

void ReportDialog::updateAsOf()
{
    if (!m_asOfFollowsPeriod)
        return;
    const core::ReportParameters current = parameters();
    if (!current.period.isValid())
        return;
    m_updating = true;
    m_asOf->setDate(core::ReportParameters::defaultAsOf(current.period, m_context.today));
    m_updating = false;
}

void ReportDialog::parametersChanged()
{
    if (m_updating)
        return;
    updateAsOf();
    m_lastPeriod = parameters().period;
    QString error;
    const std::optional<core::ReportDocument> report = document(&error);
    // Kept for preview, printing and saving, which then cost the GUI thread nothing more.
    m_current = report;
    m_currentError = error;
    updateActions();
    if (!report) {
        m_summary->setText(error);
        return;
    }
    const core::ReportParameters chosenParameters = parameters();
    const core::ReportFigures &figures = report->figures;
    const QLocale locale;
    // The key figures as the report prints them: due and not yet due add up to the obligations.
    QString summary = tr("In the period: %n obligation(s).", nullptr, figures.obligations) + u' '
        + tr("Due by the as-of date: %1 (on time: %2, after an extension: %3, late: %4, overdue: %5, awaiting verification: %6, "
             "returned: %7); not yet due: %8; no events: %9.")
              .arg(figures.due)
              .arg(figures.doneOnTime)
              .arg(figures.doneOnTimeAfterExtension)
              .arg(figures.doneLate)
              .arg(figures.overdue)
              .arg(figures.awaitingVerificationDue)
              .arg(figures.returnedDue)
              .arg(figures.notYetDue)
              .arg(figures.notApplicable);
    summary += u' '
        + (figures.due > 0 ? tr("On-time rate %1 %.").arg(locale.toString(figures.onTimeRate * 100.0, 'f', 1))
                           : tr("On-time rate: — (nothing is due yet)."));
    // Parameters that may be meant make the report, with what is odd about them said first.
    for (const QString &warning : chosenParameters.check(*m_context.snapshot, m_context.today).warnings)
        summary.prepend(tr("Warning: %1.").arg(warning) + u'\n');
    m_summary->setText(summary);
}

std::optional<core::ReportDocument> ReportDialog::document(QString *error) const
{
    const core::ReportParameters chosen = parameters();
    if (!chosen.period.isValid()) {
        if (error)
            *error = tr("The period ends before it starts.");
        return std::nullopt;
    }
    if (const QString refusal = chosen.check(*m_context.snapshot, m_context.today).refusal; !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return std::nullopt;
    }
    std::optional<core::ReportPeople> people =
        core::ReportPeople::find(m_context.users, m_context.snapshot->roadmap, m_context.login, error);
    if (!people)
        return std::nullopt;
    people->executorPhone = m_phone->text().trimmed();
    people->approval = core::ReportPeople::Approval(m_approval->currentData().toInt());
    return core::StatusReportBuilder::build(*m_context.snapshot, chosen, *people, error);
}

std::optional<core::ReportDocument> ReportDialog::currentOrWarn()
{
    if (!m_current)
        QMessageBox::warning(this, windowTitle(), m_currentError);
    return m_current;
}

void ReportDialog::updateActions()
{
    // One preview, print or save at a time; the parameters stay free meanwhile.
    const bool idle = m_job.isNull();
    for (QPushButton *button : {m_previewButton, m_printButton, m_saveButton})
        button->setEnabled(idle && m_current.has_value());
    m_registerButton->setEnabled(idle && m_current.has_value() && m_context.mayRegister);
    const bool selected = selectedRegistered().has_value();
    m_previewRegisteredButton->setEnabled(idle && selected);
    m_saveRegisteredButton->setEnabled(idle && selected);
}

ReportJob *ReportDialog::runJob(QWidget *over, const QString &title, ReportJob::Work work, std::function<void(const QString &error)> done)
{
    if (m_job)
        return nullptr;
    auto *job = new ReportJob(std::move(work), this);
    m_job = job;
    auto *progress = new QProgressDialog(over);
    progress->setObjectName(QStringLiteral("reportProgress"));
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setRange(0, 0);
    progress->setLabelText(tr("Laying out the report…"));
    // Small reports are done before it would show.
    progress->setMinimumDuration(400);
    progress->setValue(0);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, job, &ReportJob::cancel);
    connect(job, &ReportJob::progressed, this, &ReportDialog::showProgress);
    connect(job, &ReportJob::finished, this, [this, job, progress, done = std::move(done)](const QString &error, bool cancelled) {
        progress->deleteLater();
        job->deleteLater();
        m_job.clear();
        updateActions();
        if (!cancelled)
            done(error);
    });
    updateActions();
    job->start();
    return job;
}

void ReportDialog::showProgress(ReportStage stage, int page, int pages)
{
    if (!m_progress)
        return;
    if (stage == ReportStage::Layout) {
        m_progress->setLabelText(tr("Laying out the report: page %1…").arg(page));
        m_progress->setValue(0);
        return;
    }
    m_progress->setLabelText(tr("Drawing page %1 of %2…").arg(page).arg(pages));
    m_progress->setRange(0, pages);
    m_progress->setValue(page - 1);
}

void ReportDialog::showPreview(const core::ReportDocument &document)
{
    // The preview asks for its pages while it opens, and again for each printer chosen from it,
    // and wants them painted when the request returns: they are painted on a worker thread
    // while the window goes on answering here, with Cancel over the preview.
    ReportPrintPreview::showPreview(
        document,
        [this, &document](QPrinter *target, QWidget *preview) {
            QEventLoop wait;
            ReportJob *job = runJob(
                preview, tr("Preview"),
                [document, target](const ReportProgress &progress) {
                    return ReportPrintPreview::print(document, target, progress) ? QString() : tr("The report could not be drawn.");
                },
                [preview](const QString &error) {
                    if (!error.isEmpty())
                        QMessageBox::warning(preview, preview->windowTitle(), error);
                });
            if (!job)
                return;
            connect(job, &ReportJob::finished, &wait, &QEventLoop::quit);
            wait.exec();
        },
        this);
}

void ReportDialog::preview()
{
    if (const std::optional<core::ReportDocument> report = currentOrWarn())
        showPreview(*report);
}

void ReportDialog::print()
{
    const std::optional<core::ReportDocument> report = currentOrWarn();
    if (!report)
        return;
    // The print dialog asks on the GUI thread; Qt paints on a printer from any thread.
    std::shared_ptr<QPrinter> printer = ReportPrintPreview::choosePrinter(*report, this);
    if (!printer)
        return;
    runJob(this, tr("Print"),
           [document = *report, printer](const ReportProgress &progress) {
               return ReportPrintPreview::print(document, printer.get(), progress) ? QString() : tr("The report could not be printed.");
           },
           [this](const QString &error) {
               if (!error.isEmpty())
                   QMessageBox::warning(this, windowTitle(), error);
           });
}


void ReportDialog::save()
{
    const std::optional<core::ReportDocument> report = currentOrWarn();
    if (!report)
        return;
    const core::ReportParameters chosen = parameters();
    saveWithDialog(*report, tr("status-report-%1").arg(chosen.period.key()));
}

QString ReportDialog::saveTo(const core::ReportDocument &document, const QString &path, const QDateTime &created) const
{
    const std::optional<ReportExporter::Format> format = ReportExporter::formatForPath(path);
    if (!format)
        return tr("Name the file .pdf, .odt, .html, .csv or .xlsx: the name tells the format.");
    return ReportExporter::write(document, path, *format, created);
}

void ReportDialog::saveWithDialog(const core::ReportDocument &document, const QString &suggestedName, const QDateTime &created)
{
    QSettings settings;
    QString folder = settings.value(QLatin1String(lastFolderKey)).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString pdf = tr("PDF (*.pdf)");
    const QStringList filters{pdf, tr("OpenDocument text (*.odt)"), tr("Web page (*.html)"),
                              tr("Obligations for spreadsheets, CSV (*.csv)"), tr("Excel workbook, every table of the report (*.xlsx)")};
    const QStringList suffixes{QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html"), QStringLiteral("csv"),
                               QStringLiteral("xlsx")};
    // Registration numbers such as "01-12/7" carry characters no file name may hold.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    const QString fileName = QString(suggestedName).replace(unsafe, QStringLiteral("-")) + QStringLiteral(".pdf");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the Report"), QDir(folder).filePath(fileName),
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!ReportExporter::formatForPath(path))
        path += u'.' + suffixes.value(std::max(0, int(filters.indexOf(filter))));
    settings.setValue(QLatin1String(lastFolderKey), QFileInfo(path).absolutePath());
    const std::optional<ReportExporter::Format> format = ReportExporter::formatForPath(path);
    if (!format) {
        QMessageBox::warning(this, windowTitle(), tr("Name the file .pdf, .odt, .html, .csv or .xlsx: the name tells the format."));
        return;
    }
    runJob(this, tr("Save the Report"),
           [document, path, format = *format, created](const ReportProgress &progress) {
               return ReportExporter::write(document, path, format, created, progress);
           },
           [this](const QString &error) {
               if (!error.isEmpty())
                   QMessageBox::warning(this, windowTitle(), error);
           });
}

void ReportDialog::registerReport()
{
    if (!m_register)
        return;
    const std::optional<core::ReportDocument> report = currentOrWarn();
    if (!report)
        return;
    // The next number after the last numeric one, as a suggestion.
    int next = 1;
    for (const core::RegisteredReport &registered : std::as_const(m_registered))
        next = std::max(next, registered.number.toInt() + 1);
    bool ok = false;
    const QString number = QInputDialog::getText(this, tr("Register the Report"),
                                                 tr("The report is kept as it is now and can be printed again identically.\n"
                                                    "Registration number:"),
                                                 QLineEdit::Normal, QString::number(next), &ok)
                               .trimmed();
    if (!ok || number.isEmpty())
        return;
    const core::ReportParameters chosen = parameters();
    setEnabled(false);
    m_register(number, chosen, *report, [self = QPointer<ReportDialog>(this), number](const core::StorageError &error,
                                                                                      const core::RegisteredReport &registered) {
        if (!self)
            return;
        ReportDialog *const dialog = self;
        dialog->setEnabled(true);
        if (error) {
            QMessageBox::warning(dialog, tr("Register the Report"), error.message);
            return;
        }
        emit dialog->registered(number);
        dialog->refreshRegister();
        dialog->saveWithDialog(registered.content, tr("status-report-no-%1").arg(number), registered.registeredAt);
    });
}

void ReportDialog::refreshRegister()
{
    if (!m_list)
        return;
    m_registerStatus->setText(tr("Reading…"));
    m_list([self = QPointer<ReportDialog>(this)](const core::StorageError &error, const QList<core::RegisteredReport> &reports) {
        if (self)
            self->showRegistered(error, reports);
    });
}

void ReportDialog::showRegistered(const core::StorageError &error, const QList<core::RegisteredReport> &reports)
{
    m_registered = reports;
    m_registerList->clear();
    if (error) {
        m_registerStatus->setText(error.message);
        return;
    }
    const QLocale locale;
    for (const core::RegisteredReport &report : reports) {
        const core::ReportVocabulary words(report.parameters.language);
        auto *item = new QTreeWidgetItem(m_registerList);
        item->setText(0, report.number);
        item->setText(1, locale.toString(report.registeredOn, QLocale::ShortFormat));
        item->setText(2, report.registeredBy);
        item->setText(3, words.periodInWords(report.parameters.period));
        item->setText(4, locale.toString(report.parameters.asOf, QLocale::ShortFormat));
        item->setText(5, report.parameters.language);
        item->setText(6, report.parameters.scopeText());
    }
    m_registerStatus->setText(reports.isEmpty() ? tr("No report is registered yet.") : QString());
}

std::optional<core::RegisteredReport> ReportDialog::selectedRegistered() const
{
    const QTreeWidgetItem *item = m_registerList->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    const int row = m_registerList->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(item));
    if (row < 0 || row >= m_registered.size())
        return std::nullopt;
    return m_registered.at(row);
}

void ReportDialog::previewRegistered()
{
    if (const std::optional<core::RegisteredReport> report = selectedRegistered())
        showPreview(report->content);
}

void ReportDialog::saveRegistered()
{
    if (const std::optional<core::RegisteredReport> report = selectedRegistered())
        saveWithDialog(report->content, tr("status-report-no-%1").arg(report->number), report->registeredAt);
}

} // namespace ui
