#include "reportxlsxwriter.h"

#include "reportvocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cmath>
#include <optional>
#include <utility>

namespace ui {

namespace {

/// A number as a spreadsheet should hold it: "47" → 47; "78,3 %", "78.3%" → 0.783 shown as a
/// percentage; anything else (a dash when nothing is due) stays text.
struct Figure {
    double value = 0;
    bool percent = false;
};

std::optional<Figure> figure(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral("^(\\d+)(?:[.,](\\d+))?\\s*(%?)$"));
    const QRegularExpressionMatch match = number.match(cell.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const double value = (match.captured(1) + u'.' + (match.captured(2).isEmpty() ? QStringLiteral("0") : match.captured(2))).toDouble();
    if (match.captured(3).isEmpty())
        return Figure{value, false};
    return Figure{value / 100.0, true};
}

/// The workbook being written: its formats made once, by what a cell is.
class Workbook
{
public:
    Workbook(lxw_workbook *workbook, bool english)
        : m_workbook(workbook)
        , m_english(english)
    {
    }

    enum Style : unsigned {
        Plain = 0,
        Header = 1,
        Bold = 2,      ///< a total
        Group = 4,     ///< an activity's heading row
        Alert = 8,     ///< overdue
        Date = 16,
        Integer = 32,
        Percent = 64,
    };

    lxw_format *format(unsigned style)
    {
        if (lxw_format *made = m_formats.value(style))
            return made;
        lxw_format *format = workbook_add_format(m_workbook);
        format_set_text_wrap(format);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        if (style & Header) {
            format_set_bold(format);
            format_set_bg_color(format, 0xE6E6E6);
            format_set_align(format, LXW_ALIGN_CENTER);
            format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
            format_set_border(format, LXW_BORDER_THIN);
        }
        if (style & (Bold | Group))
            format_set_bold(format);
        if (style & Group)
            format_set_bg_color(format, 0xF4F4F4);
        if (style & Alert)
            format_set_font_color(format, 0x9C1C1C);
        if (style & Date)
            format_set_num_format(format, m_english ? "yyyy-mm-dd" : "dd.mm.yyyy");
        if (style & Integer)
            format_set_num_format(format, "0");
        if (style & Percent)
            format_set_num_format(format, "0.0%");
        m_formats.insert(style, format);
        return format;
    }

    /// A sheet name Excel takes: at most 31 characters, none of []:*?/\, not used before.
    lxw_worksheet *addSheet(const QString &wanted)
    {
        static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
        const QString base = QString(wanted).replace(forbidden, QStringLiteral(" ")).simplified();
        QString name = base.left(31).trimmed();
        for (int n = 2; m_sheetNames.contains(name.toLower()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = base.left(31 - suffix.size()).trimmed() + suffix;
        }
        m_sheetNames.insert(name.toLower());
        return workbook_add_worksheet(m_workbook, name.toUtf8().constData());
    }

private:
    lxw_workbook *m_workbook;
    bool m_english;
    QHash<unsigned, lxw_format *> m_formats;
    QSet<QString> m_sheetNames;
};

/// Spreadsheets do not always fit a row's height to wrapped text (LibreOffice does not when it
/// reads an .xlsx): each row is given the height of its tallest cell, counted in lines of the
/// column's width.
class RowHeight
{
public:
    explicit RowHeight(QList<double> widths)
        : m_widths(std::move(widths))
    {
    }
    void add(int column, const QString &text)
    {
        int lines = 0;
        const double width = std::max(1.0, m_widths.value(column, 10) - 1);
        for (const QString &line : text.split(u'\n'))
            lines += std::max(1, int(std::ceil(line.size() * 1.1 / width)));
        m_lines = std::max(m_lines, lines);
    }
    void set(lxw_worksheet *sheet, int row)
    {
        if (m_lines > 1)
            worksheet_set_row(sheet, lxw_row_t(row), 15.0 * m_lines, nullptr);
        m_lines = 1;
    }

private:
    QList<double> m_widths;
    int m_lines = 1;
};

void writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    if (text.isEmpty())
        worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format);
    else
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format);
}

void writeDate(lxw_worksheet *sheet, int row, int column, QDate date, lxw_format *format)
{
    if (!date.isValid()) {
        worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format);
        return;
    }
    lxw_datetime value{date.year(), date.month(), date.day(), 0, 0, 0};
    worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &value, format);
}

/// The header row: titles, a filter on each column, frozen when the sheet scrolls.
void writeHeader(Workbook &book, lxw_worksheet *sheet, const QStringList &titles, const QList<double> &widths, int rows,
                 int frozenColumns)
{
    RowHeight height(widths);
    for (int column = 0; column < titles.size(); ++column) {
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), widths.value(column), nullptr);
        writeText(sheet, 0, column, titles.at(column), book.format(Workbook::Header));
        height.add(column, titles.at(column) + QStringLiteral("   ")); // room for the filter button
    }
    height.set(sheet, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max(rows, 1)), lxw_col_t(titles.size() - 1));
    worksheet_freeze_panes(sheet, 1, lxw_col_t(frozenColumns));
    // Printed: A4 landscape, as wide as the page, the header row on every page.
    worksheet_set_paper(sheet, 9);
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
}

