<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk">
<context>
    <name />
    <message>
        <source>tallyapp</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">tallyapp</translation>
    </message>
    <message>
        <source>tallyapp — first start</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">tallyapp — алғашқы іске қосу</translation>
    </message>
    <message>
        <source>A new database was created for the 2023 Mäjilis election at
{0}

Load the national demo data (10,223 precincts, official 2023 results)?
Choose No to start with empty protocols.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">2023 жылғы Мәжіліс сайлауы үшін жаңа дерекқор жасалды:
{0}

Ұлттық демо деректерін жүктеу керек пе (10 223 учаске, 2023 жылғы ресми нәтижелер)?
Бос хаттамалармен бастау үшін «Жоқ» таңдаңыз.</translation>
    </message>
    <message>
        <source>Loading the national demo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ұлттық демо жүктелуде</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Summary of the checks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Тексерулер қорытындысы</translation>
    </message>
    <message>
        <source>Control relations and plausibility checks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бақылау қатынастары мен сенімділік тексерулері</translation>
    </message>
    <message>
        <source>Explanations of warnings (required to finalise)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ескертулерге түсініктемелер (бекіту үшін міндетті)</translation>
    </message>
    <message>
        <source>No protocol open.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттама ашылмаған.</translation>
    </message>
    <message>
        <source>✓ All control relations hold.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">✓ Барлық бақылау қатынастары орындалады.</translation>
    </message>
    <message>
        <source>Explanation for {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} үшін түсініктеме</translation>
    </message>
    <message>
        <source>Why this is right, in a sentence</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Неліктен бұл дұрыс, бір сөйлеммен</translation>
    </message>
    <message>
        <source>Second entry: key the paper again from line 1. The first entry and the checks are hidden until you compare.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Екінші енгізу: қағазды 1-жолдан бастап қайта енгізіңіз. Салыстырғанға дейін бірінші енгізу мен тексерулер жасырылады.</translation>
    </message>
    <message>
        <source>Second entry, checked on its own: key the paper again from line 1. The first entry is hidden until you compare.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Екінші енгізу өз алдына тексеріледі: қағазды 1-жолдан бастап қайта енгізіңіз. Бірінші енгізу салыстырғанша жасырын.</translation>
    </message>
    <message numerus="yes">
        <source>○ %n line(s) not entered yet: nothing can be judged complete.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>○ %n жол әлі енгізілмеген: толық деп бағалауға болмайды.</numerusform><numerusform>○ %n жол әлі енгізілмеген: толық деп бағалауға болмайды.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>✗ %n control relation(s) fail: recount and correct before finalising.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>✗ %n бақылау қатынасы орындалмайды: бекіту алдында қайта санап, түзетіңіз.</numerusform><numerusform>✗ %n бақылау қатынасы орындалмайды: бекіту алдында қайта санап, түзетіңіз.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s) need a written explanation.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>⚠ %n ескертуге жазбаша түсініктеме қажет.</numerusform><numerusform>⚠ %n ескертуге жазбаша түсініктеме қажет.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>≠ %n line(s) differ between the two entries.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>≠ Екі енгізу арасында %n жол сәйкес емес.</numerusform><numerusform>≠ Екі енгізу арасында %n жол сәйкес емес.</numerusform></translation>
    </message>
