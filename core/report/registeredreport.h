#pragma once

#include "reportdocument.h"
#include "reportparameters.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace core {

/// A status report registered under a number: its parameters and its content frozen as
/// printed, so that it can be reprinted identically whatever changed since.
struct RegisteredReport {
    qint64 id = 0;
    qint64 roadmapId = 0;
    QString number;
    QDate registeredOn;
    QString registeredBy;    ///< login
    QDateTime registeredAt;
    ReportParameters parameters;
    ReportDocument content;
    QString contentHash;     ///< SHA-256 of the stored content, hex
};

} // namespace core
