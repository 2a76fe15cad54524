"""Control relations, plausibility and cross-ballot checks, each giving a structured verdict."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache

from tallyapp.domain.election import (
    BallotType,
    ControlRelation,
    CrossBallotRule,
    Names,
    PlausibilityCheck,
    Severity,
)
from tallyapp.domain.formula import DERIVED_NAMES, Formula, compare, parse_formula
from tallyapp.domain.protocol import Protocol

NON_NEGATIVE_ID = "C5"
_OP_TEXT = {"==": "=", "<=": "≤", ">=": "≥", "<": "<", ">": ">"}
_OP_NEGATED = {"==": "≠", "<=": ">", ">=": "<", "<": "≥", ">": "≤"}


class CheckKind(StrEnum):
    RELATION = "relation"
    PLAUSIBILITY = "plausibility"
    CROSS_BALLOT = "cross-ballot"


# The words around the numbers of an explanation (Kazakh and Russian not yet reviewed by a
# native speaker). The status words stay short: OK / FAIL / WARNING in every language.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "plausibility": "{name}: {left} of {right} = {pct} (allowed {tolerance})",
        "differs": ", differs by {0}",
        "all-whole": "all {0} figures are ≥ 0",
        "negative": "negative: {0}",
        "no-base": "no base to compare",
        "x2": "blue issued {0}, green issued {1}, difference {2}, allowed 0 to {3}",
        "OK": "OK",
        "FAIL": "FAIL",
        "WARNING": "WARNING",
    },
    "kk": {
        "plausibility": "{name}: {right} ішінен {left} = {pct} (рұқсат {tolerance})",
        "differs": ", айырма {0}",
        "all-whole": "барлық {0} сан ≥ 0",
        "negative": "теріс: {0}",
        "no-base": "салыстыратын негіз жоқ",
        "x2": "көк берілген {0}, жасыл берілген {1}, айырма {2}, рұқсат 0-ден {3}-ге дейін",
        "OK": "ДҰРЫС",
        "FAIL": "ҚАТЕ",
        "WARNING": "ЕСКЕРТУ",
    },
    "ru": {
        "plausibility": "{name}: {left} из {right} = {pct} (допустимо {tolerance})",
        "differs": ", расхождение {0}",
        "all-whole": "все {0} чисел ≥ 0",
        "negative": "отрицательные: {0}",
        "no-base": "не с чем сравнить",
        "x2": "синих выдано {0}, зелёных выдано {1}, разница {2}, допустимо от 0 до {3}",
        "OK": "ВЕРНО",
        "FAIL": "ОШИБКА",
        "WARNING": "ПРЕДУПРЕЖДЕНИЕ",
    },
}


def _words(lang: str, key: str) -> str:
    return _WORDS.get(lang.split("+")[0], _WORDS["en"])[key]


@dataclass(frozen=True)
class Verdict:
    """One check on one protocol: what was compared, with which numbers, and the outcome.

    `left`/`right` are the two sides (for plausibility: numerator and denominator);
    `difference` is left - right; `tolerance` says what deviation is allowed.
    """

    check_id: str
    kind: CheckKind
    severity: Severity
    names: Names
    formula: str
    op: str
    left: int
    right: int
    left_given: str | Formula  # the left side as text, or its formula to show with values
    right_given: str | Formula
    holds: bool
    tolerance: str = "0"
    given_percent: Fraction | None = None
    inputs: Mapping[str, int] = field(default_factory=dict)
    detail: str = ""
    figures: Mapping[str, int] = field(default_factory=dict, repr=False, compare=False)
    # Each figure's place on the paper form ("2", or "8–14" for the vote lines), so that the
    # explanation reads "line 2 = line 3 + line 5" as the secretary's paper does.
    paper_lines: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    # The sides with their values ("900 + 600") are formatted only when someone reads them:
    # an import checks 20,000 protocols and shows none of the texts of passing checks.
    @property
    def percent(self) -> Fraction | None:
        """numerator / denominator in percent, for plausibility checks."""
        if self.given_percent is not None:
            return self.given_percent
        if self.kind is CheckKind.PLAUSIBILITY and self.right > 0:
            return Fraction(self.left * 100, self.right)
        return None

    @property
    def left_text(self) -> str:
        given = self.left_given
        return given if isinstance(given, str) else given.with_values(self.figures)

    @property
    def right_text(self) -> str:
        given = self.right_given
        return given if isinstance(given, str) else given.with_values(self.figures)

    @property
    def difference(self) -> int:
        return self.left - self.right

    @property
    def blocks_finalising(self) -> bool:
        return self.severity is Severity.HARD and not self.holds

    @property
    def needs_explanation(self) -> bool:
        return self.severity is Severity.SOFT and not self.holds

    def status_word(self) -> str:
        """OK, FAIL or WARNING: the key of the status (JSON and tests read it)."""
        if self.holds:
            return "OK"
        return "FAIL" if self.severity is Severity.HARD else "WARNING"

    def status_in(self, lang: str) -> str:
        """The status as the reader's language says it: ҚАТЕ, ОШИБКА, FAIL."""
        return _words(lang, self.status_word())

    def explain(self, lang: str = "en") -> str:
        """The verdict in one line, with its numbers, as a person checks it on paper."""
        name = self.names.get(lang)
        if self.kind is CheckKind.PLAUSIBILITY:
            pct = (
                f"{float(self.percent):.2f}%"
                if self.percent is not None
                else _words(lang, "no-base")
            )
            if not lang.startswith("en"):  # a decimal comma in Kazakh and Russian
                pct = pct.replace(".", ",")
            text = _words(lang, "plausibility").format(
                name=name, left=self.left, right=self.right, pct=pct, tolerance=self.tolerance
            )
        elif self.check_id == "X2" and "allowed" in self.inputs:
            detail = _words(lang, "x2").format(
                self.left, self.right, self.difference, self.inputs["allowed"]
            )
            text = f"{name}: {detail}"
        elif self.check_id == NON_NEGATIVE_ID and not self.formula:
            negative = ", ".join(f"{k} = {v}" for k, v in self.inputs.items())
            words = _words(lang, "negative").format(negative) if negative else None
            text = f"{name}: {words or _words(lang, 'all-whole').format(self.right_given)}"
        elif self.detail and not self.formula:
            text = f"{name}: {self.detail}"
        else:
            op = _OP_TEXT[self.op] if self.holds else _OP_NEGATED[self.op]
            right = self.right_text
            if right != str(self.right):
                right = f"{right} = {self.right}" if self.holds else f"({right} = {self.right})"
            left = (
                self.left_text
                if self.left_text == str(self.left)
                else (f"({self.left_text} = {self.left})")
            )
            text = f"{name}: {self.paper_formula(lang)} — {left} {op} {right}"
            if not self.holds and self.op == "==":
                text += _words(lang, "differs").format(abs(self.difference))
            if self.detail:
                text += f"; {self.detail}"
        return f"[{_words(lang, self.status_word())}] {self.check_id} {text}"

    def paper_formula(self, lang: str = "en") -> str:
        """The formula in the words of the paper form: each figure by its line number."""
        if not self.paper_lines:
            return self.formula
        words = _LINE_WORDS.get(lang.split("+")[0], _LINE_WORDS["en"])
        shown = []
        for token in self.formula.split():
            place = self.paper_lines.get(token)
            if place is None:
                shown.append(token)
            elif place[:1] in ("b", "g"):  # a line of the blue or the green protocol
                shown.append(words[3 if place[0] == "b" else 4].format(place[1:]))
            elif token == "max_choice":
                shown.append(words[2].format(place))
            else:
                shown.append(words[1 if "–" in place else 0].format(place))
        return " ".join(shown)


