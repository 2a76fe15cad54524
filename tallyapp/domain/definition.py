"""Reading an election definition (format `tallyapp-election`, version 1) from parsed JSON data.

Pure: the caller reads the file; every error names the file, the path inside it and the rule
broken with its figures (codes definition.*), said in the reader's words by `tallyapp.messages`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from tallyapp.domain.election import (
    AuthorityRules,
    BallotKind,
    BallotType,
    Candidate,
    ControlRelation,
    CrossBallotRule,
    District,
    Election,
    Names,
    Party,
    PlausibilityCheck,
    ProtocolField,
    Region,
    Severity,
    Threshold,
    ThresholdBase,
)
from tallyapp.domain.errors import TallyError
from tallyapp.domain.formula import COMPARISONS, DERIVED_NAMES, FormulaError, parse_formula

FORMAT = "tallyapp-election"
SUPPORTED_VERSIONS = (1,)


class DefinitionError(TallyError, ValueError):
    """A definition file's problem: `source` the file, `path` the place inside it ("" for the
    top), and the rule broken (code definition.<rule>) with what was expected and found."""

    def __init__(self, source: str, path: str, rule: str, /, **params: object) -> None:
        super().__init__(f"definition.{rule}", file=source, where=path or "(top)", **params)
        self.source = source
        self.path = path


class _Reader:
    """Walks the data keeping the JSON path, so errors can say where they are."""

    def __init__(self, source: str, data: Any, path: str = "") -> None:
        self.source = source
        self.data = data
        self.path = path

    def fail(self, rule: str, path: str | None = None, **params: object) -> DefinitionError:
        return DefinitionError(self.source, self.path if path is None else path, rule, **params)

    def _sub(self, key: str | int) -> str:
        return (
            f"{self.path}[{key}]"
            if isinstance(key, int)
            else (f"{self.path}.{key}" if self.path else key)
        )

    def child(self, key: str, required: bool = True) -> _Reader | None:
        if not isinstance(self.data, Mapping):
            raise self.fail("not-object", found=type(self.data).__name__)
        if key not in self.data:
            if required:
                raise self.fail("required", name=key)
            return None
        return _Reader(self.source, self.data[key], self._sub(key))

    def req(self, key: str) -> _Reader:
        found = self.child(key)
        assert found is not None
        return found

    def items(self) -> list[_Reader]:
        if not isinstance(self.data, list):
            raise self.fail("not-list", found=type(self.data).__name__)
        return [_Reader(self.source, v, self._sub(i)) for i, v in enumerate(self.data)]

    def string(self) -> str:
        if not isinstance(self.data, str) or not self.data.strip():
            raise self.fail("not-text", found=repr(self.data))
        return self.data

    def integer(self, minimum: int | None = None) -> int:
        if isinstance(self.data, bool) or not isinstance(self.data, int):
            raise self.fail("not-whole", found=repr(self.data))
        if minimum is not None and self.data < minimum:
            raise self.fail("too-small", minimum=minimum, found=self.data)
        return self.data

    def number(self) -> Fraction:
        if isinstance(self.data, bool) or not isinstance(self.data, int | float | str):
            raise self.fail("not-number", found=repr(self.data))
        try:
            return Fraction(str(self.data))
        except ValueError:
            raise self.fail("not-number", found=repr(self.data)) from None

    def boolean(self) -> bool:
        if not isinstance(self.data, bool):
            raise self.fail("not-boolean", found=repr(self.data))
        return self.data

    def names(self) -> Names:
        en = self.req("en").string()
        kk = self.child("kk", required=False)
        ru = self.child("ru", required=False)
        return Names(
            kk=kk.string() if kk else en,
            ru=ru.string() if ru else en,
            en=en,
        )


def _fields(r: _Reader) -> tuple[ProtocolField, ...]:
    fields = tuple(ProtocolField(f.req("key").string(), f.req("names").names()) for f in r.items())
    keys = [f.key for f in fields]
    for i, key in enumerate(keys):
        if keys.index(key) != i:
            raise r.fail("field-twice", name=repr(key))
        if key in DERIVED_NAMES:
            raise r.fail("field-derived", f"{r.path}[{i}].key", name=repr(key))
    return fields


def _relations(r: _Reader, known: frozenset[str]) -> tuple[ControlRelation, ...]:
    relations = []
    for item in r.items():
        op = item.req("op").string()
        if op not in COMPARISONS:
            raise item.fail("op", allowed=", ".join(COMPARISONS), found=repr(op))
        left, right = item.req("left"), item.req("right")
        for side in (left, right):
            try:
                parse_formula(side.string(), known)
            except FormulaError as exc:
                raise side.fail("formula", problem=exc) from None
        severity = item.req("severity").string()
        if severity not in ("hard", "soft"):
            raise item.fail("severity", found=repr(severity))
        relations.append(
            ControlRelation(
                id=item.req("id").string(),
                left=left.string(),
                op=op,
                right=right.string(),
                severity=Severity(severity),
                names=item.req("names").names(),
            )
        )
    return tuple(relations)


def _plausibility(r: _Reader, known: frozenset[str]) -> tuple[PlausibilityCheck, ...]:
    checks = []
    for item in r.items():
        parts = {}
        for key in ("numerator", "denominator"):
            side = item.req(key)
            try:
                parse_formula(side.string(), known)
            except FormulaError as exc:
                raise side.fail("formula", problem=exc) from None
            parts[key] = side.string()
        low = item.child("min_percent", required=False)
        high = item.child("max_percent", required=False)
        if low is None and high is None:
            raise item.fail("any-of")
        checks.append(
            PlausibilityCheck(
                id=item.req("id").string(),
                numerator=parts["numerator"],
                denominator=parts["denominator"],
                min_percent=low.number() if low else None,
                max_percent=high.number() if high else None,
                names=item.req("names").names(),
            )
        )
    return tuple(checks)


def _ballot(r: _Reader, shared: _Reader | None) -> BallotType:
    kind_text = r.req("kind").string()
    try:
        kind = BallotKind(kind_text)
    except ValueError:
        raise r.fail("kind", found=repr(kind_text)) from None
    source = r.child("protocol", required=False) or shared
    if source is None:
        raise r.fail("no-protocol")
    fields = _fields(source.req("fields"))
    known = frozenset(f.key for f in fields) | frozenset(DERIVED_NAMES)
    relations = _relations(source.req("relations"), known)
    plaus = source.child("plausibility", required=False)
    return BallotType(
        kind=kind,
        names=r.req("names").names(),
        fields=fields,
        relations=relations,
        plausibility=_plausibility(plaus, known) if plaus else (),
    )


def _colour(reader: _Reader | None) -> str | None:
    """A party's colour in charts: "#rrggbb", or none given."""
    if reader is None:
        return None
    text = reader.string()
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", text):
        raise reader.fail("colour", found=repr(text))
    return text.lower()


