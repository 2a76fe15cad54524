"""The words of the printed forms in Kazakh, Russian and English (kk+ru: both, Kazakh first).

Kazakh and Russian wording has not been reviewed by a native speaker yet.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str, str]] = {
    # key: (kk, ru, en)
    "protocol": ("ХАТТАМА", "ПРОТОКОЛ", "PROTOCOL"),
    "precinct_protocol": (
        "учаскелік сайлау комиссиясының дауыс беру нәтижелері туралы",
        "участковой избирательной комиссии об итогах голосования",
        "of the precinct election commission on the results of voting",
    ),
    "repeated": ("ҚАЙТАЛАМА", "ПОВТОРНЫЙ", "REPEATED"),
    "summary_protocol": (
        "сайлау комиссиясының дауыс беру нәтижелері туралы жиынтық хаттамасы",
        "сводный протокол избирательной комиссии об итогах голосования",
        "summary protocol of the election commission on the results of voting",
    ),
    "final_results": ("САЙЛАУ ҚОРЫТЫНДЫСЫ", "ИТОГИ ВЫБОРОВ", "RESULTS OF THE ELECTION"),
    "precinct": ("Сайлау учаскесі №", "Избирательный участок №", "Polling station No."),
    "commission": ("Комиссия", "Комиссия", "Commission"),
    "district": ("Сайлау округі №", "Избирательный округ №", "Electoral district No."),
    "abroad": ("шетелде", "за рубежом", "abroad"),
    "ballot": ("Бюллетень", "Бюллетень", "Ballot"),
    "version": ("Нұсқа", "Версия", "Version"),
    "reason": ("Себебі", "Причина", "Reason"),
    "state": ("Күйі", "Состояние", "State"),
    "signed_at": ("Қол қойылған уақыты", "Дата и время подписания", "Signed on"),
    "not_signed": (
        "қол қою мұнда тіркелмеген",
        "подписание здесь не записано",
        "signing not recorded here",
    ),
    # A rehearsal on the certification authority's test keys (`init --rehearsal`): on every page.
    "rehearsal": (
        "ЖАТТЫҒУ — REHEARSAL — заңды күші жоқ",
        "РЕПЕТИЦИЯ — REHEARSAL — не имеет юридической силы",
        "REHEARSAL — not an official document",
    ),
    "made_at": ("Жасалған уақыты", "Сформирован", "Made on"),
    "in_boxes": ("Жәшіктердегі бюллетеньдер", "Бюллетеней в ящиках", "Ballots in the boxes"),
    "note": ("Ескертпе", "Примечание", "Note"),
    "draft": ("жоба", "черновик", "draft"),
    "checked": ("тексерілген", "проверен", "checked"),
    "finalised": ("қол қойылған", "подписан", "finalised"),
    "transmitted": ("жіберілген", "передан", "transmitted"),
    "rejected": ("қайтарылған", "отклонён", "rejected"),
    "not_entered": ("енгізілмеген", "не введён", "not entered"),
    "no": ("№", "№", "No."),
    "line": ("Жол", "Строка", "Line"),
    "figure": ("Цифрмен", "Цифрами", "Figure"),
    "in_words": ("Жазбаша", "Прописью", "In words"),
    "members": ("Комиссия мүшелері", "Члены комиссии", "Members of the commission"),
    "role": ("Лауазымы", "Должность", "Role"),
    "name": ("Аты-жөні", "Ф. И. О.", "Name"),
    "present": ("қатысты", "присутствовал", "present"),
    "absent": ("қатыспады", "отсутствовал", "absent"),
    "signature": ("Қолы", "Подпись", "Signature"),
    "seal": ("М.О.", "М.П.", "Seal"),
    "copy": ("Дана №", "Экземпляр №", "Copy No."),
    "page": ("{0}-бет, барлығы {1}", "Страница {0} из {1}", "Page {0} of {1}"),
    "fingerprint": ("Хаттаманың саусақ ізі", "Отпечаток протокола", "Protocol fingerprint"),
    "read_out": ("телефонмен оқуға", "для чтения по телефону", "to read out by phone"),
    "explanations": (
        "Ескертулерге түсініктемелер",
        "Пояснения к предупреждениям",
        "Explanations of warnings",
    ),
    "dissent": ("Ерекше пікірлер", "Особые мнения", "Dissenting opinions"),
    "machine_code": ("Машинамен оқылатын код", "Машиночитаемый код", "Machine-readable code"),
    # On page 1 when the code falls on a later page: a photo of page 1 has no code to read.
    "code_on_page": (
        "QR коды мен саусақ ізі {0}-бетте: хаттаманы суреттен енгізу үшін сол бетті "
        "суретке түсіріңіз",
        "QR-код и отпечаток протокола — на странице {0}: для ввода протокола по фотографии "
        "снимайте эту страницу",
        "The QR code and the fingerprint are on page {0}: to enter this protocol from a "
        "photo, photograph that page",
    ),
    "completeness": ("Толықтығы", "Полнота", "Completeness"),
    "expected": ("күтілген", "ожидается", "expected"),
    "received": ("алынған", "получено", "received"),
    "accepted": ("қабылданған", "принято", "accepted"),
    "missing": ("жоқ", "отсутствует", "missing"),
    "included": ("Енгізілген хаттамалар", "Включённые протоколы", "Protocols included"),
    "differences": ("Анықталған айырмашылықтар", "Выявленные расхождения", "Differences found"),
    "no_differences": ("Айырмашылық жоқ", "Расхождений нет", "No differences"),
    "seats": ("Мандаттар", "Мандаты", "Seats"),
    "votes": ("Дауыстар", "Голоса", "Votes"),
    "percent": ("%", "%", "%"),
    "threshold": ("Шек", "Барьер", "Threshold"),
    "winner": ("Сайланған депутат", "Избранный депутат", "Elected"),
    "runner_up": ("Екінші орын", "Второе место", "Runner-up"),
    "margin": ("Айырма", "Разница", "Margin"),
    "party": ("Партия", "Партия", "Party"),
    "districts": ("Бір мандатты округтер", "Одномандатные округа", "Single-member districts"),
    "chair": ("Төраға", "Председатель", "Chair"),
    "deputy": ("Төрағаның орынбасары", "Заместитель председателя", "Deputy chair"),
    "secretary": ("Хатшы", "Секретарь", "Secretary"),
    "member": ("Комиссия мүшесі", "Член комиссии", "Member"),
    "organisation": (
        "Комиссия (ұйым кілті)",
        "Комиссия (ключ организации)",
        "Commission (organisation key)",
    ),
    "against_all": ("Барлығына қарсы", "Против всех", "Against all"),
    "total": ("Барлығы", "Всего", "Total"),
    "precincts": ("Учаскелер", "Участки", "Precincts"),
    "turnout": ("Қатысу", "Явка", "Turnout"),
    "initials": ("Қолдар", "Подписи", "Initials"),
    "dissent_attached": (
        "ерекше пікірі қоса беріледі",
        "особое мнение прилагается",
        "dissenting opinion attached",
    ),
    "digitally_signed": (
        "Электрондық цифрлық қолтаңбамен қол қойылған",
        "Подписан электронной цифровой подписью",
        "Signed with a digital signature",
    ),
    "signer_clock": (
        "қол қоюшының компьютер сағаты бойынша",
        "по часам компьютера подписавшего",
        "by the signer's computer clock",
    ),
    "digital_unsigned": (
        "Электрондық қолтаңба жоқ: бұл көшірменің күші қолмен қойылған қолдар мен мөрде",
        "Электронной подписи нет: сила этой копии в подписях и печати от руки",
        "No digital signature: this copy holds by the signatures and seal made by hand",
    ),
}


def text(key: str, lang: str) -> str:
    kk, ru, en = TEXTS[key]
    if lang == "kk+ru":
        return kk if kk == ru else f"{kk} / {ru}"
    return {"kk": kk, "ru": ru}.get(lang, en)
