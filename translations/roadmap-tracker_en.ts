<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>app</name>
    <message numerus="yes">
        <source>%n obligation(s).</source>
        <translation>
            <numerusform>%n obligation.</numerusform><numerusform>%n obligations.</numerusform></translation>
    </message>
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
    <message numerus="yes">
        <source>%1 is damaged: SQLite&apos;s integrity_check found %n problem(s):</source>
        <translation>
            <numerusform>%1 is damaged: SQLite&apos;s integrity_check found %n problem:</numerusform><numerusform>%1 is damaged: SQLite&apos;s integrity_check found %n problems:</numerusform></translation>
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
    <name>ui::ImportDialog</name>
    <message numerus="yes">
        <source>%n activities</source>
        <translation><numerusform>%n activity</numerusform><numerusform>%n activities</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n principles</source>
        <translation><numerusform>%n principle</numerusform><numerusform>%n principles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n departments</source>
        <translation><numerusform>%n department</numerusform><numerusform>%n departments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deadline wordings need review (highlighted)</source>
        <translation><numerusform>%n deadline wording needs review (highlighted)</numerusform><numerusform>%n deadline wordings need review (highlighted)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n activities added</source>
        <translation><numerusform>%n activity added</numerusform><numerusform>%n activities added</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation><numerusform>%n removed</numerusform><numerusform>%n removed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation><numerusform>%n changed</numerusform><numerusform>%n changed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n principles added</source>
        <translation><numerusform>%n principle added</numerusform><numerusform>%n principles added</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n principles retitled</source>
        <translation><numerusform>%n principle retitled</numerusform><numerusform>%n principles retitled</numerusform></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message numerus="yes">
        <source>Imported roadmap «%1»: %n activities.</source>
        <translation><numerusform>Imported roadmap «%1»: %n activity.</numerusform><numerusform>Imported roadmap «%1»: %n activities.</numerusform></translation>
    </message>
</context>
<context>
    <name>ui::ReportDialog</name>
    <message numerus="yes">
        <source>In the period: %n obligation(s).</source>
        <translation>
            <numerusform>In the period: %n obligation.</numerusform><numerusform>In the period: %n obligations.</numerusform></translation>
    </message>
</context>
</TS>