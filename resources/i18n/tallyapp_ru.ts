<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name />
    <message>
        <source>tallyapp</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">tallyapp</translation>
    </message>
    <message>
        <source>tallyapp — first start</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">tallyapp — первый запуск</translation>
    </message>
    <message>
        <source>A new database was created for the 2023 Mäjilis election at
{0}

Load the national demo data (10,223 precincts, official 2023 results)?
Choose No to start with empty protocols.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Создана новая база данных для выборов в Мажилис 2023 года:
{0}

Загрузить национальные демонстрационные данные (10 223 участка, официальные итоги 2023 года)?
Выберите «Нет», чтобы начать с пустых протоколов.</translation>
    </message>
    <message>
        <source>Loading the national demo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Загрузка национальной демонстрации</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Summary of the checks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Итог проверок</translation>
    </message>
    <message>
        <source>Control relations and plausibility checks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Контрольные соотношения и проверки достоверности</translation>
    </message>
    <message>
        <source>Explanations of warnings (required to finalise)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Пояснения к предупреждениям (обязательны для утверждения)</translation>
    </message>
    <message>
        <source>No protocol open.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Протокол не открыт.</translation>
    </message>
    <message>
        <source>✓ All control relations hold.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">✓ Все контрольные соотношения выполняются.</translation>
    </message>
    <message>
        <source>Explanation for {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Пояснение к {0}</translation>
    </message>
    <message>
        <source>Why this is right, in a sentence</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Почему это верно, одним предложением</translation>
    </message>
    <message>
        <source>Second entry: key the paper again from line 1. The first entry and the checks are hidden until you compare.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Повторный ввод: введите бумажный протокол заново со строки 1. Первый ввод и проверки скрыты до сравнения.</translation>
    </message>
    <message>
        <source>Second entry, checked on its own: key the paper again from line 1. The first entry is hidden until you compare.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Второй ввод проверяется отдельно: введите бумагу заново со строки 1. Первый ввод скрыт до сравнения.</translation>
    </message>
    <message numerus="yes">
        <source>○ %n line(s) not entered yet: nothing can be judged complete.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>○ Не введено строк: %n; протокол нельзя считать полным.</numerusform><numerusform>○ Не введено строк: %n; протокол нельзя считать полным.</numerusform><numerusform>○ Не введено строк: %n; протокол нельзя считать полным.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>✗ %n control relation(s) fail: recount and correct before finalising.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>✗ Не выполняется контрольных соотношений: %n. Пересчитайте и исправьте до утверждения.</numerusform><numerusform>✗ Не выполняется контрольных соотношений: %n. Пересчитайте и исправьте до утверждения.</numerusform><numerusform>✗ Не выполняется контрольных соотношений: %n. Пересчитайте и исправьте до утверждения.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s) need a written explanation.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>⚠ Предупреждений, требующих письменного пояснения: %n.</numerusform><numerusform>⚠ Предупреждений, требующих письменного пояснения: %n.</numerusform><numerusform>⚠ Предупреждений, требующих письменного пояснения: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>≠ %n line(s) differ between the two entries.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>≠ Строк, различающихся между двумя вводами: %n.</numerusform><numerusform>≠ Строк, различающихся между двумя вводами: %n.</numerusform><numerusform>≠ Строк, различающихся между двумя вводами: %n.</numerusform></translation>
    </message>
