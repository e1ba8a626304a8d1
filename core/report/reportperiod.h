#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace core {

/// The stretch of time a status report covers: a quarter, a half-year, a year or a custom range.
/// An obligation belongs to the period when its legal due date falls inside it.
struct ReportPeriod {
    enum class Kind {
        Quarter,
        HalfYear,
        Year,
        Range,
    };

    Kind kind = Kind::Quarter;
    QDate start;
    QDate end;

    /// "2019-Q2", "2019-H1", "2019" or "2019-04-01..2019-06-30".
    QString key() const;
    bool isValid() const { return start.isValid() && end.isValid() && start <= end; }
    bool contains(QDate date) const { return date >= start && date <= end; }
    int year() const { return start.year(); }
    /// The quarter (1..4) or half-year (1..2) number; 0 for years and ranges.
    int part() const;

    /// Reads a key as key() writes it; nullopt (with a reason in words) when it is not one.
    static std::optional<ReportPeriod> parse(const QString &text, QString *error = nullptr);
    static ReportPeriod quarter(int year, int quarter);
    static ReportPeriod halfYear(int year, int half);
    static ReportPeriod wholeYear(int year);
    /// The last quarter that ends on or before date.
    static ReportPeriod lastQuarterEndingBy(QDate date);

    friend bool operator==(const ReportPeriod &, const ReportPeriod &) = default;
};

} // namespace core
