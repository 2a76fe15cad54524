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


class Reading(StrEnum):
    """How a verdict is read out: the code of its explanation's words in the messages files
    (context "check"); the numbers and the line keys are the verdict's own."""

    RELATION = "relation"  # the formula by the paper's lines, then the figures: 2 = 3 + 5 — …
    PLAUSIBILITY = "plausibility"  # numerator of denominator = percent (allowed …)
    NON_NEGATIVE = "non-negative"  # all N figures are ≥ 0
    NEGATIVE = "negative"  # the negative figures named
    ISSUED = "issued"  # blue and green ballots issued, their difference and what is allowed


class PlaceKind(StrEnum):
    """Where a figure of a formula stands on the paper form, as the explanation names it."""

    LINE = "line"  # line 2
    LINES = "lines"  # lines 8–14
    LARGEST = "largest"  # the largest of lines 8–15
    BLUE_LINE = "blue-line"  # line 1 of the blue protocol
    GREEN_LINE = "green-line"  # line 1 of the green protocol


@dataclass(frozen=True)
class CheckName:
    """Which check, for its name at the edge: the election definition's names, or none for a
    check the app itself defines (X1, X2, C5), which the messages files name by its id."""

    check_id: str
    names: Names | None = None


@dataclass(frozen=True)
class Verdict:
    """One check on one protocol: what was compared, with which numbers, and the outcome.

    `left`/`right` are the two sides (for plausibility: numerator and denominator);
    `difference` is left - right; `tolerance` says what deviation is allowed. The words
    come at the edge (`tallyapp.messages.checks`), from `reading` and these figures.
    """

    check_id: str
    kind: CheckKind
    severity: Severity
    names: Names | None  # None: a built-in check, named in the messages files by its id
    formula: str
    op: str
    left: int
    right: int
    left_given: str | Formula  # the left side as text, or its formula to show with values
    right_given: str | Formula
    holds: bool
    tolerance: str = "0"
    bounds: tuple[str, ...] = ()  # a plausibility check's bounds: "≥ 5%", "≤ 95%"
    given_percent: Fraction | None = None
    inputs: Mapping[str, int] = field(default_factory=dict)
    reading: Reading = Reading.RELATION
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

    @property
    def name(self) -> CheckName:
        return CheckName(self.check_id, self.names)

    @property
    def op_shown(self) -> str:
        """The relation as it stands between the figures: = when it holds, ≠ when it fails."""
        return _OP_TEXT[self.op] if self.holds else _OP_NEGATED[self.op]

    def status_word(self) -> str:
        """OK, FAIL or WARNING: the key of the status (JSON, tests and the words' ids)."""
        if self.holds:
            return "OK"
        return "FAIL" if self.severity is Severity.HARD else "WARNING"

    def paper_places(self) -> list[tuple[str, PlaceKind | None, str]]:
        """The formula token by token, each figure with where it stands on the paper form:
        (token, kind of place, place), the kind None for an operator or a figure not on it."""
        shown: list[tuple[str, PlaceKind | None, str]] = []
        for token in self.formula.split():
            place = self.paper_lines.get(token)
            if place is None:
                shown.append((token, None, ""))
            elif place[:1] in ("b", "g"):  # a line of the blue or the green protocol
                kind = PlaceKind.BLUE_LINE if place[0] == "b" else PlaceKind.GREEN_LINE
                shown.append((token, kind, place[1:]))
            elif token == "max_choice":
                shown.append((token, PlaceKind.LARGEST, place))
            else:
                shown.append((token, PlaceKind.LINES if "–" in place else PlaceKind.LINE, place))
        return shown


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
    numbers = protocol.all_numbers()
    negative = {k: v for k, v in numbers.items() if v < 0}
    return Verdict(
        check_id=NON_NEGATIVE_ID,
        kind=CheckKind.RELATION,
        severity=Severity.HARD,
        names=None,
        formula="",
        op=">=",
        left=min(numbers.values(), default=0),
        right=0,
        left_given="",
        right_given=str(len(numbers)),
        holds=not negative,
        inputs=negative,
        reading=Reading.NEGATIVE if negative else Reading.NON_NEGATIVE,
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
    # The bounds in symbols, the same in every language; a definition gives at least one.
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
        tolerance=", ".join(bounds),
        bounds=tuple(bounds),
        given_percent=percent,
        inputs={n: figures[n] for n in (*numerator.names, *denominator.names)},
        reading=Reading.PLAUSIBILITY,
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
                names=None,
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
            names=None,
            formula="",
            op="<=",
            left=b_issued,
            right=g_issued,
            left_given=str(b_issued),
            right_given=str(g_issued),
            holds=0 <= shortfall <= allowed,
            # The larger of a share of the blue ballots issued and a number of ballots.
            tolerance=f"0–{float(allowed):.0f}",
            inputs={"allowed": int(allowed)},
            reading=Reading.ISSUED,
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
