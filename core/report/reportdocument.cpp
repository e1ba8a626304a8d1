#include "reportdocument.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace core {

namespace {

/// Bumped when the stored form changes in a way older readers cannot follow.
constexpr int formatVersion = 1;

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QString rowKindId(ReportRow::Kind kind)
{
    switch (kind) {
    case ReportRow::Kind::Data:
        return QStringLiteral("data");
    case ReportRow::Kind::Group:
        return QStringLiteral("group");
    case ReportRow::Kind::Total:
        return QStringLiteral("total");
    }
    return {};
}

ReportRow::Kind rowKindFromId(const QString &id)
{
    if (id == u"group")
        return ReportRow::Kind::Group;
    if (id == u"total")
        return ReportRow::Kind::Total;
    return ReportRow::Kind::Data;
}

QJsonObject tableJson(const ReportTable &table)
{
    QJsonArray columns;
    for (const ReportColumn &column : table.columns) {
        columns.append(QJsonObject{{QStringLiteral("title"), column.title},
                                   {QStringLiteral("width"), column.width},
                                   {QStringLiteral("numeric"), column.numeric}});
    }
    QJsonArray rows;
    for (const ReportRow &row : table.rows) {
        QJsonObject object{{QStringLiteral("kind"), rowKindId(row.kind)}, {QStringLiteral("cells"), stringArray(row.cells)}};
        if (row.alert)
            object.insert(QStringLiteral("alert"), true);
        if (row.level > 0)
            object.insert(QStringLiteral("level"), row.level);
        rows.append(object);
    }
    return {{QStringLiteral("columns"), columns}, {QStringLiteral("rows"), rows}};
}

ReportTable tableFrom(const QJsonObject &object)
{
    ReportTable table;
    for (const QJsonValue &value : object.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject column = value.toObject();
        table.columns.append({text(column, "title"), column.value(QStringLiteral("width")).toInt(1),
                              column.value(QStringLiteral("numeric")).toBool()});
    }
    for (const QJsonValue &value : object.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        table.rows.append({rowKindFromId(text(row, "kind")), stringList(row.value(QStringLiteral("cells"))),
                           row.value(QStringLiteral("alert")).toBool(), row.value(QStringLiteral("level")).toInt()});
    }
    return table;
}

QJsonObject chartJson(const ReportChart &chart)
{
    QJsonArray bars;
    for (const ReportChartBar &bar : chart.bars) {
        bars.append(QJsonObject{{QStringLiteral("label"), bar.label},
                                {QStringLiteral("value"), bar.value},
                                {QStringLiteral("value_text"), bar.valueText}});
    }
    return {{QStringLiteral("title"), chart.title}, {QStringLiteral("bars"), bars}};
}

ReportChart chartFrom(const QJsonObject &object)
{
    ReportChart chart;
    chart.title = text(object, "title");
    for (const QJsonValue &value : object.value(QStringLiteral("bars")).toArray()) {
        const QJsonObject bar = value.toObject();
        chart.bars.append({text(bar, "label"), bar.value(QStringLiteral("value")).toDouble(), text(bar, "value_text")});
    }
    return chart;
}

QJsonObject figuresJson(const ReportFigures &f)
{
    return {
        {QStringLiteral("obligations"), f.obligations},
        {QStringLiteral("due"), f.due},
        {QStringLiteral("done_on_time"), f.doneOnTime},
        {QStringLiteral("done_on_time_after_extension"), f.doneOnTimeAfterExtension},
        {QStringLiteral("done_late"), f.doneLate},
        {QStringLiteral("awaiting_verification"), f.awaitingVerification},
        {QStringLiteral("awaiting_verification_due"), f.awaitingVerificationDue},
        {QStringLiteral("returned"), f.returned},
        {QStringLiteral("returned_due"), f.returnedDue},
        {QStringLiteral("not_yet_due"), f.notYetDue},
        {QStringLiteral("not_applicable"), f.notApplicable},
        {QStringLiteral("overdue"), f.overdue},
        {QStringLiteral("overdue_from_earlier_periods"), f.overdueFromEarlierPeriods},
        {QStringLiteral("on_time_rate"), f.onTimeRate},
        {QStringLiteral("execution_rate"), f.executionRate},
    };
}

ReportFigures figuresFrom(const QJsonObject &o)
{
    const auto number = [&](const char *key) { return o.value(QLatin1String(key)).toInt(); };
    ReportFigures f;
    f.obligations = number("obligations");
    f.due = number("due");
    f.doneOnTime = number("done_on_time");
    f.doneOnTimeAfterExtension = number("done_on_time_after_extension");
    f.doneLate = number("done_late");
    f.awaitingVerification = number("awaiting_verification");
    f.awaitingVerificationDue = number("awaiting_verification_due");
    f.returned = number("returned");
    f.returnedDue = number("returned_due");
    f.notYetDue = number("not_yet_due");
    f.notApplicable = number("not_applicable");
    f.overdue = number("overdue");
    f.overdueFromEarlierPeriods = number("overdue_from_earlier_periods");
    f.onTimeRate = o.value(QStringLiteral("on_time_rate")).toDouble();
    f.executionRate = o.value(QStringLiteral("execution_rate")).toDouble();
    return f;
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonArray obligationsJson(const QList<ReportObligation> &obligations)
{
    QJsonArray array;
    for (const ReportObligation &o : obligations) {
        array.append(QJsonObject{
            {QStringLiteral("activity"), o.activity},
            {QStringLiteral("principle"), o.principle},
            {QStringLiteral("department"), o.department},
            {QStringLiteral("role"), o.role},
            {QStringLiteral("period"), o.period},
            {QStringLiteral("due"), isoDate(o.due)},
            {QStringLiteral("extended_to"), isoDate(o.extendedTo)},
            {QStringLiteral("status"), o.status},
            {QStringLiteral("done_date"), isoDate(o.doneDate)},
            {QStringLiteral("reported_on"), isoDate(o.reportedOn)},
            {QStringLiteral("evidence"), o.evidence},
            {QStringLiteral("comment"), o.comment},
        });
    }
    return array;
}

QList<ReportObligation> obligationsFrom(const QJsonValue &value)
{
    const auto date = [](const QJsonObject &o, const char *key) { return QDate::fromString(text(o, key), Qt::ISODate); };
    QList<ReportObligation> obligations;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        obligations.append({text(o, "activity"), o.value(QStringLiteral("principle")).toInt(), text(o, "department"), text(o, "role"),
                            text(o, "period"), date(o, "due"), date(o, "extended_to"), text(o, "status"), date(o, "done_date"),
                            date(o, "reported_on"), text(o, "evidence"), text(o, "comment")});
    }
    return obligations;
}

} // namespace

