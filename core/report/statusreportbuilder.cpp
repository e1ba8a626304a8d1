#include "statusreportbuilder.h"

#include "compliance.h"
#include "reportvocabulary.h"

#include <QCoreApplication>

#include <algorithm>

namespace core {

namespace {

using Text = ReportVocabulary::Text;

QString tr(const char *text)
{
    return QCoreApplication::translate("core", text);
}

bool knownAt(const QDateTime &when, QDate asOf)
{
    return !when.isValid() || when.date() <= asOf;
}

/// The first words of a long text, cut at a word boundary.
QString shortened(const QString &text, int limit = 110)
{
    const QString simple = text.simplified();
    if (simple.size() <= limit)
        return simple;
    qsizetype cut = simple.lastIndexOf(u' ', limit);
    if (cut < limit / 2)
        cut = limit;
    QString head = simple.left(cut);
    while (!head.isEmpty() && (head.back() == u',' || head.back() == u';' || head.back() == u':'))
        head.chop(1);
    return head + QChar(0x2026);
}

/// Days after the due date from which a report's recording date is printed beside its done date.
constexpr int lateSubmissionDays = 14;

QString count(int n)
{
    return QString::number(n);
}

/// Obligations in the order a reader expects: by due date, then department order in the
/// activity, then period.
bool obligationLess(const EvaluatedObligation &a, const EvaluatedObligation &b)
{
    if (a.obligation.legalDue != b.obligation.legalDue)
        return a.obligation.legalDue < b.obligation.legalDue;
    if (a.obligation.key.department != b.obligation.key.department)
        return a.obligation.key.department < b.obligation.key.department;
    return a.obligation.key.period < b.obligation.key.period;
}

class Builder
{
public:
    Builder(const RoadmapSnapshot &snapshot, const ReportParameters &parameters, const ReportPeople &people)
        : m_snapshot(snapshot)
        , m_roadmap(snapshot.roadmap)
        , m_parameters(parameters)
        , m_people(people)
        , m_words(parameters.language)
    {
    }

    std::optional<ReportDocument> build(QString *error);

private:
    QString t(Text id) const { return m_words.text(id); }
    bool inScope(const EvaluatedObligation &item) const;
    void addTitle(ReportDocument &document) const;
    ReportSection figuresSection(const ComplianceSummary &totals, int overdueEarlier) const;
    ReportSection chartSection(const ComplianceReport &compliance) const;
    QList<ReportSection> activitySections() const;
    ReportObligation obligationRecord(const EvaluatedObligation &item) const;
    ReportRow obligationRow(const ReportObligation &record, ObligationStatus status) const;
    void addObligations(ReportDocument &document) const;
    ReportSection overdueSection() const;
    ReportSection departmentSection(const ComplianceReport &compliance) const;
    QString activityLabel(const QString &number) const;
    QStringList departmentsInOrder(const ComplianceReport &compliance) const;

    const RoadmapSnapshot &m_snapshot;
    const Roadmap &m_roadmap;
    const ReportParameters &m_parameters;
    const ReportPeople &m_people;
    ReportVocabulary m_words;
    QList<EvaluatedObligation> m_inPeriod;
    QList<EvaluatedObligation> m_overdue;
};

bool Builder::inScope(const EvaluatedObligation &item) const
{
    if (m_parameters.principle > 0 && item.principle != m_parameters.principle)
        return false;
    return m_parameters.department.isEmpty() || item.obligation.key.department == m_parameters.department;
}

std::optional<ReportDocument> Builder::build(QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<ReportDocument> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!m_parameters.period.isValid() || !m_parameters.asOf.isValid())
        return fail(tr("the report needs a valid period and as-of date"));
    if (m_parameters.principle > 0 && !m_roadmap.principle(m_parameters.principle))
        return fail(tr("the roadmap has no principle %1").arg(m_parameters.principle));

