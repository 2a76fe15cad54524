"""Every error code with its sentence in Kazakh, Russian and English.

Placeholders name the error's parameters. Kazakh and Russian texts await review by a native
speaker, as do the interface's. `tests/messages` fails when a code the code base raises has no
entry here, or an entry lacks a language.
"""

from __future__ import annotations

from tallyapp.domain.election import Names

N = Names

# Words for the values some parameters take (states, ballots), by parameter name.
VALUE_WORDS: dict[str, dict[str, Names]] = {
    "state": {
        "draft": N("жоба", "черновик", "draft"),
        "checked": N("тексерілген", "проверен", "checked"),
        "finalised": N("қорытындыланған", "подписан", "finalised"),
        "transmitted": N("жіберілген", "передан", "transmitted"),
        "accepted": N("қабылданған", "принят", "accepted"),
        "rejected": N("қабылданбаған", "отклонён", "rejected"),
        "—": N("жоқ", "нет", "none"),
    },
    "ballot": {
        "party-list": N(
            "көк бюллетень (партиялық тізім)",
            "синий бюллетень (партийные списки)",
            "blue ballot (party lists)",
        ),
        "constituency": N(
            "жасыл бюллетень (бірмандатты округ)",
            "зелёный бюллетень (одномандатный округ)",
            "green ballot (single-member district)",
        ),
    },
}
VALUE_WORDS["current"] = VALUE_WORDS["new"] = VALUE_WORDS["allowed"] = VALUE_WORDS["state"]
VALUE_WORDS["recorded_state"] = VALUE_WORDS["state"]
VALUE_WORDS["role"] = {
    "chair": N("төраға", "председатель", "chair"),
    "deputy": N("төраға орынбасары", "заместитель председателя", "deputy chair"),
    "secretary": N("хатшы", "секретарь", "secretary"),
    "member": N("комиссия мүшесі", "член комиссии", "member"),
    "observer": N("бақылаушы", "наблюдатель", "observer"),
}
VALUE_WORDS["action"] = {
    "key": N("енгізу", "ввод", "key"),
    "finalise": N("қорытындылау", "подписание", "finalise"),
    "accept": N("қабылдау", "принятие", "accept"),
    "reject": N("қайтару", "отклонение", "reject"),
    "manage": N("құрамды басқару", "управление составом", "manage the roster"),
}
VALUE_WORDS["provenance"] = {
    "keyed": N("осында енгізілген", "введён здесь", "keyed here"),
    "received-signed": N("қолтаңбамен алынған", "получен с подписью", "received signed"),
    "received-unsigned": N("қолтаңбасыз алынған", "получен без подписи", "received unsigned"),
    "observer": N("бақылаушының көшірмесі", "копия наблюдателя", "an observer's copy"),
    "full-hand-count": N("толық қолмен санау", "полный ручной подсчёт", "full hand count"),
}

