"""The audit report (PDF) in Kazakh, Russian or English: what was audited, under which rules,
the manifest, the seed and every draw, the recounts with their discrepancies, the risk per
contest and the decision, the full hand counts of escalated contests, and how to verify it
all from the bundle."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tallyapp.domain.election import Names
from tallyapp.reports.fonts import BOLD, REGULAR, register_fonts

N = Names

WORDS: dict[str, Names] = {
    "title": N(
        "Тәуекелі шектелген аудит: мандаттар мен округтердегі жеңімпаздар",
        "Аудит с ограничением риска: мандаты и победители в округах",
        "Risk-limiting audit: the seats and the district winners",
    ),
    "contests": N("Тексерілетін сайлаулар", "Проверяемые голосования", "Contests audited"),
    "contest": N("Сайлау", "Голосование", "Contest"),
    "outcome": N("Жарияланған нәтиже", "Объявленный результат", "Reported outcome"),
    "rules": N("Ережелер мен әдіс", "Правила и метод", "Rules and method"),
    "risk_limit": N("Тәуекел шегі", "Предел риска", "Risk limit"),
    "test": N("Тест", "Тест", "Test"),
    "bound": N(
        "Жәшіктегі бюллетеньдердің жоғарғы шегі: берілген бюллетеньдер",
        "Верхняя граница бюллетеней в ящике: выданные бюллетени",
        "Bound on the ballots in a box: ballots issued",
    ),
    "design": N(
        "Барлық сайлауға бір ортақ таңдау (MACRO, PPEB)",
        "Одна общая выборка для всех голосований (MACRO, PPEB)",
        "One common sample for every contest (MACRO, PPEB)",
    ),
    "understatements": N("Кем көрсетулер", "Занижения", "Understatements"),
    "software": N("Бағдарлама", "Программа", "Software"),
    "assertions": N("Бекітулер", "Утверждения", "Assertions"),
    "kind": N("Түрі", "Вид", "Kind"),
    "margin_votes": N("Айырма, дауыс", "Разрыв, голосов", "Margin, votes"),
    "flips": N("Өзгертілетін бюллетень", "Бюллетеней для смены", "Ballots to flip"),
    "manifest": N("Манифест", "Манифест", "Manifest"),
    "precincts": N("Учаскелер", "Участки", "Precincts"),
    "total_weight": N("Салмақтар қосындысы", "Сумма весов", "Total weight"),
    "unauditable": N(
        "Тексерілмейтін учаскелер (ең жаман жағдайы шегерілді)",
        "Непроверяемые участки (худший случай вычтен)",
        "Unauditable precincts (their worst case deducted)",
    ),
    "none": N("жоқ", "нет", "none"),
    "seed": N("Бастапқы сан және таңдау", "Начальное число и выборка", "Seed and draws"),
    "prng": N(
        'H_k = SHA-256(ағын + "," + k); r_k = H_k mod Σw; '
        "r_k-дан асатын жинақталған салмағы бар бірінші учаске",
        'H_k = SHA-256(поток + "," + k); r_k = H_k mod Σw; '
        "первый участок, чей накопленный вес больше r_k",
        'H_k = SHA-256(stream + "," + k); r_k = H_k mod Σw; '
        "the first precinct whose cumulative weight exceeds r_k",
    ),
    "draws": N("Таңдаулар", "Выборки", "Draws"),
    "round": N("Кезең", "Тур", "Round"),
    "precinct": N("Учаске", "Участок", "Precinct"),
    "recounts": N("Қайта санау", "Пересчёты", "Recounts"),
    "reported": N("Хаттамада", "По протоколу", "Reported"),
    "counted": N("Қолмен саналды", "Подсчитано вручную", "Counted by hand"),
    "missing": N(
        "Қап жоқ немесе мөрі бұзылған",
        "Мешок отсутствует или пломба нарушена",
        "Bag missing or seal broken",
    ),
    "discrepancies": N("Айырмашылықтар", "Расхождения", "Discrepancies"),
    "overstatement": N("Асыра көрсету ω", "Завышение ω", "Overstatement ω"),
    "taint": N("Ластану t", "Доля ошибки t", "Taint t"),
    "risk": N("Тәуекел және шешім", "Риск и решение", "Risk and decision"),
    "p_value": N("P (ең үлкені)", "P (наибольшее)", "P (largest)"),
    "status": N("Күйі", "Статус", "Status"),
    "confirmed": N("расталды", "подтверждено", "confirmed"),
    "continue": N("жалғасуда", "продолжается", "continuing"),
    "next-round": N("келесі кезең", "следующий тур", "next round"),
    "full-count": N("толық қолмен санау", "полный ручной пересчёт", "full hand count"),
    "statement": N(
        "{contest} сайлауы {alpha} тәуекел шегінде расталды: егер жарияланған нәтиже қате болса, "
        "бұл аудит кемінде {confidence} ықтималдықпен толық қолмен санауға әкелер еді.",
        "Голосование {contest} подтверждено при пределе риска {alpha}: если бы объявленный "
        "результат был неверен, этот аудит с вероятностью не менее {confidence} привёл бы к "
        "полному ручному пересчёту.",
        "Contest {contest} confirmed at risk limit {alpha}: if the reported outcome were wrong, "
        "this audit would have led to a full hand count with probability at least {confidence}.",
    ),
    "rule.seats": N("Мандаттар", "Мандатов", "Seats"),
    "rule.threshold_percent": N("Өту шегі, %", "Заградительный барьер, %", "Threshold, %"),
    "rule.threshold_base": N("Шектің негізі", "База барьера", "Threshold base"),
    "rule.two_party_minimum": N(
        "Екі партия ережесі: екінші партияның ең аз мандаты",
        "Правило двух партий: минимум мандатов второй партии",
        "Two-party rule: the runner-up's fewest seats",
    ),
    "rule.two_party_rule_applied": N(
        "Екі партия ережесі қолданылды", "Правило двух партий применено", "Two-party rule used"
    ),
    "rule.tie_rule": N(
        "Тең қалдықтар: бірінші тіркелген партияға",
        "Равные остатки: партии, зарегистрированной первой",
        "Equal remainders: to the party registered first",
    ),
    "rule.winner_must_beat_against_all": N(
        "Жеңімпаз «барлығына қарсы» жолынан көп жинауы керек",
        "Победитель должен набрать больше, чем «против всех»",
        "The winner must have more votes than “against all”",
    ),
    "full_counts": N("Толық қолмен санау", "Полный ручной пересчёт", "Full hand counts"),
    "precincts_counted": N("Саналған учаскелер", "Пересчитано участков", "Precincts counted"),
    "ballots": N("Бюллетеньдер", "Бюллетени", "Ballots"),
    "figures": N(
        "Нәтиже (саналған учаскелер — қолмен санау бойынша)",
        "Итоги (пересчитанные участки — по ручному подсчёту)",
        "Figures (the counted precincts as counted by hand)",
    ),
    "verify": N("Қалай тексеруге болады", "Как проверить", "How to verify"),
    "verify_text": N(
        "Бумадағы барлық файлдың SHA-256 хэші SHA256SUMS ішінде. Тек Python стандартты "
        "кітапханасымен: python3 verify.py bundle.zip — салмақтарды, таңдауларды, ластануларды "
        "және P мәндерін қайта есептейді.",
        "Хэши SHA-256 всех файлов пакета — в SHA256SUMS. Только стандартная библиотека Python: "
        "python3 verify.py bundle.zip — пересчитывает веса, выборки, доли ошибок и значения P.",
        "The SHA-256 of every file of the bundle is in SHA256SUMS. With Python's standard library "
        "only: python3 verify.py bundle.zip recomputes the weights, draws, taints and P-values.",
    ),
}


@dataclass(frozen=True)
class AssertionLine:
    id: str
    kind: str
    margin_votes: str
    flips: str
    u: str
    error_bound: str


@dataclass(frozen=True)
class ContestLine:
    contest: str
    outcome: str
    assertions: tuple[AssertionLine, ...]
    p_value: str
    status: str
    reason: str


@dataclass(frozen=True)
class RecountLine:
    precinct: str
    contest: str
    reported: str
    counted: str
    missing: bool
    discrepancies: tuple[tuple[str, str, str], ...]  # (assertion, ω, taint)


@dataclass(frozen=True)
class FullCountLine:
    contest: str
    precincts: int
    counted: int
    ballots: int
    figures: str


@dataclass(frozen=True)
class AuditReport:
    election: Names
    risk_limit: str
    test: str
    understatements: str
    software: str
    rules: tuple[tuple[str, str], ...]  # (rule, value) as the plan records them
    manifest_sha256: str
    precincts: int
    total_weight: int
    error_bound: str
    unauditable: tuple[tuple[str, str], ...]
    seed: str
    ceremony: str
    stream: str
    draws: tuple[tuple[int, str, int, str, int], ...]  # k, sha256, r, precinct, round
    contests: tuple[ContestLine, ...]
    recounts: tuple[RecountLine, ...] = field(default=())
    full_counts: tuple[FullCountLine, ...] = field(default=())


def render_audit_report(report: AuditReport, lang: str = "en") -> bytes:
    register_fonts()
    w = {k: v.get(lang) for k, v in WORDS.items()}
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=8.5, leading=11)
    small = ParagraphStyle("small", parent=body, fontSize=7, leading=8.5)
    h1 = ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=14, leading=18)
    h2 = ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11, leading=15, spaceBefore=6)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), style)

    def table(rows: Sequence[Sequence[str]], widths: Sequence[float] | None = None) -> Table:
        t = Table([[p(str(c), small) for c in row] for row in rows], colWidths=widths, repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return t

    story: list[object] = [p(w["title"], h1), p(report.election.get(lang)), Spacer(1, 4 * mm)]
    story.append(p(w["contests"], h2))
    story.append(
        table(
            [[w["contest"], w["outcome"], w["p_value"], w["status"]]]
            + [
                [c.contest, c.outcome, c.p_value, w.get(c.status, c.status)]
                for c in report.contests
            ],
            [22 * mm, 95 * mm, 25 * mm, 35 * mm],
        )
    )
    story.append(p(w["rules"], h2))
    for line in (
        f"{w['risk_limit']}: {report.risk_limit}",
        f"{w['test']}: {report.test}",
        w["bound"],
        w["design"],
        f"{w['understatements']}: {report.understatements}",
        f"{w['software']}: {report.software}",
        *(f"{w.get('rule.' + k, k)}: {v}" for k, v in report.rules),
    ):
        story.append(p(line))
    story.append(p(w["assertions"], h2))
    rows = [["id", w["kind"], w["margin_votes"], w["flips"], "u", "U"]]
    for c in report.contests:
        rows += [[a.id, a.kind, a.margin_votes, a.flips, a.u, a.error_bound] for a in c.assertions]
    story.append(table(rows, [62 * mm, 30 * mm, 25 * mm, 20 * mm, 18 * mm, 20 * mm]))
    story.append(p(w["manifest"], h2))
    story.append(p(f"SHA-256 {report.manifest_sha256}"))
    story.append(
        p(
            f"{w['precincts']}: {report.precincts}; {w['total_weight']}: {report.total_weight}; "
            f"U = {report.error_bound}"
        )
    )
    story.append(
        p(
            f"{w['unauditable']}: "
            + (", ".join(f"{c} ({r})" for c, r in report.unauditable) or w["none"])
        )
    )
    story.append(p(w["seed"], h2))
    story.append(p(f"{report.seed} — {report.ceremony}"))
    story.append(p(f"{report.stream}: {w['prng']}"))
    story.append(p(w["recounts"], h2))
    rows = [[w["precinct"], w["contest"], w["reported"], w["counted"], w["discrepancies"]]]
    for r in report.recounts:
        found = "; ".join(f"{a}: ω {o}, t {t}" for a, o, t in r.discrepancies) or "—"
        rows.append(
            [r.precinct, r.contest, r.reported, w["missing"] if r.missing else r.counted, found]
        )
    story.append(table(rows, [16 * mm, 16 * mm, 50 * mm, 50 * mm, 45 * mm]))
    story.append(p(w["risk"], h2))
    alpha = report.risk_limit
    for c in report.contests:
        if c.status == "confirmed":
            confidence = _confidence(alpha)
            story.append(
                p(w["statement"].format(contest=c.contest, alpha=alpha, confidence=confidence))
            )
        else:
            story.append(
                p(
                    f"{c.contest}: {w.get(c.status, c.status)}"
                    + (f" ({c.reason})" if c.reason else "")
                )
            )
    if report.full_counts:
        story.append(p(w["full_counts"], h2))
        rows = [[w["contest"], w["precincts_counted"], w["ballots"], w["figures"]]]
        rows += [
            [f.contest, f"{f.counted} / {f.precincts}", str(f.ballots), f.figures]
            for f in report.full_counts
        ]
        story.append(table(rows, [22 * mm, 28 * mm, 22 * mm, 105 * mm]))
    story.append(p(w["verify"], h2))
    story.append(p(w["verify_text"]))
    story.append(p(w["draws"], h2))
    rows = [["k", "SHA-256", "r", w["precinct"], w["round"]]]
    rows += [[str(k), h, str(r), pr, str(rd)] for k, h, r, pr, rd in report.draws]
    story.append(table(rows, [12 * mm, 100 * mm, 30 * mm, 18 * mm, 12 * mm]))
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=w["title"],
        invariant=1,
    )
    doc.build(story)
    return out.getvalue()


def _confidence(alpha: str) -> str:
    text = alpha.strip().removesuffix("%")
    try:
        value = float(text)
    except ValueError:
        return "1 − α"
    return f"{100 - value:g}%"
