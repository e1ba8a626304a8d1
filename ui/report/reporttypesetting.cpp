#include "reporttypesetting.h"

#include <QRegularExpression>

namespace ui {

namespace {

void typesetAll(QStringList &texts)
{
    for (QString &text : texts)
        text = typeset(text);
}

} // namespace

QString typeset(QString text)
{
    static const QRegularExpression afterSign(QStringLiteral("(№|No\\.) (?=\\S)"));
    static const QRegularExpression romanPart(QStringLiteral("\\b([IVX]+) (?=квартал|полугоди|quarter|half)"));
    static const QRegularExpression yearWord(QStringLiteral("(\\d) (?=года|год\\b|г\\.)"));
    static const QRegularExpression initials(QStringLiteral("\\b(\\p{Lu}\\.\\p{Lu}\\.) (?=\\p{Lu})"));
    const QString nbsp(QChar(0x00A0));
    text.replace(afterSign, QStringLiteral("\\1") + nbsp);
    text.replace(romanPart, QStringLiteral("\\1") + nbsp);
    text.replace(yearWord, QStringLiteral("\\1") + nbsp);
    text.replace(initials, QStringLiteral("\\1") + nbsp);
    return text;
}

core::ReportDocument typeset(core::ReportDocument report)
{
    for (QString *text : {&report.organisation, &report.title, &report.subtitle, &report.asOfLine, &report.registration,
                          &report.executor, &report.runningHeader, &report.signature.position, &report.signature.name})
        *text = typeset(*text);
    for (core::ReportField &field : report.details)
        field.value = typeset(field.value);
    typesetAll(report.addressee);
    for (QString *text : {&report.approval.position, &report.approval.name})
        *text = typeset(*text);
    for (core::ReportSection &section : report.sections) {
        section.heading = typeset(section.heading);
        typesetAll(section.paragraphs);
        section.note = typeset(section.note);
        for (core::ReportRow &row : section.table.rows)
            typesetAll(row.cells);
    }
    return report;
}

} // namespace ui