def parse_election(data: Any, source: str) -> Election:
    """Build an `Election` from the parsed JSON of a definition file named `source`."""
    top = _Reader(source, data)
    fmt = top.req("format").string()
    if fmt != FORMAT:
        raise top.fail("format", "format", expected=repr(FORMAT), found=repr(fmt))
    version = top.req("format_version").integer()
    if version not in SUPPORTED_VERSIONS:
        supported = str(SUPPORTED_VERSIONS)
        raise top.fail("version", "format_version", found=version, supported=supported)
    party_list = top.req("party_list")
    threshold = party_list.req("threshold")
    percent = threshold.req("percent").number()
    if not 0 <= percent <= 100:
        raise threshold.fail("percent", found=float(percent))
    base_text = threshold.req("base").string()
    try:
        base = ThresholdBase(base_text)
    except ValueError:
        allowed = ", ".join(b.value for b in ThresholdBase)
        raise threshold.fail("base", allowed=allowed, found=repr(base_text)) from None

    parties = []
    for item in top.req("parties").items():
        parties.append(
            Party(
                code=item.req("code").string(),
                names=item.req("names").names(),
                ballot_number=item.req("ballot_number").integer(minimum=1),
                registration_order=item.req("registration_order").integer(minimum=1),
                colour=_colour(item.child("colour", required=False)),
            )
        )
    for attr in ("code", "ballot_number", "registration_order", "colour"):
        values = [getattr(p, attr) for p in parties]
        for i, value in enumerate(values):
            if value is not None and values.index(value) != i:
                raise top.fail(
                    "parties-share", f"parties[{i}].{attr}", attr=attr, value=repr(value)
                )

    shared = top.child("protocol", required=False)
    ballots = tuple(_ballot(b, shared) for b in top.req("ballots").items())
    kinds = [b.kind for b in ballots]
    if len(set(kinds)) != len(kinds):
        raise top.fail("ballot-twice", "ballots")

    districts = []
    districts_reader = top.child("districts", required=False)
    for item in districts_reader.items() if districts_reader else []:
        cands = item.child("candidates", required=False)
        candidates = tuple(
            Candidate(c.req("id").string(), c.req("name").string(), c.req("nomination").string())
            for c in (cands.items() if cands else [])
        )
        complete = item.child("candidates_complete", required=False)
        districts.append(
            District(
                number=item.req("number").integer(minimum=1),
                region=item.req("region").string(),
                names=item.req("names").names(),
                candidates=candidates,
                candidates_complete=complete.boolean() if complete else False,
            )
        )
    district_numbers = {d.number for d in districts}
    if BallotKind.CONSTITUENCY in kinds and not districts:
        raise top.fail("no-districts", "districts")

    regions = []
    for item in top.req("regions").items():
        numbers = tuple(d.integer(minimum=1) for d in item.req("districts").items())
        for n in numbers:
            if n not in district_numbers:
                raise item.fail("district-undefined", district=n)
        overseas = item.child("holds_overseas", required=False)
        regions.append(
            Region(
                code=item.req("code").string(),
                names=item.req("names").names(),
                registered_voters=item.req("registered_voters").integer(minimum=0),
                districts=numbers,
                holds_overseas=overseas.boolean() if overseas else False,
            )
        )
    region_codes = {r.code for r in regions}
    for i, d in enumerate(districts):
        if d.region not in region_codes:
            raise top.fail("unknown-region", f"districts[{i}].region", region=repr(d.region))

    cross = top.child("cross_ballot", required=False)
    cross_rule = CrossBallotRule()
    if cross is not None:
        match = cross.child("voters_must_match", required=False)
        tol = cross.child("issued_tolerance_percent", required=False)
        tol_ballots = cross.child("issued_tolerance_ballots", required=False)
        cross_rule = CrossBallotRule(
            voters_must_match=match.boolean() if match else True,
            issued_tolerance_percent=tol.number() if tol else Fraction(3),
            issued_tolerance_ballots=tol_ballots.integer(minimum=0) if tol_ballots else 5,
        )
    authority = top.child("authority", required=False)
    rules = AuthorityRules()
    if authority is not None:
        higher = authority.child("higher_commission_keys_precincts", required=False)
        levels = authority.child("organisation_keys", required=False)
        level_names = tuple(v.string() for v in levels.items()) if levels else ()
        for i, level in enumerate(level_names):
            if level not in ("cec", "region", "tec", "dec"):
                where = f"organisation_keys[{i}]"
                raise authority.fail("organisation-level", where, found=repr(level))
        rules = AuthorityRules(higher.boolean() if higher else True, level_names)
    against = party_list.child("against_all", required=False)
    minimum = party_list.child("two_party_minimum", required=False)
    notes = top.child("notes", required=False)
    return Election(
        id=top.req("id").string(),
        format_version=version,
        names=top.req("names").names(),
        date=top.req("date").string(),
        seats_party_list=party_list.req("seats").integer(minimum=1),
        threshold=Threshold(percent, base),
        two_party_minimum=minimum.integer(minimum=0) if minimum else 2,
        parties=tuple(parties),
        ballots=ballots,
        regions=tuple(regions),
        districts=tuple(districts),
        has_against_all=against.boolean() if against else True,
        cross_ballot=cross_rule,
        authority=rules,
        notes=tuple(n.string() for n in notes.items()) if notes else (),
    )
