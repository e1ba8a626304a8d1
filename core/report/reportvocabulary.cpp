#include "reportvocabulary.h"

#include "roadmap.h"

#include <QRegularExpression>

namespace core {

namespace {

using Text = ReportVocabulary::Text;

struct Wording {
    Text id;
    const char16_t *ru;
    const char16_t *en;
};

// clang-format off
const Wording wordings[] = {
    {Text::Title, u"ОТЧЕТ", u"STATUS REPORT"},
    {Text::AsOf, u"по состоянию на %1", u"as of %1"},
    {Text::ApprovedBy, u"Утвержден", u"Approved by"},
    {Text::ApprovalValue, u"%1 %2 от %3 № %4", u"%1 of %2 of %3 No. %4"},
    {Text::ReportingPeriod, u"Отчетный период", u"Reporting period"},
    {Text::PeriodRange, u"с %1 по %2", u"%1 – %2"},
    {Text::Scope, u"Охват", u"Scope"},
    {Text::ScopeAll, u"все принципы и все ответственные исполнители", u"all principles and all responsible departments"},
    {Text::ScopePrinciple, u"принцип %1 «%2»", u"principle %1 «%2»"},
    {Text::ScopeDepartment, u"ответственный исполнитель: %1", u"responsible department: %1"},
    {Text::PreparedBy, u"Подготовил", u"Prepared by"},
    {Text::Registration, u"Регистрационный номер", u"Registration"},
    {Text::RegistrationValue, u"№ %1 от %2", u"No. %1 of %2"},
    {Text::SectionFigures, u"1. Основные показатели исполнения", u"1. Key figures"},
    {Text::SectionChart, u"2. Исполнение в срок по принципам открытости", u"2. On-time execution by principle"},
    {Text::SectionChartByDepartment, u"2. Исполнение в срок по ответственным исполнителям", u"2. On-time execution by department"},
    {Text::SectionActivities, u"3. Исполнение мероприятий в отчетном периоде", u"3. Activities and their obligations in the period"},
    {Text::SectionOverdue, u"4. Перечень обязательств, не исполненных в установленный срок", u"4. Overdue obligations"},
    {Text::SectionDepartments, u"5. Исполнение в разрезе ответственных исполнителей", u"5. By responsible department"},
    {Text::PrincipleHeading, u"3.%1. Принцип %2. %3", u"3.%1. Principle %2. %3"},
    {Text::FiguresNote,
     u"В отчетный период включены обязательства, установленный срок исполнения которых (с учетом переноса "
     u"на рабочий день по ст. 193 ГК РФ) приходится на отчетный период. Доли исполнения рассчитаны от числа "
     u"обязательств, срок исполнения которых наступил на дату отчета; обязательства, по которым мероприятия "
     u"не проводились, в расчет не включаются; обязательство, исполненное досрочно, учитывается среди тех, срок "
     u"исполнения которых наступил. Прочерк вместо доли означает, что срок исполнения ни одного обязательства не наступил.",
     u"The period holds the obligations whose legal due date (moved to a working day under art. 193 of the "
     u"Civil Code) falls within it. Rates are taken over the obligations due by the as-of date; obligations "
     u"with no events in the period are left out; an obligation done early counts as due. A dash instead of a rate "
     u"means that nothing is due yet."},
    {Text::ActivitiesNote,
     u"Для каждого мероприятия приведены обязательства ответственных исполнителей со сроком исполнения в отчетном периоде.",
     u"Each activity lists the obligations of its responsible departments that fall due in the period."},
    {Text::OverdueNote,
     u"Включены также не исполненные обязательства предшествующих периодов. Количество дней просрочки определено на дату отчета.",
     u"Obligations of earlier periods still not done are included. Days overdue are counted to the as-of date."},
    {Text::Indicator, u"Показатель", u"Figure"},
    {Text::Value, u"Значение", u"Value"},
    {Text::FigureObligations, u"Обязательств со сроком исполнения в отчетном периоде", u"Obligations due in the period"},
    {Text::FigureDue, u"из них срок исполнения наступил на дату отчета", u"of which due by the as-of date"},
    {Text::FigureDoneOnTime, u"исполнено в установленный срок", u"done on time"},
    {Text::FigureDoneOnTimeAfterExtension, u"исполнено в продленный срок", u"done on time after an extension"},
    {Text::FigureDoneLate, u"исполнено с нарушением срока", u"done late"},
    {Text::FigureOnTimeRate, u"Доля обязательств, исполненных в срок", u"On-time rate"},
    {Text::FigureExecutionRate, u"Доля исполненных обязательств", u"Execution rate"},
    {Text::FigureOverdue, u"не исполнено, срок истек", u"overdue"},
    {Text::FigureOverdueEarlier, u"Не исполнено за предшествующие периоды", u"Overdue from earlier periods"},
    {Text::FigureAwaiting, u"представлено, на проверке", u"awaiting verification"},
    {Text::FigureReturned, u"возвращено на доработку", u"returned for rework"},
    {Text::FigureNotYetDue, u"из них срок исполнения не наступил", u"of which not yet due"},
    {Text::FigureAwaitingNotDue, u"представлено до срока, на проверке", u"reported before the due date, awaiting verification"},
    {Text::FigureReturnedNotDue, u"возвращено на доработку до срока", u"returned for rework before the due date"},
    {Text::FigureNotReported, u"не представлено", u"not reported yet"},
    {Text::FigureNotApplicable, u"из них мероприятия не проводились", u"of which no events in the period"},
    {Text::NothingDue, u"—", u"—"},
    {Text::ChartTitle, u"Доля обязательств, исполненных в срок, по принципам", u"Share of obligations done on time, by principle"},
    {Text::ChartByDepartmentTitle, u"Доля обязательств, исполненных в срок, по исполнителям",
     u"Share of obligations done on time, by department"},
    {Text::ChartValue, u"%1 (%2 из %3)", u"%1 (%2 of %3)"},
    {Text::ChartNothingDue, u"срок не наступил", u"nothing due yet"},
    {Text::ColumnNumber, u"№", u"No."},
    {Text::ColumnActivity, u"Мероприятие", u"Activity"},
    {Text::ColumnDepartment, u"Ответственный исполнитель", u"Responsible department"},
    {Text::ColumnPeriod, u"Период", u"Period"},
    {Text::ColumnDue, u"Срок", u"Due"},
    {Text::ColumnStatus, u"Состояние", u"Status"},
    {Text::ColumnDoneDate, u"Дата исполнения", u"Done on"},
    {Text::ColumnEvidence, u"Подтверждение исполнения, комментарий", u"Evidence, comment"},
    {Text::ColumnDaysOverdue, u"Дней просрочки", u"Days overdue"},
    {Text::ColumnObligations, u"Срок наступил", u"Due"},
    {Text::ColumnDoneOnTime, u"В срок", u"On time"},
    {Text::ColumnDoneLate, u"С нарушением срока", u"Late"},
    {Text::ColumnOverdue, u"Просрочено", u"Overdue"},
    {Text::ColumnAwaiting, u"На проверке, на доработке", u"Awaiting, returned"},
    {Text::ColumnOnTimeRate, u"Доля в срок", u"On-time rate"},
    {Text::ActivityDeadline, u"%1 %2 (срок по плану: «%3»)", u"%1 %2 (deadline in the plan: «%3»)"},
    {Text::ExtendedTo, u"продлен до %1", u"extended to %1"},
    {Text::SubmittedOn, u"представлено %1", u"reported on %1"},
    {Text::NoObligations, u"Обязательств со сроком исполнения в отчетном периоде нет.", u"No obligations fall due in the period."},
    {Text::NoOverdue, u"Обязательств, не исполненных в установленный срок, нет.", u"No obligation is overdue."},
    {Text::Total, u"Итого", u"Total"},
    {Text::Once, u"однократно", u"once"},
    {Text::SignatureCaption, u"(подпись)", u"(signature)"},
    {Text::DateCaption, u"(дата)", u"(date)"},
    {Text::BlankDate, u"«____» ______________ 20___ г.", u"____ / ____ / ________"},
    {Text::HeadOf, u"Начальник", u"Head"},
    {Text::StaffOf, u"Специалист", u"Officer"},
    {Text::Executor, u"Исп.: %1", u"Prepared by: %1"},
    {Text::ExecutorPhone, u"тел. %1", u"phone %1"},
    {Text::Approve, u"УТВЕРЖДАЮ", u"APPROVED"},
    {Text::Agree, u"СОГЛАСОВАНО", u"AGREED"},
    {Text::AddresseeOf, u"Главе %1", u"To: Глава %1"},
    {Text::RunningHeader, u"Отчет о ходе реализации дорожной карты · %1 · по состоянию на %2",
     u"Roadmap status report · %1 · as of %2"},
    {Text::PageNumber, u"%1", u"%1"},
    {Text::ObligationsSheet, u"Обязательства", u"Obligations"},
    {Text::ColumnActivityNumber, u"№ мероприятия", u"Activity"},
    {Text::ColumnPrinciple, u"Принцип", u"Principle"},
    {Text::ColumnRole, u"Роль", u"Role"},
    {Text::ColumnExtendedTo, u"Срок продлен до", u"Extended to"},
    {Text::ColumnReportedOn, u"Дата отчета", u"Reported on"},
    {Text::ColumnEvidenceOnly, u"Подтверждение исполнения", u"Evidence"},
    {Text::ColumnComment, u"Комментарий", u"Comment"},
    {Text::RoleLead, u"ответственный исполнитель", u"lead"},
    {Text::RoleCoExecutor, u"соисполнитель", u"co-executor"},
};
// clang-format on

const char16_t *const romanNumerals[] = {u"I", u"II", u"III", u"IV"};

QString roman(int number)
{
    return number >= 1 && number <= 4 ? QString::fromUtf16(romanNumerals[number - 1]) : QString::number(number);
}

/// The kind of an act in the instrumental, "постановлением", or in English.
QString actKindInstrumental(const QString &kind, bool english)
{
    struct Kind {
        const char16_t *nominative;
        const char16_t *instrumental;
        const char16_t *english;
    };
    static const Kind kinds[] = {
        {u"постановление", u"постановлением", u"resolution"}, {u"распоряжение", u"распоряжением", u"directive"},
        {u"приказ", u"приказом", u"order"},                    {u"решение", u"решением", u"decision"},
        {u"указ", u"указом", u"decree"},
    };
    const QString lower = kind.trimmed().toLower();
    for (const Kind &k : kinds) {
        if (lower == QStringView(k.nominative))
            return QString::fromUtf16(english ? k.english : k.instrumental);
    }
    if (lower.isEmpty())
        return english ? QStringLiteral("act") : QStringLiteral("актом");
    return lower;
}

/// The genitive of the first word of a body's name: "Администрация X" → "Администрации X".
QString bodyGenitive(const QString &body)
{
    static const QList<QPair<QString, QString>> heads = {
        {QStringLiteral("Администрация"), QStringLiteral("Администрации")}, {QStringLiteral("Дума"), QStringLiteral("Думы")},
        {QStringLiteral("Глава"), QStringLiteral("Главы")},                 {QStringLiteral("Совет"), QStringLiteral("Совета")},
        {QStringLiteral("Собрание"), QStringLiteral("Собрания")},           {QStringLiteral("Комитет"), QStringLiteral("Комитета")},
        {QStringLiteral("Управление"), QStringLiteral("Управления")},       {QStringLiteral("Правительство"), QStringLiteral("Правительства")},
        {QStringLiteral("Министерство"), QStringLiteral("Министерства")},
    };
    for (const auto &[nominative, genitive] : heads) {
        if (body.startsWith(nominative + u' ') || body == nominative)
            return genitive + body.mid(nominative.size());
    }
    return body;
}

/// The genitive of the leading words of a department name, for "Начальник отдела …".
QString departmentGenitive(const QString &department)
{
    static const QList<QPair<QString, QString>> heads = {
        {QStringLiteral("Отдел "), QStringLiteral("отдела ")},
        {QStringLiteral("Управление "), QStringLiteral("управления ")},
        {QStringLiteral("Финансовое управление"), QStringLiteral("Финансового управления")},
        {QStringLiteral("Комитет "), QStringLiteral("комитета ")},
        {QStringLiteral("Сектор "), QStringLiteral("сектора ")},
    };
    for (const auto &[nominative, genitive] : heads) {
        if (department.startsWith(nominative))
            return genitive + department.mid(nominative.size());
    }
    return {};
}

} // namespace

ReportVocabulary::ReportVocabulary(const QString &language)
    : m_english(language == u"en")
{
}

QString ReportVocabulary::text(Text id) const
{
    for (const Wording &wording : wordings) {
        if (wording.id == id)
            return QString::fromUtf16(m_english ? wording.en : wording.ru);
    }
    Q_ASSERT_X(false, "ReportVocabulary::text", "a text without wording");
    return {};
}

QString ReportVocabulary::date(QDate date) const
{
    return date.isValid() ? date.toString(u"dd.MM.yyyy") : QString();
}

QString ReportVocabulary::percent(double rate) const
{
    const QString number = QString::number(rate * 100.0, 'f', 1);
    if (m_english)
        return number + u'%';
    QString russian = number;
    return russian.replace(u'.', u',') + QChar(0x00a0) + u'%';
}

QString ReportVocabulary::periodInWords(const ReportPeriod &period) const
{
    switch (period.kind) {
    case ReportPeriod::Kind::Quarter:
        return m_english ? QStringLiteral("Q%1 %2").arg(period.part()).arg(period.year())
                         : QStringLiteral("%1 квартал %2 года").arg(roman(period.part())).arg(period.year());
    case ReportPeriod::Kind::HalfYear:
        return m_english ? QStringLiteral("H%1 %2").arg(period.part()).arg(period.year())
                         : QStringLiteral("%1 полугодие %2 года").arg(roman(period.part())).arg(period.year());
    case ReportPeriod::Kind::Year:
        return m_english ? QStringLiteral("the year %1").arg(period.year()) : QStringLiteral("%1 год").arg(period.year());
    case ReportPeriod::Kind::Range:
        return m_english ? QStringLiteral("%1 – %2").arg(date(period.start), date(period.end))
                         : QStringLiteral("период с %1 по %2").arg(date(period.start), date(period.end));
    }
    return {};
}

QString ReportVocabulary::periodForTitle(const ReportPeriod &period) const
{
    return (m_english ? QStringLiteral("for ") : QStringLiteral("за ")) + periodInWords(period);
}

QString ReportVocabulary::obligationPeriod(const QString &key) const
{
    if (key == u"once")
        return text(Text::Once);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-([QH])(\\d)|-(\\d{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(key);
    if (!match.hasMatch()) {
        const QDate day = QDate::fromString(key, Qt::ISODate);
        return day.isValid() ? date(day) : key;
    }
    const QString year = match.captured(1);
    if (!match.captured(4).isEmpty())
        return match.captured(4) + u'.' + year;
    const int number = match.captured(3).toInt();
    if (match.captured(2) == u"Q")
        return m_english ? QStringLiteral("Q%1 %2").arg(number).arg(year) : QStringLiteral("%1 кв. %2").arg(roman(number), year);
    if (match.captured(2) == u"H")
        return m_english ? QStringLiteral("H%1 %2").arg(number).arg(year) : QStringLiteral("%1 пол. %2").arg(roman(number), year);
    return m_english ? year : year + QStringLiteral(" г.");
}

QString ReportVocabulary::status(ObligationStatus status) const
{
    switch (status) {
    case ObligationStatus::DoneOnTime:
        return m_english ? QStringLiteral("Done on time") : QStringLiteral("Исполнено в срок");
    case ObligationStatus::DoneOnTimeAfterExtension:
        return m_english ? QStringLiteral("Done on time after extension") : QStringLiteral("Исполнено в продленный срок");
    case ObligationStatus::DoneLate:
        return m_english ? QStringLiteral("Done late") : QStringLiteral("Исполнено с нарушением срока");
    case ObligationStatus::AwaitingVerification:
        return m_english ? QStringLiteral("Awaiting verification") : QStringLiteral("Представлено, на проверке");
    case ObligationStatus::Returned:
        return m_english ? QStringLiteral("Returned for rework") : QStringLiteral("Возвращено на доработку");
    case ObligationStatus::NotApplicable:
        return m_english ? QStringLiteral("No events in the period") : QStringLiteral("Мероприятия не проводились");
    case ObligationStatus::Overdue:
        return m_english ? QStringLiteral("Overdue") : QStringLiteral("Не исполнено, срок истек");
    case ObligationStatus::DueSoon:
        return m_english ? QStringLiteral("Due soon") : QStringLiteral("Срок истекает");
    case ObligationStatus::Upcoming:
        return m_english ? QStringLiteral("Not yet due") : QStringLiteral("Срок не наступил");
    }
    return {};
}

QString ReportVocabulary::figure(ComplianceFigure::Kind kind) const
{
    using Kind = ComplianceFigure::Kind;
    switch (kind) {
    case Kind::Obligations:
        return text(Text::FigureObligations);
    case Kind::Due:
        return text(Text::FigureDue);
    case Kind::DoneOnTime:
        return text(Text::FigureDoneOnTime);
    case Kind::DoneOnTimeAfterExtension:
        return text(Text::FigureDoneOnTimeAfterExtension);
    case Kind::DoneLate:
        return text(Text::FigureDoneLate);
    case Kind::Overdue:
        return text(Text::FigureOverdue);
    case Kind::AwaitingVerificationDue:
        return text(Text::FigureAwaiting);
    case Kind::ReturnedDue:
        return text(Text::FigureReturned);
    case Kind::NotYetDue:
        return text(Text::FigureNotYetDue);
    case Kind::AwaitingVerificationNotDue:
        return text(Text::FigureAwaitingNotDue);
    case Kind::ReturnedNotDue:
        return text(Text::FigureReturnedNotDue);
    case Kind::NotReportedYet:
        return text(Text::FigureNotReported);
    case Kind::NotApplicable:
        return text(Text::FigureNotApplicable);
    }
    return {};
}

QString ReportVocabulary::rate(const ComplianceSummary &summary, double (ComplianceSummary::*which)() const) const
{
    return summary.hasDue() ? percent((summary.*which)()) : text(Text::NothingDue);
}

QString ReportVocabulary::reportSubject(const Roadmap &roadmap) const
{
    if (m_english)
        return QStringLiteral("on the implementation of the roadmap «%1»").arg(roadmap.title);
    // «План мероприятий («дорожная карта») по …» → «плана мероприятий («дорожной карты») по …».
    static const QRegularExpression plan(QStringLiteral("^План мероприятий\\s*\\(\\s*[«\"]?дорожная карта[»\"]?\\s*\\)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = plan.match(roadmap.title);
    if (match.hasMatch())
        return QStringLiteral("о ходе реализации плана мероприятий («дорожной карты»)") + roadmap.title.mid(match.capturedLength());
    if (roadmap.title.startsWith(QStringLiteral("План "), Qt::CaseInsensitive))
        return QStringLiteral("о ходе реализации плана ") + roadmap.title.mid(5);
    return QStringLiteral("о ходе реализации плана мероприятий «%1»").arg(roadmap.title);
}

QString ReportVocabulary::approvingAct(const Roadmap &roadmap) const
{
    const QString kind = actKindInstrumental(roadmap.actKind, m_english);
    return text(Text::ApprovalValue)
        .arg(kind, m_english ? roadmap.approvingBody : bodyGenitive(roadmap.approvingBody), date(roadmap.actDate), roadmap.actNumber);
}

QString ReportVocabulary::headOfMunicipality(const Roadmap &roadmap, bool dative) const
{
    static const QRegularExpression administration(QStringLiteral("^Администрация\\s+(.+)$"));
    const QRegularExpressionMatch match = administration.match(roadmap.approvingBody.simplified());
    if (!match.hasMatch())
        return {};
    if (dative)
        return text(Text::AddresseeOf).arg(match.captured(1));
    return QStringLiteral("Глава ") + match.captured(1);
}

QString ReportVocabulary::position(const QString &department, bool head) const
{
    const QString title = text(head ? Text::HeadOf : Text::StaffOf);
    if (department.isEmpty())
        return {};
    if (m_english)
        return title + QStringLiteral(", ") + department;
    if (const QString genitive = departmentGenitive(department); !genitive.isEmpty())
        return title + u' ' + genitive;
    static const QRegularExpression institution(QStringLiteral("^М[АБКОУ]*У\\s"));
    if (head && institution.match(department).hasMatch())
        return QStringLiteral("Директор ") + department;
    return title + QStringLiteral(" (") + department + u')';
}

QString ReportVocabulary::initialsAndSurname(const QString &fullName)
{
    const QStringList parts = fullName.simplified().split(u' ');
    if (parts.size() != 3 || !std::all_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.size() > 1 && p.at(0).isUpper(); }))
        return fullName.simplified();
    return QStringLiteral("%1.%2. %3").arg(parts.at(1).at(0)).arg(parts.at(2).at(0)).arg(parts.at(0));
}

} // namespace core
