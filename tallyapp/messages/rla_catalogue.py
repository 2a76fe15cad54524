"""The risk-limiting audit's error codes with their sentences in Kazakh, Russian and English
(merged into `catalogue.CATALOGUE`)."""

from __future__ import annotations

from tallyapp.domain.election import Names

N = Names

RLA_CATALOGUE: dict[str, Names] = {
    # The families' default codes: a subclass raised without a code of its own.
    "rla": N(
        "Аудит бұл қадамнан бас тартты", "Аудит отклонил этот шаг", "The audit refused this step"
    ),
    "rla.manifest": N(
        "Манифестті құру мүмкін болмады",
        "Манифест не удалось составить",
        "The manifest could not be built",
    ),
    "rla.seed": N(
        "Бастапқы сан қабылданбады", "Начальное число не принято", "The seed was not accepted"
    ),
    "rla.count": N(
        "Таңдау саны оң бүтін сан болуы керек, табылғаны {found}",
        "Число выборок должно быть целым положительным, найдено {found}",
        "The number of draws must be a positive whole number, found {found}",
    ),
    "rla.duplicate-precinct": N(
        "Манифестте бір учаске екі рет кездеседі",
        "Участок встречается в манифесте дважды",
        "A precinct appears twice in the manifest",
    ),
    "rla.entries-differ": N(
        "{precinct} учаскесі: қайта санаудың екі енгізуі сәйкес келмейді; қайта тексеріп, қайта "
        "енгізіңіз",
        "участок {precinct}: два ввода пересчёта не совпадают; сверьте лист и введите снова",
        "precinct {precinct}: the two keyings of the recount differ; check the sheet and key it "
        "again",
    ),
    "rla.frozen": N(
        "Манифест бекітіліп қойған (sha256 {sha256}); оны өзгертуге болмайды",
        "Манифест уже зафиксирован (sha256 {sha256}); его нельзя изменить",
        "The manifest is already frozen (sha256 {sha256}); it cannot change",
    ),
    "rla.no-contest": N(
        "{precinct} учаскесінде {ballot} бойынша тексерілетін сайлау жоқ",
        "На участке {precinct} нет проверяемого голосования по бюллетеню {ballot}",
        "Precinct {precinct} has no audited contest on the {ballot}",
    ),
    "rla.no-manifest": N(
        "Манифест әлі бекітілмеген: алдымен `rla manifest` орындаңыз",
        "Манифест ещё не зафиксирован: сначала выполните `rla manifest`",
        "The manifest is not frozen yet: run `rla manifest` first",
    ),
    "rla.no-round-needed": N(
        "Жаңа кезең қажет емес: әр сайлау не расталды, не толық санауға жіберілді, не қайта санау "
        "күтілуде",
        "Новый тур не нужен: каждое голосование подтверждено, передано на полный пересчёт или "
        "ждёт пересчётов",
        "No further round is needed: every contest is confirmed, sent to a full count, or awaits "
        "recounts",
    ),
    "rla.no-seed": N(
        "Кездейсоқ сан рәсімі әлі тіркелмеген",
        "Жеребьёвка (начальное число) ещё не записана",
        "The seed ceremony is not recorded yet",
    ),
    "rla.no-weight": N(
        "Барлық учаскенің салмағы нөлге тең: таңдауға ештеңе жоқ",
        "Вес всех участков равен нулю: выбирать не из чего",
        "Every precinct's weight is zero: there is nothing to draw",
    ),
    "rla.not-accepted": N(
        "Манифестті бекіту мүмкін емес: {count} хаттама қабылданбаған (алғашқысы {precinct} "
        "учаскесі, {ballot})",
        "Манифест нельзя зафиксировать: {count} протокол(ов) не приняты (первый — участок "
        "{precinct}, {ballot})",
        "The manifest cannot be frozen: {count} protocol(s) not accepted (the first: precinct "
        "{precinct}, {ballot})",
    ),
    "rla.not-full-count": N(
        "{precinct} учаскесі толық қолмен саналмайды: аудит {contest} байқауын толық "
        "санауға жібермеген (күйі: {status}); іріктеп қайта санау нәтижелерді өзгертпейді",
        "Участок {precinct} не пересчитывается полностью: аудит не направил контест "
        "{contest} на полный ручной подсчёт (статус: {status}); выборочный пересчёт "
        "результатов не меняет",
        "Precinct {precinct} cannot take a full hand count: the audit has not sent contest "
        "{contest} to a full count (status: {status}); a sample recount never changes results",
    ),
    "rla.full-count-missing": N(
        "{precinct} учаскесінің толық санауы ({ballot}) бюллетеньдерді санауы керек; "
        "қап жоқ деп белгіленген парақ сақталмайды",
        "Полный подсчёт участка {precinct} ({ballot}) должен содержать подсчитанные "
        "бюллетени; лист с отметкой «мешка нет» не сохраняется",
        "The full count of precinct {precinct} ({ballot}) must give the ballots counted; "
        "a sheet marked as a missing bag is not stored",
    ),
    "rla.not-drawn": N(
        "{precinct} учаскесі таңдалмаған: тек таңдалған учаскелер қайта саналады",
        "Участок {precinct} не выбран: пересчитываются только выбранные участки",
        "Precinct {precinct} was not drawn: only drawn precincts are recounted",
    ),
    "rla.recounted": N(
        "{precinct} учаскесінің {ballot} қайта санауы тіркеліп қойған",
        "Пересчёт участка {precinct} ({ballot}) уже записан",
        "The recount of precinct {precinct} ({ballot}) is already recorded",
    ),
    "rla.risk-limit": N(
        "Тәуекел шегі 0 мен 1 аралығында болуы керек, табылғаны {found}",
        "Предел риска должен быть между 0 и 1, найдено {found}",
        "The risk limit must be between 0 and 1, found {found}",
    ),
    "rla.round": N(
        "Келесі кезең — {expected}, сұралғаны {found}",
        "Следующий тур — {expected}, указан {found}",
        "The next round is {expected}, asked for {found}",
    ),
    "rla.round-open": N(
        "Кезең әлі аяқталмаған: {count} сайлауда таңдалған учаскелер қайта саналмаған ({contests})",
        "Тур ещё не закончен: в {count} голосованиях не пересчитаны выбранные участки ({contests})",
        "The round is not finished: drawn precincts of {count} contest(s) "
        "await recounts ({contests})",
    ),
    "rla.seed-differs": N(
        "Екі рет енгізілген сандар сәйкес емес: қайта енгізіңіз",
        "Два ввода цифр не совпадают: введите снова",
        "The two keyings of the digits differ: key them again",
    ),
    "rla.seed-digits": N(
        "Бастапқы сан {expected} ондық цифрдан тұруы керек, табылғаны «{found}»",
        "Начальное число должно состоять из {expected} десятичных цифр, найдено «{found}»",
        "The seed must be {expected} decimal digits, found “{found}”",
    ),
    "rla.seed-mismatch": N(
        "Бұл сан тіркелген рәсімнің санына сәйкес келмейді",
        "Эти цифры не совпадают с записанными на жеребьёвке",
        "These digits are not the seed recorded at the ceremony",
    ),
    "rla.seeded": N(
        "Кездейсоқ сан рәсімі тіркеліп қойған: {seed}",
        "Жеребьёвка уже записана: {seed}",
        "The seed ceremony is already recorded: {seed}",
    ),
    "rla.unknown-choice": N(
        "{precinct} учаскесі: хаттамада жоқ таңдау: {choice}",
        "участок {precinct}: выбора нет в протоколе: {choice}",
        "precinct {precinct}: not a choice of its protocol: {choice}",
    ),
    "rla.unknown-precinct": N(
        "Манифестте мұндай учаске жоқ: {precinct}",
        "В манифесте нет участка: {precinct}",
        "No such precinct in the manifest: {precinct}",
    ),
    "rla.no-such-round": N(
        "{found}-кезең өткізілмеген; өткізілген кезеңдер: {rounds}",
        "Тура {found} не было; проведённые туры: {rounds}",
        "There was no round {found}; the rounds drawn: {rounds}",
    ),
    "rla.schedule-columns": N(
        "{file}: бірінші жолда precinct, when, place бағандары болуы керек, табылғаны: {found}",
        "{file}: в первой строке должны быть столбцы precinct, when, place, найдено: {found}",
        "{file}: the first line must name the columns precinct, when, place; found: {found}",
    ),
    "rla.schedule-line": N(
        "{file}, {line}-жол: учаске нөмірі жоқ",
        "{file}, строка {line}: нет номера участка",
        "{file}, line {line}: no precinct number",
    ),
    "rla.schedule-twice": N(
        "{file}: {precinct} учаскесі екі рет берілген",
        "{file}: участок {precinct} указан дважды",
        "{file}: precinct {precinct} is given twice",
    ),
}