QJsonObject ReportDocument::toJson() const
{
    QJsonArray detailArray;
    for (const ReportField &field : details)
        detailArray.append(QJsonObject{{QStringLiteral("label"), field.label}, {QStringLiteral("value"), field.value}});
    QJsonArray sectionArray;
    for (const ReportSection &section : sections) {
        QJsonObject object{{QStringLiteral("heading"), section.heading},
                           {QStringLiteral("level"), section.level},
                           {QStringLiteral("paragraphs"), stringArray(section.paragraphs)}};
        if (!section.chart.isEmpty())
            object.insert(QStringLiteral("chart"), chartJson(section.chart));
        if (!section.table.isEmpty())
            object.insert(QStringLiteral("table"), tableJson(section.table));
        if (!section.note.isEmpty())
            object.insert(QStringLiteral("note"), section.note);
        sectionArray.append(object);
    }
    QJsonObject object{
        {QStringLiteral("format"), formatVersion},
        {QStringLiteral("language"), language},
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("title"), title},
        {QStringLiteral("subtitle"), subtitle},
        {QStringLiteral("as_of_line"), asOfLine},
        {QStringLiteral("registration"), registration},
        {QStringLiteral("details"), detailArray},
        {QStringLiteral("sections"), sectionArray},
        {QStringLiteral("signature"), QJsonObject{{QStringLiteral("position"), signature.position},
                                                  {QStringLiteral("name"), signature.name},
                                                  {QStringLiteral("date"), signature.date},
                                                  {QStringLiteral("signature_caption"), signature.signatureCaption},
                                                  {QStringLiteral("date_caption"), signature.dateCaption}}},
        {QStringLiteral("executor"), executor},
        {QStringLiteral("running_header"), runningHeader},
        {QStringLiteral("page_number_pattern"), pageNumberPattern},
        {QStringLiteral("figures"), figuresJson(figures)},
    };
    // Written only when present, so that reports registered before they existed keep their bytes.
    if (!addressee.isEmpty())
        object.insert(QStringLiteral("addressee"), stringArray(addressee));
    if (!approval.isEmpty()) {
        object.insert(QStringLiteral("approval"), QJsonObject{{QStringLiteral("heading"), approval.heading},
                                                              {QStringLiteral("position"), approval.position},
                                                              {QStringLiteral("name"), approval.name},
                                                              {QStringLiteral("date"), approval.date}});
    }
    // Reports registered before the flat table existed keep their stored form, and their hash.
    if (!obligationColumns.isEmpty()) {
        object.insert(QStringLiteral("obligation_columns"), stringArray(obligationColumns));
        object.insert(QStringLiteral("obligations"), obligationsJson(obligations));
    }
    return object;
}

