"""The TALLY3 protocol code: round trip, compactness, and every malformed code named."""

from __future__ import annotations

import pytest
import segno
from hypothesis import given
from hypothesis import strategies as st

from tallyapp.domain.election import BallotKind, Election
from tallyapp.domain.protocol import Protocol, fingerprint
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
    text = encode(protocol, election_2023, 2, "repeated", "draft")
    # Votes in the order of the ballot: AMANAT, AUYL, RESPUBLICA, QHP, BAYTAQ, AQJOL, JSDP.
    assert text.startswith(
        "TALLY3 KZ-MAJILIS-2023 101 P 2RD 1500.1500.900.20.600.900.10 500.100.80.60.20.70.40 20 "
    )
    decoded = decode(text, election_2023)
    assert decoded.protocol == protocol
    assert (decoded.version, decoded.kind, decoded.state) == (2, "repeated", "draft")
    assert decoded.fingerprint_matches
    assert decoded.fingerprint == fingerprint(protocol, 2, "repeated")


def test_the_code_is_written_in_the_qr_alphanumeric_set(election_2023: Election) -> None:
    """Capitals, digits, space, '.', ':' and '-' only: 5.5 bits a character, so a blue
    protocol of 2023 fits a version 7 code at level Q (45 modules a side)."""
    text = encode(blue_protocol(), election_2023, 1, "original", "finalised")
    assert set(text) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    qr = segno.make(text, error="q", boost_error=False)
    assert qr.mode == "alphanumeric" and qr.version <= 7, (qr.mode, qr.version, len(text))


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
    text = encode(protocol, election_2023, 1, "original", "finalised")
    assert decode(text, election_2023, {8: {"D08-2", "D08-1"}}).protocol == protocol
    with pytest.raises(PayloadError, match="votes: expected 3 candidates of district 8, found 2"):
        decode(text, election_2023, {8: {"D08-2", "D08-1", "D08-3"}})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace("TALLY3", "TALLY1"), "expected 'TALLY3' at the start"),
        (
            lambda t: t.replace("KZ-MAJILIS-2023", "KZ-MAJILIS-2021"),
            "election: expected 'KZ-MAJILIS-2023', found 'KZ-MAJILIS-2021'",
        ),
        (lambda t: t.replace(" 1500.", " 15X0."), "figures[voters_on_list]: expected a whole"),
        (lambda t: t.replace(" 20 ", " 2X "), "against all: expected a whole number"),
        (lambda t: t.replace(".900.20.", ".900."), "figures: expected 7, found 6"),
        (lambda t: t.rsplit(" ", 1)[0], "expected 9 fields separated by spaces, found 8"),
        (lambda t: t.replace(" P ", " X "), "ballot: expected P or C"),
        (lambda t: t.replace(" 1OF ", " 1OQ "), "version: expected a number, O or R"),
        (lambda t: t[:-1] + str((int(t[-1]) + 1) % 10), "fingerprint: expected 16 digits"),
    ],
)
def test_malformed_codes_are_named(election_2023: Election, change: object, message: str) -> None:
    text = encode(blue_protocol(), election_2023, 1, "original", "finalised")
    with pytest.raises(PayloadError, match=message.replace("[", r"\[").replace("]", r"\]")):
        decode(change(text), election_2023)  # type: ignore[operator]


def test_tampered_figures_no_longer_match_the_fingerprint(election_2023: Election) -> None:
    text = encode(blue_protocol(), election_2023, 1, "original", "finalised")
    assert not decode(text.replace(" 500.", " 900."), election_2023).fingerprint_matches
    assert not decode(
        text.replace(" 500.100.80.", " 500.80.100."), election_2023
    ).fingerprint_matches


def test_a_code_claiming_another_version_or_kind_no_longer_matches(
    election_2023: Election,
) -> None:
    """The photo that overrode a signed protocol claimed "repeated, version 99" with the
    figures and fingerprint of version 1: the fingerprint now holds the version and kind."""
    text = encode(blue_protocol(), election_2023, 1, "original", "finalised")
    assert decode(text, election_2023).fingerprint_matches
    for claim in ("99RA", "99OF", "1RF", "2OF"):
        lying = decode(text.replace(" 1OF ", f" {claim} "), election_2023)
        assert not lying.fingerprint_matches, claim


def test_green_votes_follow_the_register_ballot_order(election_2023: Election) -> None:
    """Not the codes sorted as text (D08-10 before D08-2): the register's ballot positions."""
    order = ["D08-2", "D08-10", "D08-1"]
    protocol = Protocol(
        "kz-majilis-2023",
        BallotKind.CONSTITUENCY,
        "77",
        dict(zip(FIELDS, [1500, 1500, 900, 20, 600, 900, 10], strict=True)),
        {"D08-1": 1, "D08-10": 10, "D08-2": 2},
        0,
        8,
    )
    text = encode(protocol, election_2023, 1, "original", "finalised", {8: order})
    assert text.split(" ")[6] == "2.10.1"
    assert decode(text, election_2023, {8: order}).protocol == protocol
