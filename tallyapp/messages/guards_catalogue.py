"""Sentences of the guards at the edges: sign-in locks, who may set an election up, what may
not be published from a broken record, and files refused before they are read. Kept apart
from `catalogue.py` only so that its many authors do not edit the same lines; `CATALOGUE`
holds them all."""

from __future__ import annotations

from tallyapp.domain.election import Names

N = Names

ACTION_WORDS: dict[str, Names] = {
    "setup": N("сайлауды баптау", "настройка выборов", "set up the election"),
    "import": N("файлдарды жүктеу", "загрузка файлов", "import files"),
}

GUARDS: dict[str, Names] = {
    "session.locked": N(
        "{commission}: {member} тым көп рет қате PIN терді; кіру {minutes} минутқа бұғатталды "
        "(оны комиссия төрағасы немесе хатшысы ашады)",
        "{commission}: {member} слишком много раз ввёл неверный PIN; вход заблокирован на "
        "{minutes} мин. (снять блокировку может председатель или секретарь комиссии)",
        "{commission}: too many wrong PINs for {member}; signing in is locked for {minutes} "
        "minute(s) (the chair or the secretary of the commission can lift it)",
    ),
    "permission.sign-in": N(
        "{document}: «{action}» үшін құқығы бар мүше ретінде кіріңіз (--member ЖСН, PIN "
        "сұралады); әкімші тек жаңа дерекқордың алғашқы баптауын жасайды",
        "{document}: для действия «{action}» войдите как член комиссии, имеющий это право "
        "(--member ИИН, PIN будет запрошен); администратор выполняет только первую настройку "
        "новой базы",
        "{document}: to {action}, sign in as a member who may (--member IIN; the PIN is asked "
        "for); an administrator only does the first setup of a new database",
    ),
    "permission.setup": N(
        "{member} ({role}, {commission}) құрамдар мен кандидаттарды файлдан жүктей алмайды: "
        "мұны ОСК төрағасы немесе хатшысы жасайды",
        "{member} ({role}, {commission}) не может загружать составы и кандидатов из файлов: "
        "это делает председатель или секретарь ЦИК",
        "{member} ({role}, {commission}) may not load rosters or candidates from files: the "
        "CEC's chair or secretary does",
    ),
    "roster.signs-twice": N(
        "ЖСН {iin} бір деңгейдегі бірнеше комиссияда қол қою рөлін атқарады: {commissions}",
        "ИИН {iin} занимает подписывающую должность в нескольких комиссиях одного уровня: "
        "{commissions}",
        "IIN {iin} holds a signing role (chair, deputy, secretary) in more than one commission "
        "of one level: {commissions}",
    ),
    "publication.record-broken": N(
        "жазба аудиттен өтпейді ({count} бұзылған буын): ештеңе жарияланбайды; "
        "--despite-audit-failure әр бетке белгі қойып жариялайды",
        "запись не проходит аудит (нарушенных звеньев: {count}): ничего не публикуется; "
        "--despite-audit-failure публикует с отметкой на каждой странице",
        "the record does not audit ({count} broken link(s)): nothing is published; "
        "--despite-audit-failure publishes it with a warning on every page and file",
    ),
    "publication.no-signing-despite": N(
        "жазба аудиттен өтпейді ({count} бұзылған буын): аудитсіз жарияланған құжатқа қол "
        "қойылмайды",
        "запись не проходит аудит (нарушенных звеньев: {count}): документ, опубликованный "
        "несмотря на это, не подписывается",
        "the record does not audit ({count} broken link(s)): a document published despite "
        "that is never signed",
    ),
    "input.symlink": N(
        "{where}: символдық сілтеме, ол бойынша өтпейміз: файлдың өзін беріңіз",
        "{where}: символическая ссылка, по ней не переходим: передайте сам файл",
        "{where}: a symbolic link, not followed: hand in the file itself",
    ),
    "input.special-file": N(
        "{where}: қарапайым файл емес (арна немесе құрылғы): оқылмайды",
        "{where}: не обычный файл (канал или устройство): не читается",
        "{where}: not a regular file (a pipe or a device): not read",
    ),
    "input.duplicate-key": N(
        "{where}: «{key}» кілті бір объектіде екі рет кездеседі",
        "{where}: ключ «{key}» встречается в одном объекте дважды",
        '{where}: the key "{key}" appears twice in one object',
    ),
    "authority.countersigner": N(
        "{signer} {commission} комиссиясының мүшесі емес: оның қосымша қолтаңбасы саналмайды",
        "{signer} не член комиссии {commission}: его дополнительная подпись не принимается",
        "{signer} is not a member of {commission}: their countersignature does not count",
    ),
}