CATALOGUE: dict[str, Names] = {
    "error": N("Қате: {detail}", "Ошибка: {detail}", "Error: {detail}"),
    "problems": N("{count} себеп", "{count} причин(ы)", "{count} reason(s)"),
    "not-found": N("{what} табылмады", "{what} не найдено", "{what} not found"),
    # --- protocols and their life ---------------------------------------------------------
    "precinct.unknown": N(
        "{precinct} учаскесі {election} сайлауында жоқ",
        "участка {precinct} нет в выборах {election}",
        "precinct {precinct} is not in election {election}",
    ),
    "protocol.none": N(
        "{precinct} учаскесінде {ballot} хаттамасы жоқ",
        "у участка {precinct} нет протокола: {ballot}",
        "precinct {precinct} has no protocol of the {ballot}",
    ),
    "protocol.conflict": N(
        "{precinct} учаскесінің хаттамасын ({ballot}) сіз ашқаннан кейін басқа жұмыс орны "
        "өзгертті (сізде {version} нұсқасы болды); қайта ашып, салыстырып, қайта сақтаңыз",
        "протокол участка {precinct} ({ballot}) изменён на другом рабочем месте после того, "
        "как вы его открыли (у вас была версия {version}); откройте заново, сравните и "
        "сохраните снова",
        "the protocol of precinct {precinct} ({ballot}) was changed by another workstation "
        "since you opened it (you had version {version}); reload it, compare, and save again",
    ),
    "protocol.vanished": N(
        "{precinct} учаскесінің сіз өңдеген хаттамасы ({ballot}) енді жоқ",
        "протокол участка {precinct} ({ballot}), который вы редактировали, больше не существует",
        "the protocol of precinct {precinct} ({ballot}) you edited no longer exists",
    ),
    "protocol.created-elsewhere": N(
        "{precinct} учаскесінің хаттамасын ({ballot}) басқа жұмыс орны бірінші жасады; "
        "қайта ашып, қайта сақтаңыз",
        "протокол участка {precinct} ({ballot}) первым создало другое рабочее место; "
        "откройте его заново и сохраните снова",
        "precinct {precinct} ({ballot}): another workstation created this protocol first; "
        "reload it and save again",
    ),
    "protocol.version-behind": N(
        "{precinct} учаскесі ({ballot}): келген нұсқа {version} ағымдағы {current} нұсқадан "
        "жаңа емес; ештеңе сақталмады",
        "участок {precinct} ({ballot}): полученная версия {version} не новее текущей версии "
        "{current}; ничего не сохранено",
        "precinct {precinct} ({ballot}): the version received, {version}, is not newer than "
        "the current version {current}; nothing was stored",
    ),
    "protocol.exists": N(
        "{precinct} учаскесінің хаттамасы ({ballot}) бар; оны ашып, жаңа нұсқа сақтаңыз",
        "у участка {precinct} уже есть протокол ({ballot}); откройте его и сохраните новую версию",
        "precinct {precinct} ({ballot}) already has a protocol; open it and save a new version",
    ),
    "protocol.stored-meanwhile": N(
        "осы уақытта басқа жұмыс орны бұл хаттамаларды сақтады; ештеңе сақталмады, қайталаңыз",
        "за это время другое рабочее место сохранило эти протоколы; ничего не сохранено, повторите",
        "another workstation stored these protocols meanwhile; nothing was stored, try again",
    ),
    "lifecycle.transition": N(
        "{current} хаттама {new} бола алмайды (рұқсат: {allowed})",
        "протокол в состоянии «{current}» не может стать «{new}» (можно: {allowed})",
        "a {current} protocol cannot become {new} (allowed: {allowed})",
    ),
    "lifecycle.repeated-not-sealed": N(
        "қайталама хаттама қорытындыланған хаттаманы түзетеді; бұл хаттама қорытындыланбаған",
        "повторный протокол исправляет подписанный; этот протокол не подписан",
        "a repeated protocol corrects a finalised one; this one is not",
    ),
    "lifecycle.sealed-needs-repeated": N(
        "хаттама {current}: түзету тек қайталама хаттамамен жасалады",
        "протокол {current}: исправление возможно только повторным протоколом",
        "the protocol is {current}: a correction must be a repeated protocol",
    ),
    "lifecycle.repeated-needs-reason": N(
        "қайталама хаттамада түзету себебі көрсетілуі тиіс",
        "в повторном протоколе должна быть указана причина исправления",
        "a repeated protocol must state the reason for the correction",
    ),
    # --- keying and finalising -----------------------------------------------------------
    "entry.no-ballot": N(
        "{precinct} учаскесінде бұл бюллетень жоқ: {ballot} (шетелдегі учаске)",
        "на участке {precinct} нет этого бюллетеня: {ballot} (участок за рубежом)",
        "precinct {precinct} has no {ballot} (a station abroad)",
    ),
    "line.empty": N(
        "{line}-жол ({name}) толтырылмаған",
        "строка {line} ({name}) не заполнена",
        "line {line} ({name}) is empty",
    ),
    "check.fails": N(
        "{check} орындалмайды: {explanation}",
        "{check} не выполняется: {explanation}",
        "{check} fails: {explanation}",
    ),
    "check.needs-explanation": N(
        "{check} жазбаша түсініктемені қажет етеді: {name}",
        "{check} требует письменного объяснения: {name}",
        "{check} needs a written explanation: {name}",
    ),
    "signing.no-chair": N(
        "қол қоятын адам жоқ: төраға, ол болмаса төрағаның орынбасары немесе хатшы қатысқан "
        "деп белгіленуі керек",
        "некому подписать: должен быть отмечен присутствующим председатель, а в его "
        "отсутствие заместитель председателя или секретарь",
        "nobody may sign: mark the chair present, or in the chair's absence the deputy chair "
        "or the secretary",
    ),
    "signing.no-secretary": N(
        "хатшы көрсетілмеген", "секретарь не указан", "the secretary is not named"
    ),
    "signing.nobody-present": N(
        "қатысқан комиссия мүшесі белгіленбеген",
        "не отмечен ни один присутствующий член комиссии",
        "no commission member is marked present",
    ),
    "finalise.sealed": N(
        "хаттама қорытындыланған: оны қайталама хаттамамен түзетіңіз",
        "протокол уже подписан: исправьте его повторным протоколом",
        "the protocol is already finalised: correct it with a repeated protocol",
    ),
    "correct.not-sealed": N(
        "тек қорытындыланған хаттама түзетіледі; бұл хаттаманы өңдеуге болады",
        "исправляется только подписанный протокол; этот можно редактировать",
        "only a finalised protocol is corrected; this one can be edited",
    ),
    # --- files received -----------------------------------------------------------------
    "commission.unknown": N(
        "{commission} коды бар комиссия жоқ",
        "нет комиссии с кодом {commission}",
        "no commission with code {commission}",
    ),
    "file.unreadable": N(
        "файлды оқу мүмкін емес: {detail}",
        "файл не читается: {detail}",
        "cannot read the file: {detail}",
    ),
    "file.not-utf8": N(
        "UTF-8 мәтіні емес ({byte}-байт)",
        "не текст UTF-8 (байт {byte})",
        "not UTF-8 text (byte {byte})",
    ),
    "file.not-json": N(
        "{line}-жол, {column}-баған: JSON емес: {detail}",
        "строка {line}, столбец {column}: не JSON: {detail}",
        "line {line}, column {column}: not valid JSON: {detail}",
    ),
    "import.database": N(
        "дерекқор қатесі, ештеңе сақталмады: {detail}",
        "ошибка базы данных, ничего не сохранено: {detail}",
        "database error, nothing was stored: {detail}",
    ),
    "import.moved-meanwhile": N(
        "импорт кезінде басқа жұмыс орны бұл хаттамаларды өзгертті; ештеңе сақталмады, файлды "
        "қайта импорттаңыз",
        "во время импорта другое рабочее место изменило эти протоколы; ничего не сохранено, "
        "импортируйте файл снова",
        "another workstation changed these protocols during the import; nothing was stored, "
        "import the file again",
    ),
    "import.stored-meanwhile": N(
        "импорт кезінде басқа жұмыс орны осы хаттамалардың бірін сақтады; ештеңе сақталмады, "
        "файлды қайта импорттаңыз",
        "во время импорта другое рабочее место сохранило некоторые из этих протоколов; ничего "
        "не сохранено, импортируйте файл снова",
        "another workstation stored some of these protocols during the import; nothing was "
        "stored, import the file again",
    ),
    "package.format": N(
        "{expected} файлы емес (формат: {found})",
        "не файл {expected} (формат: {found})",
        "not a {expected} file (format: {found})",
    ),
    "package.schema": N("{path}: {detail}", "{path}: {detail}", "{path}: {detail}"),
    "package.election": N(
        "сайлау: бұл дерекқорда {expected}, пакет {found} үшін",
        "выборы: в этой базе {expected}, пакет для {found}",
        "election: this database holds {expected}, the package is for {found}",
    ),
    "package.unknown-sender": N(
        "комиссия: {sender} бұл сайлаудың комиссиясы емес",
        "комиссия: {sender} не комиссия этих выборов",
        "commission: {sender} is not a commission of this election",
    ),
    "package.not-under": N(
        "комиссия: {sender} осы комиссияға ({importer}) бағынышты емес",
        "комиссия: {sender} не подчинена этой комиссии ({importer})",
        "commission: {sender} is not under this commission ({importer})",
    ),
    "package.twice": N(
        "пакетте бір учаске мен бюллетеньге екі хаттама бар",
        "в пакете два протокола одного участка и бюллетеня",
        "the package holds two protocols for the same precinct and ballot",
    ),
    "summary.signature": N(
        "summaries[{index}]: {detail}",
        "summaries[{index}]: {detail}",
        "summaries[{index}]: {detail}",
    ),
    "summary.commission": N(
        "summaries[{index}]: {commission} жиынтығы, жіберуші {sender}",
        "summaries[{index}]: сводный протокол {commission}, отправитель {sender}",
        "summaries[{index}]: a summary of {commission}, the sender is {sender}",
    ),
    "pdf.not-verified": N(
        "PDF расталмады: {detail}",
        "PDF не подтверждён: {detail}",
        "the PDF is not verified: {detail}",
    ),
    "pdf.unknown-signer": N(
        "{signer} қол қойған, бұл сайлаудың комиссиясы емес",
        "подписан {signer}, не комиссией этих выборов",
        "signed by {signer}, not a commission of this election",
    ),
    "pdf.not-under": N(
        "{signer} қол қойған, ол осы комиссияға ({importer}) бағынышты емес",
        "подписан {signer}, которая не подчинена этой комиссии ({importer})",
        "signed by {signer}, which is not under this commission ({importer})",
    ),
    "pdf.not-finalised": N(
        "хаттама {state}: тек қорытындыланған хаттамалар жіберіледі",
        "протокол {state}: передаются только подписанные протоколы",
        "the protocol is {state}: only finalised protocols are exchanged",
    ),
    "photo.unreadable": N(
        "оқылмайтын сурет: {detail}",
        "изображение не читается: {detail}",
        "not a readable image: {detail}",
    ),
    "photo.no-code": N(
        "суретте tallyapp хаттамасының QR коды табылмады: хаттаманың QR коды бар бетін "
        "түсіріңіз (оның қай бетте екенін бірінші бет айтады)",
        "на изображении не найден QR-код протокола tallyapp: снимите страницу протокола "
        "с QR-кодом (на какой она странице, сказано на первой)",
        "no tallyapp protocol code (QR) found in the image: photograph the protocol's page "
        "with the QR code (page 1 says which page it is on)",
    ),
    "photo.bad-code": N("QR код: {detail}", "QR-код: {detail}", "the QR code: {detail}"),
    "photo.fingerprint": N(
        "QR кодтағы сандар оның саусақ ізіне сәйкес келмейді",
        "цифры QR-кода не совпадают с его отпечатком",
        "the QR code's figures do not match its fingerprint",
    ),
    "photo.unknown-precinct": N(
        "{precinct} учаскесі: бұл сайлауда мұндай учаске жоқ",
        "участок {precinct}: такого участка нет в этих выборах",
        "precinct {precinct}: no such precinct in this election",
    ),
    "photo.not-under": N(
        "{precinct} учаскесі осы комиссияға ({importer}) бағынышты емес",
        "участок {precinct} не подчинён этой комиссии ({importer})",
        "precinct {precinct} is not under this commission ({importer})",
    ),
    # --- records of a received file: protocols[i] -----------------------------------------
    "record.election": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): сайлау: күтілген {expected}, "
        "табылған {found}",
        "protocols[{index}] (участок {precinct}, {ballot}): выборы: ожидались {expected}, "
        "найдены {found}",
        "protocols[{index}] (precinct {precinct}, {ballot}): election: expected {expected}, "
        "found {found}",
    ),
    "record.unknown-precinct": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): бұл сайлауда мұндай учаске жоқ",
        "protocols[{index}] (участок {precinct}, {ballot}): такого участка нет в этих выборах",
        "protocols[{index}] (precinct {precinct}, {ballot}): no such precinct in this election",
    ),
    "record.commission": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): комиссия: учаске {expected} "
        "комиссиясына жатады, табылған {found}",
        "protocols[{index}] (участок {precinct}, {ballot}): комиссия: участок относится к "
        "{expected}, найдено {found}",
        "protocols[{index}] (precinct {precinct}, {ballot}): commission: the precinct belongs "
        "to {expected}, found {found}",
    ),
    "record.not-under-sender": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): учаске жіберушіге ({sender}) "
        "бағынышты емес",
        "protocols[{index}] (участок {precinct}, {ballot}): участок не подчинён отправителю "
        "({sender})",
        "protocols[{index}] (precinct {precinct}, {ballot}): the precinct is not under the "
        "sender {sender}",
    ),
    "record.no-such-ballot": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): бұл учаскеде мұндай бюллетень жоқ",
        "protocols[{index}] (участок {precinct}, {ballot}): у участка нет такого бюллетеня",
        "protocols[{index}] (precinct {precinct}, {ballot}): this precinct has no such ballot",
    ),
    "record.district": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): округ: күтілген {expected}, "
        "табылған {found}",
        "protocols[{index}] (участок {precinct}, {ballot}): округ: ожидался {expected}, "
        "найден {found}",
        "protocols[{index}] (precinct {precinct}, {ballot}): district: expected {expected}, "
        "found {found}",
    ),
    "record.fields": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): жолдар: жоқ [{missing}], "
        "белгісіз [{unknown}]",
        "protocols[{index}] (участок {precinct}, {ballot}): строки: нет [{missing}], "
        "неизвестные [{unknown}]",
        "protocols[{index}] (precinct {precinct}, {ballot}): fields: missing [{missing}], "
        "unknown [{unknown}]",
    ),
    "record.unknown-choices": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): белгісіз дауыс жолдары [{choices}]",
        "protocols[{index}] (участок {precinct}, {ballot}): неизвестные строки голосов [{choices}]",
        "protocols[{index}] (precinct {precinct}, {ballot}): votes: unknown choices [{choices}]",
    ),
    "record.version": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): нұсқа нөмірі 1 немесе одан "
        "үлкен бүтін сан болуы керек, берілгені: {found}",
        "protocols[{index}] (участок {precinct}, {ballot}): номер версии должен быть целым "
        "числом от 1, найдено: {found}",
        "protocols[{index}] (precinct {precinct}, {ballot}): the version number must be a "
        "whole number from 1, found {found}",
    ),
    "record.kind": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): түрі original немесе repeated "
        "болуы керек, берілгені: {found}",
        "protocols[{index}] (участок {precinct}, {ballot}): вид должен быть original или "
        "repeated, найдено: {found}",
        "protocols[{index}] (precinct {precinct}, {ballot}): the kind must be original or "
        "repeated, found {found}",
    ),
    "record.fingerprint": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): сандар саусақ ізіне сәйкес емес",
        "protocols[{index}] (участок {precinct}, {ballot}): цифры не совпадают с отпечатком",
        "protocols[{index}] (precinct {precinct}, {ballot}): the figures do not match their "
        "fingerprint",
    ),
    "record.relations-fail": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): бақылау қатынастары орындалмайды "
        "({count}): {explanation}",
        "protocols[{index}] (участок {precinct}, {ballot}): контрольные соотношения не "
        "выполняются ({count}): {explanation}",
        "protocols[{index}] (precinct {precinct}, {ballot}): control relations fail ({count}): "
        "{explanation}",
    ),
    "record.warning": N(
        "{precinct} учаскесі ({ballot}): {explanation}",
        "участок {precinct} ({ballot}): {explanation}",
        "precinct {precinct} ({ballot}): {explanation}",
    ),
    "record.signature": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): қолтаңба: {detail}",
        "protocols[{index}] (участок {precinct}, {ballot}): подпись: {detail}",
        "protocols[{index}] (precinct {precinct}, {ballot}): signature: {detail}",
    ),
    "record.signer": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): {signer} қол қойған, ол жіберуші "
        "({sender}) де, учаскелік комиссия да емес",
        "protocols[{index}] (участок {precinct}, {ballot}): подписан {signer}: это не "
        "отправитель ({sender}) и не участковая комиссия",
        "protocols[{index}] (precinct {precinct}, {ballot}): signed by {signer}, neither the "
        "sender ({sender}) nor the precinct commission",
    ),
    # --- keys and signatures ----------------------------------------------------------------
    "signature.no-key": N(
        "{commission} комиссиясының кілті {key} жолында жоқ: `tallyapp keygen` іске қосыңыз "
        "немесе --key беріңіз",
        "нет ключа комиссии {commission} в {key}: запустите `tallyapp keygen` или укажите --key",
        "no key for commission {commission} at {key}: run `tallyapp keygen` or pass --key",
    ),
    "signature.cannot-sign": N(
        "{key} кілтімен қол қою мүмкін емес: {detail}",
        "нельзя подписать ключом {key}: {detail}",
        "cannot sign with {key}: {detail}",
    ),
    # Keys people hold (issue 27): the national certification authority's RSA and GOST keys,
    # authentication keys, tokens; and revocation left unchecked by choice.
    "key.gost": N(
        "{key}: бұл кілт ГОСТ алгоритмін ({algorithm}) пайдаланады, tallyapp оны әзірге "
        "қолдана алмайды: RSA кілтімен (RSA256_…) қол қойыңыз",
        "{key}: этот ключ использует алгоритм ГОСТ ({algorithm}), который tallyapp пока не "
        "умеет использовать: подпишите ключом RSA (RSA256_…)",
        "{key}: this key uses the GOST algorithm ({algorithm}), which tallyapp cannot use "
        "yet: sign with the RSA key (RSA256_…)",
    ),
    "key.auth-only": N(
        "{key}: бұл кілт тек аутентификацияға арналған (AUTH_…), қол қоюға емес: сол "
        "жерде жатқан RSA256_… файлымен қол қойыңыз",
        "{key}: этот ключ только для входа (AUTH_…), не для подписи: подпишите файлом "
        "RSA256_…, который лежит рядом",
        "{key}: this key is for authentication only (AUTH_…), not for signing: sign with the "
        "RSA256_… file beside it",
    ),
    "key.unreadable": N(
        "{key}: кілтті ашу мүмкін емес: {detail}",
        "{key}: не удаётся открыть ключ: {detail}",
        "{key}: cannot open the key: {detail}",
    ),
    "key.no-identity": N(
        "{key}: сертификатта ЖСН де, БСН де жоқ",
        "{key}: в сертификате нет ни ИИН, ни БИН",
        "{key}: the certificate names no IIN or BIN",
    ),
    "key.token": N(
        "{key}: токендегі кілтке қол жеткізу мүмкін емес ({detail}): PIN-кодты, токен "
        "белгісін және PKCS#11 модулін тексеріңіз",
        "{key}: нет доступа к ключу на токене ({detail}): проверьте PIN-код, метку токена и "
        "модуль PKCS#11",
        "{key}: the key on the token cannot be reached ({detail}): check the PIN, the "
        "token's label and the PKCS#11 module",
    ),
    "signature.unchecked": N(
        "ЕСКЕРТУ: {detail}",
        "ПРЕДУПРЕЖДЕНИЕ: {detail}",
        "WARNING: {detail}",
    ),
    "package.signature": N(
        "пакеттің қолы расталмады: {detail}",
        "подпись пакета не подтверждена: {detail}",
        "the package signature does not hold: {detail}",
    ),
    "iin.rehearsal": N(
        "{commission}: {name}, ЖСН {iin}: бақылау цифры дұрыс емес; тек жаттығуда рұқсат "
        "етіледі (сынақ ЖСН)",
        "{commission}: {name}, ИИН {iin}: неверная контрольная цифра; допускается только на "
        "репетиции (тестовый ИИН)",
        "{commission}: {name}, IIN {iin}: the check digit is wrong; allowed in a rehearsal "
        "only (a test IIN)",
    ),
    "rehearsal.document": N(
        "{what} жаттығуда жасалған (REHEARSAL): нақты сайлау дерекқоры оны қабылдамайды",
        "{what} сделан на репетиции (REHEARSAL): база настоящих выборов его не принимает",
        "{what} was made in a rehearsal (REHEARSAL): a production database refuses it",
    ),
    "signature.trust": N(
        "сенімді куәландырушы орталық: {detail}",
        "доверенный удостоверяющий центр: {detail}",
        "trusted certification authority: {detail}",
    ),
    "input.invalid": N(
        "{source}: {field}: {problem}",
        "{source}: {field}: {problem}",
        "{source}: {field}: {problem}",
    ),
    # --- databases, results, documents ----------------------------------------------------
    "setup.no-election": N(
        "дерекқорда әлі сайлау жоқ: алдымен `tallyapp init` іске қосыңыз",
        "в базе данных ещё нет выборов: сначала запустите `tallyapp init`",
        "the database holds no election yet: run `tallyapp init` first",
    ),
    "setup.several-elections": N(
        "дерекқорда бірнеше сайлау бар ({elections}): біреуін атаңыз",
        "в базе данных несколько выборов ({elections}): укажите одни",
        "the database holds several elections ({elections}): name one",
    ),
    "setup.no-database": N(
        "{url} жолында tallyapp дерекқоры жоқ: алдымен `tallyapp init` іске қосыңыз",
        "нет базы данных tallyapp по адресу {url}: сначала запустите `tallyapp init`",
        "no tallyapp database at {url}: run `tallyapp init` first",
    ),
    "demo.no-figures": N(
        "{election} сайлауының демо деректері жоқ; демо 2023 жылға арналған",
        "нет демо-данных для выборов {election}; демо для 2023 года",
        "no demo figures for election {election}; the demo is for 2023",
    ),
    "demo.not-fresh": N(
        "дерекқорда {protocols} хаттама бар; демоға жаңа дерекқор керек (--db арқылы жаңа файл)",
        "в базе данных уже {protocols} протоколов; демо нужна новая база (--db с новым файлом)",
        "the database already holds {protocols} protocols; the demo needs a fresh database "
        "(use --db with a new file)",
    ),
    "demo.other-register": N(
        "дерекқордың учаскелер тізімі демодағыдан өзгеше; демоны `tallyapp init` жасаған "
        "дерекқорда іске қосыңыз",
        "список участков базы отличается от демо; запускайте демо на базе, созданной "
        "`tallyapp init`",
        "the database's precinct register differs from the demo's; run the demo on a database "
        "made by `tallyapp init`",
    ),
    "results.no-ballot": N(
        "{election} сайлауында мұндай бюллетень жоқ: {ballot}",
        "в выборах {election} нет такого бюллетеня: {ballot}",
        "election {election} has no {ballot}",
    ),
    "export.no-protocol": N(
        "{precinct} учаскесінде басып шығаратын хаттама жоқ ({ballot})",
        "у участка {precinct} нет протокола для печати ({ballot})",
        "precinct {precinct} has no protocol to print ({ballot})",
    ),
    "record.figure": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): {line} жолы: 0-ден 1 000 000 000-ға "
        "дейінгі бүтін сан күтілді, табылғаны {found}",
        "protocols[{index}] (участок {precinct}, {ballot}): строка {line}: ожидалось целое "
        "число от 0 до 1 000 000 000, найдено {found}",
        "protocols[{index}] (precinct {precinct}, {ballot}): line {line}: expected a whole "
        "number from 0 to 1,000,000,000, found {found}",
    ),
    "photo.too-large": N(
        "сурет тым үлкен ({width}×{height} пиксель, шегі {limit}): ол ашылмады",
        "изображение слишком велико ({width}×{height} пикселей, предел {limit}): оно не "
        "открывалось",
        "the image is too large ({width}×{height} pixels, the limit is {limit}): it was not "
        "decoded",
    ),
    "file.unexpected": N(
        "файлды өңдеу кезінде күтпеген қате ({detail}); ештеңе сақталмады, басқа файлдар өңделуде",
        "непредвиденная ошибка при обработке файла ({detail}); ничего не сохранено, остальные "
        "файлы обрабатываются",
        "an unexpected error while handling the file ({detail}); nothing was stored, the other "
        "files go on",
    ),
    "photo.bomb": N(
        "сурет {limit} пиксельден әлдеқайда көп деп жариялайды: ол ашылмады",
        "изображение объявляет гораздо больше {limit} пикселей: оно не открывалось",
        "the image declares far more than {limit} pixels: it was not decoded",
    ),
    # --- the tamper-evident record ----------------------------------------------------------
    "audit.entry-altered": N(
        "журнал жазбасы {entry} ({action}, {chain}) өзгертілген немесе жойылған: тізбек үзілген",
        "запись журнала {entry} ({action}, {chain}) изменена или удалена: цепочка разорвана",
        "audit entry {entry} ({action}, {chain}) was changed or removed: the chain is broken",
    ),
    "audit.head-differs": N(
        "{precinct} учаскесі ({ballot}): хаттама {state} күйін және {version}-нұсқаны "
        "көрсетеді, ал оқиғалар бойынша {recorded_state}, {recorded_version}-нұсқа",
        "участок {precinct} ({ballot}): протокол показывает состояние «{state}» и версию "
        "{version}, а по записанным событиям — «{recorded_state}» и версию {recorded_version}",
        "precinct {precinct} ({ballot}): the protocol shows {state}, version {version}, but "
        "its recorded events say {recorded_state}, version {recorded_version}",
    ),
    "audit.figures-altered": N(
        "{precinct} учаскесі ({ballot}), {version}-нұсқа: сандар саусақ ізіне сәйкес емес — "
        "сақталғаннан кейін өзгертілген",
        "участок {precinct} ({ballot}), версия {version}: цифры не совпадают с отпечатком — "
        "изменены после сохранения",
        "precinct {precinct} ({ballot}), version {version}: the figures no longer match their "
        "fingerprint: they were changed after they were stored",
    ),
    "audit.version-unrecorded": N(
        "{precinct} учаскесі ({ballot}), {version}-нұсқа: журналда жазылмаған немесе басқаша "
        "жазылған",
        "участок {precinct} ({ballot}), версия {version}: не записана в журнале или записана иначе",
        "precinct {precinct} ({ballot}), version {version}: not in the audit record, or "
        "recorded otherwise",
    ),
    "export.chain-broken": N(
        "жазба бұзылған ({count} үзілген буын, біріншісі: {first}): бұл сандарға қол "
        "қойылмайды; `tallyapp audit` іске қосыңыз",
        "запись нарушена ({count} разорванных звеньев, первое: {first}): эти цифры не "
        "подписываются; запустите `tallyapp audit`",
        "the record was tampered with ({count} broken link(s), the first: {first}): these "
        "figures are not signed; run `tallyapp audit`",
    ),
    "audit.tally-differs": N(
        "{commission} комиссиясының жиынтығы ({ballot}, {line}): сақталғаны {stored}, ал "
        "хаттамалар бойынша {recounted} — жиынтық қолмен өзгертілген",
        "итог комиссии {commission} ({ballot}, {line}): хранится {stored}, а по протоколам "
        "{recounted} — итог изменён в обход приложения",
        "running total of {commission} ({ballot}, {line}): {stored} stored, but the protocols "
        "give {recounted}; it was changed outside the app",
    ),
    "audit.chain-cut": N(
        "{precinct} учаскесі ({ballot}): хаттама оқиғаларының соңғылары жойылған",
        "участок {precinct} ({ballot}): последние события протокола удалены из записи",
        "precinct {precinct} ({ballot}): the latest events of the protocol were removed from "
        "the record",
    ),
    # --- input files people write (check, allocate, definitions, packages) --------------------
    "input.missing": N("{where}: жол жоқ", "{where}: нет поля", "{where}: missing field"),
    "input.not-object": N(
        "{where}: JSON нысаны күтілді, табылғаны {found}",
        "{where}: ожидался объект JSON, найдено {found}",
        "{where}: expected a JSON object, found {found}",
    ),
    "input.not-whole": N(
        "{where}: бүтін сан күтілді, табылғаны {found}",
        "{where}: ожидалось целое число, найдено {found}",
        "{where}: expected a whole number, found {found}",
    ),
    "input.out-of-range": N(
        "{where}: {minimum}-ден {maximum}-ге дейінгі бүтін сан күтілді, табылғаны {found}",
        "{where}: ожидалось целое число от {minimum} до {maximum}, найдено {found}",
        "{where}: expected a whole number from {minimum:,} to {maximum:,}, found {found}",
    ),
    "input.unknown-election": N(
        "{where}: сайлау идентификаторы күтілді ({known}), табылғаны {found}",
        "{where}: ожидался идентификатор выборов ({known}), найдено {found}",
        "{where}: expected the id of an election ({known}), found {found}",
    ),
    "input.other-election": N(
        "{where}: {expected} күтілді, табылғаны {found}",
        "{where}: ожидалось {expected}, найдено {found}",
        "{where}: expected {expected}, found {found}",
    ),
    "input.unknown-ballot": N(
        "{where}: 'party-list' немесе 'constituency' күтілді, табылғаны {found}",
        "{where}: ожидалось 'party-list' или 'constituency', найдено {found}",
        "{where}: expected 'party-list' or 'constituency', found {found}",
    ),
    "input.no-such-ballot": N(
        "{where}: {election} сайлауында мұндай бюллетень жоқ: {ballot}",
        "{where}: в выборах {election} нет такого бюллетеня: {ballot}",
        "{where}: election {election} has no {ballot}",
    ),
    "input.bad-precinct": N(
        "{where}: учаске нөмірі немесе коды күтілді (20 таңбаға дейін), табылғаны {found}",
        "{where}: ожидался номер или код участка (до 20 знаков), найдено {found}",
        "{where}: expected a precinct number or code (up to 20 characters), found {found}",
    ),
    "input.missing-district": N(
        "{where}: жол жоқ (жасыл хаттама өз округін атайды)",
        "{where}: нет поля (зелёный протокол называет свой округ)",
        "{where}: missing field (a green protocol names its district)",
    ),
    "input.bad-district": N(
        "{where}: 1–{maximum} округ нөмірі күтілді, табылғаны {found}",
        "{where}: ожидался номер округа 1–{maximum}, найдено {found}",
        "{where}: expected a district number 1–{maximum}, found {found}",
    ),
    "input.unknown-field": N(
        "{where}: белгісіз жол; мыналардың бірі күтілді: {expected}",
        "{where}: неизвестное поле; ожидалось одно из: {expected}",
        "{where}: unknown field; expected one of {expected}",
    ),
    "input.unknown-choice": N(
        "{where}: белгісіз таңдау; мыналардың бірі күтілді: {expected}",
        "{where}: неизвестный выбор; ожидалось одно из: {expected}",
        "{where}: unknown choice; expected one of {expected}",
    ),
    "input.other-district-candidate": N(
        "{where}: бұл кандидат {district} округта емес, {other} округта тұр",
        "{where}: этот кандидат баллотируется не в округе {district}, а в округе {other}",
        "{where}: this candidate stands in district {other}, not in district {district}",
    ),
    "input.unknown-precinct": N(
        "{where}: тізілімде {found} учаскесі жоқ",
        "{where}: участка {found} нет в реестре",
        "{where}: precinct {found} is not in the register",
    ),
    "input.abroad-no-district": N(
        "{where}: {precinct} учаскесі шетелде: онда жасыл бюллетень де, округ та жоқ",
        "{where}: участок {precinct} за рубежом: там нет ни зелёного бюллетеня, ни округа",
        "{where}: precinct {precinct} is abroad: it has no green ballot and no district",
    ),
    "input.precinct-other-district": N(
        "{where}: тізілім бойынша {precinct} учаскесі {expected} округта, табылғаны {found}",
        "{where}: по реестру участок {precinct} в округе {expected}, найдено {found}",
        "{where}: the register puts precinct {precinct} in district {expected}, found {found}",
    ),
    "input.missing-vote": N(
        "{where}: дауыс жолы жоқ", "{where}: нет строки голосов", "{where}: missing vote line"
    ),
    "input.no-candidates": N(
        "{where}: кемінде бір кандидат жолы күтілді",
        "{where}: ожидалась хотя бы одна строка кандидата",
        "{where}: expected at least one candidate line",
    ),
    "input.no-against-all": N(
        "{where}: {election} сайлауында «барлығына қарсы» жолы жоқ",
        "{where}: в выборах {election} нет строки «против всех»",
        "{where}: election {election} has no 'against all' line",
    ),
    "input.bad-threshold": N(
        "{where}: 0–100 күтілді, табылғаны {found}",
        "{where}: ожидалось 0–100, найдено {found}",
        "{where}: expected 0–100, found {found}",
    ),
    "input.not-one-of": N(
        "{where}: мыналардың бірі күтілді: {expected}, табылғаны {found}",
        "{where}: ожидалось одно из: {expected}, найдено {found}",
        "{where}: expected one of {expected}, found {found}",
    ),
    "input.no-parties": N(
        "{where}: партиялардың бос емес тізімі күтілді",
        "{where}: ожидался непустой список партий",
        "{where}: expected a non-empty list of parties",
    ),
    "input.bad-code": N(
        "{where}: 1–40 таңбалы мәтін күтілді, табылғаны {found}",
        "{where}: ожидался текст из 1–40 знаков, найдено {found}",
        "{where}: expected a text of 1–40 characters, found {found}",
    ),
    "input.duplicate-code": N(
        "{where}: партия коды қайталанады: {found}",
        "{where}: код партии повторяется: {found}",
        "{where}: duplicate party code {found}",
    ),
    "input.no-allocation": N(
        "{where}: орындарды бөлу мүмкін емес: {detail}",
        "{where}: места распределить нельзя: {detail}",
        "{where}: {detail}",
    ),
    "input.too-large": N(
        "{where}: {limit} МБ-тан үлкен",
        "{where}: больше {limit} МБ",
        "{where}: larger than {limit} MB",
    ),
    "input.not-utf8": N(
        "{where}: UTF-8 мәтіні емес ({byte}-байт)",
        "{where}: не текст UTF-8 (байт {byte})",
        "{where}: not UTF-8 text (byte {byte})",
    ),
    "input.not-json": N(
        "{where}: JSON емес: {detail}",
        "{where}: не JSON: {detail}",
        "{where}: not valid JSON: {detail}",
    ),
    "input.too-deep": N(
        "{where}: {limit} деңгейден терең салынған",
        "{where}: вложенность глубже {limit} уровней",
        "{where}: nested more than {limit} deep",
    ),
    "input.nan": N(
        "{where}: NaN немесе Infinity: тек бүтін және шекті сандар оқылады",
        "{where}: NaN или Infinity: читаются только целые и конечные числа",
        "{where}: NaN or Infinity: only whole and finite numbers are read",
    ),
    "input.number-too-long": N(
        "{where}: тым ұзын немесе шексіз сан: {digits} цифрға дейінгі шекті сандар оқылады",
        "{where}: слишком длинное или бесконечное число: читаются конечные числа до {digits} цифр",
        "{where}: a number too long or infinite: finite numbers of at most {digits} digits are "
        "read",
    ),
    "input.text-too-long": N(
        "{where}: {limit} таңбадан ұзын мәтін",
        "{where}: текст длиннее {limit} знаков",
        "{where}: a text longer than {limit:,} characters",
    ),
    "input.not-unicode": N(
        "{where}: жарамды Unicode емес мәтін (жалғыз суррогат)",
        "{where}: текст не в корректном Unicode (одиночный суррогат)",
        "{where}: a text that is not valid Unicode (a lone surrogate)",
    ),
    "input.unreadable": N(
        "{where}: оқу мүмкін емес: {detail}",
        "{where}: не читается: {detail}",
        "{where}: cannot read: {detail}",
    ),
    # --- who may make what official (domain.authority) ---------------------------------
    "authority.not-member": N(
        "{signer} қол қойған, ол {commission} комиссиясының мүшесі емес",
        "подписан {signer}, который не является членом комиссии {commission}",
        "signed by {signer}, who is not a member of commission {commission}",
    ),
    "authority.no-signing-role": N(
        "{signer} қол қойған: {commission} комиссиясындағы рөлі ({role}) қол қоюға құқық бермейді",
        "подписан {signer}: его роль в комиссии {commission} ({role}) не даёт права подписи",
        "signed by {signer}, whose role in commission {commission} ({role}) may not sign",
    ),
    "authority.absent": N(
        "{signer} қол қойған, бірақ хаттама бойынша {commission} отырысында болмаған",
        "подписан {signer}, но по протоколу он не присутствовал на заседании {commission}",
        "signed by {signer}, who the protocol says was absent from commission {commission}",
    ),
    "authority.chair-present": N(
        "{signer} ({role}) қол қойған, ал {commission} төрағасы қатысқан: төраға қол қояды",
        "подписан {signer} ({role}), хотя председатель комиссии {commission} присутствовал: "
        "подписывает председатель",
        "signed by {signer} ({role}) while the chair of commission {commission} was present: "
        "the chair signs",
    ),
    "authority.not-their-document": N(
        "{signer} {commission} атынан {document} хаттамасына қол қоя алмайды",
        "{signer} не может подписывать протокол {document} от имени комиссии {commission}",
        "{signer} may not sign the protocol of {document} on behalf of commission {commission}",
    ),
    "authority.organisation": N(
        "{signer} ұйым кілтімен қол қойған: {commission} үшін ұйым кілті рұқсат етілмеген",
        "подписан ключом организации {signer}: для {commission} ключ организации не допускается",
        "signed with the organisation key of {signer}: not allowed for {commission}",
    ),
    "permission.no-session": N(
        "Жұмыс сеансы жоқ: {document} үшін «{action}» әрекетін тек кірген комиссия мүшесі "
        "жасай алады",
        "Нет рабочего сеанса: действие «{action}» для {document} выполняет только вошедший член "
        "комиссии",
        "no one is signed in: only a commission member in a session may {action} for {document}",
    ),
    "permission.observer": N(
        "{member} — бақылаушы: тек қарай алады",
        "{member} — наблюдатель: только просмотр",
        "{member} is an observer: reading only",
    ),
    "permission.manage": N(
        "{member} ({role}) {document} құрамы мен PIN-кодтарын өзгерте алмайды: төраға немесе хатшы",
        "{member} ({role}) не может менять состав и PIN-коды {document}: это делает председатель "
        "или секретарь",
        "{member} ({role}) may not change the roster or PINs of {document}: the chair or the "
        "secretary of that commission does",
    ),
    "permission.not-above": N(
        "{member} ({commission}) {document} хаттамасын қабылдай не қайтара алмайды: "
        "жоғары тұрған комиссия шешеді",
        "{member} ({commission}) не может принять или отклонить протокол {document}: решает "
        "вышестоящая комиссия",
        "{member} ({commission}) may not accept or reject the protocol of {document}: the "
        "commission above decides",
    ),
    "permission.role": N(
        "{member}: {role} рөлі «{action}» әрекетіне құқық бермейді ({document})",
        "{member}: роль «{role}» не даёт права на действие «{action}» ({document})",
        "{member}: the role {role} may not {action} ({document})",
    ),
    "permission.keyed-and-accepting": N(
        "{member} {precinct} учаскесінің хаттамасын өзі енгізген: оны комиссияның басқа мүшесі "
        "қабылдайды",
        "{member} сам ввёл протокол участка {precinct}: принимает его другой член комиссии",
        "{member} keyed precinct {precinct}'s protocol: another member of the commission "
        "accepts it",
    ),
    "permission.chair-present": N(
        "{member} ({role}): төраға қатысып отыр, хаттаманы төраға қорытындылайды ({document})",
        "{member} ({role}): председатель присутствует, протокол подписывает председатель "
        "({document})",
        "{member} ({role}): the chair is present, so the chair finalises ({document})",
    ),
    "permission.not-their-document": N(
        "{member} ({commission}) {document} хаттамасын енгізе алмайды",
        "{member} ({commission}) не может вводить протокол {document}",
        "{member} ({commission}) may not key the protocol of {document}",
    ),
    "iin.format": N(
        "ЖСН 12 цифрдан тұрады, берілгені: {iin}",
        "ИИН состоит из 12 цифр, указано: {iin}",
        "an IIN has 12 digits, found {iin}",
    ),
    "iin.check-digit": N(
        "ЖСН {iin}: бақылау цифры дұрыс емес",
        "ИИН {iin}: неверная контрольная цифра",
        "IIN {iin}: the check digit is wrong",
    ),
    "roster.iin": N(
        "{commission}: {name} мүшесінің ЖСН-і жоқ немесе қате",
        "{commission}: у члена {name} нет ИИН или он неверен",
        "{commission}: member {name} has no valid IIN",
    ),
    "roster.twice": N(
        "{commission}: ЖСН {iin} құрамда екі рет",
        "{commission}: ИИН {iin} в составе дважды",
        "{commission}: IIN {iin} is on the roster twice",
    ),
    "roster.no-name": N(
        "{commission}: ЖСН {iin} мүшесінің аты жоқ",
        "{commission}: у члена с ИИН {iin} нет имени",
        "{commission}: the member with IIN {iin} has no name",
    ),
    "roster.role-twice": N(
        "{commission}: «{role}» рөлі екі мүшеде",
        "{commission}: роль «{role}» у двух членов",
        "{commission}: two members hold the role {role}",
    ),
    "roster.no-member": N(
        "{commission} құрамында ЖСН {iin} мүшесі жоқ",
        "в составе {commission} нет члена с ИИН {iin}",
        "{commission} has no member with IIN {iin} on its roster",
    ),
    "replace.no-decision": N(
        "{commission}: мүшені ауыстыру туралы шешімді (нөмірі мен күні) көрсетіңіз",
        "{commission}: укажите решение о замене члена (номер и дату)",
        "{commission}: name the decision replacing the member (its number and date)",
    ),
    "replace.self": N(
        "{commission}: мүше өзінің ауыстырылуын өзі тіркемейді; оны төраға, хатшы "
        "немесе жоғары комиссия тіркейді",
        "{commission}: член комиссии не оформляет собственную замену; это делает "
        "председатель, секретарь или вышестоящая комиссия",
        "{commission}: a member does not record their own replacement; the chair, the "
        "secretary or the commission above does",
    ),
    "replace.on-roster": N(
        "{commission}: ЖСН {iin} мүшесі құрамда бұрыннан бар",
        "{commission}: член с ИИН {iin} уже в составе",
        "{commission}: the member with IIN {iin} is already on the roster",
    ),
    "replace.same": N(
        "{commission}: жаңа мүшенің ЖСН-і ({iin}) кететін мүшенікімен бірдей",
        "{commission}: ИИН нового члена ({iin}) совпадает с ИИН выбывающего",
        "{commission}: the new member's IIN ({iin}) is the leaving member's",
    ),
    "replace.observer": N(
        "{commission}: бақылаушы комиссия мүшесі емес және оның орнына тағайындалмайды",
        "{commission}: наблюдатель не член комиссии и не назначается на место члена",
        "{commission}: an observer is not a member and is not appointed in a member's place",
    ),
    "input.roster-columns": N(
        "{where}: 4 баған керек, берілгені: {found}",
        "{where}: нужно 4 столбца, найдено: {found}",
        "{where}: expected 4 columns, found {found}",
    ),
    "input.roster-iin": N(
        "{where}: ЖСН {iin} қате (12 цифр және бақылау цифры)",
        "{where}: ИИН {iin} неверен (12 цифр и контрольная цифра)",
        "{where}: IIN {iin} is not valid (12 digits with a check digit)",
    ),
    "input.roster-role": N(
        "{where}: рөл chair, deputy, secretary, member немесе observer болуы керек, "
        "берілгені: {found}",
        "{where}: роль должна быть chair, deputy, secretary, member или observer, найдено: {found}",
        "{where}: the role must be chair, deputy, secretary, member or observer, found {found}",
    ),
    "session.wrong-pin": N(
        "{commission}: ЖСН немесе PIN қате",
        "{commission}: неверный ИИН или PIN",
        "{commission}: wrong IIN or PIN",
    ),
    "session.no-pin": N(
        "{member} үшін PIN әлі орнатылмаған: оны комиссия төрағасы немесе хатшысы орнатады",
        "Для {member} PIN ещё не задан: его задаёт председатель или секретарь комиссии",
        "no PIN is set for {member} yet: the chair or the secretary of the commission sets it",
    ),
    "session.pin-format": N(
        "PIN кемінде {minimum} цифрдан тұрады",
        "PIN состоит минимум из {minimum} цифр",
        "a PIN has at least {minimum} digits",
    ),
    "review.not-finalised": N(
        "{precinct} учаскесі ({ballot}): хаттама {state} күйінде, тек қорытындыланған "
        "хаттама қабылданады не қайтарылады",
        "участок {precinct} ({ballot}): протокол в состоянии «{state}», принять или отклонить "
        "можно только подписанный",
        "precinct {precinct} ({ballot}): the protocol is {state}; only a finalised protocol "
        "can be accepted or rejected",
    ),
    "review.needs-reason": N(
        "{precinct} учаскесі ({ballot}): қайтару себебін жазыңыз",
        "участок {precinct} ({ballot}): укажите причину отклонения",
        "precinct {precinct} ({ballot}): a rejection needs its reason",
    ),
    "keys.authority": N(
        "{folder}: куәландырушы орталықтың кілтін ашу мүмкін емес ({detail}): құпия сөз басқа ма?",
        "{folder}: не удаётся открыть ключ удостоверяющего центра ({detail}): другой пароль?",
        "{folder}: cannot open the certification authority's key ({detail}): another passphrase?",
    ),
    "seats.too-few-seats": N(
        "орын саны кемінде 1 болуы керек, берілгені {found}",
        "мест должно быть не меньше 1, указано {found}",
        "seats must be at least 1, found {found}",
    ),
    "seats.threshold-range": N(
        "кедергі 0–100 % аралығында болуы керек, берілгені {found}",
        "порог должен быть от 0 до 100 %, указано {found}",
        "threshold_percent must be within 0–100, found {found}",
    ),
    "seats.duplicate-parties": N(
        "партия кодтары қайталанады: {parties}",
        "коды партий повторяются: {parties}",
        "duplicate party codes: {parties}",
    ),
    "seats.negative-votes": N(
        "{party} партиясы: дауыс саны 0-ден кем болмауы керек, берілгені {found}",
        "партия {party}: голосов не может быть меньше 0, указано {found}",
        "party {party}: votes must be ≥ 0, found {found}",
    ),
    "seats.negative-other": N(
        "«барлығына қарсы» мен жарамсыз бюллетеньдер 0-ден кем болмауы керек",
        "«против всех» и недействительные бюллетени не могут быть меньше 0",
        "against_all and invalid must be ≥ 0",
    ),
    "seats.no-party-passed": N(
        "бірде-бір партия {threshold} % кедергіден өтпеді ({base} дауыстың {needed}): "
        "орындарды бөлу мүмкін емес",
        "ни одна партия не преодолела порог {threshold} % ({needed} из {base} голосов): "
        "места распределить нельзя",
        "no party reached the {threshold}% threshold ({needed} of {base} votes): "
        "seats cannot be allocated",
    ),
    "seats.too-few-for-minimum": N(
        "кедергіден тек {passed} өтті, ал {seats} орынмен екінші орындағы {runner_up} "
        "партиясына ең аз {minimum} орын беріп, {passed} партиясына орын қалдыру мүмкін емес",
        "порог преодолела только {passed}, а {seats} мест не хватает, чтобы дать второй "
        "партии {runner_up} минимум {minimum} мест и оставить места {passed}",
        "only {passed} passed the threshold, and {seats} seat(s) cannot give the runner-up "
        "{runner_up} its minimum of {minimum} and leave any to {passed}",
    ),
    "district.lot-not-tied": N(
        "{district} округ: жеребе {candidate} үшін тартылды, бірақ ол тең дауыс алған "
        "көшбасшылардың ішінде жоқ ({tied}): жеребе тек солардың арасында тартылады",
        "округ {district}: жребий записан за {candidate}, но его нет среди лидеров с равным "
        "числом голосов ({tied}): жребий тянут только между ними",
        "district {district}: a lot is recorded for {candidate}, who is not among the leaders "
        "tied for first place ({tied}): lots are drawn only among them",
    ),
    "signature.no-chair": N(
        "{commission} комиссиясының төрағасы құрамда жоқ (немесе ЖСН-сіз): кімнің кілті "
        "екенін --key арқылы көрсетіңіз",
        "в составе {commission} нет председателя (или он без ИИН): укажите ключ через --key",
        "commission {commission} has no chair with an IIN on its roster: name the key with --key",
    ),
    "official.not-a-version": N(
        "{provenance} көшірмесі ресми хаттама нұсқасы бола алмайды",
        "копия ({provenance}) не может стать версией официального протокола",
        "a copy ({provenance}) can never be a version of the official protocol",
    ),
    "official.unsigned-copy": N(
        "фото не скан ретінде алынған: қол қойылмаған",
        "получен как фото или скан: не подписан",
        "received as a photo or scan: unsigned",
    ),
    "official.observer-copy": N(
        "бақылаушының көшірмесі: ресми хаттама емес",
        "копия наблюдателя: не официальный протокол",
        "an observer's copy: not an official protocol",
    ),
    "record.authority": N(
        "protocols[{index}] ({precinct} учаскесі, {ballot}): {reason}",
        "protocols[{index}] (участок {precinct}, {ballot}): {reason}",
        "protocols[{index}] (precinct {precinct}, {ballot}): {reason}",
    ),
    "summary.authority": N(
        "summaries[{index}]: {reason}",
        "summaries[{index}]: {reason}",
        "summaries[{index}]: {reason}",
    ),
    "pdf.authority": N("{reason}", "{reason}", "{reason}"),
    "pdf.no-identity": N(
        "қол қоюшының сертификатында ЖСН де, БСН де жоқ ({signer})",
        "в сертификате подписавшего нет ни ИИН, ни БИН ({signer})",
        "the signer's certificate names no IIN or BIN ({signer})",
    ),
    "pdf.unknown-precinct": N(
        "{precinct} учаскесі бұл сайлауда жоқ",
        "участка {precinct} нет в этих выборах",
        "precinct {precinct} is not in this election",
    ),
    "audit.provenance-altered": N(
        "{precinct} учаскесі ({ballot}), {version}-нұсқа: шығу тегі жазылғаннан өзгеше",
        "участок {precinct} ({ballot}), версия {version}: происхождение отличается от записанного",
        "precinct {precinct} ({ballot}), version {version}: its provenance differs from the record",
    ),
    "audit.received-unproven": N(
        "{precinct} учаскесі ({ballot}), {version}-нұсқа: қол қойылып алынған деп жазылған, "
        "бірақ алынған кезде сақталған қол қойылған файлдардың ешқайсысында жоқ",
        "участок {precinct} ({ballot}), версия {version}: записана как полученная с подписью, "
        "но ни один подписанный файл, сохранённый при получении, её не содержит",
        "precinct {precinct} ({ballot}), version {version}: recorded as received signed, but "
        "no signed file kept on receipt holds it",
    ),
    "audit.received-differs": N(
        "{precinct} учаскесі ({ballot}), {version}-нұсқа: сандары қол қойылған жазбадан "
        "өзгеше (сақталғаны ≠ қол қойылғаны): {lines}",
        "участок {precinct} ({ballot}), версия {version}: цифры отличаются от подписанной "
        "записи (хранится ≠ подписано): {lines}",
        "precinct {precinct} ({ballot}), version {version}: its figures differ from the signed "
        "record (stored ≠ signed): {lines}",
    ),
    "audit.received-file-unverified": N(
        "алынған {file} файлы енді тексерілмейді: {reason}",
        "полученный файл {file} больше не проходит проверку: {reason}",
        "the received file {file} no longer verifies: {reason}",
    ),
    "audit.received-no-trust": N(
        "қол қойылып алынған {versions} нұсқаны тексеру мүмкін емес: сенімді куәландырушы "
        "орталық жоқ (--trust арқылы көрсетіңіз)",
        "{versions} версий, полученных с подписью, проверить нельзя: нет доверенного "
        "удостоверяющего центра (укажите его в --trust)",
        "{versions} versions received signed cannot be checked: no trusted authority (name one "
        "with --trust)",
    ),
    "audit.enrolment-unverified": N(
        "жұмыс орнын тіркеу (жазба {entry}) тексерілмеді: {reason}",
        "регистрация рабочего места (запись {entry}) не прошла проверку: {reason}",
        "the enrolment of a workstation (entry {entry}) does not verify: {reason}",
    ),
    "audit.seal-forged": N(
        "{key} жұмыс орнының мөрі {seal} оның кілтімен қойылмаған",
        "печать {seal} рабочего места {key} поставлена не его ключом",
        "seal {seal} of workstation {key} was not made with its key",
    ),
    "audit.seal-not-enrolled": N(
        "{key} жұмыс орны комиссия төрағасымен тіркелмеген: оның {seals} мөрі ештеңені растамайды",
        "рабочее место {key} не зарегистрировано председателем комиссии: его печати ({seals}) "
        "ничего не подтверждают",
        "workstation {key} is not enrolled by a commission's chair: its {seals} seal(s) prove "
        "nothing",
    ),
    "audit.protocol-unsealed": N(
        "{precinct} учаскесі ({ballot}): {entries} оқиға (жазба {first} бастап) тіркелген "
        "жұмыс орнының мөрінсіз — оны жұмыс орнының кілті жоқ біреу жазған",
        "участок {precinct} ({ballot}): {entries} событий (с записи {first}) без печати "
        "зарегистрированного рабочего места — их записал кто-то без ключа рабочего места",
        "precinct {precinct} ({ballot}): {entries} event(s) from entry {first} bear no "
        "enrolled workstation's seal: written by someone without a workstation's key",
    ),
    "audit.entries-unsealed": N(
        "{chain}: {entries} жазба ({first} бастап) тіркелген жұмыс орнының мөрінсіз",
        "{chain}: {entries} записей (с {first}) без печати зарегистрированного рабочего места",
        "{chain}: {entries} entries from entry {first} bear no enrolled workstation's seal",
    ),
    "enrolment.refused": N(
        "жұмыс орнын тіркеу мүмкін емес",
        "зарегистрировать рабочее место нельзя",
        "the workstation cannot be enrolled",
    ),
    "audit.sealed-entries-missing": N(
        "жұмыс орны мөрлеген {entries} жазба журналдан жойылған",
        "{entries} записей, скреплённых печатью рабочего места, удалены из журнала",
        "{entries} entries a workstation sealed were removed from the record",
    ),
    "audit.setup-unrecorded": N(
        "{election} сайлауының баптауы журналда жазылмаған",
        "настройка выборов {election} не записана в журнале",
        "the setup of election {election} is not in the record",
    ),
    "audit.setup-unsigned": N(
        "сайлау баптауы (жазба {entry}) ОСК қол қоюымен расталмаған: {reason}",
        "настройка выборов (запись {entry}) не подтверждена подписью ЦИК: {reason}",
        "the election's setup (entry {entry}) is not proven by the CEC's signature: {reason}",
    ),
    "audit.setup-altered": N(
        "сайлау баптауының «{part}» бөлігі соңғы жазбадан кейін (жазба {entry}) қосымшаны "
        "айналып өзгертілген",
        "часть настройки выборов «{part}» изменена в обход приложения после последней записи "
        "(запись {entry})",
        "the election's {part} changed outside the app since it was last recorded (entry {entry})",
    ),
    "setup.not-signed": N(
        "оны әкімші жазған, ОСК қол қоймаған",
        "её записал администратор, ЦИК не подписывал",
        "it was recorded by the administrator, not signed by the CEC",
    ),
    "checkpoint.refused": N(
        "бақылау нүктесін қабылдау мүмкін емес",
        "контрольную точку принять нельзя",
        "the checkpoint cannot be used",
    ),
    "checkpoint.too-large": N(
        "{file}: бақылау нүктесі тым үлкен ({limit} байттан асады)",
        "{file}: контрольная точка слишком велика (больше {limit} байт)",
        "{file}: the checkpoint is too large (over {limit} bytes)",
    ),
    "checkpoint.unreadable": N(
        "{file} оқылмайды: {detail}",
        "{file} не читается: {detail}",
        "{file} cannot be read: {detail}",
    ),
    "checkpoint.format": N(
        "{file}: tallyapp бақылау нүктесі емес",
        "{file}: это не контрольная точка tallyapp",
        "{file}: not a tallyapp checkpoint",
    ),
    "audit.checkpoint-unverified": N(
        "{file} бақылау нүктесі тексерілмеді: {reason}",
        "контрольная точка {file} не прошла проверку: {reason}",
        "the checkpoint {file} does not verify: {reason}",
    ),
    "audit.checkpoint-other-election": N(
        "{file} бақылау нүктесі басқа сайлауға арналған",
        "контрольная точка {file} относится к другим выборам",
        "the checkpoint {file} is of another election",
    ),
    "audit.checkpoint-cut": N(
        "{chain}: бақылау нүктесінде {entries} жазба болған, қазір {now}: жазба қысқартылған",
        "{chain}: в контрольной точке было {entries} записей, сейчас {now}: запись обрезана",
        "{chain}: the checkpoint saw {entries} entries, the record now holds {now}: it was cut",
    ),
    "audit.checkpoint-rewritten": N(
        "{chain}: {entries}-жазба бақылау нүктесі көргеннен өзгеше: тарих қайта жазылған",
        "{chain}: запись {entries} не та, что видела контрольная точка: история переписана",
        "{chain}: entry {entries} is not the one the checkpoint saw: history was rewritten",
    ),
    "enrolment.malformed": N(
        "тіркеу жазбасы оқылмайды",
        "запись регистрации не читается",
        "the enrolment record is not readable",
    ),
    "enrolment.no-trust": N(
        "сенімді куәландырушы орталық жоқ (--trust)",
        "нет доверенного удостоверяющего центра (--trust)",
        "no trusted authority to check it against (--trust)",
    ),
    "enrolment.signature": N(
        "тіркеудегі қолтаңба жарамсыз: {detail}",
        "подпись регистрации недействительна: {detail}",
        "its signature does not hold: {detail}",
    ),
    "enrolment.other": N(
        "{key} тіркеуі басқа сайлауға немесе басқа кілтке арналған",
        "регистрация {key} относится к другим выборам или другому ключу",
        "the enrolment of {key} is for another election or another key",
    ),
    "enrolment.not-chair": N(
        "{signer} — {commission} комиссиясының төрағасы емес: жұмыс орнын тек төраға тіркейді",
        "{signer} — не председатель комиссии {commission}: рабочее место регистрирует только "
        "председатель",
        "{signer} is not the chair of {commission}: only the chair enrols a workstation",
    ),
    "enrolment.no-chair": N(
        "{commission} комиссиясының тізімінде ЖСН-і бар төраға жоқ",
        "в составе комиссии {commission} нет председателя с ИИН",
        "the roster of {commission} has no chair with an IIN",
    ),
    "workstation.key": N(
        "жұмыс орнының кілтін ({path}) ашу мүмкін емес: {detail}",
        "не удаётся открыть ключ рабочего места ({path}): {detail}",
        "the workstation's key ({path}) cannot be opened: {detail}",
    ),
    "workstation.role": N(
        "{role} рөлін жасау мүмкін емес: {detail}",
        "не удаётся создать роль {role}: {detail}",
        "cannot set up the role {role}: {detail}",
    ),
    "signature.no-rosters": N(
        "қол қоюшының өкілеттігі тексерілмеді: сайлау дерекқоры жоқ (--db көрсетіңіз)",
        "полномочия подписавшего не проверены: нет базы данных выборов (укажите --db)",
        "the signer's authority was not checked: no election database (give --db)",
    ),
    "keys.no-authority": N(
        "{folder}: куәландырушы орталық жоқ (алдымен tallyapp keygen)",
        "{folder}: нет удостоверяющего центра (сначала tallyapp keygen)",
        "{folder}: no certification authority there (run tallyapp keygen first)",
    ),
    "keys.no-such-holder": N(
        "{folder}: ЖСН {iin} иесіне берілген кілт жоқ",
        "{folder}: ключей владельца с ИИН {iin} нет",
        "{folder}: no key was issued to IIN {iin}",
    ),
    "desktop.no-display": N(
        "экран табылмады (DISPLAY не WAYLAND_DISPLAY жоқ): қосымшаны жұмыс үстелінде ашыңыз "
        "немесе tallyapp командаларын пайдаланыңыз (tallyapp --help)",
        "не найден экран (нет DISPLAY или WAYLAND_DISPLAY): откройте приложение на рабочем "
        "столе или используйте команды tallyapp (tallyapp --help)",
        "no display found (DISPLAY or WAYLAND_DISPLAY is not set): open the app on a desktop, "
        "or use the tallyapp commands (tallyapp --help)",
    ),
    # --- a real election's register (domain.register, services.register) -----------------
    "register.columns": N(
        "{where}: бағандар жоқ: {missing} (керегі: {expected})",
        "{where}: нет столбцов: {missing} (нужны: {expected})",
        "{where}: missing columns: {missing} (expected {expected})",
    ),
    "register.precinct-number": N(
        "{where}: учаске нөмірі қате: «{found}» (цифрлар мен әріптер, 16 таңбаға дейін)",
        "{where}: неверный номер участка: «{found}» (цифры и буквы, до 16 знаков)",
        "{where}: not a precinct number: '{found}' (digits and letters, at most 16)",
    ),
    "register.duplicate-precinct": N(
        "{where}: {precinct} учаскесі екі рет берілген ({first}-жолда да бар)",
        "{where}: участок {precinct} указан дважды (также в строке {first})",
        "{where}: precinct {precinct} is listed twice (also on line {first})",
    ),
    "register.unknown-region": N(
        "{where}: сайлауда «{found}» өңірі жоқ (барлары: {known})",
        "{where}: в выборах нет региона «{found}» (есть: {known})",
        "{where}: the election has no region '{found}' (known: {known})",
    ),
    "register.tec-code": N(
        "{where}: аумақтық комиссия коды қате: «{found}» (бас әріптер, цифрлар, - және _; "
        "CEC, DEC-…, PEC-… және өңір кодтары емес)",
        "{where}: неверный код территориальной комиссии: «{found}» (заглавные буквы, цифры, "
        "- и _; не CEC, DEC-…, PEC-… и не код региона)",
        "{where}: not a territorial commission code: '{found}' (capitals, digits, - and _; "
        "not CEC, DEC-…, PEC-… or a region's code)",
    ),
    "register.formula-text": N(
        "{where}: «{found}» кестеде формула ретінде оқылады (= + - @ белгісінен басталады): "
        "атау бұлай басталмайды",
        "{where}: «{found}» таблица прочтёт как формулу (начинается с = + - @): "
        "название так не начинается",
        "{where}: “{found}” would be read as a spreadsheet formula (it starts with = + - @): "
        "no name starts so",
    ),
    "input.formula-text": N(
        "{where}: «{found}» кестеде формула ретінде оқылады (= + - @ белгісінен басталады): "
        "аты-жөні бұлай басталмайды",
        "{where}: «{found}» таблица прочтёт как формулу (начинается с = + - @): "
        "имя так не начинается",
        "{where}: “{found}” would be read as a spreadsheet formula (it starts with = + - @): "
        "no name starts so",
    ),
    "register.no-name": N(
        "{where}: атауы бос",
        "{where}: название не заполнено",
        "{where}: the name is empty",
    ),
    "register.abroad": N(
        "{where}: abroad 0 немесе 1 болуы керек, берілгені: «{found}»",
        "{where}: abroad должно быть 0 или 1, найдено: «{found}»",
        "{where}: abroad must be 0 or 1, found '{found}'",
    ),
    "register.abroad-district": N(
        "{where}: шетелдегі учаскенің округі болмайды, берілгені: {found}",
        "{where}: у участка за рубежом нет округа, найдено: {found}",
        "{where}: a station abroad has no district, found {found}",
    ),
    "register.no-district": N(
        "{where}: елдегі учаскенің округі көрсетілмеген",
        "{where}: для участка в стране не указан округ",
        "{where}: a station at home needs its district",
    ),
    "register.no-districts": N(
        "{where}: бұл сайлауда бірмандатты округтер жоқ, берілгені: {found}",
        "{where}: в этих выборах нет одномандатных округов, найдено: {found}",
        "{where}: this election has no single-member districts, found {found}",
    ),
    "register.unknown-district": N(
        "{where}: сайлауда «{found}» округі жоқ (округтер: {known})",
        "{where}: в выборах нет округа «{found}» (округа: {known})",
        "{where}: the election has no district '{found}' (districts: {known})",
    ),
    "register.district-region": N(
        "{where}: {district}-округ {home} өңірінде, {region} өңірінде емес",
        "{where}: округ {district} находится в регионе {home}, а не {region}",
        "{where}: district {district} is in region {home}, not {region}",
    ),
    "register.voters": N(
        "{where}: сайлаушылар саны 0 немесе одан көп бүтін сан болуы керек, берілгені: «{found}»",
        "{where}: число избирателей должно быть целым числом не меньше 0, найдено: «{found}»",
        "{where}: the voters must be a whole number of at least 0, found '{found}'",
    ),
    "register.tec-region": N(
        "{where}: {tec} комиссиясы {first}-жолда {region} өңірінде, мұнда {found}",
        "{where}: комиссия {tec} в строке {first} в регионе {region}, здесь {found}",
        "{where}: commission {tec} is in region {region} on line {first}, here {found}",
    ),
    "register.tec-names": N(
        "{where}: {tec} комиссиясының атауы {first}-жолдағыдан басқа",
        "{where}: название комиссии {tec} отличается от строки {first}",
        "{where}: commission {tec} is named differently on line {first}",
    ),
    "register.tec-districts": N(
        "{where}: {tec} комиссиясының учаскелері екі округте: {district} және {other} "
        "({first}-жол); аумақтық комиссияның учаскелері бір округте болуы керек",
        "{where}: участки комиссии {tec} в двух округах: {district} и {other} (строка {first}); "
        "участки территориальной комиссии должны быть в одном округе",
        "{where}: commission {tec} has precincts in two districts, {district} and {other} "
        "(line {first}); a territorial commission's precincts must lie in one district",
    ),
    "register.empty": N(
        "{where}: тізімде бірде-бір учаске жоқ",
        "{where}: в реестре нет ни одного участка",
        "{where}: the register lists no precinct",
    ),
    "register.candidates-counted": N(
        "округтер {districts}: жасыл бюллетеньдер хаттамалары бар; кандидаттар тізімі енді "
        "өзгермейді",
        "округа {districts}: уже есть протоколы по зелёным бюллетеням; список кандидатов больше "
        "не меняется",
        "districts {districts}: green-ballot protocols are already there; the candidate list can "
        "no longer change",
    ),
    "register.candidate-elsewhere": N(
        "{code} коды {district}-округтің кандидатында бар",
        "код {code} уже у кандидата округа {district}",
        "the code {code} is already a candidate's in district {district}",
    ),
    "results.no-ballot-here": N(
        "{precinct} учаскесінде бұл бюллетень жоқ: {ballot} (шетелдегі учаске)",
        "на участке {precinct} нет этого бюллетеня: {ballot} (участок за рубежом)",
        "precinct {precinct} has no such ballot: {ballot} (a station abroad)",
    ),
    "setup.sign-in-first": N(
        "мүшелер мен кандидаттарды ОСК төрағасы немесе хатшысы жүктейді: солардың бірі ретінде "
        "кіріңіз",
        "членов комиссий и кандидатов загружает председатель или секретарь ЦИК: войдите как "
        "один из них",
        "members and candidates are loaded by the CEC's chair or secretary: sign in as one",
    ),
    "setup.file-in-the-way": N(
        "{path} файлы бар, бірақ онда сайлау жоқ: оны басқа жерге жылжытыңыз немесе басқа "
        "дерекқорды таңдаңыз (--db); ештеңе өзгертілмеді",
        "файл {path} уже есть, но выборов в нём нет: перенесите его или выберите другую базу "
        "(--db); ничего не изменено",
        "{path} is there but holds no election: move it away or choose another database "
        "(--db); nothing was changed",
    ),
    "setup.register-too-late": N(
        "{url} дерекқорында {election} сайлауы бар: учаскелер тізімі тек жаңа дерекқорды құрады",
        "в базе {url} уже есть выборы {election}: реестр участков создаёт только новую базу",
        "{url} already holds {election}: a register of polling stations sets up a new database "
        "only",
    ),
    "input.table-empty": N(
        "{where}: кесте бос",
        "{where}: таблица пуста",
        "{where}: the table is empty",
    ),
    "input.table-too-long": N(
        "{where}: {limit} жолдан көп",
        "{where}: больше {limit} строк",
        "{where}: more than {limit} rows",
    ),
    "input.not-table": N(
        "{where}: CSV (UTF-8) немесе XLSX кестесі емес",
        "{where}: не таблица CSV (UTF-8) или XLSX",
        "{where}: not a CSV (UTF-8) or XLSX table",
    ),
    "input.columns": N(
        "{where}: бағандар жоқ: {missing} (керегі: {expected})",
        "{where}: нет столбцов: {missing} (нужны: {expected})",
        "{where}: missing columns: {missing} (expected {expected})",
    ),
    "input.no-districts": N(
        "{where}: {election} сайлауында бірмандатты округтер жоқ",
        "{where}: в выборах {election} нет одномандатных округов",
        "{where}: {election} has no single-member districts",
    ),
    "input.candidate-district": N(
        "{where}: 1-ден {last}-ге дейінгі округ нөмірі керек, берілгені: «{found}»",
        "{where}: нужен номер округа от 1 до {last}, найдено: «{found}»",
        "{where}: expected a district number from 1 to {last}, found '{found}'",
    ),
    "input.candidate-twice": N(
        "{where}: {code} кандидаты екі рет берілген ({first}-жолда да бар)",
        "{where}: кандидат {code} указан дважды (также в строке {first})",
        "{where}: candidate {code} is listed twice (also on line {first})",
    ),
    "input.no-name": N(
        "{where}: аты-жөні бос",
        "{where}: имя не заполнено",
        "{where}: the name is empty",
    ),
    "input.nomination": N(
        "{where}: ұсынушы партия коды ({parties}) немесе independent болуы керек, берілгені: "
        "«{found}»",
        "{where}: выдвижение должно быть кодом партии ({parties}) или independent, найдено: "
        "«{found}»",
        "{where}: the nomination must be a party code ({parties}) or independent, found '{found}'",
    ),
    "input.ballot-position": N(
        "{where}: бюллетеньдегі орын 1-ден басталатын бүтін сан болуы керек, берілгені: «{found}»",
        "{where}: место в бюллетене должно быть целым числом от 1, найдено: «{found}»",
        "{where}: the ballot position must be a whole number from 1, found '{found}'",
    ),
    "input.position-twice": N(
        "{where}: {district}-округте {position}-орын екі рет ({first}-жолда да бар)",
        "{where}: в округе {district} место {position} занято дважды (также в строке {first})",
        "{where}: district {district} has position {position} twice (also on line {first})",
    ),
    "input.roster-empty": N(
        "{where}: бос",
        "{where}: не заполнено",
        "{where}: empty",
    ),
    # --- checking an election definition (services.definitions) -----------------------
    "definition.required": N(
        "{where}: «{name}» өрісі жоқ",
        "{where}: нет поля «{name}»",
        "{where}: missing field '{name}'",
    ),
    "definition.type": N(
        "{where}: {expected} түрі керек, берілгені: {found}",
        "{where}: нужен тип {expected}, найдено: {found}",
        "{where}: expected {expected}, found {found}",
    ),
    "definition.enum": N(
        "{where}: мыналардың бірі керек: {expected}; берілгені: {found}",
        "{where}: нужно одно из: {expected}; найдено: {found}",
        "{where}: expected one of {expected}, found {found}",
    ),
    "definition.const": N(
        "{where}: {expected} керек, берілгені: {found}",
        "{where}: нужно {expected}, найдено: {found}",
        "{where}: expected {expected}, found {found}",
    ),
    "definition.minimum": N(
        "{where}: кемінде {expected} керек, берілгені: {found}",
        "{where}: нужно не меньше {expected}, найдено: {found}",
        "{where}: expected at least {expected}, found {found}",
    ),
    "definition.pattern": N(
        "{where}: {found} үлгіге сай емес ({expected})",
        "{where}: {found} не соответствует образцу ({expected})",
        "{where}: {found} does not match the pattern {expected}",
    ),
    "definition.additional": N(
        "{where}: белгісіз өріс: {name}",
        "{where}: неизвестное поле: {name}",
        "{where}: unknown field: {name}",
    ),
    "definition.min-items": N(
        "{where}: кемінде {expected} элемент керек, берілгені: {found}",
        "{where}: нужно не меньше {expected} элементов, найдено: {found}",
        "{where}: expected at least {expected} items, found {found}",
    ),
    "definition.max-items": N(
        "{where}: {expected} элементтен көп емес, берілгені: {found}",
        "{where}: не больше {expected} элементов, найдено: {found}",
        "{where}: expected at most {expected} items, found {found}",
    ),
    "definition.unique": N(
        "{where}: бірдей элементтер бар",
        "{where}: есть повторяющиеся элементы",
        "{where}: an item is repeated",
    ),
    "definition.empty": N(
        "{where}: мәтін бос",
        "{where}: пустой текст",
        "{where}: an empty text",
    ),
    "definition.any-of": N(
        "{where}: min_percent немесе max_percent керек",
        "{where}: нужно min_percent или max_percent",
        "{where}: needs min_percent or max_percent",
    ),
    "definition.schema": N(
        "{where}: сызбаға сай емес ({rule})",
        "{where}: не соответствует схеме ({rule})",
        "{where}: does not match the schema ({rule})",
    ),
    "definition.rule": N(
        "{where}: сайлау ережесі бұзылған: {detail}",
        "{where}: нарушено правило выборов: {detail}",
        "{where}: {detail}",
    ),
    # Anomaly findings: informational, never a result. Each check's name, its finding in a
    # line, and the detail; the figures come from the finding's params.
    "anomaly.round-percentages.name": N(
        "Дөп-дөңгелек пайыздар", "Идеально круглые проценты", "Exactly round percentages"
    ),
    "anomaly.round-percentages": N(
        "{count} пайыз {round_to} ондық таңбаға дейін дөп-дөңгелек",
        "{count} процент(ов) ровно круглые до {round_to} знака",
        "{count} percentage(s) exactly round at {round_to} decimal(s)",
    ),
    "anomaly.round-percentages.detail": N(
        "{decimals} ондық таңбамен жазылған {total} үлестің {count}-і {zeros} нөлмен "
        "аяқталады; кездейсоқ шамамен {expected} күтіледі. {examples}",
        "{count} из {total} долей, записанных с {decimals} знаками, оканчиваются {zeros} "
        "нулём (нулями); случайно ожидается около {expected}. {examples}",
        "{count} of {total} shares, printed with {decimals} decimals, end in {zeros} zero(s); "
        "about {expected} expected by chance. {examples}",
    ),
    "anomaly.last-digits.name": N("Соңғы цифрлар", "Последние цифры", "Last digits"),
    "anomaly.last-digits": N(
        "Учаскелік хаттамалардағы партия дауыстарының соңғы цифрлары біркелкі емес",
        "Последние цифры голосов за партии в протоколах участков неравномерны",
        "Last digits of party votes in precinct protocols depart from uniform",
    ),
    "anomaly.last-digits.detail": N(
        "χ² = {chi}, еркіндік дәрежесі 9, p = {p}, {sample} сан бойынша; 0–9 цифрлары "
        "сонша рет кездеседі: {counts}",
        "χ² = {chi} при 9 степенях свободы, p = {p}, по {sample} числам; цифры 0–9 "
        "встречаются: {counts}",
        "χ² = {chi} with 9 degrees of freedom, p = {p}, over {sample} counts; digits 0–9 "
        "occur {counts} times",
    ),
    "anomaly.turnout-share.name": N(
        "Қатысу мен көшбасшы үлесі", "Явка и доля лидера", "Turnout and the leader's share"
    ),
    "anomaly.turnout-share": N(
        "{count} учаскеде көшбасшының үлесі қатысу болжағаннан әлдеқайда жоғары",
        "{count} участок(ов), где доля лидера намного выше, чем предсказывает явка",
        "{count} precinct(s) where the leader's share is far above what turnout predicts",
    ),
    "anomaly.turnout-share.detail": N(
        "үлес ≈ {intercept} + {slope} × қатысу, {n} учаске бойынша; {threshold} берік "
        "ауытқудан жоғарылары белгіленді (учаске, қатысу / үлес): {listing}",
        "доля ≈ {intercept} + {slope} × явка по {n} участкам; отмечены превышения более "
        "{threshold} устойчивых отклонений (участок, явка / доля): {listing}",
        "share ≈ {intercept} + {slope} × turnout over {n} precincts; flagged more than "
        "{threshold} robust deviations above (precinct, turnout / share): {listing}",
    ),
    "anomaly.high-turnout.name": N("Жоғары қатысу", "Высокая явка", "High turnout"),
    "anomaly.high-turnout": N(
        "{count} учаскеде қатысу {above}%-дан жоғары",
        "{count} участок(ов) с явкой выше {above}%",
        "{count} precinct(s) with turnout above {above}%",
    ),
    "anomaly.high-turnout.detail": N(
        "учаске (бюллетеньдер / сайлаушылар, қатысу): {listing}",
        "участок (бюллетени / избиратели, явка): {listing}",
        "precinct (ballots / voters, turnout): {listing}",
    ),
    "anomaly.identical.name": N("Бірдей хаттамалар", "Одинаковые протоколы", "Identical protocols"),
    "anomaly.identical": N(
        "{count} учаскенің хаттамалары бірдей",
        "Одинаковые протоколы на {count} участках",
        "Identical protocols in {count} precincts",
    ),
    "anomaly.identical.detail": N(
        "{precincts} учаскелері бірдей сандарды көрсетеді: {values}",
        "участки {precincts} показывают одни и те же цифры: {values}",
        "precincts {precincts} report the same figures: {values}",
    ),
    "anomaly.observer.name": N("Байқаушының көшірмесі", "Копия наблюдателя", "Observer's copy"),
    "anomaly.observer": N(
        "{precinct} учаскесі ({ballot}): байқаушының көшірмесі ресми хаттамадан өзгеше",
        "участок {precinct} ({ballot}): копия наблюдателя отличается от официального протокола",
        "precinct {precinct} ({ballot}): the observer's copy differs from the official protocol",
    ),
    "anomaly.observer.detail": N(
        "жол: ресми ≠ көшірме — {differences} (көшірменің саусақ ізі {fingerprint})",
        "строка: официально ≠ копия — {differences} (отпечаток копии {fingerprint})",
        "line: official ≠ copy — {differences} (copy fingerprint {fingerprint})",
    ),
    # --- the embedded database on one laptop (storage/durability.py) -------------------------
    "storage.refused": N(
        "{path} дерекқоры бұл жазбаны қауіпсіз сақтай алмайды: ештеңе жазылған жоқ",
        "база данных {path} не может надёжно сохранить эту запись: ничего не записано",
        "the database {path} cannot take this write safely: nothing was written",
    ),
    "storage.database-gone": N(
        "сақталмады: {path} дерекқор файлы бағдарлама жұмыс істеп тұрғанда жойылды немесе "
        "орны ауыстырылды. Файлды орнына қайтарып, tallyapp-ты қайта іске қосыңыз",
        "не сохранено: файл базы данных {path} удалён или перемещён, пока программа работала. "
        "Верните файл на место и перезапустите tallyapp",
        "not saved: the database file {path} was removed or moved while the app was running. "
        "Put the file back and start tallyapp again",
    ),
    "storage.database-replaced": N(
        "сақталмады: {path} жолында енді басқа файл тұр (бағдарлама жұмыс істеп тұрғанда "
        "ауыстырылған). tallyapp-ты қайта іске қосыңыз",
        "не сохранено: по пути {path} теперь другой файл (его заменили, пока программа "
        "работала). Перезапустите tallyapp",
        "not saved: {path} is now another file (it was replaced while the app was running). "
        "Start tallyapp again",
    ),
    "storage.journal-gone": N(
        "сақталмады: басқа бағдарлама {path} дерекқорының журналын (-wal) жойды. Бұған дейін "
        "сақталғанның бәрі дерекқорда; tallyapp-ты қайта іске қосыңыз",
        "не сохранено: другая программа удалила журнал (-wal) базы данных {path}. Всё "
        "сохранённое ранее есть в базе; перезапустите tallyapp",
        "not saved: another program removed the journal (-wal) of the database {path}. "
        "Everything saved before is in the database; start tallyapp again",
    ),
    "storage.busy": N(
        "сақталмады: {path} дерекқорын басқа процесс бұғаттап тұр; кейінірек қайталаңыз",
        "не сохранено: база данных {path} заблокирована другим процессом; повторите позже",
        "not saved: another process has locked the database {path}; try again later",
    ),
    "storage.in-use": N(
        "{path} дерекқорын {workstation} жұмыс орнындағы tallyapp ({pid} процесі, {since} "
        "бастап) пайдаланып отыр: ол жабылғанша мұнда ештеңе жазылмайды. Есептерді оқуға "
        "болады",
        "базой данных {path} пользуется tallyapp на рабочем месте {workstation} (процесс "
        "{pid}, с {since}): пока он открыт, здесь ничего не записывается. Читать отчёты можно",
        "the database {path} is in use by tallyapp on workstation {workstation} (process "
        "{pid}, since {since}): nothing is written here until it is closed. Reading is fine",
    ),
    "storage.journal-without-database": N(
        "{path} дерекқор файлы жоқ, бірақ оның журналы {journal} ({size} байт) бар: "
        "дерекқор пайдаланылып тұрғанда жойылған не орны ауыстырылған. Жұмыс журналда "
        "болуы мүмкін, сондықтан жаңа дерекқор жасалмады. Файлды орнына қайтарыңыз",
        "файла базы данных {path} нет, но есть его журнал {journal} ({size} байт): базу "
        "удалили или переместили во время работы. В журнале может быть работа, поэтому "
        "новая база не создана. Верните файл на место",
        "the database file {path} is missing but its journal {journal} ({size} bytes) is "
        "there: the database was removed or moved while in use. The journal may hold work, "
        "so no new database was created. Put the database file back",
    ),
    "storage.read-only": N(
        "сақталмады: {path} дерекқоры тек оқуға арналған (қорғалған файл не тасығыш)",
        "не сохранено: база данных {path} доступна только для чтения (защищённый файл или "
        "носитель)",
        "not saved: the database {path} is read-only (a protected file or medium)",
    ),
    "storage.read-only-note": N(
        "{path} дерекқоры тек оқу үшін ашылды: нәтижелер мен тексерулер жұмыс істейді, жазу жоқ",
        "база данных {path} открыта только для чтения: результаты и проверки работают, запись нет",
        "the database {path} is opened read-only: results and checks work, writing does not",
    ),
    "storage.disk-full": N(
        "сақталмады: {path} дерекқоры тұрған дискіде орын жоқ. Орын босатып, қайта сақтаңыз",
        "не сохранено: на диске с базой данных {path} нет места. Освободите место и "
        "сохраните снова",
        "not saved: the disk holding the database {path} is full. Free some space and save again",
    ),
    "storage.write-failed": N(
        "сақталмады: {path} дерекқорына жазу сәтсіз аяқталды ({detail})",
        "не сохранено: запись в базу данных {path} не удалась ({detail})",
        "not saved: writing to the database {path} failed ({detail})",
    ),
    "storage.kept": N(
        "{reason}. Сандар терезеде қалды және {file} файлында сақталды",
        "{reason}. Цифры остались в окне и сохранены в файле {file}",
        "{reason}. The figures stay in the window and are kept in the file {file}",
    ),
}

from tallyapp.messages.rla_catalogue import RLA_CATALOGUE  # noqa: E402  (the audit's own codes)

CATALOGUE.update(RLA_CATALOGUE)

# The guards' sentences live in their own module (see there why).
from tallyapp.messages.guards_catalogue import ACTION_WORDS, GUARDS  # noqa: E402

CATALOGUE.update(GUARDS)
VALUE_WORDS["action"].update(ACTION_WORDS)