    const QList<EvaluatedObligation> evaluated = m_snapshot.evaluate(m_parameters.asOf);
    if (!m_parameters.department.isEmpty()
        && std::none_of(evaluated.cbegin(), evaluated.cend(),
                        [&](const EvaluatedObligation &e) { return e.obligation.key.department == m_parameters.department; })) {
        return fail(tr("no obligations are owed by «%1» in this roadmap").arg(m_parameters.department));
    }
    if (m_parameters.principle > 0 && !m_parameters.department.isEmpty()
        && std::none_of(evaluated.cbegin(), evaluated.cend(), [&](const EvaluatedObligation &e) { return inScope(e); })) {
        return fail(tr("«%1» owes no obligation under principle %2: the scope is empty")
                        .arg(m_parameters.department)
                        .arg(m_parameters.principle));
    }

    int overdueEarlier = 0;
    for (const EvaluatedObligation &item : evaluated) {
        if (!inScope(item))
            continue;
        const QDate due = item.obligation.legalDue;
        if (m_parameters.period.contains(due))
            m_inPeriod.append(item);
        if (item.evaluation.status == ObligationStatus::Overdue && due <= m_parameters.period.end) {
            m_overdue.append(item);
            if (due < m_parameters.period.start)
                ++overdueEarlier;
        }
    }
    std::sort(m_overdue.begin(), m_overdue.end(), [](const EvaluatedObligation &a, const EvaluatedObligation &b) {
        if (a.evaluation.daysOverdue != b.evaluation.daysOverdue)
            return a.evaluation.daysOverdue > b.evaluation.daysOverdue;
        if (a.obligation.key.activity != b.obligation.key.activity)
            return activityNumberLess(a.obligation.key.activity, b.obligation.key.activity);
        return obligationLess(a, b);
    });
    const ComplianceReport compliance = ComplianceReport::build(m_inPeriod, m_parameters.asOf);

    ReportDocument document;
    document.language = m_words.language();
    addTitle(document);
    document.sections.append(figuresSection(compliance.totals, overdueEarlier));
    document.sections.append(chartSection(compliance));
    document.sections.append(activitySections());
    document.sections.append(overdueSection());
    document.sections.append(departmentSection(compliance));
    addObligations(document);

    document.signature.position = m_words.position(m_people.preparerDepartment, m_people.signatoryHeadsDepartment);
    document.signature.name = ReportVocabulary::initialsAndSurname(m_people.signatory);
    document.signature.date = t(Text::BlankDate);
    document.signature.signatureCaption = t(Text::SignatureCaption);
    document.signature.dateCaption = t(Text::DateCaption);
    // The executor at the foot of the last page: full name, position, phone (ГОСТ Р 7.0.97-2016).
    QStringList executor{t(Text::Executor).arg(m_people.preparer)};
    const bool preparerSigns = m_people.signatory == m_people.preparer && m_people.signatoryHeadsDepartment;
    if (const QString position = m_words.position(m_people.preparerDepartment, preparerSigns); !position.isEmpty())
        executor.append(position);
    if (!m_people.executorPhone.trimmed().isEmpty())
        executor.append(t(Text::ExecutorPhone).arg(m_people.executorPhone.trimmed()));
    document.executor = executor.join(u'\n');

    document.addressee = QStringList{m_people.addressee.value_or(m_words.headOfMunicipality(m_roadmap, true)).trimmed()};
    document.addressee.removeAll(QString());
    if (m_people.approval != ReportPeople::Approval::None) {
        document.approval.heading = t(m_people.approval == ReportPeople::Approval::Approve ? Text::Approve : Text::Agree);
        document.approval.position = m_words.headOfMunicipality(m_roadmap, false);
        document.approval.name = ReportVocabulary::initialsAndSurname(m_people.approverName);
        document.approval.date = t(Text::BlankDate);
    }