# "line 2", "lines 8–14", "the largest of lines 8–14", "blue line 1", "green line 1"
_LINE_WORDS = {
    "en": (
        "line {0}",
        "lines {0}",
        "the largest of lines {0}",
        "blue line {0}",
        "green line {0}",
    ),
    "kk": ("{0}-жол", "{0} жолдар", "{0} жолдардың ең үлкені", "көк {0}-жол", "жасыл {0}-жол"),
    "ru": (
        "строка {0}",
        "строки {0}",
        "наибольшая из строк {0}",
        "синяя строка {0}",
        "зелёная строка {0}",
    ),
}


def paper_lines(ballot: BallotType, choices: int) -> dict[str, str]:
    """Where each figure a formula may name stands on the paper form: the header fields in
    order, then one line per choice, then against all."""
    keys = ballot.field_keys
    places = {key: str(i) for i, key in enumerate(keys, 1)}
    first, last = len(keys) + 1, len(keys) + choices
    span = f"{first}–{last}" if choices > 1 else str(first)
    places.update(
        choices=span,
        max_choice=f"{first}–{last + 1}",  # against all is a choice too
        against_all=str(last + 1),
        valid=f"{first}–{last + 1}",
    )
    return places


@dataclass(frozen=True)
class CheckReport:
    verdicts: tuple[Verdict, ...]

    @property
    def hard_failures(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts if v.blocks_finalising)

    @property
    def warnings(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts if v.needs_explanation)

    @property
    def hard_relations_hold(self) -> bool:
        return not self.hard_failures

    def verdict(self, check_id: str) -> Verdict:
        for v in self.verdicts:
            if v.check_id == check_id:
                return v
        raise KeyError(check_id)