void writeObligations(Workbook &book, lxw_worksheet *sheet, const core::ReportDocument &report)
{
    // Characters wide, for the columns in the order of ReportObligation's fields.
    const QList<double> widths = {15, 11, 46, 26, 13, 13, 16, 30, 16, 13, 44, 44};
    const int rows = int(report.obligations.size());
    writeHeader(book, sheet, report.obligationColumns, widths, rows, 1);
    const core::ReportVocabulary words(report.language);
    const QString overdueStatus = words.status(core::ObligationStatus::Overdue);
    int row = 0;
    for (const core::ReportObligation &o : report.obligations) {
        ++row;
        RowHeight height(widths);
        for (const auto &[column, text] : {std::pair{2, o.department}, {3, o.role}, {7, o.status}, {10, o.evidence}, {11, o.comment}})
            height.add(column, text);
        height.set(sheet, row);
        const unsigned ink = o.status == overdueStatus ? Workbook::Alert : Workbook::Plain;
        lxw_format *text = book.format(ink);
        lxw_format *date = book.format(ink | Workbook::Date);
        writeText(sheet, row, 0, o.activity, text);
        worksheet_write_number(sheet, lxw_row_t(row), 1, o.principle, book.format(ink | Workbook::Integer));
        writeText(sheet, row, 2, o.department, text);
        writeText(sheet, row, 3, o.role, text);
        writeText(sheet, row, 4, o.period, text);
        writeDate(sheet, row, 5, o.due, date);
        writeDate(sheet, row, 6, o.extendedTo, date);
        writeText(sheet, row, 7, o.status, text);
        writeDate(sheet, row, 8, o.doneDate, date);
        writeDate(sheet, row, 9, o.reportedOn, date);
        writeText(sheet, row, 10, o.evidence, text);
        writeText(sheet, row, 11, o.comment, text);
    }
}

void writeTable(Workbook &book, lxw_worksheet *sheet, const core::ReportTable &table)
{
    int total = 0;
    for (const core::ReportColumn &column : table.columns)
        total += column.width;
    QStringList titles;
    QList<double> widths;
    for (const core::ReportColumn &column : table.columns) {
        // As wide as on paper, some 120 characters across.
        widths.append(std::max(10.0, 120.0 * column.width / std::max(total, 1)));
        titles.append(column.title);
    }
    writeHeader(book, sheet, titles, widths, int(table.rows.size()), 0);
    // An activity's heading runs across the row: as tall as its text across all columns.
    double tableWidth = 0;
    for (const double width : std::as_const(widths))
        tableWidth += width;
    int row = 0;
    for (const core::ReportRow &source : table.rows) {
        ++row;
        RowHeight height(source.kind == core::ReportRow::Kind::Group ? QList<double>{tableWidth} : widths);
        for (int column = 0; column < source.cells.size(); ++column)
            height.add(column, source.cells.at(column));
        height.set(sheet, row);
        unsigned style = source.alert ? Workbook::Alert : Workbook::Plain;
        if (source.kind == core::ReportRow::Kind::Total)
            style |= Workbook::Bold;
        if (source.kind == core::ReportRow::Kind::Group) {
            // Merged across the row, as on paper; filters and sorting see it in the first column.
            worksheet_merge_range(sheet, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(table.columns.size() - 1),
                                  source.cells.value(0).toUtf8().constData(), book.format(Workbook::Group));
            continue;
        }
        for (int column = 0; column < table.columns.size(); ++column) {
            const QString cell = source.cells.value(column);
            const std::optional<Figure> number = table.columns.at(column).numeric ? figure(cell) : std::nullopt;
            // A cell that is a date alone (the printed form, 30.06.2019) is a date.
            if (const QDate date = QDate::fromString(cell, u"dd.MM.yyyy"); !number && date.isValid())
                writeDate(sheet, row, column, date, book.format(style | Workbook::Date));
            else if (number)
                worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), number->value,
                                       book.format(style | (number->percent ? Workbook::Percent : Workbook::Integer)));
            else
                writeText(sheet, row, column, cell, book.format(style));
        }
    }
}

} // namespace

QByteArray ReportXlsxWriter::write(const core::ReportDocument &report, const QDateTime &created, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("ui", "cannot make the Excel workbook: %1").arg(why);
        return QByteArray();
    };
    // libxlsxwriter writes to a file of its own naming, and its parts to temporary files: both
    // in a private folder, removed afterwards; the caller writes the bytes where they belong.
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(dir.errorString());
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("report.xlsx")));
    QByteArray folder = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = folder.data();
    lxw_workbook *workbook = workbook_new_opt(path.constData(), &options);
    if (!workbook)
        return fail(QCoreApplication::translate("ui", "the library could not start it"));

    const QByteArray title = (report.title + u' ' + report.subtitle).toUtf8();
    QByteArray author = report.organisation.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.company = author.data();
    properties.created = time_t(created.toSecsSinceEpoch());
    workbook_set_properties(workbook, &properties);

    Workbook book(workbook, report.language == u"en");
    writeObligations(book, book.addSheet(core::ReportVocabulary(report.language).text(core::ReportVocabulary::Text::ObligationsSheet)), report);
    for (const core::ReportSection &section : report.sections) {
        if (!section.table.isEmpty())
            writeTable(book, book.addSheet(section.heading), section.table);
    }
    if (const lxw_error closed = workbook_close(workbook); closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    QFile file(dir.filePath(QStringLiteral("report.xlsx")));
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    return file.readAll();
}

} // namespace ui
