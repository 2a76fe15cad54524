"""The TALLY1 protocol code: round trip, and every malformed code named."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.protocol import Protocol
from tallyapp.reports.payload import PayloadError, decode, encode
from tests.conftest import blue_protocol

FIELDS = (
    "voters_on_list",
    "ballots_received",
    "ballots_issued",
    "issued_outside",
    "ballots_cancelled",
    "ballots_in_boxes",
    "invalid",
)


def test_round_trip(election_2023: Election) -> None:
    protocol = blue_protocol()
    text = encode(protocol, FIELDS, 2, "repeated", "draft")
    assert text.startswith(
        "TALLY1;e=kz-majilis-2023;p=101;b=P;d=;n=2;k=R;s=draft;"
        "f=1500,1500,900,20,600,900,10;c=AMANAT:500,"
    )
    decoded = decode(text, election_2023)
    assert decoded.protocol == protocol
    assert (decoded.version, decoded.kind, decoded.state) == (2, "repeated", "draft")
    assert decoded.fingerprint_matches


@given(st.lists(st.integers(0, 10**7), min_size=7, max_size=7), st.integers(0, 10**6))
def test_round_trip_any_figures(election_2023: Election, figures: list[int], against: int) -> None:
    protocol = Protocol(
        "kz-majilis-2023",
        BallotKind.CONSTITUENCY,
        "77",
        dict(zip(FIELDS, figures, strict=True)),
        {"D08-1": figures[0], "D08-2": figures[1]},
        against,
        8,
    )
    assert (
        decode(encode(protocol, FIELDS, 1, "original", "finalised"), election_2023).protocol
        == protocol
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace("TALLY1", "TALLY9"), "expected 'TALLY1' at the start"),
        (
            lambda t: t.replace("e=kz-majilis-2023", "e=kz-majilis-2021"),
            "election: expected 'kz-majilis-2023', found 'kz-majilis-2021'",
        ),
        (lambda t: t.replace("f=1500,", "f=15x0,"), "f[voters_on_list]: expected a whole number"),
        (lambda t: t.replace("f=1500,1500,", "f=1500,"), "f: expected 7 figures, found 6"),
        (lambda t: t.replace("c=AMANAT:500", "c=AMANAT:-5"), "c[AMANAT]: expected a whole number"),
        (lambda t: t.replace(";a=20", ""), "missing keys: a"),
        (lambda t: t.replace("b=P", "b=X"), "ballot: expected P or C"),
        (lambda t: t[: t.index(";h=") + 10], "h: expected 64 hex digits"),
    ],
)
def test_malformed_codes_are_named(election_2023: Election, change: object, message: str) -> None:
    text = encode(blue_protocol(), FIELDS, 1, "original", "finalised")
    with pytest.raises(PayloadError, match=message.replace("[", r"\[").replace("]", r"\]")):
        decode(change(text), election_2023)  # type: ignore[operator]


def test_tampered_figures_no_longer_match_the_fingerprint(election_2023: Election) -> None:
    text = encode(blue_protocol(), FIELDS, 1, "original", "finalised")
    assert not decode(text.replace("AMANAT:500", "AMANAT:900"), election_2023).fingerprint_matches