_KNOWN: dict[tuple[str, ...], frozenset[str]] = {}


def known_figures(ballot: BallotType) -> frozenset[str]:
    keys = ballot.field_keys
    if keys not in _KNOWN:
        _KNOWN[keys] = frozenset(keys) | frozenset(DERIVED_NAMES)
    return _KNOWN[keys]


@lru_cache(maxsize=1024)
def _formula(source: str, known: frozenset[str]) -> Formula:
    """Formulas are data that never change during a run: parse each once."""
    return parse_formula(source, known)


def evaluate_relation(
    relation: ControlRelation,
    protocol: Protocol,
    ballot: BallotType,
    figures: Mapping[str, int] | None = None,
) -> Verdict:
    known = known_figures(ballot)
    left = _formula(relation.left, known)
    right = _formula(relation.right, known)
    figures = protocol.figures() if figures is None else figures
    left_value = left.evaluate(figures)
    right_value = right.evaluate(figures)
    return Verdict(
        check_id=relation.id,
        kind=CheckKind.RELATION,
        severity=relation.severity,
        names=relation.names,
        formula=f"{left.source} {_OP_TEXT[relation.op]} {right.source}",
        op=relation.op,
        left=left_value,
        right=right_value,
        left_given=left,
        right_given=right,
        holds=compare(left_value, relation.op, right_value),
        inputs={n: figures[n] for n in (*left.names, *right.names)},
        figures=figures,
        paper_lines=paper_lines(ballot, len(protocol.votes)),
    )


def evaluate_non_negative(protocol: Protocol) -> Verdict:
    negative = {k: v for k, v in protocol.all_numbers().items() if v < 0}
    detail = (
        f"all {len(protocol.all_numbers())} figures are ≥ 0"
        if not negative
        else "negative: " + ", ".join(f"{k} = {v}" for k, v in negative.items())
    )
    return Verdict(
        check_id=NON_NEGATIVE_ID,
        kind=CheckKind.RELATION,
        severity=Severity.HARD,
        names=Names(
            kk="Барлық сандар теріс емес бүтін сандар",
            ru="Все числа — целые неотрицательные",
            en="Every figure is a whole number ≥ 0",
        ),
        formula="",
        op=">=",
        left=min(protocol.all_numbers().values(), default=0),
        right=0,
        left_given="",
        right_given=str(len(protocol.all_numbers())),
        holds=not negative,
        inputs=negative,
        detail=detail,
    )


def _within(num: int, den: int, low: Fraction | None, high: Fraction | None) -> bool:
    """num/den in percent lies within the bounds; compared in whole numbers (exact, and far
    cheaper than Fractions). No denominator: nothing to judge."""
    if den <= 0:
        return True
    if low is not None and num * 100 * low.denominator < low.numerator * den:
        return False
    return not (high is not None and num * 100 * high.denominator > high.numerator * den)


def evaluate_plausibility(
    check: PlausibilityCheck,
    protocol: Protocol,
    ballot: BallotType,
    tolerances: Mapping[str, tuple[Fraction | None, Fraction | None]] | None = None,
    figures: Mapping[str, int] | None = None,
) -> Verdict:
    known = known_figures(ballot)
    numerator = _formula(check.numerator, known)
    denominator = _formula(check.denominator, known)
    figures = protocol.figures() if figures is None else figures
    num = numerator.evaluate(figures)
    den = denominator.evaluate(figures)
    low, high = check.min_percent, check.max_percent
    if tolerances and check.id in tolerances:
        low, high = tolerances[check.id]
    # Compare num/den with the bounds in whole numbers: exact, and far cheaper than Fractions.
    holds = _within(num, den, low, high)
    percent = Fraction(num * 100, den) if den > 0 and not holds else None
    bounds = []
    if low is not None:
        bounds.append(f"≥ {float(low):g}%")
    if high is not None:
        bounds.append(f"≤ {float(high):g}%")
    return Verdict(
        check_id=check.id,
        kind=CheckKind.PLAUSIBILITY,
        severity=Severity.SOFT,
        names=check.names,
        formula=f"{numerator.source} / {denominator.source}",
        op="<=",
        left=num,
        right=den,
        left_given=numerator,
        right_given=denominator,
        holds=holds,
        tolerance=" and ".join(bounds) or "any",
        given_percent=percent,
        inputs={n: figures[n] for n in (*numerator.names, *denominator.names)},
        figures=figures,
    )


