<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>app</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problem found:</numerusform><numerusform>%n problems found:</numerusform></translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message numerus="yes">
        <source>%1 (%n days)</source>
        <translation>
            <numerusform>%1 (%n days)</numerusform><numerusform>%1 (%n days)</numerusform></translation>
    </message>
</context>
<context>
    <name>ui::ReportDialog</name>
    <message numerus="yes">
        <source>In the period: %n obligation(s), due by the as-of date: %1; done on time: %2, late: %3; overdue: %4; awaiting verification: %5.</source>
        <translation>
            <numerusform>In the period: %n obligation, due by the as-of date: %1; done on time: %2, late: %3; overdue: %4; awaiting verification: %5.</numerusform><numerusform>In the period: %n obligations, due by the as-of date: %1; done on time: %2, late: %3; overdue: %4; awaiting verification: %5.</numerusform></translation>
    </message>
</context>
</TS>