#include "reporthtmlwriter.h"

#include "reporttypesetting.h"
#include "weblink.h"

namespace ui {

namespace {

/// Text as HTML: escaped, line breaks as <br>, the no-break spaces of the printed report as
/// &nbsp; so that they can be seen in the source.
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")).replace(QChar(0x00A0), QStringLiteral("&nbsp;"));
}

/// A table cell: each line that is a web address (http or https, core::webLink) as a link to it.
/// The address goes into the attribute percent-encoded and escaped, so that no stored value can
/// end the attribute or add one.
QString cellHtml(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QUrl link = core::webLink(line);
        if (link.isEmpty())
            lines.append(escaped(line));
        else
            lines.append(QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(QString::fromLatin1(link.toEncoded(QUrl::FullyEncoded)).toHtmlEscaped(), escaped(line.trimmed())));
    }
    return lines.join(QStringLiteral("<br>"));
}

const char16_t style[] = uR"(
@page { size: A4 portrait; margin: 22mm 15mm 20mm 25mm; }
body { font-family: "Times New Roman", "Liberation Serif", "PT Serif", serif; font-size: 12pt; color: #000; max-width: 170mm; margin: 1em auto; }
.organisation { text-align: center; font-weight: bold; border-bottom: 1px solid #000; padding-bottom: 4pt; }
h1 { text-align: center; font-size: 14pt; letter-spacing: 2pt; margin: 14pt 0 4pt; }
.subtitle { text-align: center; font-weight: bold; margin: 0 0 4pt; }
.as-of { text-align: center; margin: 0 0 14pt; }
table { border-collapse: collapse; width: 100%; page-break-inside: auto; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
a { color: #1a3d6e; overflow-wrap: anywhere; }
table.details td { padding: 1.5pt; vertical-align: top; font-size: 11pt; }
table.details td.label { font-weight: bold; width: 27%; }
table.grid { font-size: 9.5pt; margin: 2pt 0 4pt; }
table.grid th, table.grid td { border: 0.75pt solid #000; padding: 2.5pt; vertical-align: top; overflow-wrap: anywhere; }
table.grid th { background: #e6e6e6; text-align: center; }
table.grid td.number { text-align: right; }
table.grid tr.group td { background: #f4f4f4; font-weight: bold; text-align: justify; }
table.grid tr.group { page-break-after: avoid; break-after: avoid; }
table.grid tr.total td { font-weight: bold; }
table.grid tr.alert td { color: #9c1c1c; }
h2 { font-size: 12pt; margin: 16pt 0 6pt; page-break-after: avoid; break-after: avoid; }
h3 { font-size: 11pt; font-style: italic; margin: 10pt 0 6pt; page-break-after: avoid; break-after: avoid; }
p { text-align: justify; text-indent: 28pt; font-size: 11pt; margin: 0 0 6pt; }
p.note { text-indent: 0; font-size: 8.5pt; font-style: italic; }
.chart { page-break-inside: avoid; break-inside: avoid; }
.chart-title { text-align: center; font-style: italic; font-size: 10.5pt; text-indent: 0; }
table.chart { font-size: 9pt; }
table.chart td { padding: 2pt 4pt; vertical-align: middle; }
table.chart td.label { width: 42%; }
table.chart td.bar { width: 40%; border-left: 0.75pt solid #bbb; }
table.chart div { height: 10pt; background: #3b5b8c; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
table.chart div.low { background: #9c2a2a; }
table.signature { margin-top: 30pt; page-break-inside: avoid; break-inside: avoid; }
table.signature td { vertical-align: bottom; padding: 1pt; }
table.signature td.line { text-align: center; width: 26%; }
table.signature td.name { text-align: right; width: 28%; }
.caption { font-size: 7.5pt; font-style: italic; text-align: center; }
.executor { font-size: 8.5pt; margin-top: 36pt; }
@media print {
  body { max-width: none; margin: 0; }
  a { color: inherit; text-decoration: none; }
}
)";

void writeTable(QString &html, const core::ReportTable &table)
{
    html += QStringLiteral("<table class=\"grid\">\n<colgroup>");
    int total = 0;
    for (const core::ReportColumn &column : table.columns)
        total += column.width;
    for (const core::ReportColumn &column : table.columns)
        html += QStringLiteral("<col style=\"width: %1%\">").arg(100.0 * column.width / total, 0, 'f', 1);
    html += QStringLiteral("</colgroup>\n<thead><tr>");
    for (const core::ReportColumn &column : table.columns)
        html += QStringLiteral("<th>%1</th>").arg(escaped(column.title));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const core::ReportRow &row : table.rows) {
        QStringList classes;
        if (row.kind == core::ReportRow::Kind::Group)
            classes.append(QStringLiteral("group"));
        if (row.kind == core::ReportRow::Kind::Total)
            classes.append(QStringLiteral("total"));
        if (row.alert)
            classes.append(QStringLiteral("alert"));
        html += classes.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr class=\"%1\">").arg(classes.join(u' '));
        if (row.kind == core::ReportRow::Kind::Group) {
            html += QStringLiteral("<td colspan=\"%1\">%2</td>").arg(table.columns.size()).arg(escaped(row.cells.value(0)));
        } else {
            for (int column = 0; column < table.columns.size(); ++column) {
                const QString cell = cellHtml(row.cells.value(column));
                html += table.columns.at(column).numeric ? QStringLiteral("<td class=\"number\">%1</td>").arg(cell)
                                                         : QStringLiteral("<td>%1</td>").arg(cell);
            }
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n");
}

void writeChart(QString &html, const core::ReportChart &chart)
{
    // The title and the bars on one page when printed.
    html += QStringLiteral("<div class=\"chart\">\n<p class=\"chart-title\">%1</p>\n<table class=\"chart\">\n").arg(escaped(chart.title));
    for (const core::ReportChartBar &bar : chart.bars) {
        const QString width = QString::number(std::clamp(bar.value, 0.0, 1.0) * 100.0, 'f', 1);
        html += QStringLiteral("<tr><td class=\"label\">%1</td><td class=\"bar\"><div%2 style=\"width: %3%\"></div></td><td>%4</td></tr>\n")
                    .arg(escaped(bar.label), bar.value < 0.5 ? QStringLiteral(" class=\"low\"") : QString(), width, escaped(bar.valueText));
    }
    html += QStringLiteral("</table>\n</div>\n");
}

} // namespace

QByteArray ReportHtmlWriter::write(const core::ReportDocument &source)
{
    const core::ReportDocument report = typeset(source);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n<style>")
                .arg(report.language, escaped(report.title + u' ' + report.subtitle));
    html += QString::fromUtf16(style);
    html += QStringLiteral("</style>\n</head>\n<body>\n");
    html += QStringLiteral("<div class=\"organisation\">%1</div>\n").arg(escaped(report.organisation));
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(report.title));
    html += QStringLiteral("<div class=\"subtitle\">%1</div>\n").arg(escaped(report.subtitle));
    html += QStringLiteral("<div class=\"as-of\">%1</div>\n").arg(escaped(report.asOfLine));
    html += QStringLiteral("<table class=\"details\">\n");
    for (const core::ReportField &field : report.details)
        html += QStringLiteral("<tr><td class=\"label\">%1:</td><td>%2</td></tr>\n").arg(escaped(field.label), escaped(field.value));
    html += QStringLiteral("</table>\n");

    for (const core::ReportSection &section : report.sections) {
        html += section.level > 1 ? QStringLiteral("<h3>%1</h3>\n").arg(escaped(section.heading))
                                  : QStringLiteral("<h2>%1</h2>\n").arg(escaped(section.heading));
        for (const QString &paragraph : section.paragraphs)
            html += QStringLiteral("<p>%1</p>\n").arg(escaped(paragraph));
        if (!section.chart.isEmpty())
            writeChart(html, section.chart);
        if (!section.table.isEmpty())
            writeTable(html, section.table);
        if (!section.note.isEmpty())
            html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(escaped(section.note));
    }

    const core::ReportSignature &signature = report.signature;
    html += QStringLiteral("<table class=\"signature\">\n<tr><td>%1</td><td class=\"line\">_______________</td>"
                           "<td class=\"name\">%2</td></tr>\n<tr><td></td><td class=\"caption\">%3</td><td></td></tr>\n"
                           "<tr><td>%4</td><td></td><td></td></tr>\n</table>\n")
                .arg(escaped(signature.position), escaped(signature.name), escaped(signature.signatureCaption), escaped(signature.date));
    if (!report.executor.isEmpty())
        html += QStringLiteral("<div class=\"executor\">%1</div>\n").arg(escaped(report.executor));
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace ui