</context>
<context>
    <name>CommissionTreeModel</name>
    <message>
        <source>District No. {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Округ №{0}</translation>
    </message>
    <message>
        <source>Commission / precinct</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия / участок</translation>
    </message>
    <message>
        <source>Blue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Синий</translation>
    </message>
    <message>
        <source>Green</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Зелёный</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">№ {0}</translation>
    </message>
    <message>
        <source>draft</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">черновик</translation>
    </message>
    <message>
        <source>checked</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">проверен</translation>
    </message>
    <message>
        <source>transmitted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">передан</translation>
    </message>
    <message>
        <source>accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">принят</translation>
    </message>
    <message>
        <source>rejected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">отклонён</translation>
    </message>
    <message>
        <source>missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">нет</translation>
    </message>
    <message>
        <source>finalised</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">подписан</translation>
    </message>
    <message>
        <source>Precinct {0}: blue {1}, green {2}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок {0}: синий {1}, зелёный {2}</translation>
    </message>
    <message>
        <source>TEC No. {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ТИК №{0}</translation>
    </message>
    <message>
        <source>Precinct No. {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок №{0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n protocol(s) accepted ({1}%), {2} received</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>принято {0} из %n протокола ({1}%), получено {2}</numerusform><numerusform>принято {0} из %n протоколов ({1}%), получено {2}</numerusform><numerusform>принято {0} из %n протоколов ({1}%), получено {2}</numerusform></translation>
    </message>
    <message>
        <source>failing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ошибка</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Conflicts in {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Конфликты в {0}</translation>
    </message>
    <message>
        <source>These protocols differ from the ones already stored. Nothing was overwritten: the received protocol is kept in the inbox. Resolve with the sending commission; a correction comes as a repeated protocol with a higher version.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Эти протоколы отличаются от уже сохранённых. Ничего не перезаписано: полученный протокол сохранён во входящих. Урегулируйте с отправившей комиссией; исправление приходит как повторный протокол с более высокой версией.</translation>
    </message>
    <message>
        <source>Precinct / line</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок / строка</translation>
    </message>
    <message>
        <source>Stored</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сохранённый</translation>
    </message>
    <message>
        <source>Received</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Полученный</translation>
    </message>
    <message>
        <source>Difference</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Разница</translation>
    </message>
    <message>
        <source>Stored and received figures side by side</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сохранённые и полученные числа рядом</translation>
    </message>
    <message>
        <source>Precinct {0}, {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок {0}, {1}</translation>
    </message>
    <message>
        <source>version {0} · {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">версия {0} · {1}</translation>
    </message>
    <message>
        <source>This copy is not official (unsigned, or an observer's): it differs from the official protocol as shown. It was kept, and it changes nothing.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Эта копия не официальная (не подписана или копия наблюдателя): она отличается от официального протокола, как показано. Она сохранена и ничего не меняет.</translation>
    </message>
    <message>
        <source>blue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">синий</translation>
    </message>
    <message>
        <source>green</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">зелёный</translation>
    </message>
</context>
<context>
    <name>ExportableChart</name>
    <message>
        <source>Export chart…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Экспорт диаграммы…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Экспорт диаграммы</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <source>Protocol figures</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Числа протокола</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">История: {0}</translation>
    </message>
    <message>
        <source>Versions of the protocol</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Версии протокола</translation>
    </message>
    <message>
        <source>Version / line</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Версия / строка</translation>
    </message>
    <message>
        <source>Before</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Было</translation>
    </message>
    <message>
        <source>After</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Стало</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Подробности</translation>
    </message>
    <message>
        <source>repeated protocol</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">повторный протокол</translation>
    </message>
    <message>
        <source>original</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">первичный</translation>
    </message>
    <message>
        <source>saved {0} by {1} at {2}; fingerprint {3}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">сохранено {0}, {1}, рабочее место {2}; отпечаток {3}</translation>
    </message>
    <message>
        <source>; reason: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">; причина: {0}</translation>
    </message>
    <message>
        <source>; signed by chair {0} and secretary {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">; подписали председатель {0} и секретарь {1}</translation>
    </message>
    <message>
        <source>Version {0} ({1})</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Версия {0} ({1})</translation>
    </message>
    <message>
        <source>; received signed for {0} by {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">; получен с подписью от имени {0}, подписал {1}</translation>
    </message>
    <message>
        <source>; keyed here for {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">; введён здесь за {0}</translation>
    </message>
    <message>
        <source>Observer's copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Копия наблюдателя</translation>
    </message>
    <message>
        <source>Photo or scan</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Фото или скан</translation>
    </message>
    <message>
        <source>official / copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">официальный / копия</translation>
    </message>
    <message>
        <source>; full hand count of the audit, entered for {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">; полный ручной подсчёт аудита, введён за {0}</translation>
    </message>
    <message>
        <source>Details of the version</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Подробности версии</translation>
    </message>
    <message numerus="yes">
        <source>received {0} as {1}; not official: {2}; %n line(s) differ</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>получена {0} ({1}); не официальная: {2}; различается %n строка</numerusform><numerusform>получена {0} ({1}); не официальная: {2}; различаются %n строки</numerusform><numerusform>получена {0} ({1}); не официальная: {2}; различаются %n строк</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">принят</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">повтор</translation>
    </message>
    <message>
        <source>conflict</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">конфликт</translation>
    </message>
    <message>
        <source>rejected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">отклонён</translation>
    </message>
    <message>
        <source>observer copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">копия наблюдателя</translation>
    </message>
    <message>
        <source>Import protocols</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Импорт протоколов</translation>
    </message>
    <message>
        <source>Drop files or folders here: exchange packages (.json), signed protocol PDFs, or photos and scans of printed protocols (read through their QR code).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Перетащите сюда файлы или папки: пакеты обмена (.json), подписанные PDF протоколов или фото и сканы печатных протоколов (читаются по QR-коду).</translation>
    </message>
    <message>
        <source>Files and folders to import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Файлы и папки для импорта</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Добавить &amp;файлы…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Добавить &amp;папку…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ход импорта</translation>
    </message>
    <message>
        <source>What became of each file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Что стало с каждым файлом</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Вид</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Результат</translation>
    </message>
    <message>
        <source>New</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Новые</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Повторы</translation>
    </message>
    <message>
        <source>Reason / details</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Причина / подробности</translation>
    </message>
    <message>
        <source>Protocols to import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Протоколы для импорта</translation>
    </message>
    <message>
        <source>Protocols (*.json *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Протоколы (*.json *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <source>A folder of protocols</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Папка с протоколами</translation>
    </message>
    <message>
        <source>Trusted certification authority</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Доверенный удостоверяющий центр</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сертификаты (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Trusted authority: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Доверенный центр: {0}</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Импорт</translation>
    </message>
    <message>
        <source>Add files or folders first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сначала добавьте файлы или папки.</translation>
    </message>
    <message>
        <source>Trusted authority</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Доверенный центр</translation>
    </message>
    <message>
        <source>Importing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Идёт импорт</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Импорт не удался</translation>
    </message>
    <message>
        <source>package</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">пакет</translation>
    </message>
    <message>
        <source>signed PDF</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">подписанный PDF</translation>
    </message>
    <message>
        <source>photo (QR code)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">фото (QR-код)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">не читается</translation>
    </message>
    <message>
        <source>unsigned copy (not official)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">неподписанная копия (не официальная)</translation>
    </message>
    <message>
        <source>This copy is not official (unsigned, or an observer's): it differs from the official protocol as shown. It was kept, and it changes nothing.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Эта копия не официальная (не подписана или копия наблюдателя): она отличается от официального протокола, как показано. Она сохранена и ничего не меняет.</translation>
    </message>
    <message>
        <source>summary protocol (compared)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">сводный протокол (сверен)</translation>
    </message>
    <message>
        <source>Reason and details for the chosen file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Причина и подробности по выбранному файлу</translation>
    </message>
    <message>
        <source>Checking who may import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Проверяется, кто может импортировать</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) differ from the official one — open to compare</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n протокол отличается от официального — откройте для сравнения</numerusform><numerusform>%n протокола отличаются от официального — откройте для сравнения</numerusform><numerusform>%n протоколов отличаются от официального — откройте для сравнения</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) in conflict with stored protocols — open to compare</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n протокол в конфликте с сохранённым — откройте для сравнения</numerusform><numerusform>%n протокола в конфликте с сохранёнными — откройте для сравнения</numerusform><numerusform>%n протоколов в конфликте с сохранёнными — откройте для сравнения</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): {0} accepted, {1} duplicate, {2} with conflicts, {3} rejected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n файл: принято {0}, повторов {1}, с конфликтами {2}, отклонено {3}</numerusform><numerusform>%n файла: принято {0}, повторов {1}, с конфликтами {2}, отклонено {3}</numerusform><numerusform>%n файлов: принято {0}, повторов {1}, с конфликтами {2}, отклонено {3}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Summary differs from the recomputed sum in %n line(s):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Сводный протокол отличается от пересчитанной суммы в %n строке:</numerusform><numerusform>Сводный протокол отличается от пересчитанной суммы в %n строках:</numerusform><numerusform>Сводный протокол отличается от пересчитанной суммы в %n строках:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more (all of them in the details below)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>и ещё %n строка (все — в подробностях ниже)</numerusform><numerusform>и ещё %n строки (все — в подробностях ниже)</numerusform><numerusform>и ещё %n строк (все — в подробностях ниже)</numerusform></translation>
    </message>
    <message>
        <source>blue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">синий</translation>
    </message>
    <message>
        <source>green</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">зелёный</translation>
    </message>
    <message>
        <source>{0}, {1} ballot, line {2} — {3}: {4} in the summary, {5} in the sum of the accepted protocols</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}, {1} бюллетень, строка {2} — {3}: в сводном протоколе {4}, в сумме принятых протоколов {5}</translation>
    </message>
    <message>
        <source>{0}, {1} ballot, {2}: {3} in the summary, {4} in the sum of the accepted protocols</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}, {1} бюллетень, {2}: в сводном протоколе {3}, в сумме принятых протоколов {4}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>tallyapp — {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">tallyapp — {0}</translation>
    </message>
    <message>
        <source>Find a precinct by number or name (Ctrl+F)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Найти участок по номеру или названию (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a precinct</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Найти участок</translation>
    </message>
    <message>
        <source>Commissions and precincts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссии и участки</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссии</translation>
    </message>
    <message>
        <source>Checks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Проверки</translation>
    </message>
    <message>
        <source>Choose a precinct in the tree, or find it with Ctrl+F.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Выберите участок в дереве или найдите его по Ctrl+F.</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Протоколы</translation>
    </message>
    <message>
        <source>Counting completeness…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Подсчёт полноты…</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Полнота</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Протокол</translation>
    </message>
    <message>
        <source>&amp;Find precinct</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Найти участок</translation>
    </message>
    <message>
        <source>&amp;Blue protocol (party list)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Синий протокол (партийный список)</translation>
    </message>
    <message>
        <source>&amp;Green protocol (district)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Зелёный протокол (округ)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Со&amp;хранить</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Утвердить…</translation>
    </message>
    <message>
        <source>&amp;Correct (repeated protocol)…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Исправить (повторный протокол)…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ис&amp;тория</translation>
    </message>
    <message>
        <source>&amp;Print / PDF of the protocol…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Печать / P&amp;DF протокола…</translation>
    </message>
    <message>
        <source>Summary protocol of the selected &amp;commission…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сводный протокол выбранной &amp;комиссии…</translation>
    </message>
    <message>
        <source>&amp;Import protocols from lower commissions…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">И&amp;мпорт протоколов нижестоящих комиссий…</translation>
    </message>
    <message>
        <source>Results of the selected commission…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Результаты выбранной комиссии…</translation>
    </message>
    <message>
        <source>&amp;Double entry (blind)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Двойной ввод (вслепую)</translation>
    </message>
    <message>
        <source>&amp;Refresh statuses</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Обно&amp;вить состояния</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Настройки</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>As the system</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Как в системе</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Язык интерфейса</translation>
    </message>
    <message>
        <source>The new language is used from the next start of tallyapp.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Новый язык будет использован при следующем запуске tallyapp.</translation>
    </message>
    <message>
        <source>No precinct matches “{0}”</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Нет участка по запросу «{0}»</translation>
    </message>
    <message>
        <source>Blue — party list</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Синий — партийный список</translation>
    </message>
    <message>
        <source>Green — district No. {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Зелёный — округ №{0}</translation>
    </message>
    <message>
        <source>abroad — blue ballot only</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">за рубежом — только синий бюллетень</translation>
    </message>
    <message>
        <source>district No. {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">округ №{0}</translation>
    </message>
    <message>
        <source>Precinct No. {0} — {1} · {2} · {3}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок №{0} — {1} · {2} · {3}</translation>
    </message>
    <message>
        <source>Reading protocol states</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Чтение состояний протоколов</translation>
    </message>
    <message>
        <source>Blue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Синий</translation>
    </message>
    <message>
        <source>Green</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Зелёный</translation>
    </message>
    <message>
        <source>{0}: {1} expected · {2} received · {3} accepted · {4} missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: ожидается {1} · получено {2} · принято {3} · отсутствует {4}</translation>
    </message>
    <message>
        <source>Counting completeness</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Подсчёт полноты</translation>
    </message>
    <message>
        <source>summary protocol of {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">сводный протокол {0}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Что-то пошло не так</translation>
    </message>
    <message>
        <source>The record's audit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Аудит записи</translation>
    </message>
    <message>
        <source>Auditing the record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Проверка записи</translation>
    </message>
    <message>
        <source>The record was tampered with</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Запись нарушена</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кто работает</translation>
    </message>
    <message>
        <source>Nobody signed in: reading only</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Никто не вошёл: только чтение</translation>
    </message>
    <message>
        <source>{0} ({1}), {2}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} ({1}), {2}</translation>
    </message>
    <message>
        <source>&amp;Accept the protocol (commission above)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Принять протокол (вышестоящая комиссия)</translation>
    </message>
    <message>
        <source>Re&amp;ject the protocol, with a reason…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Отклонить протокол с указанием причины…</translation>
    </message>
    <message>
        <source>Precinct No. {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок №{0}</translation>
    </message>
    <message>
        <source>&amp;Members and PINs of my commission…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Члены комиссии и PIN-коды…</translation>
    </message>
    <message>
        <source>What is still &amp;missing for my commission…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Чего ещё не хватает моей комиссии…</translation>
    </message>
    <message>
        <source>&amp;Election setup…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Настройка выборов…</translation>
    </message>
    <message>
        <source>Menus</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Меню</translation>
    </message>
    <message>
        <source>Fi&amp;nalise…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Утвердить…</translation>
    </message>
    <message>
        <source>Summary protocol of the selected c&amp;ommission…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сводный протокол выбранной &amp;комиссии…</translation>
    </message>
    <message>
        <source>Resul&amp;ts of the selected commission…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Результаты выбранной комиссии…</translation>
    </message>
    <message>
        <source>Risk-limiting a&amp;udit of the seats and district winners…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Аудит мандатов и победителей по округам с ограничением риска…</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The record was tampered with: %n broken link(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>⚠ Запись нарушена: разорванных звеньев — %n</numerusform><numerusform>⚠ Запись нарушена: разорванных звеньев — %n</numerusform><numerusform>⚠ Запись нарушена: разорванных звеньев — %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The audit found %n broken link(s) in the record of protocols. Figures whose record is broken are not signed or exported. Run `tallyapp audit` for the full list.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Аудит нашёл в записи протоколов разорванных звеньев: %n. Цифры с нарушенной записью не подписываются и не экспортируются. Полный список: `tallyapp audit`.</numerusform><numerusform>Аудит нашёл в записи протоколов разорванных звеньев: %n. Цифры с нарушенной записью не подписываются и не экспортируются. Полный список: `tallyapp audit`.</numerusform><numerusform>Аудит нашёл в записи протоколов разорванных звеньев: %n. Цифры с нарушенной записью не подписываются и не экспортируются. Полный список: `tallyapp audit`.</numerusform></translation>
    </message>
    <message>
        <source>Opened for reading</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Открыта для чтения</translation>
    </message>
    <message>
        <source>The database {0}: {1}. Results, checks, history and printing work; nothing can be saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">База данных {0}: {1}. Результаты, проверки, история и печать работают; сохранить ничего нельзя.</translation>
    </message>
    <message>
        <source>Full name of the commission</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Полное название комиссии</translation>
    </message>
    <message numerus="yes">
        <source>Precinct {0} ({1} of %n match(es))</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Участок {0} ({1} из %n совпадения)</numerusform><numerusform>Участок {0} ({1} из %n совпадений)</numerusform><numerusform>Участок {0} ({1} из %n совпадений)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} of %Ln expected accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>{0}: принято {1} из %Ln ожидаемого</numerusform><numerusform>{0}: принято {1} из %Ln ожидаемых</numerusform><numerusform>{0}: принято {1} из %Ln ожидаемых</numerusform></translation>
    </message>
    <message>
        <source>{0}: {1}/{2} accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: принято {1}/{2}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Предпросмотр: {0}</translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Страница {0}</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save &amp;digitally signed PDF…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сохранить по&amp;дписанный PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Печать…</translation>
    </message>
    <message>
        <source>The commission's key</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ключ комиссии</translation>
    </message>
    <message>
        <source>PKCS#12 keys (*.p12 *.pfx)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ключи PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Пароль ключа</translation>
    </message>
    <message>
        <source>Passphrase of {0}:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Пароль {0}:</translation>
    </message>
    <message>
        <source>Cannot sign</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Невозможно подписать</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сохранить PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сохранено</translation>
    </message>
    <message>
        <source>Saved, digitally signed: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сохранено с цифровой подписью: {0}</translation>
    </message>
    <message>
        <source>Saved (not signed): {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сохранено (без подписи): {0}</translation>
    </message>
    <message>
        <source>Sign with a &amp;token…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Токеном подписать…</translation>
    </message>
    <message>
        <source>The token's PKCS#11 module</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Модуль PKCS#11 токена</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.dll *.dylib)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Модули PKCS#11 (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN-код токена</translation>
    </message>
    <message>
        <source>PIN of the token reached through {0}:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN-код токена, подключённого через {0}:</translation>
    </message>
</context>
<context>
    <name>ProtocolEditor</name>
    <message>
        <source>Protocol state</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Состояние протокола</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the figures as a new version (Ctrl+S)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сохранить числа как новую версию (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Утвердить…</translation>
    </message>
    <message>
        <source>Check, sign and finalise (Ctrl+Return)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Проверить, подписать и утвердить (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Исправить…</translation>
    </message>
    <message>
        <source>Correct a finalised protocol with a repeated protocol (Ctrl+R)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Исправить утверждённый протокол повторным протоколом (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ис&amp;тория</translation>
    </message>
    <message>
        <source>Every version and its differences (Ctrl+Shift+H)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Все версии и их различия (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Print / PDF…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Печать / PDF…</translation>
    </message>
    <message>
        <source>Preview the printed protocol; save it as a (signed) PDF or print it (Ctrl+P)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Предпросмотр печатного протокола; сохранить как (подписанный) PDF или напечатать (Ctrl+P)</translation>
    </message>
    <message>
        <source>Start s&amp;econd entry</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Начать &amp;второй ввод</translation>
    </message>
    <message>
        <source>Double entry: key the figures again, blind (Ctrl+Shift+D switches double entry on)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Двойной ввод: ввести числа ещё раз вслепую (Ctrl+Shift+D включает двойной ввод)</translation>
    </message>
    <message>
        <source>blue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">синий</translation>
    </message>
    <message>
        <source>green</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">зелёный</translation>
    </message>
    <message>
        <source>Precinct {0}, {1} — state: {2}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок {0}, {1} — состояние: {2}</translation>
    </message>
    <message>
        <source> · version {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"> · версия {0}</translation>
    </message>
    <message>
        <source> (repeated: {0})</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"> (повторный: {0})</translation>
    </message>
    <message>
        <source> · unsaved figures restored from {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"> · несохранённые числа восстановлены на {0}</translation>
    </message>
    <message>
        <source> · CORRECTING — reason: {0}. Save to store the repeated protocol.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"> · ИСПРАВЛЕНИЕ — причина: {0}. Сохраните, чтобы записать повторный протокол.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Невозможно сохранить</translation>
    </message>
    <message>
        <source>Saved elsewhere first</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Уже сохранено в другом месте</translation>
    </message>
    <message>
        <source>The two entries differ</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Два ввода различаются</translation>
    </message>
    <message>
        <source>line {0} ({1}): {2} and {3}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">строка {0} ({1}): {2} и {3}</translation>
    </message>
    <message>
        <source>Correct the protocol</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Исправить протокол</translation>
    </message>
    <message>
        <source>A repeated protocol replaces this one; the finalised version is kept.
Reason for the correction:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Повторный протокол заменяет этот; утверждённая версия сохраняется.
Причина исправления:</translation>
    </message>
    <message>
        <source>Cannot correct</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Невозможно исправить</translation>
    </message>
    <message>
        <source>the reason is required</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">причина обязательна</translation>
    </message>
    <message>
        <source>precinct {0}, {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">участок {0}, {1}</translation>
    </message>
    <message>
        <source>&amp;Compare entries</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Срав&amp;нить вводы</translation>
    </message>
    <message>
        <source>The figures being typed were not kept</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Вводимые цифры не сохранены</translation>
    </message>
    <message>
        <source> · read only: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"> · только чтение: {0}</translation>
    </message>
    <message>
        <source>Reject the protocol</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Отклонить протокол</translation>
    </message>
    <message>
        <source>Why is it rejected? The commission below reads this reason:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Почему протокол отклонён? Нижестоящая комиссия прочтёт эту причину:</translation>
    </message>
    <message>
        <source>Cannot accept</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Нельзя принять</translation>
    </message>
    <message>
        <source>Cannot reject</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Нельзя отклонить</translation>
    </message>
    <message>
        <source>line {0} ({1}) is empty</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">строка {0} ({1}) не заполнена</translation>
    </message>
    <message>
        <source>Cannot finalise</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Нельзя подписать</translation>
    </message>
    <message>
        <source>Cannot finalise yet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Пока нельзя подписать</translation>
    </message>
    <message>
        <source>Precinct {0}: version {1} is finalised and signed by the members present. Print it for their signatures (Ctrl+P).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок {0}: версия {1} подписана присутствующими членами комиссии. Распечатайте её для подписей (Ctrl+P).</translation>
    </message>
    <message>
        <source>Precinct {0}: accepted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок {0}: принят.</translation>
    </message>
    <message>
        <source>Precinct {0}: rejected.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок {0}: отклонён.</translation>
    </message>
    <message>
        <source>draft</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">черновик</translation>
    </message>
    <message>
        <source>checked</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">проверен</translation>
    </message>
    <message>
        <source>transmitted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">передан</translation>
    </message>
    <message>
        <source>accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">принят</translation>
    </message>
    <message>
        <source>rejected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">отклонён</translation>
    </message>
    <message>
        <source>not entered yet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ещё не введён</translation>
    </message>
    <message>
        <source>finalised (signed)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">подписан</translation>
    </message>
    <message>
        <source>Precinct {0}: version {1} is finalised. Next: print it (Ctrl+P) for the signatures of the members present, a copy for the territorial commission and one for the precinct's file, then transmit it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок {0}: версия {1} утверждена. Далее: напечатайте её (Ctrl+P) для подписей присутствующих членов, экземпляр для территориальной комиссии и экземпляр в дело участка, затем передайте её.</translation>
    </message>
    <message>
        <source>The reason is required: the record keeps it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Причина обязательна: она сохраняется в записи.</translation>
    </message>
    <message>
        <source>Figure not entered</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Число не введено</translation>
    </message>
    <message>
        <source>double entry: a second member keys the paper again and the two entries are compared before the protocol is finalised</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">двойной ввод: до подписания протокола второй член комиссии вводит бумажный протокол ещё раз, и оба ввода сравниваются</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">(пусто)</translation>
    </message>
    <message>
        <source>Double entry stays on: the second entry of this protocol has begun. Compare the entries and finalise.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Двойной ввод остаётся включённым: второй ввод этого протокола начат. Сравните вводы и подпишите протокол.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Сохранить</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Исправить…</translation>
    </message>
    <message>
        <source>Print / P&amp;DF…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Печать / P&amp;DF…</translation>
    </message>
    <message>
        <source>Co&amp;mpare entries</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">С&amp;равнить вводы</translation>
    </message>
</context>
<context>
    <name>ProtocolTableModel</name>
    <message>
        <source>No.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">№</translation>
    </message>
    <message>
        <source>Line</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Строка</translation>
    </message>
    <message>
        <source>Figure</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Число</translation>
    </message>
    <message>
        <source>Checks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Проверки</translation>
    </message>
    <message>
        <source>Second entry</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Второй ввод</translation>
    </message>
    <message>
        <source>≠ entries differ</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">≠ вводы различаются</translation>
    </message>
    <message>
        <source>The two entries differ: {0} and {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Два ввода различаются: {0} и {1}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">(пусто)</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Results</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Результаты</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Подсчёт…</translation>
    </message>
    <message>
        <source>Counting the results</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Подсчёт результатов</translation>
    </message>
    <message>
        <source>The results could not be computed: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Не удалось подсчитать результаты: {0}</translation>
    </message>
    <message>
        <source>{0} — turnout {1:.2f}% · against all {2:,} · invalid {3:,} · protocols: {4} of {5} accepted, {6} missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} — явка {1:.2f}% · против всех {2:,} · недействительных {3:,} · протоколы: принято {4} из {5}, отсутствует {6}</translation>
    </message>
    <message>
        <source>Party list</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Партийный список</translation>
    </message>
    <message>
        <source>Districts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Округа</translation>
    </message>
    <message>
        <source>Commissions below</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Нижестоящие комиссии</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Полнота</translation>
    </message>
    <message>
        <source>Anomalies ({0})</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Аномалии ({0})</translation>
    </message>
    <message>
        <source>Against all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Против всех</translation>
    </message>
    <message>
        <source>Party</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Голоса</translation>
    </message>
    <message>
        <source>%</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">%</translation>
    </message>
    <message>
        <source>Seats</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мандаты</translation>
    </message>
    <message>
        <source>Party-list results</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Результаты по партийным спискам</translation>
    </message>
    <message>
        <source>Party shares, % (line: the {0:g}% threshold)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Доли партий, % (линия: барьер {0:g}%)</translation>
    </message>
    <message>
        <source>Share</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Доля</translation>
    </message>
    <message>
        <source>threshold</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">барьер</translation>
    </message>
    <message>
        <source>Seats ({0})</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мандаты ({0})</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">№</translation>
    </message>
    <message>
        <source>Elected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Избран</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Второе место</translation>
    </message>
    <message>
        <source>Margin</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Разрыв</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Результат</translation>
    </message>
    <message>
        <source>District winners</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Победители в округах</translation>
    </message>
    <message>
        <source>Commission</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участки</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Принято</translation>
    </message>
    <message>
        <source>Turnout %</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Явка %</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Недействительные</translation>
    </message>
    <message>
        <source>Turnout by commission, %</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Явка по комиссиям, %</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Явка</translation>
    </message>
    <message>
        <source>Reporting progress: accepted, received, missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ход поступления: принято, получено, отсутствует</translation>
    </message>
    <message>
        <source>accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">принят</translation>
    </message>
    <message>
        <source>received, not accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">получено, не принято</translation>
    </message>
    <message>
        <source>missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">отсутствует</translation>
    </message>
    <message>
        <source>Missing precincts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участки без протокола</translation>
    </message>
    <message>
        <source>Missing precincts ({0}) — Enter opens one</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участки без протокола ({0}) — Enter открывает</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Находки</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ничего не найдено.</translation>
    </message>
    <message>
        <source>Precincts behind the finding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участки, к которым относится находка</translation>
    </message>
    <message>
        <source>Informational: a finding never changes a result. It points at the precincts to look at; Enter on a precinct opens it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Для сведения: находка никогда не меняет результат. Она указывает участки, на которые стоит посмотреть; Enter на участке открывает его.</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Избирательный участок</translation>
    </message>
    <message>
        <source>Enter opens the results of the selected row</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Enter открывает результаты выбранной строки</translation>
    </message>
    <message>
        <source>turnout {0}%</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">явка {0}%</translation>
    </message>
    <message>
        <source>against all {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">против всех {0}</translation>
    </message>
    <message>
        <source>invalid {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">недействительных {0}</translation>
    </message>
    <message>
        <source>protocols: {0} of {1} accepted, {2} missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">протоколы: принято {0} из {1}, нет {2}</translation>
    </message>
    <message>
        <source>Party shares, % of the votes counted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Доли партий, % от учтённых голосов</translation>
    </message>
    <message>
        <source>(line: the {0}% threshold)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">(линия: барьер {0}%)</translation>
    </message>
    <message>
        <source>threshold {0}%</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">барьер {0}%</translation>
    </message>
    <message>
        <source>Reporting progress, % of the protocols expected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Поступление протоколов, % от ожидаемых</translation>
    </message>
    <message>
        <source>{0}% accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">принято {0}%</translation>
    </message>
    <message>
        <source>Check</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Проверка</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Находка</translation>
    </message>
    <message>
        <source>Choose a finding.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Выберите находку.</translation>
    </message>
    <message>
        <source>elected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">избран</translation>
    </message>
    <message>
        <source>tie: the commission draws lots</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">равенство: комиссия бросает жребий</translation>
    </message>
    <message>
        <source>against all leads</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">против всех впереди</translation>
    </message>
    <message>
        <source>no votes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">голосов нет</translation>
    </message>
    <message>
        <source>declared invalid: repeat voting</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">признано недействительным: повторное голосование</translation>
    </message>
    <message>
        <source>The findings are computed when this tab is opened.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Находки вычисляются при открытии этой вкладки.</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Аномалии</translation>
    </message>
    <message>
        <source>Looking for anomalies</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Поиск аномалий</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Finalise and sign the protocol</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Утвердить и подписать протокол</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ф. И. О.</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Должность</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Присутствует</translation>
    </message>
    <message>
        <source>Commission members</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Члены комиссии</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Доб&amp;авить члена</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">У&amp;далить члена</translation>
    </message>
    <message>
        <source>Dissenting opinions</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Особые мнения</translation>
    </message>
    <message>
        <source>One per line: member's name: opinion</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">По одному в строке: имя члена: мнение</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Утвердить</translation>
    </message>
    <message>
        <source>Mark who is present; every member present signs the printed protocol.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Отметьте присутствующих; каждый присутствующий член подписывает печатный протокол.</translation>
    </message>
    <message>
        <source>Dissenting opinions:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Особые мнения:</translation>
    </message>
    <message>
        <source>Member name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ф. И. О. члена</translation>
    </message>
    <message>
        <source>Member role</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Должность члена</translation>
    </message>
    <message>
        <source>present</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">присутствует</translation>
    </message>
    <message>
        <source>Present at signing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Присутствует при подписании</translation>
    </message>
    <message>
        <source>Finalise the protocol</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Утверждение протокола</translation>
    </message>
    <message>
        <source>The figures being finalised</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Утверждаемые цифры</translation>
    </message>
    <message>
        <source>The figures being finalised:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Утверждаемые цифры:</translation>
    </message>
    <message>
        <source>Fingerprint of this version: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Отпечаток этой версии: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mark who is present; the members present sign the printed copies. A digital signature is added with the signer's key when the PDF is saved (Ctrl+P).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Отметьте присутствующих; присутствующие члены подписывают напечатанные экземпляры. Электронная подпись ставится ключом подписывающего при сохранении PDF (Ctrl+P).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Opening the database</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Открытие базы данных</translation>
    </message>
    <message>
        <source>Reading the roster</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Чтение состава комиссии</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Вход</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кто работает</translation>
    </message>
    <message>
        <source>Commission</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия</translation>
    </message>
    <message>
        <source>e.g. ABAI-03, or a precinct number: 101</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">например, ABAI-03 или номер участка: 101</translation>
    </message>
    <message>
        <source>Member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Член комиссии</translation>
    </message>
    <message>
        <source>PIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>&amp;Commission:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Комиссия:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Член комиссии:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Observe (read only)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Наблюдать (только чтение)</translation>
    </message>
    <message>
        <source>Sign in as a member of your commission. What you key, finalise, accept or reject is recorded in your name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Войдите как член своей комиссии. Всё, что вы вводите, подписываете, принимаете или отклоняете, записывается на ваше имя.</translation>
    </message>
    <message>
        <source>Demo data: every member's PIN is {0}. Try ABAI-03 (a territorial commission) or 101 (a precinct).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Демо-данные: PIN каждого члена комиссии — {0}. Попробуйте ABAI-03 (территориальная комиссия) или 101 (участок).</translation>
    </message>
    <message>
        <source>{0}: no such commission, or no roster</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: такой комиссии нет или её состав не внесён</translation>
    </message>
    <message>
        <source>Observer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Наблюдатель</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Choose your commission and your name first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сначала выберите комиссию и свою фамилию.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>&amp;Continue as this member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Продолжить как этот член комиссии</translation>
    </message>
    <message>
        <source>C&amp;ommission:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Комиссия:</translation>
    </message>
    <message>
        <source>Choose a member in the list first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сначала выберите члена комиссии в списке.</translation>
    </message>
    <message>
        <source>Commission</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия</translation>
    </message>
    <message>
        <source>First members and PINs</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Первые члены комиссий и PIN-коды</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Выйти</translation>
    </message>
    <message>
        <source>Reading the roster</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Чтение состава комиссии</translation>
    </message>
    <message>
        <source>Saving the roster</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сохранение состава комиссии</translation>
    </message>
    <message>
        <source>Setting the PIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Установка PIN</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Вход</translation>
    </message>
    <message>
        <source>You set up this database: until a member signs in, you are its administrator, and the audit log records what you do. Choose a commission, check its members (add one if the list is empty and save), give a member a PIN, then continue as that member.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Эту базу создали вы: пока не вошёл член комиссии, вы её администратор, и журнал аудита записывает ваши действия. Выберите комиссию, проверьте её состав (если список пуст, добавьте члена и сохраните), задайте члену PIN и продолжите как этот член комиссии.</translation>
    </message>
    <message>
        <source>e.g. CEC, ABAI-03, or a precinct number: 101</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">напр. CEC, ABAI-03 или номер участка: 101</translation>
    </message>
    <message>
        <source>{0}: nobody on the roster yet; add the members and save.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: в составе пока никого; добавьте членов и сохраните.</translation>
    </message>
    <message>
        <source>Members of {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: члены комиссии</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ИИН</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Роль</translation>
    </message>
    <message>
        <source>Commission members</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Члены комиссии</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Добавить члена</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Удалить члена</translation>
    </message>
    <message>
        <source>Set &amp;PIN of the selected member…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Задать &amp;PIN выбранного члена…</translation>
    </message>
    <message>
        <source>&amp;Save the roster</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Сохранить состав</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Закрыть</translation>
    </message>
    <message>
        <source>One roster per commission: the chair, the deputy and the secretary sign; every member keys. The IIN is the one on the member's signing key.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Один состав на комиссию: подписывают председатель, заместитель и секретарь; вводит любой член. ИИН — тот, что в ключе подписи члена комиссии.</translation>
    </message>
    <message>
        <source>Member name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ФИО члена комиссии</translation>
    </message>
    <message>
        <source>Member role</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Роль члена комиссии</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сохранено.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Новый PIN</translation>
    </message>
    <message>
        <source>New PIN (at least 4 digits):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Новый PIN (не менее 4 цифр):</translation>
    </message>
    <message>
        <source>PIN set.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN задан.</translation>
    </message>
    <message>
        <source>C&amp;hange member…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Заменить члена…</translation>
    </message>
    <message>
        <source>Replacing the member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Замена члена комиссии</translation>
    </message>
    <message>
        <source>{0} replaced by {1}. Set the new member's PIN.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Замена записана: {0} → {1}. Задайте PIN нового члена комиссии.</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <source>blue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">синий</translation>
    </message>
    <message>
        <source>green</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">зелёный</translation>
    </message>
    <message>
        <source>Still missing: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ещё нет: {0}</translation>
    </message>
    <message>
        <source>Protocols not accepted yet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ещё не принятые протоколы</translation>
    </message>
    <message>
        <source>No. {0}, {1}: {2}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">№{0}, {1}: {2}</translation>
    </message>
    <message>
        <source>Nothing is missing: every protocol is accepted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Всё на месте: все протоколы приняты.</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) not accepted yet.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Не принят %n протокол.</numerusform><numerusform>Не приняты %n протокола.</numerusform><numerusform>Не принято %n протоколов.</numerusform></translation>
    </message>
</context>
<context>
    <name>ElectionSetupDialog</name>
    <message>
        <source>Cancelled: nothing was created.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Отменено: ничего не создано.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Создание базы данных</translation>
    </message>
    <message>
        <source>Creating the database and the national demo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Создание базы данных и национального демо</translation>
    </message>
    <message>
        <source>Loading the files</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Загрузка файлов</translation>
    </message>
    <message>
        <source>Election setup</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Настройка выборов</translation>
    </message>
    <message>
        <source>Election</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Выборы</translation>
    </message>
    <message>
        <source>&amp;Register of polling stations:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Реестр избирательных участков:</translation>
    </message>
    <message>
        <source>Commission &amp;members:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Члены комиссий:</translation>
    </message>
    <message>
        <source>District &amp;candidates:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Кандидаты по округам:</translation>
    </message>
    <message>
        <source>Load the national &amp;demo data (fake figures, marked DEMO)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Загрузить национальные &amp;демо-данные (вымышленные цифры, с пометкой DEMO)</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Выборы:</translation>
    </message>
    <message>
        <source>set up when the database was created</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">задан при создании базы данных</translation>
    </message>
    <message>
        <source>A new database at {0}.
With a register file it holds exactly the register's commissions and precincts; without one, a synthetic register for practice.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Новая база данных: {0}.
С файлом реестра в ней ровно комиссии и участки реестра; без него — синтетический реестр для тренировки.</translation>
    </message>
    <message>
        <source>Load the commission members and the district candidates from files.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Загрузите членов комиссий и кандидатов по округам из файлов.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Проблемы</translation>
    </message>
    <message>
        <source>Create the data&amp;base</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Создать базу данных</translation>
    </message>
    <message>
        <source>&amp;Load the files</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Загрузить файлы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">нет</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Обзор…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Выберите файл</translation>
    </message>
    <message>
        <source>Re&amp;hearsal on the NCA's test keys (every document marked REHEARSAL)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ре&amp;петиция на тестовых ключах НУЦ (каждый документ помечен REHEARSAL)</translation>
    </message>
    <message>
        <source>Signed setup, CSV, XLSX (*.json *.csv *.xlsx)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Подписанная настройка, CSV, XLSX (*.json *.csv *.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Trusted authority:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Доверенный &amp;центр:</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сертификаты (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>for a signed setup; none: the test authority</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">для подписанной настройки; если нет: тестовый центр</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) {0} stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Сохранён %n член {0}.</numerusform><numerusform>Сохранены %n члена {0}.</numerusform><numerusform>Сохранено %n членов {0}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>of %n commission(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n комиссии</numerusform><numerusform>%n комиссий</numerusform><numerusform>%n комиссий</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) {0} stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Сохранён %n кандидат {0}.</numerusform><numerusform>Сохранены %n кандидата {0}.</numerusform><numerusform>Сохранено %n кандидатов {0}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n district(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>в %n округе</numerusform><numerusform>в %n округах</numerusform><numerusform>в %n округах</numerusform></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>&amp;Again:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>&amp;New PIN (at least 4 digits):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Новый PIN (не менее 4 цифр):</translation>
    </message>
    <message>
        <source>&amp;Set the PIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Установить PIN</translation>
    </message>
    <message>
        <source>A PIN is at least 4 digits, digits only.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN — не менее 4 цифр, только цифры.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Новый PIN</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN ещё раз</translation>
    </message>
    <message>
        <source>The PIN of {0}. It is stored as a hash and never shown.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN-код: {0}. Хранится как хэш и никогда не показывается.</translation>
    </message>
    <message>
        <source>The two PINs differ: type it again.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN-коды не совпадают: введите ещё раз.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>A new database for {0} at {1}.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Новая база данных для {0}: {1}.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Продолжить</translation>
    </message>
    <message>
        <source>The new database: {0}
Election: {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Новая база данных: {0}
Выборы: {1}</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Открытие базы данных</translation>
    </message>
    <message>
        <source>The database is ready</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">База данных готова</translation>
    </message>
    <message>
        <source>You are signed in as {0}, the chair of commission {1}. Your PIN is {2}: every demo member has it, for practice only.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Вы вошли как {0}, председатель комиссии «{1}». Ваш PIN — {2}: он у всех членов демо, только для упражнений.</translation>
    </message>
    <message>
        <source>You are this database's administrator for the setup (the audit log says so). Next: give a member a PIN, then you continue as that member.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">На время настройки вы администратор этой базы (это записано в журнале аудита). Дальше: задайте члену комиссии PIN, и вы продолжите как этот член комиссии.</translation>
    </message>
    <message>
        <source>tallyapp</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">tallyapp</translation>
    </message>
    <message>
        <source>A rehearsal on the NCA's test keys: every document it makes says REHEARSAL, and a production database refuses them.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Репетиция на тестовых ключах НУЦ: на каждом её документе написано REHEARSAL, а рабочая база данных их не принимает.</translation>
    </message>
    <message numerus="yes">
        <source>%n commission(s) and {0} of the practice register (synthetic).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n комиссия и {0} учебного реестра (синтетического).</numerusform><numerusform>%n комиссии и {0} учебного реестра (синтетического).</numerusform><numerusform>%n комиссий и {0} учебного реестра (синтетического).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n commission(s) and {0} from the register file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n комиссия и {0} из файла реестра.</numerusform><numerusform>%n комиссии и {0} из файла реестра.</numerusform><numerusform>%n комиссий и {0} из файла реестра.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n участок</numerusform><numerusform>%n участка</numerusform><numerusform>%n участков</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n commission member(s) from the members file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n член комиссии из файла членов.</numerusform><numerusform>%n члена комиссий из файла членов.</numerusform><numerusform>%n членов комиссий из файла членов.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) from the candidates file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n кандидат из файла кандидатов.</numerusform><numerusform>%n кандидата из файла кандидатов.</numerusform><numerusform>%n кандидатов из файла кандидатов.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The national demo: %n protocol(s), all accepted (fake figures, marked DEMO).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Национальное демо: %n протокол, принят (ненастоящие цифры, с пометкой DEMO).</numerusform><numerusform>Национальное демо: %n протокола, все приняты (ненастоящие цифры, с пометкой DEMO).</numerusform><numerusform>Национальное демо: %n протоколов, все приняты (ненастоящие цифры, с пометкой DEMO).</numerusform></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Отмена</translation>
    </message>
</context>
<context>
    <name>FigureValidator</name>
    <message>
        <source>Only digits can be keyed: “{0}” was not entered.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Вводятся только цифры: «{0}» не введено.</translation>
    </message>
    <message>
        <source>No line can hold more than {0}: “{1}” was not entered.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ни одна строка не может содержать больше {0}: «{1}» не введено.</translation>
    </message>
</context>
<context>
    <name>SecondKeyerDialog</name>
    <message>
        <source>Second entry: who keys it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Второй ввод: кто вводит</translation>
    </message>
    <message>
        <source>Member keying the second entry</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Член комиссии, выполняющий второй ввод</translation>
    </message>
    <message>
        <source>Another member keys the paper again, without seeing the first entry. The record keeps both names. {0} keyed the first entry.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Другой член комиссии вводит бумажный протокол ещё раз, не видя первого ввода. В записи сохраняются оба имени. Первый ввод: {0}.</translation>
    </message>
    <message>
        <source>&amp;Start the second entry</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Начать второй ввод</translation>
    </message>
    <message>
        <source>Nobody else is on the commission's roster to key the second entry.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">В составе комиссии нет другого члена для второго ввода.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Член комиссии:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;PIN:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Отмена</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>OK</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Отмена</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Папка</translation>
    </message>
    <message>
        <source>Drive</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Файл</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Figures kept from the last time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Цифры, сохранённые в прошлый раз</translation>
    </message>
    <message>
        <source>Last time the database could not store these figures. They were kept in the file {0}:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">В прошлый раз база данных не смогла сохранить эти цифры. Они сохранены в файле {0}:</translation>
    </message>
    <message>
        <source>Figures kept</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сохранённые цифры</translation>
    </message>
    <message>
        <source>Restore them as drafts: each protocol's latest figures are saved as a new version, checked and audited as any save, never over a version stored after them. Or keep the file for later: nothing changes, and the next start asks again.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Восстановить их как черновики: последние цифры каждого протокола сохраняются как новая версия, проверяются и попадают в журнал аудита, как любое сохранение, и никогда не записываются поверх версии, сохранённой после них. Или оставить файл на потом: ничего не меняется, при следующем запуске вопрос повторится.</translation>
    </message>
    <message>
        <source>&amp;Restore as drafts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Восстановить как черновики</translation>
    </message>
    <message>
        <source>&amp;Keep the file for later</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Оставить файл на потом</translation>
    </message>
    <message>
        <source>blue ballot (party list)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">синий бюллетень (партийный список)</translation>
    </message>
    <message>
        <source>green ballot (district)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">зелёный бюллетень (округ)</translation>
    </message>
    <message>
        <source>Precinct {0}, {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок {0}, {1}</translation>
    </message>
    <message>
        <source>Restoring the kept figures</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Восстановление сохранённых цифр</translation>
    </message>
    <message>
        <source>Set aside (kept, no longer asked about): {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Отложено (хранится, больше не спрашивается): {0}</translation>
    </message>
    <message>
        <source>What was not restored stays in {0}; the next start asks again.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Невосстановленное остаётся в {0}; при следующем запуске вопрос повторится.</translation>
    </message>
    <message>
        <source>The kept figures:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сохранённые цифры:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Продолжить</translation>
    </message>
    <message>
        <source>{0}: restored as draft version {1}.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: восстановлено как черновик, версия {1}.</translation>
    </message>
    <message>
        <source>{0}: restored as repeated protocol version {1}, with its reason.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: восстановлено как повторный протокол с его причиной, версия {1}.</translation>
    </message>
    <message>
        <source>{0}: finalised meanwhile; the figures are back in its sheet, to be saved as a repeated protocol with a reason.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: тем временем утверждён; цифры возвращены в его лист, сохраните их как повторный протокол с причиной.</translation>
    </message>
    <message>
        <source>{0}: version {1} already holds these figures.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: версия {1} уже содержит эти цифры.</translation>
    </message>
    <message>
        <source>{0}: version {1} was stored after them; not restored (set aside).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: после них сохранена версия {1}; не восстановлено (отложено).</translation>
    </message>
    <message>
        <source>{0}: not restored: {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: не восстановлено: {1}</translation>
    </message>
    <message>
        <source>The kept figures could not be restored: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Не удалось восстановить сохранённые цифры: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the file hold no figures (cut short, or edited): set aside when restoring, never deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n строка файла без цифр (оборвана или изменена): при восстановлении откладывается отдельно и не удаляется.</numerusform><numerusform>%n строки файла без цифр (оборваны или изменены): при восстановлении откладываются отдельно и не удаляются.</numerusform><numerusform>%n строк файла без цифр (оборваны или изменены): при восстановлении откладываются отдельно и не удаляются.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n figure(s), kept {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>{0}: цифр — %n, сохранено {1}</numerusform><numerusform>{0}: цифр — %n, сохранено {1}</numerusform><numerusform>{0}: цифр — %n, сохранено {1}</numerusform></translation>
    </message>
</context>
<context>
    <name>ReplaceMemberDialog</name>
    <message>
        <source>Change a member of {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: замена члена комиссии</translation>
    </message>
    <message>
        <source>{0} (IIN {1}) leaves the commission. The member appointed in their place takes their line in the roster; the audit log records both and the decision. Set the new member's PIN afterwards.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} (ИИН {1}) выбывает из состава комиссии. Член, назначенный на его место, занимает его строку в составе; журнал аудита записывает обоих и решение. Затем задайте PIN нового члена.</translation>
    </message>
    <message>
        <source>New member's name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ФИО нового члена</translation>
    </message>
    <message>
        <source>New member's IIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ИИН нового члена</translation>
    </message>
    <message>
        <source>New member's role</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Роль нового члена</translation>
    </message>
    <message>
        <source>Decision</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Решение</translation>
    </message>
    <message>
        <source>e.g. maslikhat decision No. 12, 30.11.2026</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">напр. решение маслихата № 12 от 30.11.2026</translation>
    </message>
    <message>
        <source>New member's &amp;name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;ФИО нового члена:</translation>
    </message>
    <message>
        <source>New member's &amp;IIN:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;ИИН нового члена:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Decision (number and date):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Р&amp;ешение (номер и дата):</translation>
    </message>
    <message>
        <source>Re&amp;place the member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Заменить члена</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Отмена</translation>
    </message>
</context>
<context>
    <name>RlaWindow</name>
    <message>
        <source>Risk-limiting audit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Аудит с ограничением риска</translation>
    </message>
    <message>
        <source>&amp;1 Plan</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;1 План</translation>
    </message>
    <message>
        <source>&amp;2 Seed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;2 Начальное число</translation>
    </message>
    <message>
        <source>&amp;3 Draw</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;3 Выборка</translation>
    </message>
    <message>
        <source>&amp;4 Recount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;4 Пересчёт</translation>
    </message>
    <message>
        <source>&amp;5 Risk</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;5 Риск</translation>
    </message>
    <message>
        <source>Contest</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Голосование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Вид</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кто</translation>
    </message>
    <message>
        <source>Against</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Против кого</translation>
    </message>
    <message>
        <source>Margin, votes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Разрыв, голосов</translation>
    </message>
    <message>
        <source>Ballots to flip</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бюллетеней для смены</translation>
    </message>
    <message>
        <source>Draws</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Выборок</translation>
    </message>
    <message>
        <source>&amp;Freeze the manifest (Ctrl+M)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Зафиксировать манифест (Ctrl+M)</translation>
    </message>
    <message>
        <source>Manifest frozen: sha256 {0}; total weight {1}; U = {2}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Манифест зафиксирован: sha256 {0}; сумма весов {1}; U = {2}</translation>
    </message>
    <message>
        <source>20 digits</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">20 цифр</translation>
    </message>
    <message>
        <source>The same 20 digits again</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Те же 20 цифр ещё раз</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Место</translation>
    </message>
    <message>
        <source>&amp;Record the seed (Ctrl+Return)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Записать число (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Seed: {0}; stream {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Начальное число: {0}; поток {1}</translation>
    </message>
    <message>
        <source>&amp;Draw the next round (Ctrl+D)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Выбрать следующий тур (Ctrl+D)</translation>
    </message>
    <message>
        <source>draws: {0}, precincts: {1}, rounds: {2}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">выборок: {0}, участков: {1}, туров: {2}</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок</translation>
    </message>
    <message>
        <source>TEC</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ТИК</translation>
    </message>
    <message>
        <source>Round</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Тур</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бюллетень</translation>
    </message>
    <message>
        <source>blue (party list)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">синий (партийные списки)</translation>
    </message>
    <message>
        <source>green (district)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">зелёный (округ)</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Открыть (Enter)</translation>
    </message>
    <message>
        <source>Choice</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Выбор</translation>
    </message>
    <message>
        <source>1st keying</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">1-й ввод</translation>
    </message>
    <message>
        <source>2nd keying</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">2-й ввод</translation>
    </message>
    <message>
        <source>Reported</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">По протоколу</translation>
    </message>
    <message>
        <source>Against all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Против всех</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Недействительные</translation>
    </message>
    <message>
        <source>All ballots</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Всего бюллетеней</translation>
    </message>
    <message>
        <source>Bag &amp;missing or seal broken</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мешок отсутствует или пломба &amp;нарушена</translation>
    </message>
    <message>
        <source>&amp;Save the recount (Ctrl+S)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Сохранить пересчёт (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save as the full hand count (Ctrl+Shift+S)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сохранить как полный ручной подсчёт (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Precinct {0}'s full hand count accepted as version {1}; results follow it, the protocol's version {2} stays in the history</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Полный подсчёт участка {0} принят как версия {1}; результаты следуют ему, версия {2} протокола остаётся в истории</translation>
    </message>
    <message>
        <source>The audit is working…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Аудит считает…</translation>
    </message>
    <message>
        <source>The protocol's figures show once both keyings agree</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Цифры протокола показываются, когда оба ввода совпадут</translation>
    </message>
    <message>
        <source>Both keyings agree: compare with the protocol and save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Оба ввода совпадают: сверьте с протоколом и сохраните</translation>
    </message>
    <message>
        <source>Precinct {0} saved: {1} — {2}, P = {3}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Участок {0} сохранён: {1} — {2}, P = {3}</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>P</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">P</translation>
    </message>
    <message>
        <source>Draws used</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Использовано выборок</translation>
    </message>
    <message>
        <source>Next round</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Следующий тур</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">подтверждено</translation>
    </message>
    <message>
        <source>awaiting recounts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ждёт пересчётов</translation>
    </message>
    <message>
        <source>next round</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">следующий тур</translation>
    </message>
    <message>
        <source>full hand count</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">полный ручной пересчёт</translation>
    </message>
    <message>
        <source>Write the &amp;report and bundle (Ctrl+R)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Записать &amp;отчёт и пакет (Ctrl+R)</translation>
    </message>
    <message>
        <source>passes the threshold</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">проходит барьер</translation>
    </message>
    <message>
        <source>fails the threshold</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">не проходит барьер</translation>
    </message>
    <message>
        <source>last seat beats the next seat</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">последний мандат опережает следующий</translation>
    </message>
    <message>
        <source>runner-up beats</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">вторая партия опережает</translation>
    </message>
    <message>
        <source>has more votes than</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">набрал больше голосов</translation>
    </message>
    <message>
        <source>Written: {0}, {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Записано: {0}, {1}</translation>
    </message>
    <message>
        <source>&amp;Public recount schedule, PDF (Ctrl+P)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Открытый &amp;график пересчётов, PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Recount schedule written: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">График пересчётов записан: {0}</translation>
    </message>
    <message numerus="yes">
        <source>The manifest is not frozen yet. Risk limit {0}; first round %n draw(s).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Манифест ещё не зафиксирован. Предел риска {0}; первый тур — %n выборка.</numerusform><numerusform>Манифест ещё не зафиксирован. Предел риска {0}; первый тур — %n выборки.</numerusform><numerusform>Манифест ещё не зафиксирован. Предел риска {0}; первый тур — %n выборок.</numerusform></translation>
    </message>
</context>
</TS>
