<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>app</name>
    <message>
        <source>Usage: roadmap-tracker &lt;command&gt; [options]

Commands:
  deadlines   parse deadline wording or a roadmap document and list its obligations

Without a command the obligations of the bundled demo roadmap are listed.
Run &apos;roadmap-tracker &lt;command&gt; --help&apos; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &apos;roadmap-tracker --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(calendar not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No obligations in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act No. %1 of %2 (%3); period %4 – %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the obligations that deadline wording or a roadmap document produces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline wording to parse, e.g. &quot;ежегодно до 1 марта года, следующего за отчетным&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period for --phrase (default: 1 January of this year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period for --phrase (default: 31 December of this year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A roadmap document (table text) to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlines needs exactly one of --phrase or --roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to apply to --phrase only; a roadmap uses its own period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st half-year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd half-year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4th quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no later than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1 (last day: the day before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 of the following month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the following year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the same year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once, before %1 (last day: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by each of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before each of %1 (last day: the day before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every quarter, confirmed by the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuously %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on event, every quarter (&quot;no events&quot; allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on event, every quarter %1 (&quot;no events&quot; allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; then </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no year, and no roadmap period is given to take it from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no year, and it does not fall within the roadmap period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the years %1-%2 run backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no half-year &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no quarter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dates mix &quot;до&quot; (the date excluded) with &quot;не позднее&quot; or &quot;по&quot; (the date included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read when the periodic deadline &quot;%1&quot; falls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say how often it falls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a reporting period that does not match how often it falls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no day %1 in a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day and month of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a date of the year, which fits only a yearly deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deadline wording the program can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part before or after &quot;далее&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on time after extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roadmap table found: expected tab-separated rows with numbered activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approving body found: the document does not start with a letterhead in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval date &quot;%1&quot; is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No act date and number (such as &quot;16.03.2018 № 253&quot;) found before the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title does not name the years of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No title (a paragraph starting with &quot;План&quot;) found before the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval stamp names act &quot;%1 № %2&quot;, the document &quot;%3 № %4&quot;; the document is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval stamp gives the years %1-%2, the title %3-%4; the title is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is taken from the approval stamp: %1-%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval date is unknown; the period starts on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The years of the plan are unknown; set the period by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 cells; the cells after the fifth are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 cells instead of 5 and no activity number; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 cells instead of 5; read as activity, responsible, deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; read as &quot;%2&quot; (a zero typed for the closing parenthesis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not a table row and is ignored: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 begins inside a cell; the text before it is joined to activity %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with no activity number before any activity is ignored: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities %1 are printed in one row and share its responsible and deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible or deadline text before any activity is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the principle number column is not a number; the row is read without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle %1 appears a second time; its new title is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle text with no principle number before it is ignored: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 appears again (first on line %2); this one is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 is printed in the row of principle %2; its number puts it under principle %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 belongs to principle %2, which the table does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 has no deadline; set its rule by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1: the deadline &quot;%2&quot; needs review: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle %1 has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 has no responsible department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the responsible column does not look like a department name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar must start with the header &quot;date,kind,note,source&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar record %1: cannot read &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
