"""Words and numbers of the command line's printed results, in Kazakh, Russian or English."""

from __future__ import annotations

from tallyapp.domain.election import Names

N = Names

LABELS: dict[str, Names] = {
    "ballot.party-list": N(
        "көк бюллетень (партиялық тізімдер)",
        "синий бюллетень (партийные списки)",
        "party-list ballot",
    ),
    "ballot.constituency": N(
        "жасыл бюллетень (бірмандатты округтер)",
        "зелёный бюллетень (одномандатные округа)",
        "constituency ballot",
    ),
    "precincts": N(
        "Учаскелер: {expected} күтілуде, {received} алынды, {accepted} қабылданды, {missing} жоқ",
        "Участки: ожидается {expected}, получено {received}, принято {accepted}, нет {missing}",
        "Precincts: {expected} expected, {received} received, {accepted} accepted, "
        "{missing} missing",
    ),
    "figures": N(
        "Тізімдегі сайлаушылар {voters}   жәшіктердегі бюллетеньдер {boxes} (келу {turnout}%)"
        "   жарамсыз {invalid}   барлығына қарсы {against}",
        "Избирателей в списке {voters}   бюллетеней в ящиках {boxes} (явка {turnout}%)"
        "   недействительных {invalid}   против всех {against}",
        "Voters on the list {voters}   ballots in the boxes {boxes} (turnout {turnout}%)"
        "   invalid {invalid}   against all {against}",
    ),
    "figures.no-against": N(
        "Тізімдегі сайлаушылар {voters}   жәшіктердегі бюллетеньдер {boxes} (келу {turnout}%)"
        "   жарамсыз {invalid}",
        "Избирателей в списке {voters}   бюллетеней в ящиках {boxes} (явка {turnout}%)"
        "   недействительных {invalid}",
        "Voters on the list {voters}   ballots in the boxes {boxes} (turnout {turnout}%)"
        "   invalid {invalid}",
    ),
    "error": N("қате", "ошибка", "error"),
    # `check`
    "check.title": N(
        "{ballot} — {precinct} учаскесі",
        "{ballot} — участок {precinct}",
        "{ballot} — precinct {precinct}",
    ),
    "check.failures": N(
        "{count} бақылау қатынасы орындалмайды: хаттаманы қорытындылауға болмайды; "
        "қайта санап, түзетіңіз.",
        "не выполняется контрольных соотношений: {count}; протокол нельзя подписать: "
        "пересчитайте и исправьте.",
        "{count} control relation(s) fail: the protocol cannot be finalised; recount and correct.",
    ),
    "check.all-hold": N(
        "Барлық бақылау қатынастары орындалады.",
        "Все контрольные соотношения выполняются.",
        "All control relations hold.",
    ),
    "check.warnings": N(
        "{count} сенімділік ескертуіне жазбаша түсініктеме керек.",
        "предупреждений о правдоподобии, требующих письменного объяснения: {count}.",
        "{count} plausibility warning(s) need a written explanation.",
    ),
    "check.no-register": N(
        "Учаске, округ және кандидаттар тізілім бойынша тексерілмеді (--db беріңіз).",
        "Участок, округ и кандидаты не сверены с реестром (укажите --db).",
        "The precinct, its district and its candidates were not checked against a register "
        "(give --db).",
    ),
    "check.register": N(
        "Учаске, округ және кандидаттар тізілім бойынша тексерілді.",
        "Участок, округ и кандидаты сверены с реестром.",
        "The precinct, its district and its candidates were checked against the register.",
    ),
    # `verify`: the report's frame (the English is the long-standing report, kept word for word)
    "verify.signed-by": N("  қол қойған: {who}", "  подписал:   {who}", "  signed by:   {who}"),
    "verify.for": N(
        "  кім үшін:   {commission}, қол қоюға өкілетті",
        "  за:         {commission}, с правом подписи",
        "  for:         {commission}, with the authority to sign",
    ),
    "verify.time": N(
        "  уақыт:      {time} (сенімді уақыт белгісі)",
        "  время:      {time} (доверенная метка времени)",
        "  time:        {time} (trusted timestamp)",
    ),
    "verify.own-clock": N(
        "  уақыт:      қол қоюшының өз сағаты (сенімді уақыт белгісі жоқ)",
        "  время:      часы подписавшего (доверенной метки времени нет)",
        "  time:        the signer's own clock (no trusted timestamp)",
    ),
    "verify.judged-at": N(
        "  бағаланған: {moment}",
        "  проверено:  {moment}",
        "  judged at:   {moment}",
    ),
    # The moment a signer's certificate was judged, and why that moment (reports.certificates).
    "verify.moment-timestamp": N(
        "{at}, қол қойылған уақыт сенімді уақыт белгісімен дәлелденген",
        "{at}, время подписи подтверждено доверенной меткой времени",
        "{at}, the signing time proved by a trusted timestamp",
    ),
    "verify.moment-assumed": N(
        "{at}, көрсетілгендей (--at): болжалды, дәлелденбеген",
        "{at}, как указано (--at): предполагается, не доказано",
        "{at}, as stated (--at): assumed, not proved",
    ),
    "verify.moment-now": N(
        "{at}, қазір (сенімді уақыт белгісі жоқ: қол қойылған уақыт дәлелденбеген)",
        "{at}, сейчас (доверенной метки времени нет: время подписи не доказано)",
        "{at}, now (no trusted timestamp: the signing time is not proved)",
    ),
    "verify.signature": N(
        "  қолтаңба:   {intact}; {trusted}; {whole}",
        "  подпись:    {intact}; {trusted}; {whole}",
        "  signature:   {intact}; {trusted}; {whole}",
    ),
    "verify.intact": N("бүтін", "цела", "intact"),
    "verify.not-valid": N("ЖАРАМСЫЗ", "НЕДЕЙСТВИТЕЛЬНА", "NOT VALID"),
    "verify.trusted": N("сенімді", "доверенная", "trusted"),
    "verify.not-trusted": N("СЕНІМСІЗ", "НЕ ДОВЕРЕННАЯ", "NOT TRUSTED"),
    "verify.whole": N("бүкіл файлды қамтиды", "покрывает весь файл", "covers the whole file"),
    "verify.not-whole": N("файлдың БӘРІН ЕМЕС", "НЕ весь файл", "NOT the whole file"),
    "verify.protocol": N(
        "  хаттама:    {precinct} учаскесі, {ballot}, {version}-нұсқа ({state})",
        "  протокол:   участок {precinct}, {ballot}, версия {version} ({state})",
        "  protocol:    precinct {precinct}, {ballot}, version {version} ({state})",
    ),
    "verify.fingerprint": N(
        "  саусақ ізі: {fingerprint}", "  отпечаток:  {fingerprint}", "  fingerprint: {fingerprint}"
    ),
    "verify.problem": N("  МӘСЕЛЕ: {problem}", "  ПРОБЛЕМА: {problem}", "  PROBLEM: {problem}"),
    "verify.ok": N("ТЕКСЕРІЛДІ", "ПРОВЕРЕНО", "VERIFIED"),
    "verify.not-ok": N("ТЕКСЕРІЛМЕДІ", "НЕ ПРОВЕРЕНО", "NOT VERIFIED"),
    # `allocate`
    "allocate.head": N(
        "Орындар: {seats}   кедергі: {base} дауыстың {threshold}% = {needed} дауыс   "
        "квота: {quota}",
        "Мест: {seats}   порог: {threshold}% от {base} = {needed} голосов   квота: {quota}",
        "Seats: {seats}   threshold: {threshold}% of {base} = {needed} votes   quota: {quota}",
    ),
    "allocate.party": N("партия", "партия", "party"),
    "allocate.share": N("үлесі %", "доля %", "share %"),
    "allocate.passed": N("өтті", "прошла", "passed"),
    "allocate.quotas": N("квота", "квоты", "quotas"),
    "allocate.remainder": N("қалдық", "остаток", "remainder"),
    "allocate.yes": N("иә", "да", "yes"),
    "allocate.no": N("жоқ", "нет", "no"),
    "allocate.minimum": N("ең аз", "минимум", "minimum"),
    "allocate.remainder-seat": N(" +қалдық", " +остаток", " +remainder"),
    "allocate.top-up": N(
        " +{count} екі партия ережесімен",
        " +{count} по правилу двух партий",
        " +{count} by two-party minimum",
    ),
    "allocate.two-party": N(
        "Кедергіден тек бір партия өтті: екінші орындағы партия ең аз орын санымен қатысады.",
        "Порог преодолела только одна партия: вторая по числу голосов участвует с минимумом мест.",
        "Only one party passed the threshold: the runner-up takes part with a minimum of seats.",
    ),
    "votes": N("дауыс", "голоса", "votes"),
    "seats": N("орын", "места", "seats"),
    "seats.error": N("Орындар: {reason}", "Места: {reason}", "Seats: {reason}"),
    "commission": N("комиссия", "комиссия", "commission"),
    "expected": N("күтілуде", "ожид.", "expected"),
    "accepted": N("қабылд.", "принято", "accepted"),
    "turnout": N("келу %", "явка %", "turnout %"),
    "district.won": N(
        "{number}-округ: {name} ({party}) {votes} — екінші орын {runner} {runner_votes}, "
        "айырма {margin}",
        "Округ {number}: {name} ({party}) {votes} — второе место {runner} {runner_votes}, "
        "разрыв {margin}",
        "District {number}: {name} ({party}) {votes} — runner-up {runner} {runner_votes}, "
        "margin {margin}",
    ),
    "progress.preparing": N(
        "дерекқор дайындалуда", "подготовка базы данных", "preparing the database"
    ),
    "progress.generating": N("хаттамалар жасалуда", "создание протоколов", "generating protocols"),
    "progress.candidates": N("кандидаттар жазылуда", "запись кандидатов", "writing candidates"),
    "progress.protocols": N("хаттамалар жазылуда", "запись протоколов", "writing protocols"),
    "progress.done": N("дайын", "готово", "done"),
    "progress.files": N("файлдар тексерілуде", "проверка файлов", "checking the files"),
    "progress.schema": N("дерекқор құрылуда", "создание базы данных", "creating the database"),
    "progress.commissions": N("комиссиялар жазылуда", "запись комиссий", "writing the commissions"),
    "progress.precincts": N("учаскелер жазылуда", "запись участков", "writing the precincts"),
    "progress.rosters": N(
        "комиссия құрамдары жазылуда", "запись составов комиссий", "writing the rosters"
    ),
    "progress.members": N(
        "комиссия мүшелері жазылуда", "запись членов комиссий", "writing the members"
    ),
    "progress.finishing": N("аяқталуда", "завершение", "finishing"),
    "district.open": N(
        "{number}-округ: {outcome}", "Округ {number}: {outcome}", "District {number}: {outcome}"
    ),
}


def label(key: str, lang: str, **params: object) -> str:
    return LABELS[key].get(lang).format(**params)


def number(value: int, lang: str) -> str:
    """Thousands grouped as the language writes them: 1,234,567 or 1 234 567."""
    text = f"{value:,}"
    return text if lang == "en" else text.replace(",", "\u00a0")


def decimal(value: float, lang: str, places: int = 2) -> str:
    """A decimal as the language writes it: 8.59 in English, 8,59 in Kazakh and Russian."""
    text = f"{value:.{places}f}"
    return text if lang == "en" else text.replace(".", ",")


def progress_text(text: str, lang: str) -> str:
    """A step of long work in the reader's language (file names and codes are shown as
    they are)."""
    return LABELS[text].get(lang) if text in LABELS else text
