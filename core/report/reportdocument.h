#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace core {

/// One column of a report table.
struct ReportColumn {
    QString title;
    int width = 1;        ///< relative to the other columns
    bool numeric = false; ///< right-aligned figures

    friend bool operator==(const ReportColumn &, const ReportColumn &) = default;
};

/// One row of a report table.
struct ReportRow {
    enum class Kind {
        Data,
        Group, ///< a heading row (an activity): cells[0] spans the whole row
        Total,
    };

    Kind kind = Kind::Data;
    QStringList cells;
    bool alert = false; ///< something is wrong here (overdue): renderers stress it, not by colour alone
    int level = 0;      ///< 1, 2: a part of the row above of a lower level; renderers indent it

    friend bool operator==(const ReportRow &, const ReportRow &) = default;
};

struct ReportTable {
    QList<ReportColumn> columns;
    QList<ReportRow> rows;

    bool isEmpty() const { return columns.isEmpty(); }
    friend bool operator==(const ReportTable &, const ReportTable &) = default;
};

/// One horizontal bar: a share between 0 and 1.
struct ReportChartBar {
    QString label;
    double value = 0.0;
    QString valueText;

    friend bool operator==(const ReportChartBar &, const ReportChartBar &) = default;
};

struct ReportChart {
    QString title;
    QList<ReportChartBar> bars;

    bool isEmpty() const { return bars.isEmpty(); }
    friend bool operator==(const ReportChart &, const ReportChart &) = default;
};

/// A numbered section: a heading, some text, and a table or a chart.
struct ReportSection {
    QString heading;
    int level = 1;        ///< 1: a numbered section; 2: a part of one (a principle)
    QStringList paragraphs;
    ReportChart chart;
    ReportTable table;
    QString note; ///< small print under the table

    friend bool operator==(const ReportSection &, const ReportSection &) = default;
};

/// "Label: value" lines under the title.
struct ReportField {
    QString label;
    QString value;

    friend bool operator==(const ReportField &, const ReportField &) = default;
};

struct ReportSignature {
    QString position;
    QString name;
    QString date;             ///< the date line as printed, blank to be filled in by hand
    QString signatureCaption; ///< "(подпись)"
    QString dateCaption;      ///< "(дата)"

    friend bool operator==(const ReportSignature &, const ReportSignature &) = default;
};

/// «УТВЕРЖДАЮ» or «СОГЛАСОВАНО» at the top right of the first page, for the head's signature.
struct ReportApproval {
    QString heading;  ///< "УТВЕРЖДАЮ"; empty: no block
    QString position; ///< "Глава Качканарского городского округа"
    QString name;     ///< "А.А. Иванов", or empty for a blank to fill in by hand
    QString date;     ///< the date line, blank

    bool isEmpty() const { return heading.isEmpty(); }
    friend bool operator==(const ReportApproval &, const ReportApproval &) = default;
};

/// The key figures, as numbers, for whoever wants to compute with them.
struct ReportFigures {
    int obligations = 0;
    int due = 0;
    int doneOnTime = 0; ///< not counting doneOnTimeAfterExtension
    int doneOnTimeAfterExtension = 0;
    int doneLate = 0;
    int awaitingVerification = 0;
    int awaitingVerificationDue = 0; ///< of awaitingVerification, those due by the as-of date
    int returned = 0;
    int returnedDue = 0;
    int notYetDue = 0;
    int notApplicable = 0;
    int overdue = 0;
    int overdueFromEarlierPeriods = 0;
    double onTimeRate = 0.0;    ///< 0 when nothing is due (due == 0): then printed as «—»
    double executionRate = 0.0;

    friend bool operator==(const ReportFigures &, const ReportFigures &) = default;
};

/// One obligation of the period as data, for spreadsheets: dates as dates, the words in the
/// report's language.
struct ReportObligation {
    QString activity;   ///< "1.1"
    int principle = 0;
    QString department;
    QString role;       ///< "ответственный исполнитель", "соисполнитель"
    QString period;     ///< "II кв. 2019", "однократно"
    QDate due;          ///< the legal due date
    QDate extendedTo;   ///< invalid unless extended
    QString status;
    QDate doneDate;     ///< invalid unless reported done (and known at the as-of date)
    QDate reportedOn;
    QString evidence;   ///< the link and the document, a line each
    QString comment;    ///< the department's, and the monitor's when returned

    friend bool operator==(const ReportObligation &, const ReportObligation &) = default;
};

/// The content of a status report, with every text already in the report's language: what
/// renderers lay out and what a registered report freezes. It holds no reference to the
/// database, so a frozen copy prints the same whatever changed since.
struct ReportDocument {
    QString language;
    ReportApproval approval;
    QStringList addressee;   ///< "Главе Качканарского городского округа", top right of the first page
    QString organisation;    ///< "АДМИНИСТРАЦИЯ КАЧКАНАРСКОГО ГОРОДСКОГО ОКРУГА"
    QString title;           ///< "ОТЧЕТ"
    QString subtitle;        ///< "о ходе реализации плана мероприятий («дорожной карты») … за II квартал 2019 года"
    QString asOfLine;        ///< "по состоянию на 30.06.2019"
    QString registration;    ///< "Рег. № 7 от 15.07.2019"; empty until registered
    QList<ReportField> details;
    QList<ReportSection> sections;
    ReportSignature signature;
    QString executor;        ///< small print at the foot of the last page: who prepared it, position, phone (lines)
    QString runningHeader;   ///< what the report is, on every page
    QString pageNumberPattern; ///< "%1" (the page; "%2", if present, the page count); not on the first page
    ReportFigures figures;
    /// The obligations of the period, one a row, and the titles of their columns in the order
    /// of ReportObligation's fields: the table spreadsheets filter and pivot.
    QStringList obligationColumns;
    QList<ReportObligation> obligations;

    QJsonObject toJson() const;
    static std::optional<ReportDocument> fromJson(const QJsonObject &object);
    /// The JSON text that is stored and hashed: compact, keys in a fixed order.
    QByteArray canonicalJson() const;
    /// SHA-256 of canonicalJson(), hex.
    QString contentHash() const;

    friend bool operator==(const ReportDocument &, const ReportDocument &) = default;
};

} // namespace core
