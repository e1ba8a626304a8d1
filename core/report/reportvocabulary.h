#pragma once

#include "compliance.h"
#include "obligationstatus.h"
#include "reportperiod.h"

#include <QDate>
#include <QString>

namespace core {

struct Roadmap;

/// The fixed wording of status reports in one language. Reports carry their own small
/// dictionary (Russian, English) instead of the program's catalogue, so that the language of a
/// report does not depend on the language of the window, and the Russian reads like an
/// official document rather than a translated interface.
class ReportVocabulary
{
public:
    enum class Text {
        Title,
        AsOf,               ///< "по состоянию на %1"
        ApprovedBy,
        ApprovalValue,      ///< "%1 %2 от %3 № %4": the act in the instrumental, the body in the genitive
        ReportingPeriod,
        PeriodRange,        ///< "с %1 по %2"
        Scope,
        ScopeAll,
        ScopePrinciple,     ///< "принцип %1 «%2»"
        ScopeDepartment,    ///< "исполнитель: %1"
        PreparedBy,
        Registration,
        RegistrationValue,  ///< "№ %1 от %2"
        SectionFigures,
        SectionChart,
        SectionChartByDepartment,
        SectionActivities,
        SectionOverdue,
        SectionDepartments,
        PrincipleHeading,   ///< "Принцип %1. %2"
        FiguresNote,
        ActivitiesNote,
        OverdueNote,
        Indicator,
        Value,
        FigureObligations,
        FigureDue,
        FigureDoneOnTime,
        FigureDoneOnTimeAfterExtension,
        FigureDoneLate,
        FigureOnTimeRate,
        FigureExecutionRate,
        FigureOverdue,
        FigureOverdueEarlier,
        FigureAwaiting,
        FigureReturned,
        FigureNotYetDue,
        FigureAwaitingNotDue,
        FigureReturnedNotDue,
        FigureNotReported,
        FigureNotApplicable,
        NothingDue,         ///< «—» in place of a rate when nothing is due
        ChartTitle,
        ChartByDepartmentTitle,
        ChartValue,         ///< "%1 (%2 из %3)"
        ChartNothingDue,
        ColumnNumber,
        ColumnActivity,
        ColumnDepartment,
        ColumnPeriod,
        ColumnDue,
        ColumnStatus,
        ColumnDoneDate,
        ColumnEvidence,
        ColumnDaysOverdue,
        ColumnObligations,
        ColumnDoneOnTime,
        ColumnDoneLate,
        ColumnOverdue,
        ColumnAwaiting,
        ColumnOnTimeRate,
        ActivityDeadline,   ///< "%1 (срок по плану: «%2»)"
        ExtendedTo,         ///< "продлен до %1"
        SubmittedOn,        ///< "представлено %1"
        NoObligations,
        NoOverdue,
        Total,
        Once,
        SignatureCaption,
        DateCaption,
        BlankDate,
        HeadOf,             ///< position of a department head
        StaffOf,            ///< position of someone else in a department
        Executor,           ///< "Исп.: %1"
        ExecutorPhone,      ///< "тел. %1"
        Approve,            ///< «УТВЕРЖДАЮ»
        Agree,              ///< «СОГЛАСОВАНО»
        AddresseeOf,        ///< "Главе %1": the head of the body whose administration approved the plan
        RunningHeader,      ///< "Отчет о ходе реализации дорожной карты · %1 · по состоянию на %2"
        PageNumber,         ///< "Страница %1 из %2"
        // The flat table of obligations, for spreadsheets.
        ObligationsSheet,   ///< its name
        ColumnActivityNumber,
        ColumnPrinciple,
        ColumnRole,
        ColumnExtendedTo,
        ColumnReportedOn,
        ColumnEvidenceOnly,
        ColumnComment,
        RoleLead,
        RoleCoExecutor,
    };

    /// "ru" (also for anything unknown) or "en".
    explicit ReportVocabulary(const QString &language);

    QString language() const { return m_english ? QStringLiteral("en") : QStringLiteral("ru"); }
    QString text(Text id) const;

    /// 30.06.2019 in both languages.
    QString date(QDate date) const;
    /// "84,6 %" or "84.6%".
    QString percent(double rate) const;
    /// "II квартал 2019 года", "I полугодие 2019 года", "2019 год", "период с 01.04.2019 по 30.06.2019".
    QString periodInWords(const ReportPeriod &period) const;
    /// "за II квартал 2019 года"; "for Q2 2019".
    QString periodForTitle(const ReportPeriod &period) const;
    /// An obligation's period key, short: "II кв. 2019", "2019 г.", "однократно".
    QString obligationPeriod(const QString &key) const;
    QString status(ObligationStatus status) const;
    /// The line of the key figures as printed.
    QString figure(ComplianceFigure::Kind kind) const;
    /// percent(), or «—» when nothing is due.
    QString rate(const ComplianceSummary &summary, double (ComplianceSummary::*which)() const) const;
    /// "о ходе реализации плана мероприятий («дорожной карты») по реализации …".
    QString reportSubject(const Roadmap &roadmap) const;
    /// "постановлением Администрации Качканарского городского округа от 16.03.2018 № 253".
    QString approvingAct(const Roadmap &roadmap) const;
    /// The head of the municipality the approving body administers: "Глава Качканарского
    /// городского округа" (dative: "Главе …"); empty when the body is not an administration.
    QString headOfMunicipality(const Roadmap &roadmap, bool dative) const;
    /// "Начальник отдела по организационной работе" for the head, a staff position otherwise.
    QString position(const QString &department, bool head) const;
    /// "Никитина Марина Юрьевна" → "М.Ю. Никитина"; other names as they are.
    static QString initialsAndSurname(const QString &fullName);

private:
    bool m_english = false;
};

} // namespace core
