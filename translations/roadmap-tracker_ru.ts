<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>app</name>
    <message>
        <source>unknown command &quot;%1&quot;; run &apos;roadmap-tracker --help&apos;</source>
        <translation>неизвестная команда &quot;%1&quot;; см. &apos;roadmap-tracker --help&apos;</translation>
    </message>
    <message>
        <source>(calendar not confirmed)</source>
        <translation>(календарь не подтвержден)</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD</source>
        <translation>--from и --to принимают даты в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) раньше --from (%2)</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>Формулировка:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Правило:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>No obligations in this period.</source>
        <translation>В этом периоде обязательств нет.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>По правилу</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Act No. %1 of %2 (%3); period %4 – %5</source>
        <translation>Акт № %1 от %2 (%3); период %4 – %5</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Предупреждения:</translation>
    </message>
    <message>
        <source>Lists the obligations that deadline wording or a roadmap document produces.</source>
        <translation>Выводит обязательства, которые порождает формулировка срока или документ дорожной карты.</translation>
    </message>
    <message>
        <source>Deadline wording to parse, e.g. &quot;ежегодно до 1 марта года, следующего за отчетным&quot;.</source>
        <translation>Формулировка срока для разбора, например &quot;ежегодно до 1 марта года, следующего за отчетным&quot;.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>Start of the period for --phrase (default: 1 January of this year).</source>
        <translation>Начало периода для --phrase (по умолчанию — 1 января текущего года).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>End of the period for --phrase (default: 31 December of this year).</source>
        <translation>Конец периода для --phrase (по умолчанию — 31 декабря текущего года).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Вывести один документ JSON.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>лишний аргумент &quot;%1&quot;</translation>
    </message>
    <message>
        <source>deadlines needs exactly one of --phrase or --roadmap</source>
        <translation>для deadlines нужен ровно один из параметров --phrase или --roadmap</translation>
    </message>
    <message>
        <source>--from and --to apply to --phrase only; a roadmap uses its own period</source>
        <translation>--from и --to действуют только с --phrase; для дорожной карты используется ее собственный период</translation>
    </message>
    <message>
        <source>Activity number, e.g. 5.1.</source>
        <translation>Номер мероприятия, например 5.1.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>Period key as printed by &apos;deadlines&apos;: once, 2019, 2019-H1, 2019-Q2, 2019-05 or a date.</source>
        <translation>Ключ периода в том виде, как его выводит &apos;deadlines&apos;: once, 2019, 2019-H1, 2019-Q2, 2019-05 или дата.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <source>Department name as printed by &apos;deadlines&apos;.</source>
        <translation>Название отдела в том виде, как его выводит &apos;deadlines&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>Act for this login (monitors only); the audit trail records both.</source>
        <translation>Действовать от имени этого логина (только для контролера); в журнале аудита фиксируются оба.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>The report version you saw; a newer one is a conflict.</source>
        <translation>Версия отчета, которую вы видели; более новая версия означает конфликт.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 принимает дату в формате ГГГГ-ММ-ДД, а не &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>параметр --%1 обязателен</translation>
    </message>
    <message>
        <source>--expect-version takes a number</source>
        <translation>--expect-version принимает число</translation>
    </message>
    <message>
        <source>import takes one roadmap document</source>
        <translation>import принимает один документ дорожной карты</translation>
    </message>
    <message>
        <source>Imported roadmap %1: %2</source>
        <translation>Импортирована дорожная карта %1: %2</translation>
    </message>
    <message>
        <source>%1 principles, %2 activities, %3 departments, %4 groups</source>
        <translation>принципов: %1, мероприятий: %2, отделов: %3, групп: %4</translation>
    </message>
    <message>
        <source>Created %1; %2 is its monitor.</source>
        <translation>Создана база данных %1; ее контролер — %2.</translation>
    </message>
    <message>
        <source>no obligations are owed by «%1» in this roadmap</source>
        <translation>в этой дорожной карте у «%1» нет обязательств</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ</translation>
    </message>
    <message>
        <source>As of %1%2</source>
        <translation>По состоянию на %1%2</translation>
    </message>
    <message>
        <source>On-time rate: %1; execution rate: %2</source>
        <translation>Доля исполненных в срок: %1; доля исполненных: %2</translation>
    </message>
    <message>
        <source>By principle:</source>
        <translation>По принципам:</translation>
    </message>
    <message>
        <source>By department:</source>
        <translation>По отделам:</translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>Просрочено:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>--done is required</source>
        <translation>параметр --done обязателен</translation>
    </message>
    <message>
        <source>Reported %1 / %2 / %3; it awaits verification.</source>
        <translation>Отчет по %1 / %2 / %3 представлен; ожидает проверки.</translation>
    </message>
    <message>
        <source>Reported no events for %1 / %2 / %3.</source>
        <translation>По %1 / %2 / %3 сообщено: событий в отчетном периоде не было.</translation>
    </message>
    <message>
        <source>Accepted %1 / %2 / %3.</source>
        <translation>Отчет по %1 / %2 / %3 принят.</translation>
    </message>
    <message>
        <source>--comment is required: say what needs rework</source>
        <translation>параметр --comment обязателен: укажите, что нужно доработать</translation>
    </message>
    <message>
        <source>Returned %1 / %2 / %3 for rework.</source>
        <translation>Отчет по %1 / %2 / %3 возвращен на доработку.</translation>
    </message>
    <message>
        <source>extend needs --to YYYY-MM-DD and --reason TEXT</source>
        <translation>для extend нужны --to ГГГГ-ММ-ДД и --reason ТЕКСТ</translation>
    </message>
    <message>
        <source>Extended %1 / %2 / %3 to %4.</source>
        <translation>Срок по %1 / %2 / %3 перенесен на %4.</translation>
    </message>
    <message>
        <source>The audit trail is intact and agrees with every row.</source>
        <translation>Журнал аудита не нарушен и соответствует всем записям.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>Обнаружена %n проблема:</numerusform>
            <numerusform>Обнаружены %n проблемы:</numerusform>
            <numerusform>Обнаружено %n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>параметр --out обязателен</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Резервная копия %1 сохранена в %2.</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>параметр --db обязателен</translation>
    </message>
    <message>
        <source>%1 already exists; the demo is only written to a new file</source>
        <translation>%1 уже существует; демонстрационные данные записываются только в новый файл</translation>
    </message>
    <message>
        <source>%1 already holds data; the demo is only written to an empty database</source>
        <translation>%1 уже содержит данные; демонстрационные данные записываются только в пустую базу данных</translation>
    </message>
    <message>
        <source>Created the demo database %1 (history up to %2); %3 is its monitor.</source>
        <translation>Создана демонстрационная база данных %1 (история по %2); ее контролер — %3.</translation>
    </message>
    <message>
        <source>(disabled) </source>
        <translation>(отключен) </translation>
    </message>
    <message>
        <source>--role is monitor, department_head or viewer</source>
        <translation>--role принимает значения monitor, department_head или viewer</translation>
    </message>
    <message>
        <source>Saved %1 as %2.</source>
        <translation>Пользователь %1 сохранен с ролью %2.</translation>
    </message>
    <message>
        <source>obligations and compliance as of a date</source>
        <translation>обязательства и показатели исполнения на дату</translation>
    </message>
    <message>
        <source>The date to evaluate at (default: today).</source>
        <translation>Дата, на которую выполняется расчет (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>Only this department&apos;s obligations.</source>
        <translation>Только обязательства этого отдела.</translation>
    </message>
    <message>
        <source>The date it was done.</source>
        <translation>Дата исполнения.</translation>
    </message>
    <message>
        <source>Link to the published result.</source>
        <translation>Ссылка на опубликованный результат.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Document number and date.</source>
        <translation>Номер и дата документа.</translation>
    </message>
    <message>
        <source>A comment.</source>
        <translation>Комментарий.</translation>
    </message>
    <message>
        <source>report an obligation done, with evidence</source>
        <translation>отчитаться об исполнении обязательства с подтверждающими сведениями</translation>
    </message>
    <message>
        <source>report &quot;no events this period&quot; for an event-driven activity</source>
        <translation>сообщить &quot;событий в отчетном периоде не было&quot; по мероприятию, исполняемому по мере наступления событий</translation>
    </message>
    <message>
        <source>accept a reported execution (monitor)</source>
        <translation>принять отчет об исполнении (контролер)</translation>
    </message>
    <message>
        <source>return a reported execution for rework, with a comment (monitor)</source>
        <translation>вернуть отчет об исполнении на доработку с комментарием (контролер)</translation>
    </message>
    <message>
        <source>The new due date.</source>
        <translation>Новый срок исполнения.</translation>
    </message>
    <message>
        <source>Why the deadline moves.</source>
        <translation>Причина переноса срока.</translation>
    </message>
    <message>
        <source>grant a deadline extension (monitor)</source>
        <translation>перенести срок исполнения (контролер)</translation>
    </message>
    <message>
        <source>verify the file and its audit trail</source>
        <translation>проверить файл и журнал аудита</translation>
    </message>
    <message>
        <source>copy the database safely while others work</source>
        <translation>безопасно скопировать базу данных, пока другие с ней работают</translation>
    </message>
    <message>
        <source>The backup file to create.</source>
        <translation>Создаваемый файл резервной копии.</translation>
    </message>
    <message>
        <source>create a demo database with the bundled roadmap and a history</source>
        <translation>создать демонстрационную базу данных со встроенной дорожной картой и историей исполнения</translation>
    </message>
    <message>
        <source>list users, or add or change one (monitor)</source>
        <translation>вывести список пользователей, добавить или изменить пользователя (контролер)</translation>
    </message>
    <message>
        <source>The operating-system login.</source>
        <translation>Логин в операционной системе.</translation>
    </message>
    <message>
        <source>monitor, department_head or viewer.</source>
        <translation>monitor, department_head или viewer.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>The department of a department head.</source>
        <translation>Отдел начальника отдела.</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>Имя (ФИО) пользователя.</translation>
    </message>
    <message>
        <source>Disable the account.</source>
        <translation>Отключить учетную запись.</translation>
    </message>
    <message>
        <source>The roadmap document.</source>
        <translation>Документ дорожной карты.</translation>
    </message>
    <message>
        <source>the database holds no roadmap yet; add one with &apos;roadmap-tracker import&apos;</source>
        <translation>в базе данных еще нет дорожной карты; добавьте ее командой &apos;roadmap-tracker import&apos;</translation>
    </message>
    <message>
        <source>there is no roadmap &quot;%1&quot; in the database</source>
        <translation>в базе данных нет дорожной карты &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The database: an SQLite file, or postgresql://user@host:port/dbname.</source>
        <translation>База данных: файл SQLite или postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база</translation>
    </message>
    <message>
        <source>Which roadmap of the database (default: the newest).</source>
        <translation>Дорожная карта в базе данных (по умолчанию — самая новая).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
    <message>
        <source>Without a command the window starts; &apos;roadmap-tracker --db FILE&apos; opens that database in it.
Run &apos;roadmap-tracker &lt;command&gt; --help&apos; for the options of a command.
Exit codes: 0 done, 2 bad arguments or input, 3 not permitted, 4 conflict with a newer change, 5 database cannot be opened or is damaged.
</source>
        <translation>Без команды открывается окно программы; &apos;roadmap-tracker --db ФАЙЛ&apos; открывает в нем указанную базу данных.
Параметры команды: &apos;roadmap-tracker &lt;команда&gt; --help&apos;.
Коды завершения: 0 — выполнено, 2 — неверные аргументы или данные, 3 — нет прав, 4 — конфликт с более новым изменением, 5 — базу данных нельзя открыть или она повреждена.
</translation>
    </message>
    <message>
        <source>Usage: roadmap-tracker &lt;command&gt; [options]

Commands:
  deadlines   parse deadline wording or a roadmap document and list its obligations
  report      make a status report (PDF, ODT, HTML, CSV, XLSX), register, reprint or list them
</source>
        <translation>Использование: roadmap-tracker &lt;команда&gt; [параметры]

Команды:
  deadlines   разобрать формулировку срока или документ дорожной карты и вывести обязательства
  report      сформировать отчет о ходе исполнения (PDF, ODT, HTML, CSV, XLSX), зарегистрировать, перепечатать или вывести их список
</translation>
    </message>
    <message>
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>Statuses as known on this date, YYYY-MM-DD (default: the end of the period, or today while the period runs).</source>
        <translation>Дата, по состоянию на которую определяются статусы, ГГГГ-ММ-ДД (по умолчанию — конец периода или сегодня, если период еще не закончился).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Only this principle.</source>
        <translation>Только этот принцип.</translation>
    </message>
    <message>
        <source>Only the obligations of this department.</source>
        <translation>Только обязательства этого отдела.</translation>
    </message>
    <message>
        <source>The language of the report: ru (default) or en.</source>
        <translation>Язык отчета: ru (по умолчанию) или en.</translation>
    </message>
    <message>
        <source>ru|en</source>
        <translation>ru|en</translation>
    </message>
    <message>
        <source>The file to write; its suffix picks the format: .pdf, .odt (Word, LibreOffice Writer) or .html for the printed report; .csv for its obligations, one a row, for spreadsheets (in Russian separated by &apos;;&apos; with dates as 30.06.2019, in English by &apos;,&apos; with dates as 2019-06-30); .xlsx for an Excel workbook of the obligations and every table of the report.</source>
        <translation>Файл для записи; формат определяется расширением: .pdf, .odt (Word, LibreOffice Writer) или .html — отчет для печати; .csv — его обязательства, по одному в строке, для электронных таблиц (в русском отчете поля разделены &apos;;&apos;, даты в виде 30.06.2019, в английском — &apos;,&apos; и 2019-06-30); .xlsx — книга Excel с обязательствами и всеми таблицами отчета.</translation>
    </message>
    <message>
        <source>Register the report under this number (monitors only): its content is frozen for reprints.</source>
        <translation>Зарегистрировать отчет под этим номером (только для контролера): его содержание фиксируется для повторной печати.</translation>
    </message>
    <message>
        <source>Write the registered report with this number exactly as it was registered.</source>
        <translation>Вывести зарегистрированный отчет с этим номером точно в том виде, в каком он был зарегистрирован.</translation>
    </message>
    <message>
        <source>List the registered reports.</source>
        <translation>Вывести список зарегистрированных отчетов.</translation>
    </message>
    <message>
        <source>No report is registered yet; register one with &apos;roadmap-tracker report … --register NUMBER&apos;.</source>
        <translation>Зарегистрированных отчетов пока нет; зарегистрируйте отчет командой &apos;roadmap-tracker report … --register НОМЕР&apos;.</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6 %7</source>
        <translation>%1 %2 %3 %4 %5 %6 %7</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>дата рег.</translation>
    </message>
    <message>
        <source>by</source>
        <translation>кем</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>на дату</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>охват</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--as-of принимает дату в формате ГГГГ-ММ-ДД, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--principle takes a principle number, not &quot;%1&quot;</source>
        <translation>--principle принимает номер принципа, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang takes ru or en, not &quot;%1&quot;</source>
        <translation>--lang принимает ru или en, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--reprint writes the report as registered; --%1 cannot change it</source>
        <translation>--reprint выводит отчет в зарегистрированном виде; --%1 не может его изменить</translation>
    </message>
    <message>
        <source>Reprinted report No. %1 of %2 to %3</source>
        <translation>Зарегистрированный отчет № %1 от %2 повторно выведен в %3</translation>
    </message>
    <message>
        <source>Registered as %1; wrote %2</source>
        <translation>Зарегистрирован под номером %1; записан файл %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записан файл %1</translation>
    </message>
    <message>
        <source>Make, register, reprint or list quarterly status reports.</source>
        <translation>Формирование, регистрация, повторная печать и список квартальных отчетов о ходе исполнения.</translation>
    </message>
    <message>
        <source>--out is required: the file to write, .pdf, .odt, .html, .csv or .xlsx</source>
        <translation>параметр --out обязателен: файл для записи, .pdf, .odt, .html, .csv или .xlsx</translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot;: name it .pdf, .odt, .html, .csv or .xlsx</source>
        <translation>не удается определить формат &quot;%1&quot;: укажите расширение .pdf, .odt, .html, .csv или .xlsx</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>предупреждение: %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 %2 of %3 is already imported as roadmap %4; add --update to bring that roadmap to this document</source>
        <translation>%1 № %2 от %3 уже импортирован как дорожная карта %4; добавьте --update, чтобы привести эту дорожную карту в соответствие с документом</translation>
    </message>
    <message>
        <source>the act</source>
        <translation>акт</translation>
    </message>
    <message>
        <source>Updated roadmap %1: %2</source>
        <translation>Обновлена дорожная карта %1: %2</translation>
    </message>
    <message>
        <source>added: %1; changed: %2; removed: %3</source>
        <translation>добавлены: %1; изменены: %2; удалены: %3</translation>
    </message>
    <message>
        <source>header changed: %1</source>
        <translation>изменены реквизиты: %1</translation>
    </message>
    <message>
        <source>kept, because they have reports or extensions: %1</source>
        <translation>оставлены, так как по ним есть отчеты или переносы сроков: %1</translation>
    </message>
    <message>
        <source>No roadmap of this act yet: a new one is created.</source>
        <translation>Дорожной карты по этому акту еще нет: создается новая.</translation>
    </message>
    <message>
        <source>Bring the roadmap of the same act to this document.</source>
        <translation>Привести дорожную карту того же акта в соответствие с этим документом.</translation>
    </message>
    <message>
        <source>import a roadmap document (Word, OpenDocument, web page, Excel, CSV, text) into a database (created if missing)</source>
        <translation>импортировать документ дорожной карты (Word, OpenDocument, веб-страница, Excel, CSV, текст) в базу данных (создается, если ее нет)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A roadmap document to read: Word (.docx), OpenDocument (.odt), a saved web page, Excel (.xlsx), CSV or text.</source>
        <translation>Документ дорожной карты: Word (.docx), OpenDocument (.odt), сохраненная веб-страница, Excel (.xlsx), CSV или текст.</translation>
    </message>
    <message>
        <source>The worksheet that holds the plan, when a workbook has several.</source>
        <translation>Лист с планом, если в книге их несколько.</translation>
    </message>
    <message>
        <source>What each column of the plan&apos;s table holds, left to right, separated by commas: number, principle, activity, responsible, deadline, other or ignored (default: read from the headings).</source>
        <translation>Что содержит каждый столбец таблицы плана, слева направо, через запятую: number, principle, activity, responsible, deadline, other или ignored (по умолчанию — по заголовкам).</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>роли</translation>
    </message>
    <message>
        <source>--columns: &quot;%1&quot; is not one of number, principle, activity, responsible, deadline, other, ignored</source>
        <translation>--columns: «%1» — не одно из number, principle, activity, responsible, deadline, other, ignored</translation>
    </message>
    <message>
        <source>--columns must name the activity column</source>
        <translation>--columns должен указать столбец мероприятия (activity)</translation>
    </message>
    <message>
        <source>Name it with --sheet.</source>
        <translation>Укажите его параметром --sheet.</translation>
    </message>
    <message>
        <source>--expect-version N is required: the version of the report you read; --force verifies whatever version is there now</source>
        <translation>нужен --expect-version N — версия отчета, которую вы видели; --force подтверждает ту версию, что есть сейчас</translation>
    </message>
    <message>
        <source>Verify whatever version is there, without --expect-version.</source>
        <translation>Проверить текущую версию, без --expect-version.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: SQLite&apos;s integrity_check found %n problem(s):</source>
        <translation>
            <numerusform>база данных %1 повреждена: проверка целостности SQLite нашла %n проблему:</numerusform>
            <numerusform>база данных %1 повреждена: проверка целостности SQLite нашла %n проблемы:</numerusform>
            <numerusform>база данных %1 повреждена: проверка целостности SQLite нашла %n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite integrity_check passed</source>
        <translation>проверка целостности SQLite (integrity_check) пройдена</translation>
    </message>
    <message>
        <source>the server keeps the pages (no file to check)</source>
        <translation>страницы хранит сервер (файла для проверки нет)</translation>
    </message>
    <message>
        <source>%1: %2, schema %3, %4 audit events</source>
        <translation>%1: %2, схема %3, событий аудита: %4</translation>
    </message>
    <message>
        <source>rules set by hand dropped, because the deadline wording changed: %1</source>
        <translation>правила, заданные вручную, сняты, так как изменилась формулировка срока: %1</translation>
    </message>
    <message>
        <source>deadline wording that needs review, and rules set by hand (monitor)</source>
        <translation>формулировки сроков, требующие проверки, и правила, заданные вручную (контролер)</translation>
    </message>
    <message>
        <source>set by hand by %1 on %2 as «%3»: %4</source>
        <translation>задано вручную (%1, %2) как «%3»: %4</translation>
    </message>
    <message>
        <source>Activity number, e.g. 5.1 (default: list those that need review or have a rule set by hand).</source>
        <translation>Номер мероприятия, например 5.1 (по умолчанию — список требующих проверки и заданных вручную).</translation>
    </message>
    <message>
        <source>Set the activity&apos;s rule by hand, in words the program reads, e.g. &quot;ежеквартально не позднее 15 числа месяца, следующего за отчетным кварталом&quot; (see README: rules set by hand).</source>
        <translation>Задать правило мероприятия вручную словами, которые программа читает, например «ежеквартально не позднее 15 числа месяца, следующего за отчетным кварталом» (см. README: правила, заданные вручную).</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>формулировка</translation>
    </message>
    <message>
        <source>Drop the rule set by hand: the deadline wording is read again.</source>
        <translation>Снять правило, заданное вручную: срок снова читается из формулировки.</translation>
    </message>
    <message>
        <source>The activity version you saw; a newer one is a conflict.</source>
        <translation>Версия мероприятия, которую вы видели; более новая — конфликт.</translation>
    </message>
    <message>
        <source>--set and --clear exclude each other</source>
        <translation>--set и --clear нельзя указывать вместе</translation>
    </message>
    <message>
        <source>--set and --clear need --activity</source>
        <translation>для --set и --clear нужен --activity</translation>
    </message>
    <message>
        <source>--set needs the rule&apos;s wording; --clear drops a rule set by hand</source>
        <translation>--set требует формулировку правила; --clear снимает правило, заданное вручную</translation>
    </message>
    <message>
        <source>there is no activity %1 in roadmap %2</source>
        <translation>в дорожной карте %2 нет мероприятия %1</translation>
    </message>
    <message>
        <source>--expect-version takes a version number such as 3</source>
        <translation>--expect-version принимает номер версии, например 3</translation>
    </message>
    <message>
        <source>Rule of %1 set by hand.</source>
        <translation>Правило мероприятия %1 задано вручную.</translation>
    </message>
    <message>
        <source>Rule of %1 is read from its deadline wording again.</source>
        <translation>Правило мероприятия %1 снова читается из формулировки срока.</translation>
    </message>
    <message>
        <source>Every deadline wording of roadmap %1 is read; no rule is set by hand.</source>
        <translation>Все формулировки сроков дорожной карты %1 прочитаны; правил, заданных вручную, нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s).</source>
        <translation>
            <numerusform>%n обязательство.</numerusform>
            <numerusform>%n обязательства.</numerusform>
            <numerusform>%n обязательств.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1: there is no year 0000 (&quot;%2&quot;)</source>
        <translation>--%1: года 0000 не бывает («%2»)</translation>
    </message>
    <message>
        <source>--%1 takes a day without a time, as YYYY-MM-DD: &quot;%2&quot; is not one</source>
        <translation>--%1 принимает дату без времени, в виде ГГГГ-ММ-ДД; «%2» не такая дата</translation>
    </message>
    <message>
        <source>Record a doubtful date after its warning (before the roadmap or the period began, or more than a year after the roadmap ends).</source>
        <translation>Записать сомнительную дату, несмотря на предупреждение (раньше начала дорожной карты или отчетного периода либо больше чем через год после окончания дорожной карты).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>%1; add --force to record it anyway</source>
        <translation>%1; добавьте --force, чтобы всё равно записать</translation>
    </message>
    <message>
        <source>of which due soon: %1</source>
        <translation>из них срок истекает: %1</translation>
    </message>
    <message>
        <source>The period: a quarter 2019-Q2, a half-year 2019-H1, a year 2019 or a range 2019-04-01..2019-06-30 (default: the last quarter finished by the as-of date inside the roadmap&apos;s period).</source>
        <translation>Период: квартал 2019-Q2, полугодие 2019-H1, год 2019 или даты 2019-04-01..2019-06-30 (по умолчанию последний квартал, завершенный к дате отчета в пределах срока дорожной карты).</translation>
    </message>
    <message>
        <source>The executor&apos;s phone, printed with their name at the foot of the last page.</source>
        <translation>Телефон исполнителя: печатается с его именем внизу последней страницы.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>Whom the report is addressed to, top right of the first page (default: the head of the municipality, &quot;Главе …&quot;; &quot;&quot; for none).</source>
        <translation>Адресат отчета, справа вверху первой страницы (по умолчанию глава муниципального образования, &quot;Главе …&quot;; &quot;&quot; — без адресата).</translation>
    </message>
    <message>
        <source>Add an approval block for the head: approve («УТВЕРЖДАЮ») or agree («СОГЛАСОВАНО»).</source>
        <translation>Добавить гриф для подписи главы: approve («УТВЕРЖДАЮ») или agree («СОГЛАСОВАНО»).</translation>
    </message>
    <message>
        <source>approve|agree</source>
        <translation>approve|agree</translation>
    </message>
    <message>
        <source>The full name under the approval block (default: a blank to sign by hand).</source>
        <translation>Фамилия, имя, отчество под грифом (по умолчанию пустая строка для подписи от руки).</translation>
    </message>
    <message>
        <source>--approval takes approve or agree, not &quot;%1&quot;</source>
        <translation>--approval принимает approve или agree, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--approver names who signs the approval block: give --approval too</source>
        <translation>--approver называет того, кто подписывает гриф: укажите и --approval</translation>
    </message>
    <message>
        <source>roadmap-tracker: warning: %1</source>
        <translation>roadmap-tracker: предупреждение: %1</translation>
    </message>
    <message>
        <source>Laying out the report: page %1</source>
        <translation>Верстка отчета: страница %1</translation>
    </message>
    <message>
        <source>Writing page %1 of %2</source>
        <translation>Запись страницы %1 из %2</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>строка %1: не закрыты кавычки поля</translation>
    </message>
    <message>
        <source>January</source>
        <translation>января</translation>
    </message>
    <message>
        <source>February</source>
        <translation>февраля</translation>
    </message>
    <message>
        <source>March</source>
        <translation>марта</translation>
    </message>
    <message>
        <source>April</source>
        <translation>апреля</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <source>June</source>
        <translation>июня</translation>
    </message>
    <message>
        <source>July</source>
        <translation>июля</translation>
    </message>
    <message>
        <source>August</source>
        <translation>августа</translation>
    </message>
    <message>
        <source>September</source>
        <translation>сентября</translation>
    </message>
    <message>
        <source>October</source>
        <translation>октября</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ноября</translation>
    </message>
    <message>
        <source>December</source>
        <translation>декабря</translation>
    </message>
    <message>
        <source>1st half-year %1</source>
        <translation>I полугодие %1 г.</translation>
    </message>
    <message>
        <source>2nd half-year %1</source>
        <translation>II полугодие %1 г.</translation>
    </message>
    <message>
        <source>1st quarter %1</source>
        <translation>I квартал %1 г.</translation>
    </message>
    <message>
        <source>2nd quarter %1</source>
        <translation>II квартал %1 г.</translation>
    </message>
    <message>
        <source>3rd quarter %1</source>
        <translation>III квартал %1 г.</translation>
    </message>
    <message>
        <source>4th quarter %1</source>
        <translation>IV квартал %1 г.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>в течение %1 %2 г.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>no later than %1</source>
        <translation>не позднее %1</translation>
    </message>
    <message>
        <source>before %1 (last day: the day before)</source>
        <translation>до %1 (последний день — накануне)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>ежегодно</translation>
    </message>
    <message>
        <source>every half-year</source>
        <translation>раз в полугодие</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>ежеквартально</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>ежемесячно</translation>
    </message>
    <message>
        <source>by the last day of the period</source>
        <translation>не позднее последнего дня периода</translation>
    </message>
    <message>
        <source>day %1 of the following month</source>
        <translation>%1-го числа следующего месяца</translation>
    </message>
    <message>
        <source>%1 of the following year</source>
        <translation>%1 следующего года</translation>
    </message>
    <message>
        <source>%1 of the same year</source>
        <translation>%1 того же года</translation>
    </message>
    <message>
        <source>once, by %1</source>
        <translation>однократно, не позднее %1</translation>
    </message>
    <message>
        <source>once, before %1 (last day: %2)</source>
        <translation>однократно, до %1 (последний день — %2)</translation>
    </message>
    <message>
        <source>by each of %1</source>
        <translation>не позднее каждой из дат: %1</translation>
    </message>
    <message>
        <source>before each of %1 (last day: the day before)</source>
        <translation>до каждой из дат: %1 (последний день — накануне)</translation>
    </message>
    <message>
        <source>every quarter, confirmed by the department</source>
        <translation>постоянно, с ежеквартальным подтверждением отделом</translation>
    </message>
    <message>
        <source>continuously %1</source>
        <translation>постоянно %1</translation>
    </message>
    <message>
        <source>on event, every quarter (&quot;no events&quot; allowed)</source>
        <translation>по мере наступления событий, ежеквартально (допускается ответ &quot;событий не было&quot;)</translation>
    </message>
    <message>
        <source>on event, every quarter %1 (&quot;no events&quot; allowed)</source>
        <translation>по мере наступления событий, ежеквартально %1 (допускается ответ &quot;событий не было&quot;)</translation>
    </message>
    <message>
        <source>needs review: %1</source>
        <translation>требует проверки: %1</translation>
    </message>
    <message>
        <source>no deadline set</source>
        <translation>срок не установлен</translation>
    </message>
    <message>
        <source>; then </source>
        <translation>; далее </translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no year, and no roadmap period is given to take it from</source>
        <translation>&quot;%1&quot;: не указан год, и нет периода дорожной карты, из которого его можно взять</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no year, and it does not fall within the roadmap period</source>
        <translation>&quot;%1&quot;: не указан год, и дата не попадает в период дорожной карты</translation>
    </message>
    <message>
        <source>%1 is not a valid date</source>
        <translation>%1 — недопустимая дата</translation>
    </message>
    <message>
        <source>the years %1-%2 run backwards</source>
        <translation>годы %1-%2 указаны в обратном порядке</translation>
    </message>
    <message>
        <source>there is no half-year &quot;%1&quot;</source>
        <translation>полугодия &quot;%1&quot; не существует</translation>
    </message>
    <message>
        <source>there is no quarter &quot;%1&quot;</source>
        <translation>квартала &quot;%1&quot; не существует</translation>
    </message>
    <message>
        <source>the dates mix &quot;до&quot; (the date excluded) with &quot;не позднее&quot; or &quot;по&quot; (the date included)</source>
        <translation>в датах смешаны &quot;до&quot; (дата не включается) и &quot;не позднее&quot; или &quot;по&quot; (дата включается)</translation>
    </message>
    <message>
        <source>could not read when the periodic deadline &quot;%1&quot; falls due</source>
        <translation>не удалось определить, когда наступает периодический срок &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say how often it falls due</source>
        <translation>&quot;%1&quot;: не указано, с какой периодичностью наступает срок</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a reporting period that does not match how often it falls due</source>
        <translation>&quot;%1&quot;: указан отчетный период, не соответствующий периодичности срока</translation>
    </message>
    <message>
        <source>there is no day %1 in a month</source>
        <translation>в месяце не бывает %1-го числа</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day and month of the year</source>
        <translation>&quot;%1&quot; не является днем и месяцем года</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a date of the year, which fits only a yearly deadline</source>
        <translation>&quot;%1&quot;: указана дата в году, что подходит только для ежегодного срока</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deadline wording the program can read</source>
        <translation>программа не может разобрать формулировку срока &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the deadline is empty</source>
        <translation>срок не указан</translation>
    </message>
    <message>
        <source>a part before or after &quot;далее&quot; is missing</source>
        <translation>отсутствует часть до или после слова &quot;далее&quot;</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Исполнено в срок</translation>
    </message>
    <message>
        <source>Done on time after extension</source>
        <translation>Исполнено в срок после переноса срока</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Исполнено с нарушением срока</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>Ожидает проверки</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <source>No events this period</source>
        <translation>Событий в отчетном периоде не было</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Приближается срок</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Срок не наступил</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Документ пуст.</translation>
    </message>
    <message>
        <source>No approving body found: the document does not start with a letterhead in capitals.</source>
        <translation>Не найден утвердивший орган: документ не начинается с шапки, набранной прописными буквами.</translation>
    </message>
    <message>
        <source>The approval date &quot;%1&quot; is not a valid date.</source>
        <translation>Дата утверждения &quot;%1&quot; недопустима.</translation>
    </message>
    <message>
        <source>No act date and number (such as &quot;16.03.2018 № 253&quot;) found before the table.</source>
        <translation>Перед таблицей не найдены дата и номер акта (например, &quot;16.03.2018 № 253&quot;).</translation>
    </message>
    <message>
        <source>The title does not name the years of the plan.</source>
        <translation>В заголовке не указаны годы плана.</translation>
    </message>
    <message>
        <source>No title (a paragraph starting with &quot;План&quot;) found before the table.</source>
        <translation>Перед таблицей не найден заголовок (абзац, начинающийся со слова &quot;План&quot;).</translation>
    </message>
    <message>
        <source>The approval stamp gives the years %1-%2, the title %3-%4; the title is used.</source>
        <translation>В грифе утверждения указаны годы %1-%2, в заголовке — %3-%4; используются годы из заголовка.</translation>
    </message>
    <message>
        <source>The period is taken from the approval stamp: %1-%2.</source>
        <translation>Период взят из грифа утверждения: %1-%2.</translation>
    </message>
    <message>
        <source>The approval date is unknown; the period starts on %1.</source>
        <translation>Дата утверждения неизвестна; период начинается %1.</translation>
    </message>
    <message>
        <source>The years of the plan are unknown; set the period by hand.</source>
        <translation>Годы плана неизвестны; задайте период вручную.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; read as &quot;%2&quot; (a zero typed for the closing parenthesis).</source>
        <translation>&quot;%1&quot; прочитано как &quot;%2&quot; (ноль вместо закрывающей скобки).</translation>
    </message>
    <message>
        <source>The line is not a table row and is ignored: &quot;%1&quot;.</source>
        <translation>Строка не является строкой таблицы и не учитывается: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Activity %1 begins inside a cell; the text before it is joined to activity %2.</source>
        <translation>Мероприятие %1 начинается внутри ячейки; текст перед ним присоединен к мероприятию %2.</translation>
    </message>
    <message>
        <source>Text with no activity number before any activity is ignored: &quot;%1&quot;.</source>
        <translation>Текст без номера мероприятия перед первым мероприятием не учитывается: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Activities %1 are printed in one row and share its responsible and deadline.</source>
        <translation>Мероприятия %1 напечатаны в одной строке; у них общие ответственные и срок.</translation>
    </message>
    <message>
        <source>Responsible or deadline text before any activity is ignored.</source>
        <translation>Текст об ответственных или сроке перед первым мероприятием не учитывается.</translation>
    </message>
    <message>
        <source>Principle %1 appears a second time; its new title is ignored.</source>
        <translation>Принцип %1 встречается повторно; его новое наименование не учитывается.</translation>
    </message>
    <message>
        <source>Principle text with no principle number before it is ignored: &quot;%1&quot;.</source>
        <translation>Текст принципа без предшествующего номера принципа не учитывается: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Activity %1 is printed in the row of principle %2; its number puts it under principle %3.</source>
        <translation>Мероприятие %1 напечатано в строке принципа %2; по номеру оно относится к принципу %3.</translation>
    </message>
    <message>
        <source>Activity %1 has no text.</source>
        <translation>У мероприятия %1 нет текста.</translation>
    </message>
    <message>
        <source>Activity %1 belongs to principle %2, which the table does not have.</source>
        <translation>Мероприятие %1 относится к принципу %2, которого нет в таблице.</translation>
    </message>
    <message>
        <source>Activity %1 has no deadline; set its rule by hand.</source>
        <translation>У мероприятия %1 не указан срок; задайте правило вручную.</translation>
    </message>
    <message>
        <source>Activity %1: the deadline &quot;%2&quot; needs review: %3</source>
        <translation>Мероприятие %1: срок &quot;%2&quot; требует проверки: %3</translation>
    </message>
    <message>
        <source>Principle %1 has no title.</source>
        <translation>У принципа %1 нет наименования.</translation>
    </message>
    <message>
        <source>Activity %1 has no responsible department.</source>
        <translation>У мероприятия %1 не указан ответственный отдел.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the responsible column does not look like a department name.</source>
        <translation>&quot;%1&quot; в графе ответственных не похоже на название отдела.</translation>
    </message>
    <message>
        <source>the calendar must start with the header &quot;date,kind,note,source&quot;</source>
        <translation>календарь должен начинаться с заголовка &quot;date,kind,note,source&quot;</translation>
    </message>
    <message>
        <source>calendar record %1: cannot read &quot;%2&quot;</source>
        <translation>запись календаря %1: не удается прочитать &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the account of %1 is disabled</source>
        <translation>учетная запись %1 отключена</translation>
    </message>
    <message>
        <source>%1 is a viewer and cannot change anything</source>
        <translation>%1 — наблюдатель и не может ничего изменять</translation>
    </message>
    <message>
        <source>only the monitor can do this; %1 is a department head</source>
        <translation>это может сделать только контролер; %1 — начальник отдела</translation>
    </message>
    <message>
        <source>%1 reports for «%2», not for «%3»</source>
        <translation>%1 отчитывается за «%2», а не за «%3»</translation>
    </message>
    <message>
        <source>The approval stamp names the act &quot;%1&quot;, the document &quot;%2&quot;; the document is used.</source>
        <translation>В грифе утверждения указан акт &quot;%1&quot;, в документе — &quot;%2&quot;; используется вариант из документа.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the principle number column is not a principle number; the principle cells of the row are ignored.</source>
        <translation>&quot;%1&quot; в графе номера принципа не является номером принципа; ячейки принципа в этой строке не учитываются.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: не удается открыть: %2</translation>
    </message>
    <message>
        <source>the login is empty</source>
        <translation>логин не указан</translation>
    </message>
    <message>
        <source>a department head needs a department</source>
        <translation>для начальника отдела нужно указать отдел</translation>
    </message>
    <message>
        <source>there is no department «%1» in this database</source>
        <translation>в этой базе данных нет отдела «%1»</translation>
    </message>
    <message>
        <source>%1 is the only monitor; add another monitor first</source>
        <translation>%1 — единственный контролер; сначала добавьте другого контролера</translation>
    </message>
    <message>
        <source>the confirmation day must be 1–28 and the warning window not negative</source>
        <translation>день подтверждения должен быть от 1 до 28, а срок предупреждения не может быть отрицательным</translation>
    </message>
    <message>
        <source>%1 is «%2» in the file, «%3» in the audit trail</source>
        <translation>%1: в файле «%2», в журнале аудита «%3»</translation>
    </message>
    <message>
        <source>%1 is not a user of this database; ask the monitor to add you</source>
        <translation>%1 не является пользователем этой базы данных; обратитесь к контролеру, чтобы вас добавили</translation>
    </message>
    <message>
        <source>only a monitor can act for someone else; %1 is not one</source>
        <translation>действовать от имени другого пользователя может только контролер; %1 не является контролером</translation>
    </message>
    <message>
        <source>%1 is not a user of this database</source>
        <translation>%1 не является пользователем этой базы данных</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Roadmap Tracker database</source>
        <translation>%1 — пустой файл, а не база данных «Контроля дорожной карты»</translation>
    </message>
    <message>
        <source>%1 is not a database: it is not an SQLite file</source>
        <translation>%1 не является базой данных: это не файл SQLite</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is cut short</source>
        <translation>база данных %1 повреждена: файл обрезан</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is corrupt</source>
        <translation>база данных %1 повреждена: испорчен заголовок файла</translation>
    </message>
    <message>
        <source>%1 is damaged: it is truncated (%2 bytes of %3)</source>
        <translation>база данных %1 повреждена: файл усечен (%2 байт из %3)</translation>
    </message>
    <message>
        <source>no database given</source>
        <translation>база данных не указана</translation>
    </message>
    <message>
        <source>cannot read the database URL &quot;%1&quot;; expected postgresql://user@host:port/dbname</source>
        <translation>не удается разобрать адрес базы данных &quot;%1&quot;; ожидается postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the database URL &quot;%1&quot; names no database</source>
        <translation>в адресе базы данных &quot;%1&quot; не указано имя базы</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Начальник: %1</translation>
    </message>
    <message>
        <source>there is no roadmap %1 in the database</source>
        <translation>в базе данных нет дорожной карты %1</translation>
    </message>
    <message>
        <source>edited in this database</source>
        <translation>изменено в этой базе данных</translation>
    </message>
    <message>
        <source>the user %1 was changed by someone else (version %2; your change was based on version %3)</source>
        <translation>данные пользователя %1 изменены кем-то другим (версия %2; ваше изменение основано на версии %3)</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Контролер</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Начальник отдела</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>registered report %1 was altered outside the program: its content does not match the hash recorded when it was registered</source>
        <translation>зарегистрированный отчет %1 изменен вне программы: его содержание не совпадает с хешем, записанным при регистрации</translation>
    </message>
    <message>
        <source>principle %1</source>
        <translation>принцип %1</translation>
    </message>
    <message>
        <source>whole roadmap</source>
        <translation>вся дорожная карта</translation>
    </message>
    <message>
        <source>%1, at %2 (the day is what counts)</source>
        <translation>%1, в %2 (в срок засчитывается день)</translation>
    </message>
    <message>
        <source>%1, at least that often; also &quot;%2&quot;, reported in the same obligations</source>
        <translation>%1, не реже этого; также «%2» — отчет в тех же обязательствах</translation>
    </message>
    <message>
        <source>&quot;отчетным&quot; is read as the month named, as in &quot;года, следующего за отчетным&quot;; if a quarter or another period is meant, set the rule by hand</source>
        <translation>«отчетным» понимается как названный месяц, как в «года, следующего за отчетным»; если имеется в виду квартал или иной период, задайте правило вручную</translation>
    </message>
    <message>
        <source>a month is counted from the period&apos;s last day to the same day number (Civil Code art. 192), not to the end of the following month</source>
        <translation>месяц отсчитывается от последнего дня периода до того же числа (ст. 192 ГК РФ), а не до конца следующего месяца</translation>
    </message>
    <message>
        <source>the day named does not exist in that month: its last day counts</source>
        <translation>названного числа в этом месяце нет: срок — последний день месяца</translation>
    </message>
    <message>
        <source>within a month after the period ends</source>
        <translation>в течение месяца после окончания периода</translation>
    </message>
    <message>
        <source>within %1 months after the period ends</source>
        <translation>в течение %1 мес. после окончания периода</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes after &quot;%2&quot; in the calendar, and the year written once does not say which year it falls in</source>
        <translation>«%1» в календаре идет после «%2», а год, указанный один раз, не говорит, к какому году это относится</translation>
    </message>
    <message>
        <source>%1 does not exist in %2</source>
        <translation>даты %1 в %2 году нет</translation>
    </message>
    <message>
        <source>&quot;до&quot; before a month or quarter is not read</source>
        <translation>«до» перед месяцем или кварталом не разбирается</translation>
    </message>
    <message>
        <source>the deadline counts from &quot;%1&quot;, an event the plan gives no date for: the date of that event is missing; set the rule by hand</source>
        <translation>срок отсчитывается от события «%1», дата которого в плане не указана: не хватает даты этого события; задайте правило вручную</translation>
    </message>
    <message>
        <source>%1: the file is too large to be a plan (%2 MB).</source>
        <translation>%1: файл слишком велик для плана (%2 МБ).</translation>
    </message>
    <message>
        <source>title</source>
        <translation>наименование</translation>
    </message>
    <message>
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>approving body</source>
        <translation>утвердивший орган</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Principle or section</source>
        <translation>Принцип или раздел</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>No roadmap table found: the document has no table (expected columns such as «№», «Наименование мероприятия», «Ответственный исполнитель», «Срок исполнения»).</source>
        <translation>Таблица дорожной карты не найдена: в документе нет таблицы (ожидаются столбцы вроде «№», «Наименование мероприятия», «Ответственный исполнитель», «Срок исполнения»).</translation>
    </message>
    <message>
        <source>No roadmap table found: no table has a header row naming the activity and its responsible or deadline, and no row starts with a numbered activity.</source>
        <translation>Таблица дорожной карты не найдена: ни в одной таблице нет строки заголовков с мероприятием и ответственным или сроком, и ни одна строка не начинается с номера мероприятия.</translation>
    </message>
    <message>
        <source>The table has no activities: no row below its header holds an activity.</source>
        <translation>В таблице нет мероприятий: ни в одной строке под заголовком нет мероприятия.</translation>
    </message>
    <message>
        <source>The workbook has no sheet «%1».</source>
        <translation>В книге нет листа «%1».</translation>
    </message>
    <message>
        <source>The workbook has several sheets with a plan: %1. Choose the sheet to import.</source>
        <translation>В книге несколько листов с планом: %1. Выберите лист для импорта.</translation>
    </message>
    <message>
        <source>The plan does not name its years; the period %1-%2 is taken from its deadlines.</source>
        <translation>План не называет своих лет; период %1–%2 взят из сроков мероприятий.</translation>
    </message>
    <message>
        <source>Neither the plan nor its deadlines name a year; the period is the year of the act, %1.</source>
        <translation>Ни план, ни его сроки не называют года; период — год акта, %1.</translation>
    </message>
    <message>
        <source>The row has %1 cells, the table %2; the cells after the last column are ignored.</source>
        <translation>В строке %1 ячеек, в таблице %2 столбцов; ячейки после последнего столбца пропущены.</translation>
    </message>
    <message>
        <source>The row has %1 cells instead of %2 and no activity number; it is ignored.</source>
        <translation>В строке %1 ячеек вместо %2 и нет номера мероприятия; строка пропущена.</translation>
    </message>
    <message>
        <source>The row has %1 cells instead of %2; read as activity, responsible, deadline.</source>
        <translation>В строке %1 ячеек вместо %2; прочитана как мероприятие, ответственный, срок.</translation>
    </message>
    <message>
        <source>The activity has no number; it is numbered %1.</source>
        <translation>У мероприятия нет номера; присвоен номер %1.</translation>
    </message>
    <message>
        <source>Activity %1 appears again (first at %2); this one is skipped.</source>
        <translation>Мероприятие %1 встречается повторно (впервые: %2); повтор пропущен.</translation>
    </message>
    <message>
        <source>the deadline columns give different kinds of deadline; set the rule by hand</source>
        <translation>столбцы сроков дают сроки разного вида; задайте правило вручную</translation>
    </message>
    <message>
        <source>The table has no column of responsible departments: every activity is the monitor&apos;s until departments are assigned in the editor.</source>
        <translation>В таблице нет столбца ответственных: все мероприятия числятся за контролирующим отделом, пока в редакторе не назначены исполнители.</translation>
    </message>
    <message>
        <source>Plan activities</source>
        <translation>Мероприятия плана</translation>
    </message>
    <message>
        <source>The numbering jumps from %1 to %2: activity %3 is not in the table.</source>
        <translation>Нумерация перескакивает с %1 на %2: мероприятия %3 в таблице нет.</translation>
    </message>
    <message>
        <source>The numbering jumps from %1 to %2: activities %3–%4 are not in the table.</source>
        <translation>Нумерация перескакивает с %1 на %2: мероприятий %3–%4 в таблице нет.</translation>
    </message>
    <message>
        <source>The table may stop in the middle: its last activity, %1, has neither responsible nor deadline.</source>
        <translation>Таблица, возможно, оборвана: у последнего мероприятия, %1, нет ни ответственного, ни срока.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>sheet «%1», row %2</source>
        <translation>лист «%1», строка %2</translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <translation>таблица %1, строка %2</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>абзац %1</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>the file is neither a document the program reads nor text.</source>
        <translation>файл не является ни документом, который читает программа, ни текстом.</translation>
    </message>
    <message>
        <source>This is an old Word 97–2003 document (.doc). Open it in Word or LibreOffice and save it as .docx, then import that file.</source>
        <translation>Это документ старого формата Word 97–2003 (.doc). Откройте его в Word или LibreOffice, сохраните как .docx и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>This is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx, then import that file.</source>
        <translation>Это книга старого формата Excel 97–2003 (.xls). Откройте ее в Excel или LibreOffice, сохраните как .xlsx и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>This is a PDF file. A PDF keeps no table structure; import the Word, web page or Excel file of the plan, or copy the table into a .docx.</source>
        <translation>Это файл PDF. В PDF не сохраняется структура таблицы; импортируйте план в виде файла Word, веб-страницы или Excel либо скопируйте таблицу в .docx.</translation>
    </message>
    <message>
        <source>This is an RTF document. Open it in Word or LibreOffice and save it as .docx, then import that file.</source>
        <translation>Это документ RTF. Откройте его в Word или LibreOffice, сохраните как .docx и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>This is a zip package but not a Word (.docx), OpenDocument text (.odt) or Excel (.xlsx) file. If it is an archive, unpack it and import the plan inside.</source>
        <translation>Это zip-пакет, но не файл Word (.docx), текст OpenDocument (.odt) или Excel (.xlsx). Если это архив, распакуйте его и импортируйте план из него.</translation>
    </message>
    <message>
        <source>This file is neither text nor a document the importer reads. Save the plan as .docx, .odt, .xlsx, a web page or text, then import that file.</source>
        <translation>Этот файл не является ни текстом, ни документом, который читает программа. Сохраните план как .docx, .odt, .xlsx, веб-страницу или текст и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>The Word document has no document body.</source>
        <translation>В документе Word нет основного текста.</translation>
    </message>
    <message>
        <source>The Word document is damaged: %1 (line %2).</source>
        <translation>Документ Word поврежден: %1 (строка %2).</translation>
    </message>
    <message>
        <source>The file is not a valid Word (.docx) package: %1.</source>
        <translation>Файл не является корректным пакетом Word (.docx): %1.</translation>
    </message>
    <message>
        <source>The file is not a Word document: %1</source>
        <translation>Файл не является документом Word: %1</translation>
    </message>
    <message>
        <source>The web page is empty or cannot be read.</source>
        <translation>Веб-страница пуста или не читается.</translation>
    </message>
    <message>
        <source>The OpenDocument file has no document content.</source>
        <translation>В файле OpenDocument нет содержимого документа.</translation>
    </message>
    <message>
        <source>The OpenDocument file is damaged: %1 (line %2).</source>
        <translation>Файл OpenDocument поврежден: %1 (строка %2).</translation>
    </message>
    <message>
        <source>The file is not a valid OpenDocument (.odt) package: %1.</source>
        <translation>Файл не является корректным пакетом OpenDocument (.odt): %1.</translation>
    </message>
    <message>
        <source>The file is not an OpenDocument text: %1</source>
        <translation>Файл не является текстом OpenDocument: %1</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1: %2 (line %3).</source>
        <translation>Книга повреждена: %1: %2 (строка %3).</translation>
    </message>
    <message>
        <source>The file is not a valid Excel (.xlsx) package: %1.</source>
        <translation>Файл не является корректным пакетом Excel (.xlsx): %1.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook: %1</source>
        <translation>Файл не является книгой Excel: %1</translation>
    </message>
    <message>
        <source>The package has no part %1.</source>
        <translation>В пакете нет части %1.</translation>
    </message>
    <message>
        <source>The part %1 unpacks to more than %2 MiB.</source>
        <translation>Часть %1 распаковывается более чем в %2 МиБ.</translation>
    </message>
    <message>
        <source>The part %1 cannot be unpacked: %2.</source>
        <translation>Часть %1 не распаковывается: %2.</translation>
    </message>
    <message>
        <source>The part %1 is damaged: %2.</source>
        <translation>Часть %1 повреждена: %2.</translation>
    </message>
    <message>
        <source>no output file is named</source>
        <translation>не указан файл для записи</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist; choose another name</source>
        <translation>%1 — ссылка на несуществующий %2; выберите другое имя</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name</source>
        <translation>%1 — папка; укажите имя файла</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device, a pipe or a socket); choose another name</source>
        <translation>%1 — не обычный файл (устройство, канал или сокет); выберите другое имя</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <source>%1 «%2» contains an invisible or control character (%3); type it again without it</source>
        <translation>%1 «%2» содержит невидимый или управляющий символ (%3); введите без него</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>отдел</translation>
    </message>
    <message>
        <source>no year is written: read once, from the roadmap&apos;s start; if every year is meant, set the rule by hand</source>
        <translation>год не указан: прочитано как однократный срок от начала дорожной карты; если имеется в виду каждый год, задайте правило вручную</translation>
    </message>
    <message>
        <source>there is no date %1</source>
        <translation>даты %1 не существует</translation>
    </message>
    <message>
        <source>the window %1-%2 runs backwards</source>
        <translation>период %1-%2 указан в обратном порядке</translation>
    </message>
    <message>
        <source>the deadline names %1, outside the roadmap&apos;s period %2-%3; if it is meant, set the rule by hand</source>
        <translation>в сроке указан %1 год — вне периода дорожной карты %2-%3; если так и задумано, задайте правило вручную</translation>
    </message>
    <message>
        <source>the rule «%1» cannot be read either: %2</source>
        <translation>правило «%1» тоже не читается: %2</translation>
    </message>
    <message>
        <source>set by hand: %1</source>
        <translation>задано вручную: %1</translation>
    </message>
    <message>
        <source>the done date is missing</source>
        <translation>не указана дата исполнения</translation>
    </message>
    <message>
        <source>the done date %1 is in the future: today is %2</source>
        <translation>дата исполнения %1 еще не наступила: сегодня %2</translation>
    </message>
    <message>
        <source>the done date %1 is before the roadmap began (%2)</source>
        <translation>дата исполнения %1 раньше начала дорожной карты (%2)</translation>
    </message>
    <message>
        <source>the done date %1 is before the period it reports on began (%2)</source>
        <translation>дата исполнения %1 раньше начала отчетного периода (%2)</translation>
    </message>
    <message>
        <source>the new due date is missing</source>
        <translation>не указан новый срок</translation>
    </message>
    <message>
        <source>the new due date %1 must be after the due date in force %2</source>
        <translation>новый срок %1 должен быть позже действующего срока %2</translation>
    </message>
    <message>
        <source>the new due date %1 is more than a year after the roadmap ends (%2)</source>
        <translation>новый срок %1 больше чем через год после окончания дорожной карты (%2)</translation>
    </message>
    <message>
        <source>%1 is a day off: the deadline falls on %2 (Civil Code art. 193)</source>
        <translation>%1 — нерабочий день: срок истекает %2 (ст. 193 ГК РФ)</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>due by the as-of date</source>
        <translation>срок наступил на дату отчета</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>исполнено в срок</translation>
    </message>
    <message>
        <source>done on time after an extension</source>
        <translation>исполнено в продленный срок</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>исполнено с нарушением срока</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>awaiting verification</source>
        <translation>на проверке</translation>
    </message>
    <message>
        <source>returned for rework</source>
        <translation>возвращено на доработку</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>срок не наступил</translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation>не представлено</translation>
    </message>
    <message>
        <source>no events in the period</source>
        <translation>мероприятия не проводились</translation>
    </message>
    <message>
        <source>«%1» is not a user of this database: reports are made by its users</source>
        <translation>«%1» — не пользователь этой базы: отчеты составляют ее пользователи</translation>
    </message>
    <message>
        <source>«%1» has no name in the database, and a report is signed by name: give one with &apos;roadmap-tracker user --login %1 --role … --name …&apos;</source>
        <translation>у «%1» нет имени в базе, а отчет подписывается по имени: задайте его командой &apos;roadmap-tracker user --login %1 --role … --name …&apos;</translation>
    </message>
