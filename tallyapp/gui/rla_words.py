"""The words of the audit's screens in Kazakh, Russian and English (kept beside the screens:
the audit is the CEC's own, and its words are read from here in the interface's language)."""

from __future__ import annotations

from tallyapp.domain.election import Names
from tallyapp.gui.i18n import current_language

N = Names

WORDS: dict[str, Names] = {
    "window": N("Тәуекелі шектелген аудит", "Аудит с ограничением риска", "Risk-limiting audit"),
    "plan": N("&1 Жоспар", "&1 План", "&1 Plan"),
    "seed": N("&2 Бастапқы сан", "&2 Начальное число", "&2 Seed"),
    "draw": N("&3 Таңдау", "&3 Выборка", "&3 Draw"),
    "recount": N("&4 Қайта санау", "&4 Пересчёт", "&4 Recount"),
    "risk": N("&5 Тәуекел", "&5 Риск", "&5 Risk"),
    "contest": N("Сайлау", "Голосование", "Contest"),
    "kind": N("Түрі", "Вид", "Kind"),
    "subject": N("Кім", "Кто", "Who"),
    "other": N("Кімге қарсы", "Против кого", "Against"),
    "margin_votes": N("Айырма, дауыс", "Разрыв, голосов", "Margin, votes"),
    "flips": N("Өзгертілетін бюллетень", "Бюллетеней для смены", "Ballots to flip"),
    "draws": N("Таңдау саны", "Выборок", "Draws"),
    "freeze": N(
        "Манифестті &бекіту (Ctrl+M)",
        "&Зафиксировать манифест (Ctrl+M)",
        "&Freeze the manifest (Ctrl+M)",
    ),
    "frozen": N(
        "Манифест бекітілді: sha256 {0}; салмақтар қосындысы {1}; U = {2}",
        "Манифест зафиксирован: sha256 {0}; сумма весов {1}; U = {2}",
        "Manifest frozen: sha256 {0}; total weight {1}; U = {2}",
    ),
    "not_frozen": N(
        "Манифест әлі бекітілмеген. Тәуекел шегі {0}; бірінші кезең {1} таңдау.",
        "Манифест ещё не зафиксирован. Предел риска {0}; первый тур — {1} выборок.",
        "The manifest is not frozen yet. Risk limit {0}; first round {1} draws.",
    ),
    "digits": N("20 цифр", "20 цифр", "20 digits"),
    "digits_again": N("Сол 20 цифр қайтадан", "Те же 20 цифр ещё раз", "The same 20 digits again"),
    "place": N("Орны", "Место", "Place"),
    "record_seed": N(
        "Санды &тіркеу (Ctrl+Return)",
        "&Записать число (Ctrl+Return)",
        "&Record the seed (Ctrl+Return)",
    ),
    "seeded": N(
        "Бастапқы сан: {0}; ағын {1}", "Начальное число: {0}; поток {1}", "Seed: {0}; stream {1}"
    ),
    "draw_round": N(
        "Келесі кезеңді &таңдау (Ctrl+D)",
        "&Выбрать следующий тур (Ctrl+D)",
        "&Draw the next round (Ctrl+D)",
    ),
    "drawn": N(
        "таңдау: {0}, учаске: {1}, кезең: {2}",
        "выборок: {0}, участков: {1}, туров: {2}",
        "draws: {0}, precincts: {1}, rounds: {2}",
    ),
    "precinct": N("Учаске", "Участок", "Precinct"),
    "tec": N("АСК", "ТИК", "TEC"),
    "round": N("Кезең", "Тур", "Round"),
    "ballot": N("Бюллетень", "Бюллетень", "Ballot"),
    "blue": N("көк (партиялық тізім)", "синий (партийные списки)", "blue (party list)"),
    "green": N("жасыл (округ)", "зелёный (округ)", "green (district)"),
    "open": N("&Ашу (Enter)", "&Открыть (Enter)", "&Open (Enter)"),
    "choice": N("Таңдау", "Выбор", "Choice"),
    "first": N("1-енгізу", "1-й ввод", "1st keying"),
    "second": N("2-енгізу", "2-й ввод", "2nd keying"),
    "reported": N("Хаттамада", "По протоколу", "Reported"),
    "against_all": N("Барлығына қарсы", "Против всех", "Against all"),
    "invalid": N("Жарамсыз", "Недействительные", "Invalid"),
    "ballots_counted": N("Барлық бюллетень", "Всего бюллетеней", "All ballots"),
    "missing": N(
        "Қап жоқ немесе мөрі &бұзылған",
        "Мешок отсутствует или пломба &нарушена",
        "Bag &missing or seal broken",
    ),
    "save_recount": N(
        "Қайта санауды &сақтау (Ctrl+S)",
        "&Сохранить пересчёт (Ctrl+S)",
        "&Save the recount (Ctrl+S)",
    ),
    "save_full_count": N(
        "Толық қолмен санау ретінде сақтау (Ctrl+Shift+S)",
        "Сохранить как полный ручной подсчёт (Ctrl+Shift+S)",
        "Save as the full hand count (Ctrl+Shift+S)",
    ),
    "full_count_saved": N(
        "{0} учаскесінің толық санауы {1}-нұсқа ретінде қабылданды; нәтижелер соған сүйенеді, "
        "хаттаманың {2}-нұсқасы тарихта қалады",
        "Полный подсчёт участка {0} принят как версия {1}; результаты следуют ему, "
        "версия {2} протокола остаётся в истории",
        "Precinct {0}'s full hand count accepted as version {1}; results follow it, the "
        "protocol's version {2} stays in the history",
    ),
    "working": N("Аудит есептеуде…", "Аудит считает…", "The audit is working…"),
    "hidden": N(
        "Хаттама сандары екі енгізу сәйкес келгенде көрсетіледі",
        "Цифры протокола показываются, когда оба ввода совпадут",
        "The protocol's figures show once both keyings agree",
    ),
    "agree": N(
        "Екі енгізу сәйкес: хаттамамен салыстырыңыз және сақтаңыз",
        "Оба ввода совпадают: сверьте с протоколом и сохраните",
        "Both keyings agree: compare with the protocol and save",
    ),
    "saved": N(
        "{0} учаскесі сақталды: {1} — {2}, P = {3}",
        "Участок {0} сохранён: {1} — {2}, P = {3}",
        "Precinct {0} saved: {1} — {2}, P = {3}",
    ),
    "status": N("Күйі", "Статус", "Status"),
    "p_value": N("P", "P", "P"),
    "draws_used": N("Пайдаланылған таңдау", "Использовано выборок", "Draws used"),
    "next_round": N("Келесі кезең", "Следующий тур", "Next round"),
    "confirmed": N("расталды", "подтверждено", "confirmed"),
    "continue": N("қайта санау күтілуде", "ждёт пересчётов", "awaiting recounts"),
    "next-round": N("келесі кезең", "следующий тур", "next round"),
    "full-count": N("толық қолмен санау", "полный ручной пересчёт", "full hand count"),
    "report": N(
        "Есеп пен &буманы жазу (Ctrl+R)",
        "Записать &отчёт и пакет (Ctrl+R)",
        "Write the &report and bundle (Ctrl+R)",
    ),
    "THRESHOLD_PASS": N("шектен өтеді", "проходит барьер", "passes the threshold"),
    "THRESHOLD_FAIL": N("шектен өтпейді", "не проходит барьер", "fails the threshold"),
    "HAMILTON_PAIR": N(
        "соңғы мандаты келесісінен озады",
        "последний мандат опережает следующий",
        "last seat beats the next seat",
    ),
    "TWO_PARTY_RUNNER_UP": N(
        "екінші орындағы партия озады", "вторая партия опережает", "runner-up beats"
    ),
    "PLURALITY_PAIR": N("көп дауыс алды", "набрал больше голосов", "has more votes than"),
    "written": N("Жазылды: {0}, {1}", "Записано: {0}, {1}", "Written: {0}, {1}"),
    "schedule": N(
        "Қайта санаудың ашық &кестесі, PDF (Ctrl+P)",
        "Открытый &график пересчётов, PDF (Ctrl+P)",
        "&Public recount schedule, PDF (Ctrl+P)",
    ),
    "schedule_written": N(
        "Қайта санау кестесі жазылды: {0}",
        "График пересчётов записан: {0}",
        "Recount schedule written: {0}",
    ),
}


def w(key: str) -> str:
    return WORDS[key].get(current_language())