std::optional<ReportDocument> ReportDocument::fromJson(const QJsonObject &object)
{
    if (object.value(QStringLiteral("format")).toInt() != formatVersion)
        return std::nullopt;
    ReportDocument document;
    document.language = text(object, "language");
    document.organisation = text(object, "organisation");
    document.title = text(object, "title");
    document.subtitle = text(object, "subtitle");
    document.asOfLine = text(object, "as_of_line");
    document.registration = text(object, "registration");
    for (const QJsonValue &value : object.value(QStringLiteral("details")).toArray())
        document.details.append({text(value.toObject(), "label"), text(value.toObject(), "value")});
    for (const QJsonValue &value : object.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject section = value.toObject();
        document.sections.append({text(section, "heading"), section.value(QStringLiteral("level")).toInt(1),
                                  stringList(section.value(QStringLiteral("paragraphs"))),
                                  chartFrom(section.value(QStringLiteral("chart")).toObject()),
                                  tableFrom(section.value(QStringLiteral("table")).toObject()), text(section, "note")});
    }
    const QJsonObject signature = object.value(QStringLiteral("signature")).toObject();
    document.signature = {text(signature, "position"), text(signature, "name"), text(signature, "date"),
                          text(signature, "signature_caption"), text(signature, "date_caption")};
    document.executor = text(object, "executor");
    document.addressee = stringList(object.value(QStringLiteral("addressee")));
    const QJsonObject approval = object.value(QStringLiteral("approval")).toObject();
    document.approval = {text(approval, "heading"), text(approval, "position"), text(approval, "name"), text(approval, "date")};
    document.runningHeader = text(object, "running_header");
    document.pageNumberPattern = text(object, "page_number_pattern");
    document.figures = figuresFrom(object.value(QStringLiteral("figures")).toObject());
    document.obligationColumns = stringList(object.value(QStringLiteral("obligation_columns")));
    document.obligations = obligationsFrom(object.value(QStringLiteral("obligations")));
    return document;
}

QByteArray ReportDocument::canonicalJson() const
{
    // QJsonDocument writes object keys sorted, so equal documents give equal bytes.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QString ReportDocument::contentHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

} // namespace core