</context>
<context>
    <name>core::AuditLog</name>
    <message>
        <source>audit event %1 does not follow the one before it: events were removed or inserted</source>
        <translation>событие аудита %1 не следует за предыдущим: события были удалены или вставлены</translation>
    </message>
    <message>
        <source>audit event %1 was altered outside the program</source>
        <translation>событие аудита %1 изменено вне программы</translation>
    </message>
    <message>
        <source>%1 is in the file but not in the audit trail: added outside the program</source>
        <translation>%1 есть в файле, но отсутствует в журнале аудита: добавлено вне программы</translation>
    </message>
    <message>
        <source>%1 is in the audit trail but missing from the file: deleted outside the program</source>
        <translation>%1 есть в журнале аудита, но отсутствует в файле: удалено вне программы</translation>
    </message>
    <message>
        <source>%1 was changed outside the program: %2</source>
        <translation>%1 — изменено вне программы: %2</translation>
    </message>
</context>
<context>
    <name>core::Builder</name>
    <message>
        <source>the report needs a valid period and as-of date</source>
        <translation>для отчета нужны допустимые период и дата, по состоянию на которую он составляется</translation>
    </message>
    <message>
        <source>the roadmap has no principle %1</source>
        <translation>в дорожной карте нет принципа %1</translation>
    </message>
    <message>
        <source>no obligations are owed by «%1» in this roadmap</source>
        <translation>в этой дорожной карте у «%1» нет обязательств</translation>
    </message>
    <message>
        <source>«%1» owes no obligation under principle %2: the scope is empty</source>
        <translation>у «%1» нет обязательств по принципу %2: охват пуст</translation>
    </message>