def check_protocol(
    protocol: Protocol,
    ballot: BallotType,
    tolerances: Mapping[str, tuple[Fraction | None, Fraction | None]] | None = None,
) -> CheckReport:
    """Every control relation (hard) and plausibility check (soft) of one protocol."""
    figures = protocol.figures()
    verdicts: list[Verdict] = [
        evaluate_relation(r, protocol, ballot, figures) for r in ballot.relations
    ]
    verdicts.append(evaluate_non_negative(protocol))
    verdicts.sort(key=lambda v: v.check_id)
    verdicts.extend(
        evaluate_plausibility(c, protocol, ballot, tolerances, figures) for c in ballot.plausibility
    )
    return CheckReport(tuple(verdicts))


def check_cross_ballot(
    blue: Protocol,
    green: Protocol,
    rule: CrossBallotRule,
    forms: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
) -> CheckReport:
    """Blue and green protocols of one precinct: same voters; green issued equal or a bit lower."""
    verdicts: list[Verdict] = []
    if rule.voters_must_match:
        b, g = blue.fields.get("voters_on_list", 0), green.fields.get("voters_on_list", 0)
        verdicts.append(
            Verdict(
                check_id="X1",
                kind=CheckKind.CROSS_BALLOT,
                severity=Severity.SOFT,
                names=Names(
                    kk="Көк және жасыл хаттамалардағы сайлаушылар саны бірдей",
                    ru="Число избирателей в синем и зелёном протоколах совпадает",
                    en="Voters on the list agree between the blue and green protocols",
                ),
                formula="blue.voters_on_list = green.voters_on_list",
                op="==",
                left=b,
                right=g,
                left_given=str(b),
                right_given=str(g),
                holds=b == g,
                # `forms`: each ballot's header fields in paper order, to name the lines.
                paper_lines={
                    f"{colour}.voters_on_list": f"{colour[0]}{keys.index('voters_on_list') + 1}"
                    for colour, keys in zip(("blue", "green"), forms, strict=True)
                    if "voters_on_list" in keys
                },
            )
        )
    b_issued = blue.fields.get("ballots_issued", 0)
    g_issued = green.fields.get("ballots_issued", 0)
    allowed = rule.allowed_shortfall(b_issued)
    shortfall = b_issued - g_issued
    verdicts.append(
        Verdict(
            check_id="X2",
            kind=CheckKind.CROSS_BALLOT,
            severity=Severity.SOFT,
            names=Names(
                kk="Жасыл бюллетеньдер көктен аз немесе тең, рұқсат шегінде",
                ru="Зелёных бюллетеней выдано не больше синих, в пределах допуска",
                en="Green ballots issued are at most the blue ones, and not far below",
            ),
            formula="",
            op="<=",
            left=b_issued,
            right=g_issued,
            left_given=str(b_issued),
            right_given=str(g_issued),
            holds=0 <= shortfall <= allowed,
            tolerance=f"{float(rule.issued_tolerance_percent):g}% of blue issued or "
            f"{rule.issued_tolerance_ballots} ballots ({float(allowed):.0f})",
            detail=f"blue issued {b_issued}, green issued {g_issued}, difference {shortfall}, "
            f"allowed 0 to {float(allowed):.0f}",
            inputs={"allowed": int(allowed)},
        )
    )
    return CheckReport(tuple(verdicts))


def merge_reports(reports: Sequence[CheckReport]) -> CheckReport:
    return CheckReport(tuple(v for r in reports for v in r.verdicts))


def passes_quietly(protocol: Protocol, ballot: BallotType) -> bool:
    """True when every hard relation holds and no plausibility check warns.

    The same rules as `check_protocol`, without building verdicts: an import checks tens of
    thousands of protocols and needs the full report only for the few that fail or warn.
    """
    known = known_figures(ballot)
    figures = protocol.figures()
    if any(v < 0 for v in protocol.all_numbers().values()):
        return False
    for relation in ballot.relations:
        left = _formula(relation.left, known).evaluate(figures)
        right = _formula(relation.right, known).evaluate(figures)
        if not compare(left, relation.op, right):
            return False
    for check in ballot.plausibility:
        num = _formula(check.numerator, known).evaluate(figures)
        den = _formula(check.denominator, known).evaluate(figures)
        if den <= 0:
            continue
        if not _within(num, den, check.min_percent, check.max_percent):
            return False
    return True
