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
    <name>ui::CalendarEditor</name>
    <message numerus="yes">
        <source>%n day(s) changed in this database</source>
        <translation>
            <numerusform>%n day changed in this database</numerusform><numerusform>%n days changed in this database</numerusform></translation>
    </message>
</context>
<context>
    <name>ui::DashboardWidget</name>
    <message numerus="yes">
        <source>Status of all %n obligation(s)</source>
        <translation>
            <numerusform>Status of all %n obligation</numerusform><numerusform>Status of all %n obligations</numerusform></translation>
    </message>
</context>
<context>
    <name>ui::RoadmapEditor</name>
    <message numerus="yes">
        <source>%n obligation(s) per responsible department over %1–%2.</source>
        <translation>
            <numerusform>%n obligation per responsible department over %1–%2.</numerusform><numerusform>%n obligations per responsible department over %1–%2.</numerusform></translation>
    </message>
</context>
</TS>