</context>
<context>
    <name>core::Database</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удается открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>папка файла %1 не существует</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database</source>
        <translation>%1 — папка, а не база данных</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>файл %1 доступен только для чтения</translation>
    </message>
    <message>
        <source>the folder of %1 is read-only, so changes cannot be saved</source>
        <translation>папка файла %1 доступна только для чтения, поэтому изменения нельзя сохранить</translation>
    </message>
    <message>
        <source>%1 is locked by another program</source>
        <translation>файл %1 заблокирован другой программой</translation>
    </message>
    <message>
        <source>%1 is not a database: %2</source>
        <translation>%1 не является базой данных: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>база данных %1 повреждена: %2</translation>
    </message>
    <message>
        <source>%1 holds no Roadmap Tracker data yet; create it with &apos;import&apos; or &apos;demo&apos;</source>
        <translation>%1 еще не содержит данных «Контроля дорожной карты»; создайте их командой &apos;import&apos; или &apos;demo&apos;</translation>
    </message>
    <message>
        <source>it holds no tables</source>
        <translation>в ней нет таблиц</translation>
    </message>
    <message>
        <source>its tables are %1</source>
        <translation>ее таблицы: %1</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Roadmap Tracker (%2)</source>
        <translation>%1 — база данных другой программы, а не «Контроля дорожной карты» (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Roadmap Tracker (schema %2; this program knows %3), so it is opened read-only</source>
        <translation>база данных %1 записана более новой версией «Контроля дорожной карты» (схема %2; эта программа знает схему %3), поэтому она открыта только для чтения</translation>
    </message>
    <message>
        <source>%1 needs upgrading from schema %2 to %3, but %4</source>
        <translation>базу данных %1 нужно обновить со схемы %2 до схемы %3, но %4</translation>
    </message>
    <message>
        <source>cannot upgrade %1 to schema %2, so it stays at schema %3: %4</source>
        <translation>не удается обновить базу данных %1 до схемы %2, поэтому она остается на схеме %3: %4</translation>
    </message>
    <message>
        <source>%1 is busy</source>
        <translation>база данных %1 занята</translation>
    </message>
    <message>
        <source>cannot save to %1: %2</source>
        <translation>не удается сохранить в %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1 (is the network share still there?): %2</source>
        <translation>не удается записать %1 (доступна ли еще сетевая папка?): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>база данных не открыта</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>не удается сохранить: %1</translation>
    </message>
    <message>
        <source>%1 stayed busy for %2 seconds; nothing was saved</source>
        <translation>база данных %1 была занята в течение %2 с; ничего не сохранено</translation>
    </message>
    <message>
        <source>backups of a PostgreSQL database are made with pg_dump by its administrator</source>
        <translation>резервные копии базы данных PostgreSQL делает ее администратор с помощью pg_dump</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 уже существует; выберите другое имя</translation>
    </message>
    <message>
        <source>cannot back up to %1: %2</source>
        <translation>не удается создать резервную копию в %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>не удается создать %1</translation>
    </message>
</context>
<context>
    <name>core::ExecutionWorkflow</name>
    <message>
        <source>%1 is not a user of this database; ask the monitor to add you</source>
        <translation>%1 не является пользователем этой базы данных; обратитесь к контролеру, чтобы вас добавили</translation>
    </message>
    <message>
        <source>only a monitor can act for someone else; %1 is not one</source>
        <translation>действовать от имени другого пользователя может только контролер; %1 не является контролером</translation>
    </message>
    <message>
        <source>%1 is not a user of this database</source>
        <translation>%1 не является пользователем этой базы данных</translation>
    </message>
    <message>
        <source>there is no activity %1 in the roadmap</source>
        <translation>в дорожной карте нет мероприятия %1</translation>
    </message>
    <message>
        <source>activity %1 owes nothing for «%2» in period %3 (owed by: %4)</source>
        <translation>по мероприятию %1 у «%2» нет обязательства за период %3 (обязательства есть у: %4)</translation>
    </message>
    <message>
        <source>%1 has no report yet, but %2 based the change on version %3; reload and try again</source>
        <translation>по обязательству %1 еще нет отчета, но %2 вносит изменение на основе версии %3; обновите данные и повторите попытку</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (version %4) after %5 opened it (version %6); reload to see their change</source>
        <translation>отчет по обязательству %1 изменен пользователем %2 в %3 (версия %4) после того, как его открыл пользователь %5 (версия %6); обновите данные, чтобы увидеть изменение</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile</source>
        <translation>отчет по обязательству %1 тем временем изменен другим пользователем</translation>
    </message>
    <message>
        <source>the done date is missing</source>
        <translation>не указана дата исполнения</translation>
    </message>
    <message>
        <source>the evidence link «%1» is not a web address (http:// or https://)</source>
        <translation>ссылка на подтверждение «%1» не является веб-адресом (http:// или https://)</translation>
    </message>
    <message>
        <source>activity %1 is not event-driven: &quot;no events this period&quot; does not apply</source>
        <translation>мероприятие %1 не исполняется по мере наступления событий: ответ &quot;событий в отчетном периоде не было&quot; неприменим</translation>
    </message>
    <message>
        <source>%1 is already accepted by %2; ask the monitor to return it first</source>
        <translation>отчет по обязательству %1 уже принят пользователем %2; попросите контролера сначала вернуть его</translation>
    </message>
    <message>
        <source>%1 was already reported by %2 at %3 (version %4); reload and change that report instead</source>
        <translation>отчет по обязательству %1 уже представлен пользователем %2 в %3 (версия %4); обновите данные и измените этот отчет</translation>
    </message>
    <message>
        <source>say why the report is returned: the comment is empty</source>
        <translation>укажите причину возврата отчета: комментарий пуст</translation>
    </message>
    <message>
        <source>%1 has not been reported yet</source>
        <translation>по обязательству %1 еще нет отчета</translation>
    </message>
    <message>
        <source>%1 is already accepted</source>
        <translation>отчет по обязательству %1 уже принят</translation>
    </message>
    <message>
        <source>%1 is already returned</source>
        <translation>отчет по обязательству %1 уже возвращен</translation>
    </message>
    <message>
        <source>%1 was returned and has not been reported again</source>
        <translation>отчет по обязательству %1 был возвращен и еще не представлен повторно</translation>
    </message>
    <message>
        <source>the new due date is missing</source>
        <translation>не указан новый срок</translation>
    </message>
    <message>
        <source>give the reason for the extension</source>
        <translation>укажите причину переноса срока</translation>
    </message>
</context>
<context>
    <name>core::ExtensionRequestWorkflow</name>
    <message>
        <source>the requested due date is missing</source>
        <translation>не указан запрашиваемый срок</translation>
    </message>
    <message>
        <source>give the reason for the extension</source>
        <translation>укажите причину переноса срока</translation>
    </message>
    <message>
        <source>the roadmap owes nothing for %1</source>
        <translation>в дорожной карте нет обязательства %1</translation>
    </message>
    <message>
        <source>%1 already has a pending request by %2 for %3</source>
        <translation>по обязательству %1 уже есть нерассмотренный запрос пользователя %2 о переносе на %3</translation>
    </message>
    <message>
        <source>there is no extension request %1</source>
        <translation>запроса на перенос срока %1 нет</translation>
    </message>
    <message>
        <source>the extension request for %1 was changed by someone else (version %2; your decision was based on version %3)</source>
        <translation>запрос на перенос срока по обязательству %1 изменен другим пользователем (версия %2; ваше решение основано на версии %3)</translation>
    </message>
    <message>
        <source>the extension request for %1 was already decided by %2</source>
        <translation>запрос на перенос срока по обязательству %1 уже рассмотрен пользователем %2</translation>
    </message>
    <message>
        <source>the extension request was changed by someone else meanwhile</source>
        <translation>запрос на перенос срока тем временем изменен другим пользователем</translation>
    </message>
    <message>
        <source>say why the request is declined: the comment is empty</source>
        <translation>укажите причину отклонения запроса: комментарий пуст</translation>
    </message>
</context>
<context>
    <name>core::RegisteredReportRepository</name>
    <message>
        <source>the registration number is empty</source>
        <translation>не указан регистрационный номер</translation>
    </message>
    <message>
        <source>%1 is not a user of this database; ask the monitor to add you</source>
        <translation>%1 не является пользователем этой базы данных; обратитесь к контролеру, чтобы вас добавили</translation>
    </message>
    <message>
        <source>a report numbered %1 was already registered on %2</source>
        <translation>отчет с номером %1 уже зарегистрирован %2</translation>
    </message>
    <message>
        <source>no report numbered %1 is registered</source>
        <translation>отчет с номером %1 не зарегистрирован</translation>
    </message>
</context>
<context>
    <name>core::ReportParameters</name>
    <message>
        <source>the report needs a valid period and as-of date</source>
        <translation>для отчета нужны верный период и дата отчета</translation>
    </message>
    <message>
        <source>the period %1–%2 has not begun yet (today is %3)</source>
        <translation>период %1–%2 еще не начался (сегодня %3)</translation>
    </message>
    <message>
        <source>the as-of date %1 is before the period begins on %2: nothing in it could be known then</source>
        <translation>дата отчета %1 раньше начала периода %2: о нем тогда ничего не могло быть известно</translation>
    </message>
    <message>
        <source>the period %1–%2 lies outside the roadmap, whose obligations fall due from %3 to %4</source>
        <translation>период %1–%2 вне дорожной карты: сроки ее обязательств с %3 по %4</translation>
    </message>
    <message>
        <source>the as-of date %1 is after today: the statuses assume that nothing more is reported</source>
        <translation>дата отчета %1 позже сегодняшней: состояния рассчитаны так, будто больше ничего не будет представлено</translation>
    </message>
    <message>
        <source>the period is not over on the as-of date %1: what falls due after it shows as not yet due</source>
        <translation>на дату отчета %1 период не закончился: обязательства с более поздним сроком показаны как не наступившие</translation>
    </message>
    <message>
        <source>the period %1–%2 runs past the roadmap, whose last obligation falls due on %3</source>
        <translation>период %1–%2 выходит за дорожную карту: срок ее последнего обязательства %3</translation>
    </message>
    <message>
        <source>no obligation of the scope falls due in the period</source>
        <translation>в периоде нет обязательств выбранного охвата</translation>
    </message>
</context>
<context>
    <name>core::ReportPeriod</name>
    <message>
        <source>the period &quot;%1&quot; is none of 2019-Q2, 2019-H1, 2019 or YYYY-MM-DD..YYYY-MM-DD with the start before the end</source>
        <translation>период &quot;%1&quot; не соответствует ни одному из видов 2019-Q2, 2019-H1, 2019 или ГГГГ-ММ-ДД..ГГГГ-ММ-ДД с началом раньше конца</translation>
    </message>
</context>
<context>
    <name>core::RoadmapEditing</name>
    <message>
        <source>%1 is not in the database</source>
        <translation>%1 нет в базе данных</translation>
    </message>
    <message>
        <source>%1 was changed by someone else (version %2; your change was based on version %3); reload to see it</source>
        <translation>%1: внесены изменения другим пользователем (версия %2; ваше изменение основано на версии %3); обновите данные, чтобы их увидеть</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>название не указано</translation>
    </message>
    <message>
        <source>the name «%1» starts or ends with a space</source>
        <translation>название «%1» начинается или заканчивается пробелом</translation>
    </message>
    <message>
        <source>a department or group named «%1» already exists</source>
        <translation>отдел или группа с названием «%1» уже существует</translation>
    </message>
    <message>
        <source>a principle number starts at 1</source>
        <translation>номера принципов начинаются с 1</translation>
    </message>
    <message>
        <source>the principle title is empty</source>
        <translation>не указано наименование принципа</translation>
    </message>
    <message>
        <source>principle %1 already exists</source>
        <translation>принцип %1 уже существует</translation>
    </message>
    <message>
        <source>principle %1 still has activities</source>
        <translation>у принципа %1 еще есть мероприятия</translation>
    </message>
    <message>
        <source>there is no principle %1</source>
        <translation>принципа %1 нет</translation>
    </message>
    <message>
        <source>«%1» is not an activity number such as 1.7</source>
        <translation>«%1» не является номером мероприятия вида 1.7</translation>
    </message>
    <message>
        <source>the activity text is empty</source>
        <translation>не указан текст мероприятия</translation>
    </message>
    <message>
        <source>activity %1 already exists</source>
        <translation>мероприятие %1 уже существует</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>мероприятие %1</translation>
    </message>
    <message>
        <source>activity %1 has reports or extensions; it cannot be removed</source>
        <translation>по мероприятию %1 есть отчеты или переносы сроков; удалить его нельзя</translation>
    </message>
    <message>
        <source>activity %1 needs a lead department or group</source>
        <translation>для мероприятия %1 нужен ответственный отдел или группа</translation>
    </message>
    <message>
        <source>«%1» is named twice</source>
        <translation>«%1» встречается дважды</translation>
    </message>
    <message>
        <source>there is no department group «%1»</source>
        <translation>группы отделов «%1» нет</translation>
    </message>
    <message>
        <source>there is no department «%1»</source>
        <translation>отдела «%1» нет</translation>
    </message>
    <message>
        <source>«%1» has reported on activity %2; it cannot stop owing it</source>
        <translation>«%1» уже отчитывался по мероприятию %2; его нельзя исключить из исполнителей</translation>
    </message>
    <message>
        <source>department «%1»</source>
        <translation>отдел «%1»</translation>
    </message>
    <message>
        <source>«%1» is named in the roadmap or by users; deactivate it instead</source>
        <translation>«%1» упоминается в дорожной карте или у пользователей; вместо удаления сделайте его неактивным</translation>
    </message>
    <message>
        <source>«%1» is named in the roadmap; it cannot be removed</source>
        <translation>«%1» упоминается в дорожной карте; удалить нельзя</translation>
    </message>
    <message>
        <source>the name of a department or group</source>
        <translation>название отдела или группы</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>once</source>
        <translation>однократно</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>H%1 %2</source>
        <translation>%1 полугодие %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n days)</source>
        <translation>
            <numerusform>%1 (%n день)</numerusform>
            <numerusform>%1 (%n дня)</numerusform>
            <numerusform>%1 (%n дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>cannot complete the OpenDocument package</source>
        <translation>не удалось собрать пакет OpenDocument</translation>
    </message>
    <message>
        <source>cannot make the Excel workbook: %1</source>
        <translation>не удалось создать книгу Excel: %1</translation>
    </message>
    <message>
        <source>the library could not start it</source>
        <translation>библиотека не смогла ее начать</translation>
    </message>
    <message>
        <source>cannot draw the PDF of the report</source>
        <translation>не удалось построить PDF отчета</translation>
    </message>
    <message>
        <source>cannot write %1: no space left on the disk</source>
        <translation>не удалось записать %1: на диске нет места</translation>
    </message>
    <message>
        <source>%1 was not written: stopped</source>
        <translation>%1 не записан: остановлено</translation>
    </message>
</context>
<context>
    <name>ui::ActivityDetailsView</name>
    <message>
        <source>lead</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>co-executor</source>
        <translation>соисполнитель</translation>
    </message>
    <message>
        <source>takes part</source>
        <translation>участвует</translation>
    </message>
    <message>
        <source>Select an activity or an obligation to see its details and history.</source>
        <translation>Выберите мероприятие или обязательство, чтобы увидеть подробности и историю.</translation>
    </message>
    <message>
        <source>Principle %1. %2</source>
        <translation>Принцип %1. %2</translation>
    </message>
    <message>
        <source>Principle %1</source>
        <translation>Принцип %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Due by the as-of date</source>
        <translation>Наступил срок на дату</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>Ожидает проверки</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Принцип</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Deadline as written</source>
        <translation>Срок в документе</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>The wording could not be read: %1. The monitor sets the rule in the roadmap editor.</source>
        <translation>Формулировку срока не удалось разобрать: %1. Правило задаёт организационный отдел в редакторе дорожной карты.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>(extended from %1)</source>
        <translation>(перенесён с %1)</translation>
    </message>
    <message>
        <source>(moved from %1, a day off)</source>
        <translation>(перенесён с %1 — выходной день)</translation>
    </message>
    <message>
        <source>Obligations (%1)</source>
        <translation>Обязательства (%1)</translation>
    </message>
    <message>
        <source>This activity owes no dated obligations.</source>
        <translation>По мероприятию нет обязательств со сроками.</translation>
    </message>
    <message>
        <source>Nothing reported yet.</source>
        <translation>Отчётов пока нет.</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> за %1</translation>
    </message>
    <message>
        <source>reported it done on %1</source>
        <translation>сообщил(а) об исполнении %1</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>подтверждение</translation>
    </message>
    <message>
        <source>reported no events this period</source>
        <translation>сообщил(а): событий в периоде не было</translation>
    </message>
    <message>
        <source>accepted the report</source>
        <translation>принял(а) отчёт</translation>
    </message>
    <message>
        <source>returned it for rework: «%1»</source>
        <translation>вернул(а) на доработку: «%1»</translation>
    </message>
    <message>
        <source>extended the deadline to %1: «%2»</source>
        <translation>перенёс(ла) срок на %1: «%2»</translation>
    </message>
    <message>
        <source>asked for an extension to %1: «%2»</source>
        <translation>попросил(а) перенести срок на %1: «%2»</translation>
    </message>
    <message>
        <source>declined the extension request: «%1»</source>
        <translation>отказал(а) в переносе срока: «%1»</translation>
    </message>
    <message>
        <source>granted the extension request</source>
        <translation>удовлетворил(а) просьбу о переносе срока</translation>
    </message>
    <message>
        <source>evidence (not a web address): %1</source>
        <translation>подтверждение (не веб-адрес): %1</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Задано вручную</translation>
    </message>
    <message>
        <source>«%1», by %2 on %3</source>
        <translation>«%1», %2, %3</translation>
    </message>
    <message>
        <source>reported on %1, after the as-of date %2</source>
        <translation>отчет внесен %1, после даты «по состоянию на» %2</translation>
    </message>
    <message>
        <source>recorded on %1, after the as-of date %2</source>
        <translation>внесено %1, после даты «по состоянию на» %2</translation>
    </message>
</context>
<context>
    <name>ui::CalendarEditor</name>
    <message>
        <source>Previous year</source>
        <translation>Предыдущий год</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Следующий год</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>holiday or transferred day off</source>
        <translation>праздник или перенесённый выходной</translation>
    </message>
    <message>
        <source>working weekend</source>
        <translation>рабочий выходной</translation>
    </message>
    <message>
        <source>non-working by decree</source>
        <translation>нерабочий по указу</translation>
    </message>
    <message>
        <source>day off set here</source>
        <translation>выходной, заданный здесь</translation>
    </message>
    <message>
        <source>working day set here</source>
        <translation>рабочий, заданный здесь</translation>
    </message>
    <message>
        <source>Click a day to switch it between working day and day off. Right-click a day changed here to return it to the federal calendar. Deadlines move off days off (Civil Code art. 193).</source>
        <translation>Щелчок по дню делает его рабочим или выходным. Правый щелчок по изменённому здесь дню возвращает его к федеральному календарю. Сроки, выпавшие на выходной, переносятся (ст. 193 ГК РФ).</translation>
    </message>
    <message>
        <source>changed in this database</source>
        <translation>изменено в этой базе</translation>
    </message>
    <message>
        <source>%1 working days, %2 days off</source>
        <translation>рабочих дней: %1, выходных: %2</translation>
    </message>
    <message>
        <source>no official calendar for %1: only the Labour Code holidays are known</source>
        <translation>официального календаря на %1 год нет: известны только праздники по ТК РФ</translation>
    </message>
    <message>
        <source>%1 is now a working day.</source>
        <translation>%1 теперь рабочий день.</translation>
    </message>
    <message>
        <source>%1 is now a day off.</source>
        <translation>%1 теперь выходной день.</translation>
    </message>
    <message>
        <source>working day set by the monitor</source>
        <translation>рабочий день по решению куратора</translation>
    </message>
    <message>
        <source>day off set by the monitor</source>
        <translation>выходной по решению куратора</translation>
    </message>
    <message>
        <source>ordinary day set by the monitor</source>
        <translation>обычный день по решению куратора</translation>
    </message>
    <message>
        <source>%1 is as in the federal calendar again.</source>
        <translation>%1 снова как в федеральном календаре.</translation>
    </message>
    <message>
        <source>Make a day off</source>
        <translation>Сделать выходным</translation>
    </message>
    <message>
        <source>Make a working day</source>
        <translation>Сделать рабочим</translation>
    </message>
    <message>
        <source>As in the federal calendar</source>
        <translation>Как в федеральном календаре</translation>
    </message>
    <message>
        <source>days changed in this database: %1</source>
        <translation>изменено дней в этой базе: %1</translation>
    </message>
</context>
<context>
    <name>ui::ConflictDialog</name>
    <message>
        <source>Someone else changed this first</source>
        <translation>Кто-то изменил это раньше вас</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Ваш вариант (не сохранён)</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Их вариант (сохранён сейчас)</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Сохранить мой вариант поверх</translation>
    </message>
    <message>
        <source>Discard mine, keep theirs</source>
        <translation>Отказаться от моего, оставить их</translation>
    </message>
</context>
<context>
    <name>ui::DashboardWidget</name>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>Compliance as of %1</source>
        <translation>Исполнение на %1</translation>
    </message>
    <message>
        <source>No data yet: open a database with a roadmap.</source>
        <translation>Данных пока нет: откройте базу с дорожной картой.</translation>
    </message>
    <message>
        <source>On-time rate by department and principle (click a cell to see its obligations)</source>
        <translation>Доля исполненного в срок по отделам и принципам (щелчок по ячейке покажет обязательства)</translation>
    </message>
    <message>
        <source>obligations due of %1</source>
        <translation>обязательств к сроку из %1</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>исполнено в срок</translation>
    </message>
    <message>
        <source>done at all (execution rate)</source>
        <translation>исполнено всего (доля исполнения)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>awaiting verification</source>
        <translation>ждут проверки</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>срок скоро</translation>
    </message>
    <message>
        <source>By principle</source>
        <translation>По принципам</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Принцип</translation>
    </message>
    <message>
        <source>Principle %1: %2</source>
        <translation>Принцип %1: %2</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>По отделам</translation>
    </message>
    <message>
        <source>Trend by quarter of the due date</source>
        <translation>Динамика по кварталам срока исполнения</translation>
    </message>
    <message>
        <source>Status of the obligations (%1 in all)</source>
        <translation>Состояние обязательств (всего %1)</translation>
    </message>
</context>
<context>
    <name>ui::DateEdit</name>
    <message>
        <source>«%1» is not a date</source>
        <translation>«%1» — не дата</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 вне допустимых дат %2–%3</translation>
    </message>
</context>
<context>
    <name>ui::DepartmentPrincipleModel</name>
    <message>
        <source>%1 owes nothing under this principle</source>
        <translation>%1 не отвечает за мероприятия этого принципа</translation>
    </message>
    <message>
        <source>%1
Due: %2; on time: %3; done late: %4; overdue: %5
On-time rate %6%, execution rate %7%</source>
        <translation>%1
К сроку: %2; в срок: %3; с опозданием: %4; просрочено: %5
В срок %6%, исполнено %7%</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>П%1</translation>
    </message>
    <message>
        <source>Principle %1: %2</source>
        <translation>Принцип %1: %2</translation>
    </message>
</context>
<context>
    <name>ui::EmptyRoadmapPage</name>
    <message>
        <source>&amp;Import the Approved Plan…</source>
        <translation>&amp;Импортировать утверждённый план…</translation>
    </message>
    <message>
        <source>&amp;Start an Empty Roadmap…</source>
        <translation>&amp;Начать пустую дорожную карту…</translation>
    </message>
    <message>
        <source>This database holds no roadmap yet</source>
        <translation>В этой базе данных пока нет дорожной карты</translation>
    </message>
    <message>
        <source>Import the plan as the administration approved it — a Word, OpenDocument, Excel, web page, CSV or text file — and check what was read before it is stored. Or start an empty roadmap with the approving act and its period, and type the principles and activities in the roadmap editor. You can also drop the plan&apos;s file onto this window.</source>
        <translation>Импортируйте план в том виде, в каком его утвердила администрация, — файл Word, OpenDocument, Excel, веб-страницу, CSV или текст — и проверьте прочитанное до сохранения. Или начните пустую дорожную карту с утверждающим актом и периодом и введите принципы и мероприятия в редакторе дорожной карты. Файл плана можно также перетащить в это окно.</translation>
    </message>
    <message>
        <source>Only the monitor adds a roadmap: %1. Ask the organisational department to import the plan.</source>
        <translation>Дорожную карту добавляет только контролер: %1. Попросите организационный отдел импортировать план.</translation>
    </message>
</context>
<context>
    <name>ui::ExtensionDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>Перенос срока</translation>
    </message>
    <message>
        <source>Request from the department</source>
        <translation>Запрос отдела</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Перенести</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>&amp;New due date:</source>
        <translation>&amp;Новый срок:</translation>
    </message>
    <message>
        <source>%1 asked on %2 to move the due date to &lt;b&gt;%3&lt;/b&gt;:&lt;br&gt;%4</source>
        <translation>%1 %2 просит перенести срок на &lt;b&gt;%3&lt;/b&gt;:&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Say why the request is declined.</source>
        <translation>Укажите, почему запрос отклонён.</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>Укажите основание переноса.</translation>
    </message>
    <message>
        <source>Why &amp;declined:</source>
        <translation>&amp;Причина отказа:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>The department sees this comment</source>
        <translation>Отдел увидит этот комментарий</translation>
    </message>
    <message>
        <source>Why the deadline moves</source>
        <translation>Почему срок переносится</translation>
    </message>
    <message>
        <source>Decline request</source>
        <translation>Отклонить запрос</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Перенести срок</translation>
    </message>
</context>
<context>
    <name>ui::ExtensionRequestDialog</name>
    <message>
        <source>Ask for an extension</source>
        <translation>Запрос на перенос срока</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Отправить запрос</translation>
    </message>
    <message>
        <source>&amp;New due date:</source>
        <translation>&amp;Новый срок:</translation>
    </message>
    <message>
        <source>Why the work cannot be done by %1</source>
        <translation>Почему работу нельзя выполнить к %1</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Give the reason: the monitor decides on it.</source>
        <translation>Укажите причину: по ней куратор принимает решение.</translation>
    </message>
</context>
<context>
    <name>ui::FormDialog</name>
    <message>
        <source>Is this date right?</source>
        <translation>Дата указана верно?</translation>
    </message>
    <message>
        <source>Record It Anyway</source>
        <translation>Всё равно записать</translation>
    </message>
    <message>
        <source>Correct It</source>
        <translation>Исправить</translation>
    </message>
</context>
<context>
    <name>ui::ImportDialog</name>
    <message>
        <source>Import Roadmap — %1</source>
        <translation>Импорт дорожной карты — %1</translation>
    </message>
    <message>
        <source>&amp;Create Roadmap</source>
        <translation>&amp;Создать дорожную карту</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>The worksheet that holds the plan; choosing another reads it again</source>
        <translation>Лист книги с планом; при выборе другого документ читается заново</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>&amp;Утвердил:</translation>
    </message>
    <message>
        <source>Act:</source>
        <translation>Акт:</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>не прочитано</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Columns of the plan&apos;s table</source>
        <translation>Столбцы таблицы плана</translation>
    </message>
    <message>
        <source>If a column was taken for the wrong thing, choose what it holds: the document is read again</source>
        <translation>Если столбец понят неверно, выберите, что в нём: документ будет прочитан заново</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Чтение документа…</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>документ Word (.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (.odt)</source>
        <translation>текст OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>web page (.html)</source>
        <translation>веб-страница (.html)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>таблица CSV</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>простой текст</translation>
    </message>
    <message>
        <source>File: %1 — %2</source>
        <translation>Файл: %1 — %2</translation>
    </message>
    <message>
        <source>act</source>
        <translation>акт</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(без номера)</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(без даты)</translation>
    </message>
    <message>
        <source>%1 No. %2 of %3</source>
        <translation>%1 от %3 № %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Warnings: none</source>
        <translation>&amp;Предупреждений нет</translation>
    </message>
    <message>
        <source>&amp;Warnings (%1):</source>
        <translation>&amp;Предупреждения (%1):</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message numerus="yes">
        <source>%n principles</source>
        <translation>
            <numerusform>%n принципе</numerusform>
            <numerusform>%n принципах</numerusform>
            <numerusform>%n принципах</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n departments</source>
        <translation>
            <numerusform>%n подразделение</numerusform>
            <numerusform>%n подразделения</numerusform>
            <numerusform>%n подразделений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline wordings need review (highlighted)</source>
        <translation>
            <numerusform>%n формулировка срока требует проверки (выделена)</numerusform>
            <numerusform>%n формулировки срока требуют проверки (выделены)</numerusform>
            <numerusform>%n формулировок срока требуют проверки (выделены)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Column %1, «%2»: what it holds</source>
        <translation>Столбец %1, «%2»: что в нём</translation>
    </message>
    <message>
        <source>No table with a plan&apos;s columns was found.</source>
        <translation>Таблица со столбцами плана не найдена.</translation>
    </message>
    <message>
        <source>Could not check whether this act is already imported: %1</source>
        <translation>Не удалось проверить, импортирован ли уже этот акт: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This act is already imported as roadmap %1 «%2»: importing updates it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Этот акт уже импортирован как дорожная карта %1 «%2»: импорт обновит её.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The document and the roadmap agree: nothing would change.</source>
        <translation>Документ и дорожная карта совпадают: ничего не изменится.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities added</source>
        <translation>
            <numerusform>добавлено %n мероприятие</numerusform>
            <numerusform>добавлено %n мероприятия</numerusform>
            <numerusform>добавлено %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>удалено %n</numerusform>
            <numerusform>удалено %n</numerusform>
            <numerusform>удалено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>изменено %n</numerusform>
            <numerusform>изменено %n</numerusform>
            <numerusform>изменено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n principles added</source>
        <translation>
            <numerusform>добавлен %n принцип</numerusform>
            <numerusform>добавлено %n принципа</numerusform>
            <numerusform>добавлено %n принципов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n principles retitled</source>
        <translation>
            <numerusform>переименован %n принцип</numerusform>
            <numerusform>переименовано %n принципа</numerusform>
            <numerusform>переименовано %n принципов</numerusform>
        </translation>
    </message>
    <message>
        <source>header: %1</source>
        <translation>заголовок: %1</translation>
    </message>
    <message>
        <source>Removed activities that have reports or extensions are kept.</source>
        <translation>Удаляемые мероприятия, по которым есть отчёты или продления, сохраняются.</translation>
    </message>
    <message>
        <source>&amp;Update Roadmap</source>
        <translation>&amp;Обновить дорожную карту</translation>
    </message>
    <message>
        <source>The document is still being read.</source>
        <translation>Документ ещё читается.</translation>
    </message>
    <message>
        <source>No activity was read from this document: check the column roles, or the sheet.</source>
        <translation>Из документа не прочитано ни одного мероприятия: проверьте назначение столбцов или лист.</translation>
    </message>
    <message>
        <source>Enter the roadmap&apos;s title.</source>
        <translation>Введите название дорожной карты.</translation>
    </message>
    <message>
        <source>Enter the period the roadmap covers: its first and last day.</source>
        <translation>Введите период дорожной карты: первый и последний день.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Период заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
</context>
<context>
    <name>ui::ImportPreviewModel</name>
    <message>
        <source>(section without a title)</source>
        <translation>(раздел без названия)</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>co-executor</source>
        <translation>соисполнитель</translation>
    </message>
    <message>
        <source>contributor</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>group, %1</source>
        <translation>группа, %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>требует проверки</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>As written: %1

%2</source>
        <translation>Как написано: %1

%2</translation>
    </message>
    <message>
        <source>The deadline wording needs review: %1</source>
        <translation>Формулировка срока требует проверки: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>Deadline as written</source>
        <translation>Срок (как в документе)</translation>
    </message>
    <message>
        <source>Deadline rule</source>
        <translation>Правило срока</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>returned for rework</source>
        <translation>возвращено на доработку</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>отчёт представлен</translation>
    </message>
    <message>
        <source>No events this period:</source>
        <translation>Событий в периоде не было:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Исполнено:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Подтверждение:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Отчитался:</translation>
    </message>
    <message>
        <source>Verified by:</source>
        <translation>Проверил:</translation>
    </message>
    <message>
        <source>Verification comment:</source>
        <translation>Комментарий проверяющего:</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Create the &amp;Demo Database</source>
        <translation>Создать &amp;демонстрационную базу</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>&amp;Развернуть всё</translation>
    </message>
    <message>
        <source>&amp;Collapse to Principles</source>
        <translation>&amp;Свернуть до принципов</translation>
    </message>
    <message>
        <source>As of &amp;Today</source>
        <translation>На &amp;сегодня</translation>
    </message>
    <message>
        <source>&amp;Report Execution…</source>
        <translation>&amp;Отчитаться об исполнении…</translation>
    </message>
    <message>
        <source>&amp;No Events This Period…</source>
        <translation>&amp;Событий в периоде не было…</translation>
    </message>
    <message>
        <source>Request an &amp;Extension…</source>
        <translation>Попросить &amp;перенос срока…</translation>
    </message>
    <message>
        <source>&amp;Accept Report</source>
        <translation>&amp;Принять отчёт</translation>
    </message>
    <message>
        <source>Re&amp;turn for Rework…</source>
        <translation>&amp;Вернуть на доработку…</translation>
    </message>
    <message>
        <source>&amp;Grant an Extension…</source>
        <translation>П&amp;еренести срок…</translation>
    </message>
    <message>
        <source>Roadmap &amp;Editor…</source>
        <translation>&amp;Редактор дорожной карты…</translation>
    </message>
    <message>
        <source>&amp;Users and Roles…</source>
        <translation>&amp;Пользователи и роли…</translation>
    </message>
    <message>
        <source>Production &amp;Calendar…</source>
        <translation>Производственный &amp;календарь…</translation>
    </message>
    <message>
        <source>Roadmap &amp;Settings…</source>
        <translation>&amp;Настройки дорожной карты…</translation>
    </message>
    <message>
        <source>&amp;About Roadmap Tracker</source>
        <translation>&amp;О программе «Контроль дорожной карты»</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Obligation</source>
        <translation>&amp;Обязательство</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>На дату:</translation>
    </message>
    <message>
        <source>Every status is worked out as of this date</source>
        <translation>Все состояния рассчитываются на эту дату</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>End of the Previous Quarter</source>
        <translation>Конец прошлого квартала</translation>
    </message>
    <message>
        <source>End of the Previous Year</source>
        <translation>Конец прошлого года</translation>
    </message>
    <message>
        <source>End of the Demo History (30.06.2021)</source>
        <translation>Конец демонстрационной истории (30.06.2021)</translation>
    </message>
    <message>
        <source>End of the Roadmap Period</source>
        <translation>Конец срока дорожной карты</translation>
    </message>
    <message>
        <source>Show as of 30.06.2021</source>
        <translation>Показать на 30.06.2021</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>My Obligations</source>
        <translation>Мои обязательства</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>The database file is busy — retrying…</source>
        <translation>Файл базы занят — повторяем попытку…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <source>The last database, %1, is not there any more.</source>
        <translation>Последней открытой базы %1 больше нет.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation>Не удалось прочитать базу данных: %1</translation>
    </message>
    <message>
        <source>Obligations of %1 as of %2</source>
        <translation>Обязательства: %1, на %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Все (%1)</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>база данных не открыта</translation>
    </message>
    <message>
        <source>the database cannot be reached</source>
        <translation>база данных недоступна</translation>
    </message>
    <message>
        <source>%1 is not a user of this database</source>
        <translation>%1 не является пользователем этой базы данных</translation>
    </message>
    <message>
        <source>select an obligation first</source>
        <translation>сначала выберите обязательство</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cannot be reached.&lt;/b&gt; The network share may be disconnected. The window shows what was read last and is read-only until the file is back; it keeps checking by itself.</source>
        <translation>&lt;b&gt;%1 недоступен.&lt;/b&gt; Возможно, отключился сетевой диск. В окне показаны последние прочитанные данные; изменения недоступны, пока файл не вернётся. Программа проверяет это сама.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
    <message>
        <source>This is the demo database: the Kachkanar openness roadmap with an invented history of reports up to 30.06.2021.</source>
        <translation>Это демонстрационная база: дорожная карта открытости Качканарского городского округа с вымышленной историей отчётов по 30.06.2021.</translation>
    </message>
    <message>
        <source>%1 — not a user of this database (read-only)</source>
        <translation>%1 — не пользователь этой базы (только просмотр)</translation>
    </message>
    <message>
        <source>Roadmap Tracker</source>
        <translation>Контроль дорожной карты</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Roadmap databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы дорожных карт (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead, or choose a new name.</source>
        <translation>%1 уже существует. Откройте его или выберите другое имя.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Roadmap databases (*.sqlite *.db)</source>
        <translation>Базы дорожных карт (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>About Roadmap Tracker</source>
        <translation>О программе «Контроль дорожной карты»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roadmap Tracker %1&lt;/h3&gt;&lt;p&gt;Keeps a municipal action plan («дорожная карта») under control: deadlines under the Civil Code and the production calendar, department reports, verification by the organisational department, compliance and quarterly reports.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Контроль дорожной карты %1&lt;/h3&gt;&lt;p&gt;Контроль исполнения плана мероприятий («дорожной карты») муниципалитета: сроки по Гражданскому кодексу и производственному календарю, отчёты отделов, проверка организационным отделом, показатели исполнения и квартальные отчёты.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>Новый язык будет использоваться после перезапуска программы.</translation>
    </message>
    <message>
        <source>The database cannot be reached right now. What you typed is kept: press OK again when the share is back.</source>
        <translation>База данных сейчас недоступна. Введённое сохранено в окне: нажмите «ОК» ещё раз, когда сетевой диск вернётся.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>%1. What you typed is kept: press OK again when the share is back.</source>
        <translation>%1. Введённое сохранено в окне: нажмите «ОК» ещё раз, когда сетевой диск вернётся.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The report was removed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Отчёт удалён.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not accept the report: %1</source>
        <translation>Не удалось принять отчёт: %1</translation>
    </message>
    <message>
        <source>Accepted %1, %2, %3.</source>
        <translation>Принято: %1, %2, %3.</translation>
    </message>
    <message>
        <source>Return for rework:</source>
        <translation>Вернуть на доработку:</translation>
    </message>
    <message>
        <source>The request for an extension was sent to the monitor.</source>
        <translation>Просьба о переносе срока направлена в организационный отдел.</translation>
    </message>
    <message>
        <source>The deadline was extended.</source>
        <translation>Срок перенесён.</translation>
    </message>
    <message>
        <source>Roadmap Editor</source>
        <translation>Редактор дорожной карты</translation>
    </message>
    <message>
        <source>Production Calendar</source>
        <translation>Производственный календарь</translation>
    </message>
    <message>
        <source>&amp;Status Report…</source>
        <translation>&amp;Отчет о ходе реализации…</translation>
    </message>
    <message>
        <source>Preview, print, save or register the status report for a quarter, half-year, year or dates</source>
        <translation>Просмотреть, напечатать, сохранить или зарегистрировать отчет о ходе реализации за квартал, полугодие, год или период</translation>
    </message>
    <message>
        <source>Report No. %1 is registered</source>
        <translation>Отчет № %1 зарегистрирован</translation>
    </message>
    <message>
        <source>&amp;Import Roadmap…</source>
        <translation>&amp;Импорт дорожной карты…</translation>
    </message>
    <message>
        <source>Read the approved plan from a Word, OpenDocument, Excel, web page, CSV or text file</source>
        <translation>Прочитать утверждённый план из файла Word, OpenDocument, Excel, веб-страницы, CSV или текста</translation>
    </message>
    <message>
        <source>Start an &amp;Empty Roadmap…</source>
        <translation>Новая &amp;пустая дорожная карта…</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Дорожная карта</translation>
    </message>
    <message>
        <source>The roadmap shown: a database may hold several</source>
        <translation>Показываемая дорожная карта: в базе их может быть несколько</translation>
    </message>
    <message>
        <source>this build has no import dialog</source>
        <translation>в этой сборке нет окна импорта</translation>
    </message>
    <message>
        <source>Read the approved plan from its document and check it before it is stored</source>
        <translation>Прочитать утверждённый план из документа и проверить его до сохранения</translation>
    </message>
    <message>
        <source>Import is not possible: %1</source>
        <translation>Импорт невозможен: %1</translation>
    </message>
    <message>
        <source>open or create a database first (File ▸ New Database)</source>
        <translation>сначала откройте или создайте базу данных (Файл ▸ Новая база данных)</translation>
    </message>
    <message>
        <source>Type the approving act and the period, then the activities in the roadmap editor</source>
        <translation>Ввести утверждающий акт и период, затем мероприятия в редакторе дорожной карты</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>Невозможно: %1</translation>
    </message>
    <message>
        <source>the database holds no roadmap yet: import one or start an empty one (File menu)</source>
        <translation>в базе данных пока нет дорожной карты: импортируйте её или начните пустую (меню «Файл»)</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Недоступно: %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>Import Roadmap</source>
        <translation>Импорт дорожной карты</translation>
    </message>
    <message>
        <source>Roadmap documents (*.docx *.odt *.html *.htm *.xlsx *.csv *.txt);;Word documents (*.docx);;OpenDocument text (*.odt);;Web pages (*.html *.htm);;Excel workbooks (*.xlsx);;CSV and text (*.csv *.txt);;All files (*)</source>
        <translation>Документы дорожной карты (*.docx *.odt *.html *.htm *.xlsx *.csv *.txt);;Документы Word (*.docx);;Текст OpenDocument (*.odt);;Веб-страницы (*.html *.htm);;Книги Excel (*.xlsx);;CSV и текст (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New Database for %1</source>
        <translation>Новая база данных для %1</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, then import the plan into it.</source>
        <translation>%1 уже существует. Откройте её, затем импортируйте в неё план.</translation>
    </message>
    <message>
        <source>The database cannot be reached right now. Press the button again when the share is back.</source>
        <translation>База данных сейчас недоступна. Нажмите кнопку ещё раз, когда сетевая папка вернётся.</translation>
    </message>
    <message>
        <source>Updated roadmap %1 «%2» from the document.</source>
        <translation>Дорожная карта %1 «%2» обновлена по документу.</translation>
    </message>
    <message numerus="yes">
        <source>Imported roadmap «%1»: %n activities.</source>
        <translation>
            <numerusform>Импортирована дорожная карта «%1»: %n мероприятие.</numerusform>
            <numerusform>Импортирована дорожная карта «%1»: %n мероприятия.</numerusform>
            <numerusform>Импортирована дорожная карта «%1»: %n мероприятий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept because they have reports: %1.</source>
        <translation>Сохранены, так как по ним есть отчёты: %1.</translation>
    </message>
    <message>
        <source>Started roadmap «%1»: add its principles and activities in the roadmap editor.</source>
        <translation>Создана дорожная карта «%1»: добавьте принципы и мероприятия в редакторе дорожной карты.</translation>
    </message>
</context>
<context>
    <name>ui::NewRoadmapDialog</name>
    <message>
        <source>Start an Empty Roadmap</source>
        <translation>Новая пустая дорожная карта</translation>
    </message>
    <message>
        <source>&amp;Create Roadmap</source>
        <translation>&amp;Создать дорожную карту</translation>
    </message>
    <message>
        <source>The approving act and the period of the plan. Principles, activities and departments are added afterwards in the roadmap editor.</source>
        <translation>Утверждающий акт и период плана. Принципы, мероприятия и подразделения добавляются затем в редакторе дорожной карты.</translation>
    </message>
    <message>
        <source>e.g. План мероприятий («дорожная карта») по …</source>
        <translation>например, План мероприятий («дорожная карта») по …</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>resolution (постановление)</source>
        <translation>постановление</translation>
    </message>
    <message>
        <source>order (распоряжение)</source>
        <translation>распоряжение</translation>
    </message>
    <message>
        <source>order of a head (приказ)</source>
        <translation>приказ</translation>
    </message>
    <message>
        <source>decision (решение)</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>Act &amp;kind:</source>
        <translation>&amp;Вид акта:</translation>
    </message>
    <message>
        <source>&amp;dated</source>
        <translation>&amp;от</translation>
    </message>
    <message>
        <source>Act &amp;number:</source>
        <translation>&amp;Номер акта:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>e.g. Администрация … городского округа</source>
        <translation>например, Администрация … городского округа</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>&amp;Утвердил:</translation>
    </message>
    <message>
        <source>Enter the roadmap&apos;s title.</source>
        <translation>Введите название дорожной карты.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>ui::ObligationHeader</name>
    <message>
        <source>Activity %1</source>
        <translation>Мероприятие %1</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Отдел:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Deadline as worded:</source>
        <translation>Срок в документе:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (extended; originally %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (перенесён; изначально %2)</translation>
    </message>
</context>
<context>
    <name>ui::ObligationListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Приближается срок</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>Ожидает проверки</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>returned by %1: %2</source>
        <translation>возвращено (%1): %2</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>событий не было</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>исполнено %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1 (перенесён)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчитаться</translation>
    </message>
</context>
<context>
    <name>ui::ObligationText</name>
    <message>
        <source>1st quarter %1</source>
        <translation>I квартал %1</translation>
    </message>
    <message>
        <source>2nd quarter %1</source>
        <translation>II квартал %1</translation>
    </message>
    <message>
        <source>3rd quarter %1</source>
        <translation>III квартал %1</translation>
    </message>
    <message>
        <source>4th quarter %1</source>
        <translation>IV квартал %1</translation>
    </message>
    <message>
        <source>one-off, period %1–%2</source>
        <translation>однократно, период %1–%2</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>1st half of %1</source>
        <translation>I полугодие %1</translation>
    </message>
    <message>
        <source>2nd half of %1</source>
        <translation>II полугодие %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>в течение %1 %2 г.</translation>
    </message>
    <message>
        <source>period %1–%2</source>
        <translation>период %1–%2</translation>
    </message>
    <message>
        <source>%1 is a day off: the deadline falls on %2 (Civil Code art. 193).</source>
        <translation>%1 — нерабочий день: срок истекает %2 (ст. 193 ГК РФ).</translation>
    </message>
</context>
<context>
    <name>ui::ReportDialog</name>
    <message>
        <source>Status Report</source>
        <translation>Отчет о ходе реализации</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Полугодие</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Statuses are shown as they were known on this date. It follows the end of the period until you change it.</source>
        <translation>Состояния показываются такими, какими они были известны на эту дату. Пока вы ее не измените, она следует за концом периода.</translation>
    </message>
    <message>
        <source>All principles</source>
        <translation>Все принципы</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все исполнители</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Statuses &amp;as of:</source>
        <translation>Состояние &amp;на дату:</translation>
    </message>
    <message>
        <source>P&amp;rinciple:</source>
        <translation>П&amp;ринцип:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Язык отчета:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Пр&amp;осмотр…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>PDF, ODT (Word, LibreOffice Writer), HTML, CSV or XLSX (spreadsheets)</source>
        <translation>PDF, ODT (Word, LibreOffice Writer), HTML, CSV или XLSX (электронные таблицы)</translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation>&amp;Зарегистрировать…</translation>
    </message>
    <message>
        <source>Give the report a number and keep its content in the database, so that it can be printed again exactly as it is now</source>
        <translation>Присвоить отчету номер и сохранить его содержание в базе данных, чтобы позже напечатать его точно таким, как сейчас</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Previe&amp;w…</source>
        <translation>Прос&amp;мотр…</translation>
    </message>
    <message>
        <source>Save As &amp;PDF, ODT…</source>
        <translation>Сохранить в &amp;PDF, ODT…</translation>
    </message>
    <message>
        <source>Registered reports</source>
        <translation>Зарегистрированные отчеты</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Only the organisational department (monitors) registers reports</source>
        <translation>Регистрирует отчеты только организационный отдел (контролеры)</translation>
    </message>
    <message>
        <source>%1 quarter</source>
        <translation>%1 квартал</translation>
    </message>
    <message>
        <source>%1 half-year</source>
        <translation>%1 полугодие</translation>
    </message>
    <message>
        <source>On-time rate %1 %.</source>
        <translation>Доля исполненных в срок %1 %.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>status-report-%1</source>
        <translation>отчет-%1</translation>
    </message>
    <message>
        <source>Name the file .pdf, .odt, .html, .csv or .xlsx: the name tells the format.</source>
        <translation>Дайте файлу расширение .pdf, .odt, .html, .csv или .xlsx: по нему выбирается формат.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Текст OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Obligations for spreadsheets, CSV (*.csv)</source>
        <translation>Обязательства для электронных таблиц, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook, every table of the report (*.xlsx)</source>
        <translation>Книга Excel, все таблицы отчета (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation>Сохранение отчета</translation>
    </message>
    <message>
        <source>Register the Report</source>
        <translation>Регистрация отчета</translation>
    </message>
    <message>
        <source>The report is kept as it is now and can be printed again identically.
Registration number:</source>
        <translation>Отчет будет сохранен в нынешнем виде, и его можно будет напечатать повторно без изменений.
Регистрационный номер:</translation>
    </message>
    <message>
        <source>status-report-no-%1</source>
        <translation>отчет-рег-%1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>No report is registered yet.</source>
        <translation>Зарегистрированных отчетов пока нет.</translation>
    </message>
    <message>
        <source>printed with your name at the foot of the last page</source>
        <translation>печатается с вашим именем внизу последней страницы</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>«УТВЕРЖДАЮ» (approve)</source>
        <translation>«УТВЕРЖДАЮ»</translation>
    </message>
    <message>
        <source>«СОГЛАСОВАНО» (agree)</source>
        <translation>«СОГЛАСОВАНО»</translation>
    </message>
    <message>
        <source>Your p&amp;hone:</source>
        <translation>Ваш &amp;телефон:</translation>
    </message>
    <message>
        <source>Approval &amp;block for the head:</source>
        <translation>&amp;Гриф для главы:</translation>
    </message>
    <message numerus="yes">
        <source>In the period: %n obligation(s).</source>
        <translation>
            <numerusform>В периоде %n обязательство.</numerusform>
            <numerusform>В периоде %n обязательства.</numerusform>
            <numerusform>В периоде %n обязательств.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due by the as-of date: %1 (on time: %2, after an extension: %3, late: %4, overdue: %5, awaiting verification: %6, returned: %7); not yet due: %8; no events: %9.</source>
        <translation>Срок наступил: %1 (в срок: %2, в продленный срок: %3, с нарушением срока: %4, просрочено: %5, на проверке: %6, возвращено: %7); срок не наступил: %8; мероприятия не проводились: %9.</translation>
    </message>
    <message>
        <source>On-time rate: — (nothing is due yet).</source>
        <translation>Доля в срок: — (срок ни одного обязательства не наступил).</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Внимание: %1.</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Верстка отчета…</translation>
    </message>
    <message>
        <source>Laying out the report: page %1…</source>
        <translation>Верстка отчета: страница %1…</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2…</source>
        <translation>Отрисовка страницы %1 из %2…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation>Не удалось отрисовать отчет.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Не удалось напечатать отчет.</translation>
    </message>
</context>
<context>
    <name>ui::ReportExecutionDialog</name>
    <message>
        <source>Report execution</source>
        <translation>Отчёт об исполнении</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчитаться</translation>
    </message>
    <message>
        <source>No events this period</source>
        <translation>В периоде мероприятий не было</translation>
    </message>
    <message>
        <source>The activity is carried out when something happens; nothing happened in this period.</source>
        <translation>Мероприятие проводится по мере необходимости; в этом периоде поводов не было.</translation>
    </message>
    <message>
        <source>The day the work was done; it cannot be in the future.</source>
        <translation>День исполнения; не может быть в будущем.</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Исполнено:</translation>
    </message>
    <message>
        <source>https://… the page on the official site</source>
        <translation>https://… страница на официальном сайте</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the link in the browser to check it</source>
        <translation>Открыть ссылку в браузере для проверки</translation>
    </message>
    <message>
        <source>&amp;Evidence link:</source>
        <translation>&amp;Ссылка на подтверждение:</translation>
    </message>
    <message>
        <source>e.g. order No. 45 of 12.04.2019</source>
        <translation>например, распоряжение № 45 от 12.04.2019</translation>
    </message>
    <message>
        <source>Do&amp;cument:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>What was done, where to find it</source>
        <translation>Что сделано и где это найти</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Returned by %1 on %2: %3</source>
        <translation>Возвращено на доработку (%1, %2): %3</translation>
    </message>
    <message>
        <source>The evidence link must be a web address starting with http:// or https://.</source>
        <translation>Ссылка на подтверждение должна быть веб-адресом, начинающимся с http:// или https://.</translation>
    </message>
    <message>
        <source>Why there was nothing to do (optional)</source>
        <translation>Почему мероприятий не было (необязательно)</translation>
    </message>
    <message>
        <source>Not a web address: it must start with http:// or https://</source>
        <translation>Это не веб-адрес: он должен начинаться с http:// или https://</translation>
    </message>
</context>
<context>
    <name>ui::ReturnDialog</name>
    <message>
        <source>Return for rework</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>Что представлено</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Отчитался:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>No events this period</source>
        <translation>В периоде мероприятий не было</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Исполнено:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Подтверждение:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>What is missing or wrong; the department reads this</source>
        <translation>Чего не хватает или что не так; отдел прочтёт это</translation>
    </message>
    <message>
        <source>&amp;Why returned:</source>
        <translation>&amp;Причина возврата:</translation>
    </message>
    <message>
        <source>Say why the report is returned: the department needs to know what to fix.</source>
        <translation>Укажите причину возврата: отделу нужно знать, что исправить.</translation>
    </message>
</context>
<context>
    <name>ui::RoadmapEditor</name>
    <message>
        <source>Add activity %1</source>
        <translation>Добавление мероприятия %1</translation>
    </message>
    <message>
        <source>Add department %1</source>
        <translation>Добавление отдела %1</translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation>Добавление группы %1</translation>
    </message>
    <message>
        <source>Add principle %1</source>
        <translation>Добавление принципа %1</translation>
    </message>
    <message>
        <source>Edit activity %1</source>
        <translation>Изменение мероприятия %1</translation>
    </message>
    <message>
        <source>Edit department %1</source>
        <translation>Изменение отдела %1</translation>
    </message>
    <message>
        <source>Rename principle %1</source>
        <translation>Переименование принципа %1</translation>
    </message>
    <message>
        <source>Remove activity %1</source>
        <translation>Удаление мероприятия %1</translation>
    </message>
    <message>
        <source>Rename group %1</source>
        <translation>Переименование группы %1</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>co-executor</source>
        <translation>соисполнитель</translation>
    </message>
    <message>
        <source>contributor (owes nothing)</source>
        <translation>участник (без отчёта)</translation>
    </message>
    <message>
        <source>administration department</source>
        <translation>отдел администрации</translation>
    </message>
    <message>
        <source>municipal institution</source>
        <translation>муниципальное учреждение</translation>
    </message>
    <message>
        <source>external body</source>
        <translation>внешний орган</translation>
    </message>
    <message>
        <source>Principles and activities</source>
        <translation>Принципы и мероприятия</translation>
    </message>
    <message>
        <source>Departments and groups</source>
        <translation>Отделы и группы</translation>
    </message>
    <message>
        <source>Add principle</source>
        <translation>Добавить принцип</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Добавить мероприятие</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected activity (only when nobody has reported on it)</source>
        <translation>Удалить выбранное мероприятие (только если по нему ещё не отчитывались)</translation>
    </message>
    <message>
        <source>Select a principle or an activity to edit it.</source>
        <translation>Выберите принцип или мероприятие, чтобы изменить его.</translation>
    </message>
    <message>
        <source>Principle:</source>
        <translation>Принцип:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <source>as written in the roadmap, e.g. «ежегодно до 1 марта года, следующего за отчетным»</source>
        <translation>как в дорожной карте, например «ежегодно до 1 марта года, следующего за отчетным»</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>How the deadline is read</source>
        <translation>Как понят срок</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Due as worded</source>
        <translation>Срок по тексту</translation>
    </message>
    <message>
        <source>Legal due date</source>
        <translation>Срок по закону</translation>
    </message>
    <message>
        <source>Responsible departments and groups</source>
        <translation>Ответственные отделы и группы</translation>
    </message>
    <message>
        <source>Department or group</source>
        <translation>Отдел или группа</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Move up: the first department leads</source>
        <translation>Выше: первый отдел — ответственный</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Краткое:</translation>
    </message>
    <message>
        <source>H&amp;ead:</source>
        <translation>&amp;Руководитель:</translation>
    </message>
    <message>
        <source>Acti&amp;ve (inactive departments stay in the history but get no new work)</source>
        <translation>&amp;Действует (упразднённые отделы остаются в истории, но новых поручений не получают)</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Новый отдел</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Department groups</source>
        <translation>Группы отделов</translation>
    </message>
    <message>
        <source>Phrases such as «иные отделы Администрации» that name several departments at once. A group takes part in an activity; when it leads, any of its departments may report.</source>
        <translation>Формулировки вроде «иные отделы Администрации», обозначающие сразу несколько отделов. Группа участвует в мероприятии; если она ответственная, отчитаться может любой её отдел.</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Добавить группу</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (группа)</translation>
    </message>
    <message>
        <source>Principle / activity</source>
        <translation>Принцип / мероприятие</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Every deadline wording is understood.</source>
        <translation>Все формулировки сроков распознаны.</translation>
    </message>
    <message>
        <source>Wording that needs review (%1)</source>
        <translation>Формулировки, требующие проверки (%1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Needs review: %1</source>
        <translation>Требует проверки: %1</translation>
    </message>
    <message>
        <source>Moved off a non-working day (Civil Code art. 193)</source>
        <translation>Перенесён с нерабочего дня (ст. 193 ГК РФ)</translation>
    </message>
    <message>
        <source>No obligations over %1–%2.</source>
        <translation>За %1–%2 обязательств нет.</translation>
    </message>
    <message>
        <source>New principle</source>
        <translation>Новый принцип</translation>
    </message>
    <message>
        <source>Add a principle first.</source>
        <translation>Сначала добавьте принцип.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Добавить отдел</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <source>Obligations per responsible department over %1–%2: %3.</source>
        <translation>Обязательств на каждый ответственный отдел за %1–%2: %3.</translation>
    </message>
    <message>
        <source>Rule set by &amp;hand</source>
        <translation>Правило, заданное &amp;вручную</translation>
    </message>
    <message>
        <source>For wording that needs review: state the rule here. The deadline as written stays as approved; the rule is recorded with your name and replaces its reading.</source>
        <translation>Для формулировки, требующей проверки: задайте правило здесь. Срок в утвержденной редакции сохраняется; правило записывается с вашим именем и заменяет его прочтение.</translation>
    </message>
    <message>
        <source>made from the fields above, or typed in the words of a roadmap</source>
        <translation>составляется по полям выше или вводится словами дорожной карты</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Правило:</translation>
    </message>
    <message>
        <source>Set by hand by %1 on %2.</source>
        <translation>Задано вручную: %1, %2.</translation>
    </message>
    <message>
        <source>the rule set by hand is empty</source>
        <translation>правило, заданное вручную, пусто</translation>
    </message>
    <message>
        <source>Set by hand: %1</source>
        <translation>Задано вручную: %1</translation>
    </message>
</context>
<context>
    <name>ui::RoadmapFilterBar</name>
    <message>
        <source>Search activities, wording, departments…</source>
        <translation>Поиск по мероприятиям, срокам, исполнителям…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>Done (any)</source>
        <translation>Исполнено (всё)</translation>
    </message>
    <message>
        <source>Wording needs review</source>
        <translation>Срок требует проверки</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Отдел:</translation>
    </message>
    <message>
        <source>Principle:</source>
        <translation>Принцип:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все исполнители</translation>
    </message>
    <message>
        <source>All principles</source>
        <translation>Все принципы</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Ближайшие 30 дней</translation>
    </message>
    <message>
        <source>Until the as-of date</source>
        <translation>По дату отчёта</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1 год</translation>
    </message>
</context>
<context>
    <name>ui::RoadmapSettingsDialog</name>
    <message>
        <source>Roadmap settings</source>
        <translation>Параметры дорожной карты</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Quarterly confirmation &amp;day:</source>
        <translation>&amp;День ежеквартального подтверждения:</translation>
    </message>
    <message>
        <source>Continuous and event-driven activities are confirmed on this day of the month after each quarter.</source>
        <translation>Постоянные мероприятия и мероприятия «по мере» подтверждаются в этот день месяца, следующего за кварталом.</translation>
    </message>
    <message>
        <source>&amp;Move a due date off a non-working day (Civil Code art. 193)</source>
        <translation>&amp;Переносить срок с нерабочего дня (ст. 193 ГК РФ)</translation>
    </message>
    <message>
        <source>Count the presidential &amp;non-working days (2020–2021) as days off</source>
        <translation>Считать &amp;нерабочие дни по указам Президента (2020–2021) выходными</translation>
    </message>
    <message>
        <source>By default they do not move deadlines (Supreme Court review No. 1 of 21.04.2020, question 5).</source>
        <translation>По умолчанию они сроки не переносят (Обзор ВС РФ № 1 от 21.04.2020, вопрос 5).</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Состояния</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&quot;Due &amp;soon&quot; window:</source>
        <translation>Порог «&amp;срок скоро»:</translation>
    </message>
    <message>
        <source>Reports count as done only after the monitor &amp;accepts them</source>
        <translation>Отчёт считается исполнением только после &amp;принятия куратором</translation>
    </message>
</context>
<context>
    <name>ui::RoadmapStore</name>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 уже существует; выберите другое имя файла</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Создаётся демонстрационная база…</translation>
    </message>
    <message>
        <source>Reading the roadmap…</source>
        <translation>Читается дорожная карта…</translation>
    </message>
    <message>
        <source>Reading reports and extensions…</source>
        <translation>Читаются отчёты и переносы сроков…</translation>
    </message>
    <message>
        <source>Working out deadlines and statuses…</source>
        <translation>Рассчитываются сроки и состояния…</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>база данных не открыта</translation>
    </message>
</context>
<context>
    <name>ui::RoadmapTreeModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Principle %1</source>
        <translation>Принцип %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Wording needs review</source>
        <translation>Срок требует проверки</translation>
    </message>
    <message>
        <source>Nothing owed</source>
        <translation>Обязательств нет</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1 (перенесён)</translation>
    </message>
    <message>
        <source>Activity / period</source>
        <translation>Мероприятие / период</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>ui::RuleForm</name>
    <message>
        <source>Once, by a date</source>
        <translation>Однократно, к дате</translation>
    </message>
    <message>
        <source>Once, for a window of dates (due at its end)</source>
        <translation>Однократно, за период (срок — его конец)</translation>
    </message>
    <message>
        <source>By each of several dates</source>
        <translation>К каждой из нескольких дат</translation>
    </message>
    <message>
        <source>Every period (month, quarter, half-year, year)</source>
        <translation>Каждый период (месяц, квартал, полугодие, год)</translation>
    </message>
    <message>
        <source>Continuously (confirmed every quarter)</source>
        <translation>Постоянно (подтверждение каждый квартал)</translation>
    </message>
    <message>
        <source>On event (every quarter, «no events» allowed)</source>
        <translation>По мере наступления событий (каждый квартал, можно «событий не было»)</translation>
    </message>
    <message>
        <source>Once by a date, then continuously</source>
        <translation>Однократно к дате, далее постоянно</translation>
    </message>
    <message>
        <source>Once by a date, then every period</source>
        <translation>Однократно к дате, далее каждый период</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy, dd.mm.yyyy, …</source>
        <translation>дд.мм.гггг, дд.мм.гггг, …</translation>
    </message>
    <message>
        <source>Date&amp;s:</source>
        <translation>Да&amp;ты:</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>квартал</translation>
    </message>
    <message>
        <source>half-year</source>
        <translation>полугодие</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Каждый:</translation>
    </message>
    <message>
        <source>the last day of the period</source>
        <translation>последний день периода</translation>
    </message>
    <message>
        <source>a day of the month after the period</source>
        <translation>число месяца, следующего за периодом</translation>
    </message>
    <message>
        <source>a date of the following year (yearly)</source>
        <translation>дата следующего года (ежегодно)</translation>
    </message>
    <message>
        <source>a date of the same year (yearly)</source>
        <translation>дата того же года (ежегодно)</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>С&amp;рок:</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>Ч&amp;исло:</translation>
    </message>
    <message>
        <source>«не позднее»: the day itself counts</source>
        <translation>«не позднее»: сам день включается</translation>
    </message>
    <message>
        <source>«до»: the day before is the last</source>
        <translation>«до»: последний день — накануне</translation>
    </message>
    <message>
        <source>&amp;Bound:</source>
        <translation>&amp;Граница:</translation>
    </message>
    <message>
        <source>Only &amp;within dates:</source>
        <translation>Только в &amp;пределах дат:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
</context>
<context>
    <name>ui::UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>the Windows or Linux login</source>
        <translation>имя входа в Windows или Linux</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>Surname, initials</source>
        <translation>Фамилия, инициалы</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>&amp;Active (may sign in and work)</source>
        <translation>&amp;Активен (может входить и работать)</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Новый пользователь</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 добавлен.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 сохранён.</translation>
    </message>
</context>
<context>
    <name>ui::WelcomePage</name>
    <message>
        <source>Recent databases</source>
        <translation>Недавние базы данных</translation>
    </message>
    <message>
        <source>No database yet</source>
        <translation>Базы данных пока нет</translation>
    </message>
    <message>
        <source>Roadmap Tracker keeps an approved roadmap, the deadlines it sets and what each department reported in one database file that everyone opens from the network share. Create a new one, open the file your colleagues use, or look around in the demo: the openness roadmap of Kachkanar city district for 2018–2020.</source>
        <translation>«Контроль дорожной карты» хранит утверждённую дорожную карту, её сроки и отчёты отделов в одном файле базы данных, который все открывают с сетевого диска. Создайте новую базу, откройте файл, с которым работают коллеги, или посмотрите демонстрационную: дорожную карту открытости Качканарского городского округа на 2018–2020 годы.</translation>
    </message>
    <message>
        <source>Create the demo database</source>
        <translation>Создать демонстрационную базу</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Новая…</translation>
    </message>
    <message>
        <source>&amp;Import a Plan…</source>
        <translation>&amp;Импорт плана…</translation>
    </message>
    <message>
        <source>Read the approved plan from a Word, OpenDocument, Excel, web page, CSV or text file into a new database</source>
        <translation>Прочитать утверждённый план из файла Word, OpenDocument, Excel, веб-страницы, CSV или текста в новую базу данных</translation>
    </message>
</context>
</TS>