    const ComplianceSummary &totals = compliance.totals;
    document.figures.obligations = totals.obligations;
    document.figures.due = totals.due;
    document.figures.doneOnTime = totals.doneOnTime;
    document.figures.doneOnTimeAfterExtension = totals.doneOnTimeAfterExtension;
    document.figures.doneLate = totals.doneLate;
    document.figures.awaitingVerification = totals.awaitingVerification;
    document.figures.awaitingVerificationDue = totals.awaitingVerificationDue;
    document.figures.returned = totals.returned;
    document.figures.returnedDue = totals.returnedDue;
    document.figures.notYetDue = totals.notYetDue();
    document.figures.notApplicable = totals.notApplicable;
    document.figures.overdue = totals.overdue;
    document.figures.overdueFromEarlierPeriods = overdueEarlier;
    document.figures.onTimeRate = totals.onTimeRate();
    document.figures.executionRate = totals.executionRate();
    return document;
}

void Builder::addTitle(ReportDocument &document) const
{
    const ReportPeriod &period = m_parameters.period;
    document.organisation = m_roadmap.approvingBody.toUpper();
    document.title = t(Text::Title);
    document.subtitle = m_words.reportSubject(m_roadmap) + u' ' + m_words.periodForTitle(period);
    document.asOfLine = t(Text::AsOf).arg(m_words.date(m_parameters.asOf));

    document.details.append({t(Text::ApprovedBy), m_words.approvingAct(m_roadmap)});
    QString periodText = t(Text::PeriodRange).arg(m_words.date(period.start), m_words.date(period.end));
    if (period.kind != ReportPeriod::Kind::Range)
        periodText += QStringLiteral(" (") + m_words.periodInWords(period) + u')';
    document.details.append({t(Text::ReportingPeriod), periodText});
    QStringList scope;
    if (m_parameters.principle > 0)
        scope.append(t(Text::ScopePrinciple).arg(m_parameters.principle).arg(m_roadmap.principle(m_parameters.principle)->title));
    if (!m_parameters.department.isEmpty())
        scope.append(t(Text::ScopeDepartment).arg(m_parameters.department));
    document.details.append({t(Text::Scope), scope.isEmpty() ? t(Text::ScopeAll) : scope.join(QStringLiteral("; "))});
    QString preparer = m_people.preparer;
    if (!m_people.preparerDepartment.isEmpty())
        preparer += QStringLiteral(" (") + m_people.preparerDepartment + u')';
    document.details.append({t(Text::PreparedBy), preparer});

    document.runningHeader = t(Text::RunningHeader).arg(m_words.periodInWords(period), m_words.date(m_parameters.asOf));
    document.pageNumberPattern = t(Text::PageNumber);
}

ReportSection Builder::figuresSection(const ComplianceSummary &totals, int overdueEarlier) const
{
    ReportSection section;
    section.heading = t(Text::SectionFigures);
    section.table.columns = {{t(Text::Indicator), 5, false}, {t(Text::Value), 2, true}};
    for (const ComplianceFigure &figure : totals.figures()) {
        const bool alert = figure.kind == ComplianceFigure::Kind::Overdue && figure.count > 0;
        section.table.rows.append({ReportRow::Kind::Data, {m_words.figure(figure.kind), count(figure.count)}, alert, figure.level});
    }
    section.table.rows.append(
        {ReportRow::Kind::Total, {t(Text::FigureOnTimeRate), m_words.rate(totals, &ComplianceSummary::onTimeRate)}, false});
    section.table.rows.append(
        {ReportRow::Kind::Total, {t(Text::FigureExecutionRate), m_words.rate(totals, &ComplianceSummary::executionRate)}, false});
    section.table.rows.append({ReportRow::Kind::Data, {t(Text::FigureOverdueEarlier), count(overdueEarlier)}, overdueEarlier > 0});
    section.note = t(Text::FiguresNote);
    return section;
}

ReportSection Builder::chartSection(const ComplianceReport &compliance) const
{
    ReportSection section;
    section.heading = t(m_parameters.principle == 0 ? Text::SectionChart : Text::SectionChartByDepartment);
    const auto bar = [&](const QString &label, const ComplianceSummary &summary) {
        const int onTime = summary.doneOnTime + summary.doneOnTimeAfterExtension;
        const QString value = summary.due == 0
            ? t(Text::ChartNothingDue)
            : t(Text::ChartValue).arg(m_words.percent(summary.onTimeRate()), count(onTime), count(summary.due));
        section.chart.bars.append({label, summary.onTimeRate(), value});
    };
    if (m_parameters.principle == 0) {
        section.chart.title = t(Text::ChartTitle);
        for (const Principle &principle : m_roadmap.principles) {
            if (compliance.byPrinciple.contains(principle.number))
                bar(QStringLiteral("%1. %2").arg(principle.number).arg(principle.title), compliance.byPrinciple.value(principle.number));
        }
    } else {
        section.chart.title = t(Text::ChartByDepartmentTitle);
        for (const QString &department : departmentsInOrder(compliance))
            bar(department, compliance.byDepartment.value(department));
    }
    if (section.chart.bars.isEmpty())
        section.paragraphs.append(t(Text::NoObligations));
    return section;
}

/// Administration departments, then institutions, then external bodies, then groups; by name within each.
QStringList Builder::departmentsInOrder(const ComplianceReport &compliance) const
{
    const auto rank = [&](const QString &name) {
        if (const Department *department = m_roadmap.department(name)) {
            switch (department->kind) {
            case Department::Kind::AdministrationDepartment:
                return 0;
            case Department::Kind::MunicipalInstitution:
                return 1;
            case Department::Kind::ExternalBody:
                return 2;
            }
        }
        return m_roadmap.isGroup(name) ? 4 : 3;
    };
    QStringList names = compliance.byDepartment.keys();
    std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
    return names;
}

QString Builder::activityLabel(const QString &number) const
{
    const Activity *activity = m_roadmap.activity(number);
    return number + QStringLiteral(". ") + shortened(activity ? activity->text : QString());
}

ReportObligation Builder::obligationRecord(const EvaluatedObligation &item) const
{
    const Obligation &obligation = item.obligation;
    const ObligationEvaluation &evaluation = item.evaluation;
    ReportObligation record;
    record.activity = obligation.key.activity;
    record.principle = item.principle;
    record.department = obligation.key.department;
    const Activity *activity = m_roadmap.activity(obligation.key.activity);
    const auto assignment = !activity ? QList<Assignment>::const_iterator()
                                      : std::find_if(activity->assignments.cbegin(), activity->assignments.cend(),
                                                     [&](const Assignment &a) { return a.department == obligation.key.department; });
    const bool coExecutor = activity && assignment != activity->assignments.cend() && assignment->role == AssignmentRole::CoExecutor;
    record.role = t(coExecutor ? Text::RoleCoExecutor : Text::RoleLead);
    record.period = m_words.obligationPeriod(obligation.key.period);
    record.due = obligation.legalDue;
    if (evaluation.extended)
        record.extendedTo = evaluation.effectiveDue;
    record.status = m_words.status(evaluation.status);

    const auto report = m_snapshot.reports.constFind(obligation.key);
    const ObligationStatus status = evaluation.status;
    const bool reported = isDone(status) || status == ObligationStatus::AwaitingVerification || status == ObligationStatus::Returned
        || status == ObligationStatus::NotApplicable;
    if (report != m_snapshot.reports.cend() && reported && knownAt(report->reportedAt, m_parameters.asOf)) {
        if (!report->noEvents)
            record.doneDate = report->doneDate;
        if (report->reportedAt.isValid())
            record.reportedOn = report->reportedAt.date();
        QStringList evidence;
        for (const QString &part : {report->evidenceUrl, report->documentRef}) {
            if (!part.trimmed().isEmpty())
                evidence.append(part.trimmed());
        }
        record.evidence = evidence.join(u'\n');
        QStringList comment;
        if (!report->comment.trimmed().isEmpty())
            comment.append(report->comment.trimmed());
        if (status == ObligationStatus::Returned && !report->verificationComment.trimmed().isEmpty())
            comment.append(report->verificationComment.trimmed());
        record.comment = comment.join(u'\n');
    }
    return record;
}

ReportRow Builder::obligationRow(const ReportObligation &record, ObligationStatus status) const
{
    QString due = m_words.date(record.due);
    if (record.extendedTo.isValid())
        due += u'\n' + t(Text::ExtendedTo).arg(m_words.date(record.extendedTo));
    QString doneDate = m_words.date(record.doneDate);
    // A report recorded long after the due date, and long after the date it claims, says when it came.
    const QDate effectiveDue = record.extendedTo.isValid() ? record.extendedTo : record.due;
    const bool cameLate = record.reportedOn.isValid() && record.reportedOn > effectiveDue.addDays(lateSubmissionDays)
        && (!record.doneDate.isValid() || record.reportedOn > record.doneDate.addDays(lateSubmissionDays));
    if (cameLate)
        doneDate += (doneDate.isEmpty() ? QString() : QStringLiteral("\n")) + t(Text::SubmittedOn).arg(m_words.date(record.reportedOn));
    QStringList evidence;
    for (const QString &part : {record.evidence, record.comment}) {
        if (!part.isEmpty())
            evidence.append(part);
    }
    return {ReportRow::Kind::Data,
            {record.department, record.period, due, record.status, doneDate, evidence.join(u'\n')},
            status == ObligationStatus::Overdue};
}

void Builder::addObligations(ReportDocument &document) const
{
    document.obligationColumns = {t(Text::ColumnActivityNumber), t(Text::ColumnPrinciple), t(Text::ColumnDepartment),
                                  t(Text::ColumnRole),           t(Text::ColumnPeriod),    t(Text::ColumnDue),
                                  t(Text::ColumnExtendedTo),     t(Text::ColumnStatus),    t(Text::ColumnDoneDate),
                                  t(Text::ColumnReportedOn),     t(Text::ColumnEvidenceOnly), t(Text::ColumnComment)};
    QList<EvaluatedObligation> sorted = m_inPeriod;
    std::stable_sort(sorted.begin(), sorted.end(), [](const EvaluatedObligation &a, const EvaluatedObligation &b) {
        if (a.obligation.key.activity != b.obligation.key.activity)
            return activityNumberLess(a.obligation.key.activity, b.obligation.key.activity);
        return obligationLess(a, b);
    });
    for (const EvaluatedObligation &item : std::as_const(sorted))
        document.obligations.append(obligationRecord(item));
}

QList<ReportSection> Builder::activitySections() const
{
    QList<ReportSection> sections;
    ReportSection intro;
    intro.heading = t(Text::SectionActivities);
    intro.paragraphs.append(t(Text::ActivitiesNote));
    sections.append(intro);

    // Widths fit a date, and «однократно» in the period column, on one line even in wide
    // fallback typefaces (DejaVu Serif).
    const QList<ReportColumn> columns = {
        {t(Text::ColumnDepartment), 21, false}, {t(Text::ColumnPeriod), 12, false},   {t(Text::ColumnDue), 14, false},
        {t(Text::ColumnStatus), 16, false},     {t(Text::ColumnDoneDate), 14, false}, {t(Text::ColumnEvidence), 23, false},
    };
    int index = 0;
    for (const Principle &principle : m_roadmap.principles) {
        if (m_parameters.principle > 0 && principle.number != m_parameters.principle)
            continue;
        ReportSection section;
        section.level = 2;
        section.heading = t(Text::PrincipleHeading).arg(++index).arg(principle.number).arg(principle.title);

        QList<Activity> activities;
        for (const Activity &activity : m_roadmap.activities) {
            if (activity.principle == principle.number)
                activities.append(activity);
        }
        std::sort(activities.begin(), activities.end(),
                  [](const Activity &a, const Activity &b) { return activityNumberLess(a.number, b.number); });
        for (const Activity &activity : activities) {
            QList<EvaluatedObligation> owed;
            for (const EvaluatedObligation &item : m_inPeriod) {
                if (item.obligation.key.activity == activity.number)
                    owed.append(item);
            }
            if (owed.isEmpty())
                continue;
            std::sort(owed.begin(), owed.end(), obligationLess);
            section.table.rows.append(
                {ReportRow::Kind::Group, {t(Text::ActivityDeadline).arg(activity.number + u'.', activity.text.simplified(), activity.deadlineText.simplified())}, false});
            for (const EvaluatedObligation &item : owed)
                section.table.rows.append(obligationRow(obligationRecord(item), item.evaluation.status));
        }
        if (section.table.rows.isEmpty()) {
            // A quarter, half-year or year of the whole roadmap goes through every principle; a
            // department's report, or one of a few weeks, leaves out those it has nothing in.
            if (!m_parameters.department.isEmpty() || m_parameters.period.kind == ReportPeriod::Kind::Range) {
                --index;
                continue;
            }
            section.paragraphs.append(t(Text::NoObligations));
        } else {
            section.table.columns = columns;
        }
        sections.append(section);
    }
    if (sections.size() == 1)
        sections.first().paragraphs = {t(Text::NoObligations)};
    return sections;
}

ReportSection Builder::overdueSection() const
{
    ReportSection section;
    section.heading = t(Text::SectionOverdue);
    if (m_overdue.isEmpty()) {
        section.paragraphs.append(t(Text::NoOverdue));
        return section;
    }
    section.table.columns = {
        {t(Text::ColumnNumber), 5, true},       {t(Text::ColumnActivity), 34, false}, {t(Text::ColumnDepartment), 22, false},
        {t(Text::ColumnPeriod), 10, false},     {t(Text::ColumnDue), 14, false},      {t(Text::ColumnDaysOverdue), 15, true},
    };
    int number = 0;
    for (const EvaluatedObligation &item : m_overdue) {
        section.table.rows.append({ReportRow::Kind::Data,
                                   {count(++number), activityLabel(item.obligation.key.activity), item.obligation.key.department,
                                    m_words.obligationPeriod(item.obligation.key.period), m_words.date(item.evaluation.effectiveDue),
                                    count(item.evaluation.daysOverdue)},
                                   false});
    }
    section.note = t(Text::OverdueNote);
    return section;
}

ReportSection Builder::departmentSection(const ComplianceReport &compliance) const
{
    ReportSection section;
    section.heading = t(Text::SectionDepartments);
    if (compliance.byDepartment.isEmpty()) {
        section.paragraphs.append(t(Text::NoObligations));
        return section;
    }
    section.table.columns = {
        {t(Text::ColumnDepartment), 25, false}, {t(Text::ColumnObligations), 11, true}, {t(Text::ColumnDoneOnTime), 9, true},
        {t(Text::ColumnDoneLate), 14, true},    {t(Text::ColumnOverdue), 14, true},     {t(Text::ColumnAwaiting), 13, true},
        {t(Text::ColumnOnTimeRate), 14, true},
    };
    const auto row = [&](ReportRow::Kind kind, const QString &name, const ComplianceSummary &s) {
        section.table.rows.append({kind,
                                   {name, count(s.due), count(s.doneOnTime + s.doneOnTimeAfterExtension), count(s.doneLate),
                                    count(s.overdue), count(s.awaitingVerificationDue + s.returnedDue),
                                    m_words.rate(s, &ComplianceSummary::onTimeRate)},
                                   kind == ReportRow::Kind::Data && s.overdue > 0});
    };
    for (const QString &department : departmentsInOrder(compliance))
        row(ReportRow::Kind::Data, department, compliance.byDepartment.value(department));
    row(ReportRow::Kind::Total, t(Text::Total), compliance.totals);
    return section;
}

} // namespace

std::optional<ReportDocument> StatusReportBuilder::build(const RoadmapSnapshot &snapshot, const ReportParameters &parameters,
                                                         const ReportPeople &people, QString *error)
{
    return Builder(snapshot, parameters, people).build(error);
}

void StatusReportBuilder::markRegistered(ReportDocument *document, const QString &number, QDate registeredOn)
{
    const ReportVocabulary words(document->language);
    const QString value = words.text(Text::RegistrationValue).arg(number, words.date(registeredOn));
    document->registration = value;
    document->details.append({words.text(Text::Registration), value});
    document->runningHeader += QStringLiteral(" · ") + value;
}

} // namespace core