</context>
<context>
    <name>CommissionTreeModel</name>
    <message>
        <source>District No. {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">№{0} округ</translation>
    </message>
    <message>
        <source>Commission / precinct</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия / учаске</translation>
    </message>
    <message>
        <source>Blue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Көк</translation>
    </message>
    <message>
        <source>Green</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жасыл</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">№ {0}</translation>
    </message>
    <message>
        <source>draft</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жоба</translation>
    </message>
    <message>
        <source>checked</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">тексерілді</translation>
    </message>
    <message>
        <source>transmitted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жіберілді</translation>
    </message>
    <message>
        <source>accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қабылданды</translation>
    </message>
    <message>
        <source>rejected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қайтарылды</translation>
    </message>
    <message>
        <source>missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жоқ</translation>
    </message>
    <message>
        <source>finalised</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">бекітілді</translation>
    </message>
    <message>
        <source>Precinct {0}: blue {1}, green {2}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} учаскесі: көк {1}, жасыл {2}</translation>
    </message>
    <message>
        <source>TEC No. {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">№{0} АСК</translation>
    </message>
    <message>
        <source>Precinct No. {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">№{0} учаске</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n protocol(s) accepted ({1}%), {2} received</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n хаттаманың {0}-і қабылданды ({1}%), {2} алынды</numerusform><numerusform>%n хаттаманың {0}-і қабылданды ({1}%), {2} алынды</numerusform></translation>
    </message>
    <message>
        <source>failing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қате</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Conflicts in {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} ішіндегі қайшылықтар</translation>
    </message>
    <message>
        <source>These protocols differ from the ones already stored. Nothing was overwritten: the received protocol is kept in the inbox. Resolve with the sending commission; a correction comes as a repeated protocol with a higher version.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бұл хаттамалар сақталғандардан өзгеше. Ештеңе қайта жазылған жоқ: алынған хаттама кіріс жәшігінде сақталды. Жіберуші комиссиямен шешіңіз; түзету нұсқасы жоғары қайталама хаттама ретінде келеді.</translation>
    </message>
    <message>
        <source>Precinct / line</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Учаске / жол</translation>
    </message>
    <message>
        <source>Stored</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сақталған</translation>
    </message>
    <message>
        <source>Received</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Алынған</translation>
    </message>
    <message>
        <source>Difference</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Айырма</translation>
    </message>
    <message>
        <source>Stored and received figures side by side</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сақталған және алынған сандар қатар</translation>
    </message>
    <message>
        <source>Precinct {0}, {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} учаске, {1}</translation>
    </message>
    <message>
        <source>version {0} · {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} нұсқа · {1}</translation>
    </message>
    <message>
        <source>This copy is not official (unsigned, or an observer's): it differs from the official protocol as shown. It was kept, and it changes nothing.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бұл көшірме ресми емес (қол қойылмаған немесе бақылаушының): ол ресми хаттамадан көрсетілгендей өзгеше. Ол сақталды және ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>blue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">көк</translation>
    </message>
    <message>
        <source>green</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жасыл</translation>
    </message>
</context>
<context>
    <name>ExportableChart</name>
    <message>
        <source>Export chart…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Диаграмманы экспорттау…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Диаграмманы экспорттау</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PNG суреті (*.png);;SVG сызбасы (*.svg)</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <source>Protocol figures</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттама сандары</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Тарих: {0}</translation>
    </message>
    <message>
        <source>Versions of the protocol</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттама нұсқалары</translation>
    </message>
    <message>
        <source>Version / line</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Нұсқа / жол</translation>
    </message>
    <message>
        <source>Before</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бұрын</translation>
    </message>
    <message>
        <source>After</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кейін</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Толығырақ</translation>
    </message>
    <message>
        <source>repeated protocol</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қайталама хаттама</translation>
    </message>
    <message>
        <source>original</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">бастапқы</translation>
    </message>
    <message>
        <source>saved {0} by {1} at {2}; fingerprint {3}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} сақтады: {1}, {2} жұмыс орнында; саусақ ізі {3}</translation>
    </message>
    <message>
        <source>; reason: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">; себебі: {0}</translation>
    </message>
    <message>
        <source>; signed by chair {0} and secretary {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">; қол қойғандар: төраға {0}, хатшы {1}</translation>
    </message>
    <message>
        <source>Version {0} ({1})</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} нұсқа ({1})</translation>
    </message>
    <message>
        <source>; received signed for {0} by {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">; {0} үшін қолтаңбамен алынған, қол қойған: {1}</translation>
    </message>
    <message>
        <source>; keyed here for {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">; осында {0} үшін енгізілген</translation>
    </message>
    <message>
        <source>Observer's copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бақылаушының көшірмесі</translation>
    </message>
    <message>
        <source>Photo or scan</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Фото не скан</translation>
    </message>
    <message>
        <source>official / copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ресми / көшірме</translation>
    </message>
    <message>
        <source>; full hand count of the audit, entered for {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">; аудиттің толық қолмен санауы, {0} үшін енгізілген</translation>
    </message>
    <message>
        <source>Details of the version</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Нұсқаның толық мәліметі</translation>
    </message>
    <message numerus="yes">
        <source>received {0} as {1}; not official: {2}; %n line(s) differ</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>{0} алынды ({1}); ресми емес: {2}; %n жол өзгеше</numerusform><numerusform>{0} алынды ({1}); ресми емес: {2}; %n жол өзгеше</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қабылданды</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қайталанған</translation>
    </message>
    <message>
        <source>conflict</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қайшылық</translation>
    </message>
    <message>
        <source>rejected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қабылданбады</translation>
    </message>
    <message>
        <source>observer copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">бақылаушы көшірмесі</translation>
    </message>
    <message>
        <source>Import protocols</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттамаларды импорттау</translation>
    </message>
    <message>
        <source>Drop files or folders here: exchange packages (.json), signed protocol PDFs, or photos and scans of printed protocols (read through their QR code).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Файлдарды немесе қалталарды осында тастаңыз: алмасу пакеттері (.json), қол қойылған хаттама PDF-тері немесе басып шығарылған хаттамалардың фотосуреттері мен сканерлері (QR коды арқылы оқылады).</translation>
    </message>
    <message>
        <source>Files and folders to import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Импортталатын файлдар мен қалталар</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Файлдар қосу…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Қалта қосу…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Импорттау</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Импорт барысы</translation>
    </message>
    <message>
        <source>What became of each file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Әр файлдың нәтижесі</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Түрі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Нәтиже</translation>
    </message>
    <message>
        <source>New</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жаңа</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қайталанған</translation>
    </message>
    <message>
        <source>Reason / details</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Себебі / толығырақ</translation>
    </message>
    <message>
        <source>Protocols to import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Импортталатын хаттамалар</translation>
    </message>
    <message>
        <source>Protocols (*.json *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттамалар (*.json *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>A folder of protocols</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттамалар қалтасы</translation>
    </message>
    <message>
        <source>Trusted certification authority</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сенімді куәландырушы орталық</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сертификаттар (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Trusted authority: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Сенімді орталық: {0}</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Импорт</translation>
    </message>
    <message>
        <source>Add files or folders first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Алдымен файлдар немесе қалталар қосыңыз.</translation>
    </message>
    <message>
        <source>Trusted authority</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сенімді орталық</translation>
    </message>
    <message>
        <source>Importing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Импортталуда</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Импорт сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>package</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">пакет</translation>
    </message>
    <message>
        <source>signed PDF</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қол қойылған PDF</translation>
    </message>
    <message>
        <source>photo (QR code)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">фото (QR коды)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">оқылмайды</translation>
    </message>
    <message>
        <source>unsigned copy (not official)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қол қойылмаған көшірме (ресми емес)</translation>
    </message>
    <message>
        <source>This copy is not official (unsigned, or an observer's): it differs from the official protocol as shown. It was kept, and it changes nothing.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бұл көшірме ресми емес (қол қойылмаған немесе бақылаушының): ол ресми хаттамадан көрсетілгендей өзгеше. Ол сақталды және ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>summary protocol (compared)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жиынтық хаттама (салыстырылды)</translation>
    </message>
    <message>
        <source>Reason and details for the chosen file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Таңдалған файл бойынша себеп пен толық мәлімет</translation>
    </message>
    <message>
        <source>Checking who may import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кім импорттай алатыны тексерілуде</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) differ from the official one — open to compare</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n хаттама ресми хаттамадан өзгеше — салыстыру үшін ашыңыз</numerusform><numerusform>%n хаттама ресми хаттамадан өзгеше — салыстыру үшін ашыңыз</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) in conflict with stored protocols — open to compare</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n хаттама сақталғанға қайшы — салыстыру үшін ашыңыз</numerusform><numerusform>%n хаттама сақталғандарға қайшы — салыстыру үшін ашыңыз</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): {0} accepted, {1} duplicate, {2} with conflicts, {3} rejected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n файл: {0} қабылданды, {1} қайталанған, {2} қайшылықпен, {3} қабылданбады</numerusform><numerusform>%n файл: {0} қабылданды, {1} қайталанған, {2} қайшылықпен, {3} қабылданбады</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Summary differs from the recomputed sum in %n line(s):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Жиынтық хаттама қайта есептелген сомадан %n жолда өзгеше:</numerusform><numerusform>Жиынтық хаттама қайта есептелген сомадан %n жолда өзгеше:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more (all of them in the details below)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>және тағы %n жол (барлығы төмендегі толық мәліметте)</numerusform><numerusform>және тағы %n жол (барлығы төмендегі толық мәліметте)</numerusform></translation>
    </message>
    <message>
        <source>blue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">көк</translation>
    </message>
    <message>
        <source>green</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жасыл</translation>
    </message>
    <message>
        <source>{0}, {1} ballot, line {2} — {3}: {4} in the summary, {5} in the sum of the accepted protocols</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}, {1} бюллетень, {2}-жол — {3}: жиынтық хаттамада {4}, қабылданған хаттамалар сомасында {5}</translation>
    </message>
    <message>
        <source>{0}, {1} ballot, {2}: {3} in the summary, {4} in the sum of the accepted protocols</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}, {1} бюллетень, {2}: жиынтық хаттамада {3}, қабылданған хаттамалар сомасында {4}</translation>
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
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Учаскені нөмірі немесе атауы бойынша табу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a precinct</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Учаскені табу</translation>
    </message>
    <message>
        <source>Commissions and precincts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссиялар мен учаскелер</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссиялар</translation>
    </message>
    <message>
        <source>Checks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Тексерулер</translation>
    </message>
    <message>
        <source>Choose a precinct in the tree, or find it with Ctrl+F.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ағаштан учаскені таңдаңыз немесе Ctrl+F арқылы табыңыз.</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Учаске</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттамалар</translation>
    </message>
    <message>
        <source>Counting completeness…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Толықтығы есептелуде…</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Толықтығы</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Хаттама</translation>
    </message>
    <message>
        <source>&amp;Find precinct</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Учаскені &amp;табу</translation>
    </message>
    <message>
        <source>&amp;Blue protocol (party list)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Көк хаттама (партиялық тізім)</translation>
    </message>
    <message>
        <source>&amp;Green protocol (district)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Жасыл хаттама (округ)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Бекіту…</translation>
    </message>
    <message>
        <source>&amp;Correct (repeated protocol)…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Тү&amp;зету (қайталама хаттама)…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Та&amp;рих</translation>
    </message>
    <message>
        <source>&amp;Print / PDF of the protocol…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттаманы басып шығару / &amp;PDF…</translation>
    </message>
    <message>
        <source>Summary protocol of the selected &amp;commission…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Таңдалған &amp;комиссияның жиынтық хаттамасы…</translation>
    </message>
    <message>
        <source>&amp;Import protocols from lower commissions…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Төменгі комиссиялардан хаттамаларды и&amp;мпорттау…</translation>
    </message>
    <message>
        <source>Results of the selected commission…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Таңдалған комиссияның нәтижелері…</translation>
    </message>
    <message>
        <source>&amp;Double entry (blind)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қос &amp;енгізу (соқыр)</translation>
    </message>
    <message>
        <source>&amp;Refresh statuses</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Күй&amp;лерді жаңарту</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Баптаулар</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Интерфейс &amp;тілі</translation>
    </message>
    <message>
        <source>As the system</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жүйедегідей</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Интерфейс тілі</translation>
    </message>
    <message>
        <source>The new language is used from the next start of tallyapp.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жаңа тіл tallyapp келесі іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <source>No precinct matches “{0}”</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">«{0}» бойынша учаске табылмады</translation>
    </message>
    <message>
        <source>Blue — party list</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Көк — партиялық тізім</translation>
    </message>
    <message>
        <source>Green — district No. {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жасыл — №{0} округ</translation>
    </message>
    <message>
        <source>abroad — blue ballot only</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">шетелде — тек көк бюллетень</translation>
    </message>
    <message>
        <source>district No. {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">№{0} округ</translation>
    </message>
    <message>
        <source>Precinct No. {0} — {1} · {2} · {3}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">№{0} учаске — {1} · {2} · {3}</translation>
    </message>
    <message>
        <source>Reading protocol states</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттама күйлері оқылуда</translation>
    </message>
    <message>
        <source>Blue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Көк</translation>
    </message>
    <message>
        <source>Green</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жасыл</translation>
    </message>
    <message>
        <source>{0}: {1} expected · {2} received · {3} accepted · {4} missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: {1} күтілуде · {2} алынды · {3} қабылданды · {4} жоқ</translation>
    </message>
    <message>
        <source>Counting completeness</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Толықтығын есептеу</translation>
    </message>
    <message>
        <source>summary protocol of {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} жиынтық хаттамасы</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <source>The record's audit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жазба аудиті</translation>
    </message>
    <message>
        <source>Auditing the record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жазбаны тексеру</translation>
    </message>
    <message>
        <source>The record was tampered with</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жазба бұзылған</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кім жұмыс істейді</translation>
    </message>
    <message>
        <source>Nobody signed in: reading only</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ешкім кірмеген: тек оқу</translation>
    </message>
    <message>
        <source>{0} ({1}), {2}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} ({1}), {2}</translation>
    </message>
    <message>
        <source>&amp;Accept the protocol (commission above)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттаманы қ&amp;абылдау (жоғары комиссия)</translation>
    </message>
    <message>
        <source>Re&amp;ject the protocol, with a reason…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттаманы себебімен &amp;қайтару…</translation>
    </message>
    <message>
        <source>Precinct No. {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">№{0} учаске</translation>
    </message>
    <message>
        <source>&amp;Members and PINs of my commission…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссиямның &amp;мүшелері мен PIN-кодтары…</translation>
    </message>
    <message>
        <source>What is still &amp;missing for my commission…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссиямда &amp;әлі не жетпейді…</translation>
    </message>
    <message>
        <source>&amp;Election setup…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сайлауды &amp;баптау…</translation>
    </message>
    <message>
        <source>Menus</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мәзірлер</translation>
    </message>
    <message>
        <source>Fi&amp;nalise…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Бекіту…</translation>
    </message>
    <message>
        <source>Summary protocol of the selected c&amp;ommission…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Таңдалған комиссияның ж&amp;иынтық хаттамасы…</translation>
    </message>
    <message>
        <source>Resul&amp;ts of the selected commission…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Таңдалған комиссияның &amp;нәтижелері…</translation>
    </message>
    <message>
        <source>Risk-limiting a&amp;udit of the seats and district winners…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мандаттар мен округ жеңімпаздарының тәуекелі шектелген а&amp;удиті…</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The record was tampered with: %n broken link(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>⚠ Жазба бұзылған: %n үзілген буын</numerusform><numerusform>⚠ Жазба бұзылған: %n үзілген буын</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The audit found %n broken link(s) in the record of protocols. Figures whose record is broken are not signed or exported. Run `tallyapp audit` for the full list.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Аудит хаттамалар жазбасынан %n үзілген буын тапты. Жазбасы бұзылған сандарға қол қойылмайды және олар экспортталмайды. Толық тізім үшін `tallyapp audit` іске қосыңыз.</numerusform><numerusform>Аудит хаттамалар жазбасынан %n үзілген буын тапты. Жазбасы бұзылған сандарға қол қойылмайды және олар экспортталмайды. Толық тізім үшін `tallyapp audit` іске қосыңыз.</numerusform></translation>
    </message>
    <message>
        <source>Opened for reading</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Оқу үшін ашылған</translation>
    </message>
    <message>
        <source>The database {0}: {1}. Results, checks, history and printing work; nothing can be saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} дерекқоры: {1}. Нәтижелер, тексерулер, тарих және басып шығару жұмыс істейді; ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>Full name of the commission</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссияның толық атауы</translation>
    </message>
    <message numerus="yes">
        <source>Precinct {0} ({1} of %n match(es))</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>{0} учаске (%n сәйкестіктің {1}-і)</numerusform><numerusform>{0} учаске (%n сәйкестіктің {1}-і)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} of %Ln expected accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>{0}: күтілген %Ln ішінен {1} қабылданды</numerusform><numerusform>{0}: күтілген %Ln ішінен {1} қабылданды</numerusform></translation>
    </message>
    <message>
        <source>{0}: {1}/{2} accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: {1}/{2} қабылданды</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Алдын ала қарау: {0}</translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}-бет</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PDF &amp;сақтау…</translation>
    </message>
    <message>
        <source>Save &amp;digitally signed PDF…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Қол қойылған PDF сақтау…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>The commission's key</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия кілті</translation>
    </message>
    <message>
        <source>PKCS#12 keys (*.p12 *.pfx)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PKCS#12 кілттері (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кілт құпия сөзі</translation>
    </message>
    <message>
        <source>Passphrase of {0}:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} құпия сөзі:</translation>
    </message>
    <message>
        <source>Cannot sign</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қол қою мүмкін емес</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PDF сақтау</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сақталды</translation>
    </message>
    <message>
        <source>Saved, digitally signed: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Цифрлық қолтаңбамен сақталды: {0}</translation>
    </message>
    <message>
        <source>Saved (not signed): {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сақталды (қол қойылмаған): {0}</translation>
    </message>
    <message>
        <source>Sign with a &amp;token…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Токенмен қол қою…</translation>
    </message>
    <message>
        <source>The token's PKCS#11 module</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Токеннің PKCS#11 модулі</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.dll *.dylib)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PKCS#11 модульдері (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Токен PIN-коды</translation>
    </message>
    <message>
        <source>PIN of the token reached through {0}:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} арқылы қосылған токеннің PIN-коды:</translation>
    </message>
</context>
<context>
    <name>ProtocolEditor</name>
    <message>
        <source>Protocol state</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттама күйі</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save the figures as a new version (Ctrl+S)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сандарды жаңа нұсқа ретінде сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бе&amp;кіту…</translation>
    </message>
    <message>
        <source>Check, sign and finalise (Ctrl+Return)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Тексеру, қол қою және бекіту (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Тү&amp;зету…</translation>
    </message>
    <message>
        <source>Correct a finalised protocol with a repeated protocol (Ctrl+R)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бекітілген хаттаманы қайталама хаттамамен түзету (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Та&amp;рих</translation>
    </message>
    <message>
        <source>Every version and its differences (Ctrl+Shift+H)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Барлық нұсқалар және айырмашылықтары (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Print / PDF…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Басып шығару / &amp;PDF…</translation>
    </message>
    <message>
        <source>Preview the printed protocol; save it as a (signed) PDF or print it (Ctrl+P)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Басылатын хаттаманы алдын ала қарау; (қол қойылған) PDF ретінде сақтау немесе басып шығару (Ctrl+P)</translation>
    </message>
    <message>
        <source>Start s&amp;econd entry</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Екінші енгізуді бастау</translation>
    </message>
    <message>
        <source>Double entry: key the figures again, blind (Ctrl+Shift+D switches double entry on)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қос енгізу: сандарды қайтадан соқыр енгізу (Ctrl+Shift+D қос енгізуді қосады)</translation>
    </message>
    <message>
        <source>blue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">көк</translation>
    </message>
    <message>
        <source>green</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жасыл</translation>
    </message>
    <message>
        <source>Precinct {0}, {1} — state: {2}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} учаске, {1} — күйі: {2}</translation>
    </message>
    <message>
        <source> · version {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"> · {0} нұсқа</translation>
    </message>
    <message>
        <source> (repeated: {0})</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"> (қайталама: {0})</translation>
    </message>
    <message>
        <source> · unsaved figures restored from {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"> · сақталмаған сандар {0} уақытынан қалпына келтірілді</translation>
    </message>
    <message>
        <source> · CORRECTING — reason: {0}. Save to store the repeated protocol.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"> · ТҮЗЕТУ — себебі: {0}. Қайталама хаттаманы сақтау үшін сақтаңыз.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>Saved elsewhere first</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Басқа жерде бұрын сақталған</translation>
    </message>
    <message>
        <source>The two entries differ</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Екі енгізу сәйкес емес</translation>
    </message>
    <message>
        <source>line {0} ({1}): {2} and {3}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}-жол ({1}): {2} және {3}</translation>
    </message>
    <message>
        <source>Correct the protocol</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттаманы түзету</translation>
    </message>
    <message>
        <source>A repeated protocol replaces this one; the finalised version is kept.
Reason for the correction:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қайталама хаттама осыны алмастырады; бекітілген нұсқа сақталады.
Түзету себебі:</translation>
    </message>
    <message>
        <source>Cannot correct</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Түзету мүмкін емес</translation>
    </message>
    <message>
        <source>the reason is required</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">себебі міндетті</translation>
    </message>
    <message>
        <source>precinct {0}, {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} учаске, {1}</translation>
    </message>
    <message>
        <source>&amp;Compare entries</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Енгізулерді салыс&amp;тыру</translation>
    </message>
    <message>
        <source>The figures being typed were not kept</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Терілген сандар сақталмады</translation>
    </message>
    <message>
        <source> · read only: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"> · тек оқу: {0}</translation>
    </message>
    <message>
        <source>Reject the protocol</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттаманы қайтару</translation>
    </message>
    <message>
        <source>Why is it rejected? The commission below reads this reason:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Неге қайтарылады? Төмендегі комиссия осы себепті оқиды:</translation>
    </message>
    <message>
        <source>Cannot accept</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қабылдау мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot reject</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қайтару мүмкін емес</translation>
    </message>
    <message>
        <source>line {0} ({1}) is empty</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}-жол ({1}) бос</translation>
    </message>
    <message>
        <source>Cannot finalise</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қорытындылау мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot finalise yet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Әзірге қорытындылауға болмайды</translation>
    </message>
    <message>
        <source>Precinct {0}: version {1} is finalised and signed by the members present. Print it for their signatures (Ctrl+P).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} учаскесі: {1}-нұсқа қорытындыланды, қатысқан мүшелер қол қойды. Қол қою үшін басып шығарыңыз (Ctrl+P).</translation>
    </message>
    <message>
        <source>Precinct {0}: accepted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} учаскесі: қабылданды.</translation>
    </message>
    <message>
        <source>Precinct {0}: rejected.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} учаскесі: қайтарылды.</translation>
    </message>
    <message>
        <source>draft</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жоба</translation>
    </message>
    <message>
        <source>checked</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">тексерілген</translation>
    </message>
    <message>
        <source>transmitted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жіберілген</translation>
    </message>
    <message>
        <source>accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қабылданған</translation>
    </message>
    <message>
        <source>rejected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қайтарылған</translation>
    </message>
    <message>
        <source>not entered yet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">әлі енгізілмеген</translation>
    </message>
    <message>
        <source>finalised (signed)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қорытындыланған (қол қойылған)</translation>
    </message>
    <message>
        <source>Precinct {0}: version {1} is finalised. Next: print it (Ctrl+P) for the signatures of the members present, a copy for the territorial commission and one for the precinct's file, then transmit it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} учаскесі: {1}-нұсқа қорытындыланды. Келесі қадам: қатысқан мүшелердің қолдары үшін басып шығарыңыз (Ctrl+P), бір данасы аумақтық комиссияға, бірі учаскенің ісіне, содан кейін жіберіңіз.</translation>
    </message>
    <message>
        <source>The reason is required: the record keeps it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Себебі міндетті: ол есепте сақталады.</translation>
    </message>
    <message>
        <source>Figure not entered</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сан енгізілмеді</translation>
    </message>
    <message>
        <source>double entry: a second member keys the paper again and the two entries are compared before the protocol is finalised</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қос енгізу: хаттама қорытындыланбас бұрын комиссияның екінші мүшесі қағазды қайта енгізеді және екі енгізу салыстырылады</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">(бос)</translation>
    </message>
    <message>
        <source>Double entry stays on: the second entry of this protocol has begun. Compare the entries and finalise.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қос енгізу қосулы қалады: бұл хаттаманың екінші енгізуі басталды. Енгізулерді салыстырып, қорытындылаңыз.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Сақтау</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Тү&amp;зету…</translation>
    </message>
    <message>
        <source>Print / P&amp;DF…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Басып шығару / &amp;PDF…</translation>
    </message>
    <message>
        <source>Co&amp;mpare entries</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Енгізулерді салыс&amp;тыру</translation>
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
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жол</translation>
    </message>
    <message>
        <source>Figure</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сан</translation>
    </message>
    <message>
        <source>Checks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Тексерулер</translation>
    </message>
    <message>
        <source>Second entry</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Екінші енгізу</translation>
    </message>
    <message>
        <source>≠ entries differ</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">≠ енгізулер сәйкес емес</translation>
    </message>
    <message>
        <source>The two entries differ: {0} and {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Екі енгізу сәйкес емес: {0} және {1}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">(бос)</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Results</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Нәтижелер</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Есептелуде…</translation>
    </message>
    <message>
        <source>Counting the results</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Нәтижелерді есептеу</translation>
    </message>
    <message>
        <source>The results could not be computed: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Нәтижелерді есептеу мүмкін болмады: {0}</translation>
    </message>
    <message>
        <source>{0} — turnout {1:.2f}% · against all {2:,} · invalid {3:,} · protocols: {4} of {5} accepted, {6} missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} — қатысу {1:.2f}% · барлығына қарсы {2:,} · жарамсыз {3:,} · хаттамалар: {5} ішінен {4} қабылданды, {6} жоқ</translation>
    </message>
    <message>
        <source>Party list</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Партиялық тізім</translation>
    </message>
    <message>
        <source>Districts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Округтер</translation>
    </message>
    <message>
        <source>Commissions below</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Төменгі комиссиялар</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Толықтығы</translation>
    </message>
    <message>
        <source>Anomalies ({0})</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ауытқулар ({0})</translation>
    </message>
    <message>
        <source>Against all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Барлығына қарсы</translation>
    </message>
    <message>
        <source>Party</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Дауыстар</translation>
    </message>
    <message>
        <source>%</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">%</translation>
    </message>
    <message>
        <source>Seats</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мандаттар</translation>
    </message>
    <message>
        <source>Party-list results</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Партиялық тізім нәтижелері</translation>
    </message>
    <message>
        <source>Party shares, % (line: the {0:g}% threshold)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Партиялардың үлесі, % (сызық: {0:g}% шегі)</translation>
    </message>
    <message>
        <source>Share</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Үлес</translation>
    </message>
    <message>
        <source>threshold</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">шек</translation>
    </message>
    <message>
        <source>Seats ({0})</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мандаттар ({0})</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">№</translation>
    </message>
    <message>
        <source>Elected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сайланды</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Екінші орын</translation>
    </message>
    <message>
        <source>Margin</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Айырма</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Нәтиже</translation>
    </message>
    <message>
        <source>District winners</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Округтердегі жеңімпаздар</translation>
    </message>
    <message>
        <source>Commission</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Учаскелер</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қабылданды</translation>
    </message>
    <message>
        <source>Turnout %</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қатысу %</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жарамсыз</translation>
    </message>
    <message>
        <source>Turnout by commission, %</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссиялар бойынша қатысу, %</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қатысу</translation>
    </message>
    <message>
        <source>Reporting progress: accepted, received, missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттамалар барысы: қабылданды, алынды, жоқ</translation>
    </message>
    <message>
        <source>accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қабылданды</translation>
    </message>
    <message>
        <source>received, not accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">алынды, қабылданбаған</translation>
    </message>
    <message>
        <source>missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жоқ</translation>
    </message>
    <message>
        <source>Missing precincts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттамасы жоқ учаскелер</translation>
    </message>
    <message>
        <source>Missing precincts ({0}) — Enter opens one</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттамасы жоқ учаскелер ({0}) — Enter ашады</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Анықталғандар</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ештеңе анықталмады.</translation>
    </message>
    <message>
        <source>Precincts behind the finding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Анықталғанға қатысты учаскелер</translation>
    </message>
    <message>
        <source>Informational: a finding never changes a result. It points at the precincts to look at; Enter on a precinct opens it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ақпарат үшін: анықталған нәрсе нәтижені ешқашан өзгертпейді. Ол қарауға тұрарлық учаскелерді көрсетеді; учаскеде Enter оны ашады.</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сайлау учаскесі</translation>
    </message>
    <message>
        <source>Enter opens the results of the selected row</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Enter таңдалған жолдың нәтижелерін ашады</translation>
    </message>
    <message>
        <source>turnout {0}%</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қатысу {0}%</translation>
    </message>
    <message>
        <source>against all {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">барлығына қарсы {0}</translation>
    </message>
    <message>
        <source>invalid {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жарамсыз {0}</translation>
    </message>
    <message>
        <source>protocols: {0} of {1} accepted, {2} missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">хаттамалар: {1} ішінен {0} қабылданды, {2} жоқ</translation>
    </message>
    <message>
        <source>Party shares, % of the votes counted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Партиялардың үлесі, есептелген дауыстардың %</translation>
    </message>
    <message>
        <source>(line: the {0}% threshold)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">(сызық: {0}% шегі)</translation>
    </message>
    <message>
        <source>threshold {0}%</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">шек {0}%</translation>
    </message>
    <message>
        <source>Reporting progress, % of the protocols expected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттамалардың түсуі, күтілгеннің %</translation>
    </message>
    <message>
        <source>{0}% accepted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}% қабылданды</translation>
    </message>
    <message>
        <source>Check</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Тексеріс</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Анықталғаны</translation>
    </message>
    <message>
        <source>Choose a finding.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Анықталғанды таңдаңыз.</translation>
    </message>
    <message>
        <source>elected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">сайланды</translation>
    </message>
    <message>
        <source>tie: the commission draws lots</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">тең: комиссия жеребе тартады</translation>
    </message>
    <message>
        <source>against all leads</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">барлығына қарсы алда</translation>
    </message>
    <message>
        <source>no votes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">дауыс жоқ</translation>
    </message>
    <message>
        <source>declared invalid: repeat voting</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жарамсыз деп танылды: қайта дауыс беру</translation>
    </message>
    <message>
        <source>The findings are computed when this tab is opened.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Анықталғандар осы қойынды ашылғанда есептеледі.</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ауытқулар</translation>
    </message>
    <message>
        <source>Looking for anomalies</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ауытқуларды іздеу</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Finalise and sign the protocol</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттаманы бекіту және қол қою</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Лауазымы</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қатысты</translation>
    </message>
    <message>
        <source>Commission members</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия мүшелері</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мүше &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мүшені &amp;алып тастау</translation>
    </message>
    <message>
        <source>Dissenting opinions</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ерекше пікірлер</translation>
    </message>
    <message>
        <source>One per line: member's name: opinion</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Әр жолда біреу: мүшенің аты: пікірі</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Бекіту</translation>
    </message>
    <message>
        <source>Mark who is present; every member present signs the printed protocol.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кім қатысқанын белгілеңіз; әр қатысқан мүше басылған хаттамаға қол қояды.</translation>
    </message>
    <message>
        <source>Dissenting opinions:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ерекше пікірлер:</translation>
    </message>
    <message>
        <source>Member name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мүшенің аты-жөні</translation>
    </message>
    <message>
        <source>Member role</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мүшенің лауазымы</translation>
    </message>
    <message>
        <source>present</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қатысты</translation>
    </message>
    <message>
        <source>Present at signing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қол қою кезінде қатысты</translation>
    </message>
    <message>
        <source>Finalise the protocol</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттаманы қорытындылау</translation>
    </message>
    <message>
        <source>The figures being finalised</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қорытындыланатын сандар</translation>
    </message>
    <message>
        <source>The figures being finalised:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қорытындыланатын сандар:</translation>
    </message>
    <message>
        <source>Fingerprint of this version: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Осы нұсқаның саусақ ізі: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mark who is present; the members present sign the printed copies. A digital signature is added with the signer's key when the PDF is saved (Ctrl+P).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кім қатысып отырғанын белгілеңіз; қатысқан мүшелер басылған даналарға қол қояды. Электрондық қолтаңба PDF сақталғанда қол қоюшының кілтімен қойылады (Ctrl+P).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Opening the database</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Дерекқор ашылуда</translation>
    </message>
    <message>
        <source>Reading the roster</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия құрамы оқылуда</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кіру</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кім жұмыс істейді</translation>
    </message>
    <message>
        <source>Commission</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия</translation>
    </message>
    <message>
        <source>e.g. ABAI-03, or a precinct number: 101</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">мысалы, ABAI-03 немесе учаске нөмірі: 101</translation>
    </message>
    <message>
        <source>Member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мүше</translation>
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
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Мүше:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Кіру</translation>
    </message>
    <message>
        <source>&amp;Observe (read only)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Бақылау (тек оқу)</translation>
    </message>
    <message>
        <source>Sign in as a member of your commission. What you key, finalise, accept or reject is recorded in your name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссияңыздың мүшесі ретінде кіріңіз. Енгізген, қорытындылаған, қабылдаған не қайтарған әрекеттеріңіз сіздің атыңызбен жазылады.</translation>
    </message>
    <message>
        <source>Demo data: every member's PIN is {0}. Try ABAI-03 (a territorial commission) or 101 (a precinct).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Демо деректер: барлық мүшенің PIN-коды {0}. ABAI-03 (аумақтық комиссия) немесе 101 (учаске) көріңіз.</translation>
    </message>
    <message>
        <source>{0}: no such commission, or no roster</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: мұндай комиссия жоқ немесе құрамы енгізілмеген</translation>
    </message>
    <message>
        <source>Observer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бақылаушы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бас тарту</translation>
    </message>
    <message>
        <source>Choose your commission and your name first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Алдымен комиссияңыз бен атыңызды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>&amp;Continue as this member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Осы мүше ретінде &amp;жалғастыру</translation>
    </message>
    <message>
        <source>C&amp;ommission:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Комиссия:</translation>
    </message>
    <message>
        <source>Choose a member in the list first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Алдымен тізімнен мүшені таңдаңыз.</translation>
    </message>
    <message>
        <source>Commission</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия</translation>
    </message>
    <message>
        <source>First members and PINs</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Алғашқы мүшелер мен PIN-кодтар</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Шығу</translation>
    </message>
    <message>
        <source>Reading the roster</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия құрамы оқылуда</translation>
    </message>
    <message>
        <source>Saving the roster</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия құрамы сақталуда</translation>
    </message>
    <message>
        <source>Setting the PIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN орнатылуда</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кіру</translation>
    </message>
    <message>
        <source>You set up this database: until a member signs in, you are its administrator, and the audit log records what you do. Choose a commission, check its members (add one if the list is empty and save), give a member a PIN, then continue as that member.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бұл дерекқорды сіз құрдыңыз: мүше кіргенге дейін сіз оның әкімшісісіз, ал әрекеттеріңіз аудит журналына жазылады. Комиссияны таңдаңыз, оның мүшелерін тексеріңіз (тізім бос болса, мүше қосып, сақтаңыз), мүшеге PIN беріңіз, содан кейін сол мүше ретінде жалғастырыңыз.</translation>
    </message>
    <message>
        <source>e.g. CEC, ABAI-03, or a precinct number: 101</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">мысалы CEC, ABAI-03 немесе учаске нөмірі: 101</translation>
    </message>
    <message>
        <source>{0}: nobody on the roster yet; add the members and save.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: құрамда әлі ешкім жоқ; мүшелерді қосып, сақтаңыз.</translation>
    </message>
    <message>
        <source>Members of {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} мүшелері</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ЖСН</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Рөлі</translation>
    </message>
    <message>
        <source>Commission members</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия мүшелері</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мүше &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мүшені &amp;алып тастау</translation>
    </message>
    <message>
        <source>Set &amp;PIN of the selected member…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Таңдалған мүшенің &amp;PIN-кодын орнату…</translation>
    </message>
    <message>
        <source>&amp;Save the roster</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Құрамды &amp;сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жабу</translation>
    </message>
    <message>
        <source>One roster per commission: the chair, the deputy and the secretary sign; every member keys. The IIN is the one on the member's signing key.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Әр комиссияның бір құрамы бар: төраға, орынбасар және хатшы қол қояды; әр мүше енгізеді. ЖСН мүшенің қолтаңба кілтіндегідей болады.</translation>
    </message>
    <message>
        <source>Member name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мүшенің аты-жөні</translation>
    </message>
    <message>
        <source>Member role</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мүшенің рөлі</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сақталды.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жаңа PIN</translation>
    </message>
    <message>
        <source>New PIN (at least 4 digits):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жаңа PIN (кемінде 4 цифр):</translation>
    </message>
    <message>
        <source>PIN set.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN орнатылды.</translation>
    </message>
    <message>
        <source>C&amp;hange member…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мүшені ауыс&amp;тыру…</translation>
    </message>
    <message>
        <source>Replacing the member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мүшені ауыстыру</translation>
    </message>
    <message>
        <source>{0} replaced by {1}. Set the new member's PIN.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ауыстыру жазылды: {0} → {1}. Жаңа мүшенің PIN-кодын орнатыңыз.</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <source>blue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">көк</translation>
    </message>
    <message>
        <source>green</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жасыл</translation>
    </message>
    <message>
        <source>Still missing: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Әлі жоқ: {0}</translation>
    </message>
    <message>
        <source>Protocols not accepted yet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Әлі қабылданбаған хаттамалар</translation>
    </message>
    <message>
        <source>No. {0}, {1}: {2}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">№{0}, {1}: {2}</translation>
    </message>
    <message>
        <source>Nothing is missing: every protocol is accepted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бәрі бар: барлық хаттама қабылданды.</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жабу</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) not accepted yet.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n хаттама әлі қабылданбаған.</numerusform><numerusform>%n хаттама әлі қабылданбаған.</numerusform></translation>
    </message>
</context>
<context>
    <name>ElectionSetupDialog</name>
    <message>
        <source>Cancelled: nothing was created.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Тоқтатылды: ештеңе жасалмады.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Дерекқор жасалуда</translation>
    </message>
    <message>
        <source>Creating the database and the national demo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Дерекқор мен ұлттық демо жасалуда</translation>
    </message>
    <message>
        <source>Loading the files</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Файлдар жүктелуде</translation>
    </message>
    <message>
        <source>Election setup</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сайлауды баптау</translation>
    </message>
    <message>
        <source>Election</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сайлау</translation>
    </message>
    <message>
        <source>&amp;Register of polling stations:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Сайлау учаскелерінің тізілімі:</translation>
    </message>
    <message>
        <source>Commission &amp;members:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия &amp;мүшелері:</translation>
    </message>
    <message>
        <source>District &amp;candidates:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Округтердегі &amp;кандидаттар:</translation>
    </message>
    <message>
        <source>Load the national &amp;demo data (fake figures, marked DEMO)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ұлттық &amp;демо деректерді жүктеу (жалған сандар, DEMO белгісімен)</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">С&amp;айлау:</translation>
    </message>
    <message>
        <source>set up when the database was created</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">дерекқор құрылғанда бапталған</translation>
    </message>
    <message>
        <source>A new database at {0}.
With a register file it holds exactly the register's commissions and precincts; without one, a synthetic register for practice.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} мекенжайындағы жаңа дерекқор.
Тізілім файлымен онда тізілімдегі комиссиялар мен учаскелер ғана болады; файлсыз — жаттығуға арналған жасанды тізілім.</translation>
    </message>
    <message>
        <source>Load the commission members and the district candidates from files.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия мүшелері мен округтердегі кандидаттарды файлдардан жүктеңіз.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ақаулар</translation>
    </message>
    <message>
        <source>Create the data&amp;base</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Дерекқорды &amp;құру</translation>
    </message>
    <message>
        <source>&amp;Load the files</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Файлдарды &amp;жүктеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бас тарту</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жоқ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Таңдау…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Файлды таңдаңыз</translation>
    </message>
    <message>
        <source>Re&amp;hearsal on the NCA's test keys (every document marked REHEARSAL)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ҰКО сынақ кілттеріндегі &amp;жаттығу (әр құжат REHEARSAL деп белгіленеді)</translation>
    </message>
    <message>
        <source>Signed setup, CSV, XLSX (*.json *.csv *.xlsx)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ОСК қол қойған баптау, CSV, XLSX (*.json *.csv *.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Trusted authority:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сенімді &amp;орталық:</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сертификаттар (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>for a signed setup; none: the test authority</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қол қойылған баптау үшін; жоқ болса: сынақ орталығы</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) {0} stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>{0} %n мүшесі сақталды.</numerusform><numerusform>{0} %n мүшесі сақталды.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>of %n commission(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n комиссияның</numerusform><numerusform>%n комиссияның</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) {0} stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>{0} %n кандидаты сақталды.</numerusform><numerusform>{0} %n кандидаты сақталды.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n district(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n округтің</numerusform><numerusform>%n округтің</numerusform></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>&amp;Again:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Қайтадан:</translation>
    </message>
    <message>
        <source>&amp;New PIN (at least 4 digits):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Жаңа PIN (кемінде 4 цифр):</translation>
    </message>
    <message>
        <source>&amp;Set the PIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN &amp;орнату</translation>
    </message>
    <message>
        <source>A PIN is at least 4 digits, digits only.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN кемінде 4 цифрдан тұрады, тек цифрлар.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Болдырмау</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жаңа PIN</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN қайтадан</translation>
    </message>
    <message>
        <source>The PIN of {0}. It is stored as a hash and never shown.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} PIN-коды. Ол хэш түрінде сақталады және ешқашан көрсетілмейді.</translation>
    </message>
    <message>
        <source>The two PINs differ: type it again.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Екі PIN сәйкес емес: қайта теріңіз.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>A new database for {0} at {1}.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} үшін жаңа дерекқор: {1}.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Жалғастыру</translation>
    </message>
    <message>
        <source>The new database: {0}
Election: {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жаңа дерекқор: {0}
Сайлау: {1}</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Дерекқор ашылуда</translation>
    </message>
    <message>
        <source>The database is ready</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Дерекқор дайын</translation>
    </message>
    <message>
        <source>You are signed in as {0}, the chair of commission {1}. Your PIN is {2}: every demo member has it, for practice only.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сіз «{1}» комиссиясының төрағасы {0} ретінде кірдіңіз. PIN-кодыңыз {2}: демодағы барлық мүшеде осындай, тек жаттығу үшін.</translation>
    </message>
    <message>
        <source>You are this database's administrator for the setup (the audit log says so). Next: give a member a PIN, then you continue as that member.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Баптау кезінде сіз осы дерекқордың әкімшісісіз (аудит журналында жазылған). Келесі қадам: мүшеге PIN беріңіз, содан кейін сол мүше ретінде жалғастырасыз.</translation>
    </message>
    <message>
        <source>tallyapp</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">tallyapp</translation>
    </message>
    <message>
        <source>A rehearsal on the NCA's test keys: every document it makes says REHEARSAL, and a production database refuses them.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">ҰКО сынақ кілттеріндегі жаттығу: оның әр құжатында REHEARSAL деп жазылады, ал жұмыс дерекқоры оларды қабылдамайды.</translation>
    </message>
    <message numerus="yes">
        <source>%n commission(s) and {0} of the practice register (synthetic).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Жаттығу тізілімінің %n комиссиясы және {0} (синтетикалық).</numerusform><numerusform>Жаттығу тізілімінің %n комиссиясы және {0} (синтетикалық).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n commission(s) and {0} from the register file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Тізілім файлынан %n комиссия және {0}.</numerusform><numerusform>Тізілім файлынан %n комиссия және {0}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>%n учаске</numerusform><numerusform>%n учаске</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n commission member(s) from the members file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Мүшелер файлынан %n комиссия мүшесі.</numerusform><numerusform>Мүшелер файлынан %n комиссия мүшесі.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) from the candidates file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Кандидаттар файлынан %n кандидат.</numerusform><numerusform>Кандидаттар файлынан %n кандидат.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The national demo: %n protocol(s), all accepted (fake figures, marked DEMO).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Ұлттық демо: %n хаттама, бәрі қабылданған (жалған сандар, DEMO белгісімен).</numerusform><numerusform>Ұлттық демо: %n хаттама, бәрі қабылданған (жалған сандар, DEMO белгісімен).</numerusform></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Болдырмау</translation>
    </message>
</context>
<context>
    <name>FigureValidator</name>
    <message>
        <source>Only digits can be keyed: “{0}” was not entered.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Тек цифрлар енгізіледі: «{0}» енгізілмеді.</translation>
    </message>
    <message>
        <source>No line can hold more than {0}: “{1}” was not entered.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бір жолда {0}-ден артық сан болмайды: «{1}» енгізілмеді.</translation>
    </message>
</context>
<context>
    <name>SecondKeyerDialog</name>
    <message>
        <source>Second entry: who keys it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Екінші енгізу: кім енгізеді</translation>
    </message>
    <message>
        <source>Member keying the second entry</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Екінші енгізуді енгізетін мүше</translation>
    </message>
    <message>
        <source>Another member keys the paper again, without seeing the first entry. The record keeps both names. {0} keyed the first entry.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссияның басқа мүшесі бірінші енгізуді көрмей, қағазды қайта енгізеді. Жазбада екі есім де сақталады. Бірінші енгізуді {0} енгізді.</translation>
    </message>
    <message>
        <source>&amp;Start the second entry</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Екінші енгізуді &amp;бастау</translation>
    </message>
    <message>
        <source>Nobody else is on the commission's roster to key the second entry.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Комиссия құрамында екінші енгізуді енгізетін басқа адам жоқ.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Мүше:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;PIN:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бас тарту</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>OK</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жарайды</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бас тарту</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қайда қ&amp;арау:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Файлдар &amp;түрі:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бума</translation>
    </message>
    <message>
        <source>Drive</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жетек</translation>
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
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Өткен жолы сақталған сандар</translation>
    </message>
    <message>
        <source>Last time the database could not store these figures. They were kept in the file {0}:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Өткен жолы дерекқор бұл сандарды сақтай алмады. Олар {0} файлында сақталды:</translation>
    </message>
    <message>
        <source>Figures kept</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сақталған сандар</translation>
    </message>
    <message>
        <source>Restore them as drafts: each protocol's latest figures are saved as a new version, checked and audited as any save, never over a version stored after them. Or keep the file for later: nothing changes, and the next start asks again.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Оларды жоба ретінде қалпына келтіру: әр хаттаманың соңғы сандары жаңа нұсқа ретінде сақталады, кез келген сақтау сияқты тексеріліп, аудит журналына жазылады, олардан кейін сақталған нұсқаның үстіне ешқашан жазылмайды. Немесе файлды кейінге қалдыру: ештеңе өзгермейді, келесі іске қосуда қайта сұралады.</translation>
    </message>
    <message>
        <source>&amp;Restore as drafts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Жоба ретінде қалпына келтіру</translation>
    </message>
    <message>
        <source>&amp;Keep the file for later</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Файлды &amp;кейінге қалдыру</translation>
    </message>
    <message>
        <source>blue ballot (party list)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">көк бюллетень (партиялық тізім)</translation>
    </message>
    <message>
        <source>green ballot (district)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жасыл бюллетень (округ)</translation>
    </message>
    <message>
        <source>Precinct {0}, {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} учаскесі, {1}</translation>
    </message>
    <message>
        <source>Restoring the kept figures</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сақталған сандар қалпына келтірілуде</translation>
    </message>
    <message>
        <source>Set aside (kept, no longer asked about): {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бөлек қойылды (сақталады, енді сұралмайды): {0}</translation>
    </message>
    <message>
        <source>What was not restored stays in {0}; the next start asks again.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қалпына келтірілмегені {0} файлында қалады; келесі іске қосуда қайта сұралады.</translation>
    </message>
    <message>
        <source>The kept figures:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сақталған сандар:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Жалғастыру</translation>
    </message>
    <message>
        <source>{0}: restored as draft version {1}.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: жоба ретінде қалпына келтірілді, {1}-нұсқа.</translation>
    </message>
    <message>
        <source>{0}: restored as repeated protocol version {1}, with its reason.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: себебімен бірге қайталама хаттама ретінде қалпына келтірілді, {1}-нұсқа.</translation>
    </message>
    <message>
        <source>{0}: finalised meanwhile; the figures are back in its sheet, to be saved as a repeated protocol with a reason.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: осы уақытта қорытындыланған; сандар парағына қайтарылды, оларды себебін көрсетіп қайталама хаттама ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>{0}: version {1} already holds these figures.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: {1}-нұсқада бұл сандар бар.</translation>
    </message>
    <message>
        <source>{0}: version {1} was stored after them; not restored (set aside).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: олардан кейін {1}-нұсқа сақталған; қалпына келтірілмеді (бөлек қойылды).</translation>
    </message>
    <message>
        <source>{0}: not restored: {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0}: қалпына келтірілмеді: {1}</translation>
    </message>
    <message>
        <source>The kept figures could not be restored: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сақталған сандарды қалпына келтіру мүмкін болмады: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the file hold no figures (cut short, or edited): set aside when restoring, never deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Файлдың %n жолында сан жоқ (үзілген немесе өңделген): қалпына келтіргенде бөлек қойылады, ешқашан жойылмайды.</numerusform><numerusform>Файлдың %n жолында сан жоқ (үзілген немесе өңделген): қалпына келтіргенде бөлек қойылады, ешқашан жойылмайды.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n figure(s), kept {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>{0}: %n сан, {1} сақталды</numerusform><numerusform>{0}: %n сан, {1} сақталды</numerusform></translation>
    </message>
</context>
<context>
    <name>ReplaceMemberDialog</name>
    <message>
        <source>Change a member of {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} мүшесін ауыстыру</translation>
    </message>
    <message>
        <source>{0} (IIN {1}) leaves the commission. The member appointed in their place takes their line in the roster; the audit log records both and the decision. Set the new member's PIN afterwards.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} (ЖСН {1}) комиссия құрамынан шығады. Оның орнына тағайындалған мүше құрамдағы оның жолын алады; аудит журналы екеуін де және шешімді жазады. Содан кейін жаңа мүшенің PIN-кодын орнатыңыз.</translation>
    </message>
    <message>
        <source>New member's name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жаңа мүшенің аты-жөні</translation>
    </message>
    <message>
        <source>New member's IIN</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жаңа мүшенің ЖСН-і</translation>
    </message>
    <message>
        <source>New member's role</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жаңа мүшенің рөлі</translation>
    </message>
    <message>
        <source>Decision</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Шешім</translation>
    </message>
    <message>
        <source>e.g. maslikhat decision No. 12, 30.11.2026</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">мысалы, мәслихаттың 2026.11.30 № 12 шешімі</translation>
    </message>
    <message>
        <source>New member's &amp;name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жаңа мүшенің &amp;аты-жөні:</translation>
    </message>
    <message>
        <source>New member's &amp;IIN:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жаңа мүшенің &amp;ЖСН-і:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Decision (number and date):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Ш&amp;ешім (нөмірі мен күні):</translation>
    </message>
    <message>
        <source>Re&amp;place the member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Мүшені а&amp;уыстыру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Болдырмау</translation>
    </message>
</context>
<context>
    <name>RlaWindow</name>
    <message>
        <source>Risk-limiting audit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Тәуекелі шектелген аудит</translation>
    </message>
    <message>
        <source>&amp;1 Plan</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;1 Жоспар</translation>
    </message>
    <message>
        <source>&amp;2 Seed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;2 Бастапқы сан</translation>
    </message>
    <message>
        <source>&amp;3 Draw</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;3 Таңдау</translation>
    </message>
    <message>
        <source>&amp;4 Recount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;4 Қайта санау</translation>
    </message>
    <message>
        <source>&amp;5 Risk</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;5 Тәуекел</translation>
    </message>
    <message>
        <source>Contest</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сайлау</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Түрі</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кім</translation>
    </message>
    <message>
        <source>Against</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кімге қарсы</translation>
    </message>
    <message>
        <source>Margin, votes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Айырма, дауыс</translation>
    </message>
    <message>
        <source>Ballots to flip</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Өзгертілетін бюллетень</translation>
    </message>
    <message>
        <source>Draws</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Таңдау саны</translation>
    </message>
    <message>
        <source>&amp;Freeze the manifest (Ctrl+M)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Манифестті &amp;бекіту (Ctrl+M)</translation>
    </message>
    <message>
        <source>Manifest frozen: sha256 {0}; total weight {1}; U = {2}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Манифест бекітілді: sha256 {0}; салмақтар қосындысы {1}; U = {2}</translation>
    </message>
    <message>
        <source>20 digits</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">20 цифр</translation>
    </message>
    <message>
        <source>The same 20 digits again</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Сол 20 цифр қайтадан</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Орны</translation>
    </message>
    <message>
        <source>&amp;Record the seed (Ctrl+Return)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Санды &amp;тіркеу (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Seed: {0}; stream {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бастапқы сан: {0}; ағын {1}</translation>
    </message>
    <message>
        <source>&amp;Draw the next round (Ctrl+D)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Келесі кезеңді &amp;таңдау (Ctrl+D)</translation>
    </message>
    <message>
        <source>draws: {0}, precincts: {1}, rounds: {2}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">таңдау: {0}, учаске: {1}, кезең: {2}</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Учаске</translation>
    </message>
    <message>
        <source>TEC</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">АСК</translation>
    </message>
    <message>
        <source>Round</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Кезең</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Бюллетень</translation>
    </message>
    <message>
        <source>blue (party list)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">көк (партиялық тізім)</translation>
    </message>
    <message>
        <source>green (district)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">жасыл (округ)</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">&amp;Ашу (Enter)</translation>
    </message>
    <message>
        <source>Choice</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Таңдау</translation>
    </message>
    <message>
        <source>1st keying</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">1-енгізу</translation>
    </message>
    <message>
        <source>2nd keying</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">2-енгізу</translation>
    </message>
    <message>
        <source>Reported</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттамада</translation>
    </message>
    <message>
        <source>Against all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Барлығына қарсы</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жарамсыз</translation>
    </message>
    <message>
        <source>All ballots</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Барлық бюллетень</translation>
    </message>
    <message>
        <source>Bag &amp;missing or seal broken</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қап жоқ немесе мөрі &amp;бұзылған</translation>
    </message>
    <message>
        <source>&amp;Save the recount (Ctrl+S)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қайта санауды &amp;сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save as the full hand count (Ctrl+Shift+S)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Толық қолмен санау ретінде сақтау (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Precinct {0}'s full hand count accepted as version {1}; results follow it, the protocol's version {2} stays in the history</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} учаскесінің толық санауы {1}-нұсқа ретінде қабылданды; нәтижелер соған сүйенеді, хаттаманың {2}-нұсқасы тарихта қалады</translation>
    </message>
    <message>
        <source>The audit is working…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Аудит есептеуде…</translation>
    </message>
    <message>
        <source>The protocol's figures show once both keyings agree</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Хаттама сандары екі енгізу сәйкес келгенде көрсетіледі</translation>
    </message>
    <message>
        <source>Both keyings agree: compare with the protocol and save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Екі енгізу сәйкес: хаттамамен салыстырыңыз және сақтаңыз</translation>
    </message>
    <message>
        <source>Precinct {0} saved: {1} — {2}, P = {3}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">{0} учаскесі сақталды: {1} — {2}, P = {3}</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Күйі</translation>
    </message>
    <message>
        <source>P</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">P</translation>
    </message>
    <message>
        <source>Draws used</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Пайдаланылған таңдау</translation>
    </message>
    <message>
        <source>Next round</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Келесі кезең</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">расталды</translation>
    </message>
    <message>
        <source>awaiting recounts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">қайта санау күтілуде</translation>
    </message>
    <message>
        <source>next round</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">келесі кезең</translation>
    </message>
    <message>
        <source>full hand count</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">толық қолмен санау</translation>
    </message>
    <message>
        <source>Write the &amp;report and bundle (Ctrl+R)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Есеп пен &amp;буманы жазу (Ctrl+R)</translation>
    </message>
    <message>
        <source>passes the threshold</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">шектен өтеді</translation>
    </message>
    <message>
        <source>fails the threshold</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">шектен өтпейді</translation>
    </message>
    <message>
        <source>last seat beats the next seat</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">соңғы мандаты келесісінен озады</translation>
    </message>
    <message>
        <source>runner-up beats</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">екінші орындағы партия озады</translation>
    </message>
    <message>
        <source>has more votes than</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">көп дауыс алды</translation>
    </message>
    <message>
        <source>Written: {0}, {1}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Жазылды: {0}, {1}</translation>
    </message>
    <message>
        <source>&amp;Public recount schedule, PDF (Ctrl+P)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қайта санаудың ашық &amp;кестесі, PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Recount schedule written: {0}</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished">Қайта санау кестесі жазылды: {0}</translation>
    </message>
    <message numerus="yes">
        <source>The manifest is not frozen yet. Risk limit {0}; first round %n draw(s).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment><translation type="unfinished"><numerusform>Манифест әлі бекітілмеген. Тәуекел шегі {0}; бірінші кезең %n таңдау.</numerusform><numerusform>Манифест әлі бекітілмеген. Тәуекел шегі {0}; бірінші кезең %n таңдау.</numerusform></translation>
    </message>
</context>
</TS>
