"""Who may make what official, end to end on SQLite and PostgreSQL: PIN sessions, rosters,
permissions on every write, accept and reject, provenance recorded, and signatures refused
at import when the signer has no authority over the protocol."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from tallyapp.cli import main
from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.authority import AuthorityError, Roster, RosterMember
from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import Problems
from tallyapp.domain.finalising import signing_of
from tallyapp.messages import say
from tallyapp.reports.detached import RecordSigner, load_roots
from tallyapp.reports.signing import authority_pem, make_authority, personal_key
from tallyapp.services.entry import EntryService, Member, Signing
from tallyapp.services.exchange import export_package, import_files
from tallyapp.services.keys import publish_revocations
from tallyapp.services.results import compute_results
from tallyapp.services.review import ReviewError, accept, reject
from tallyapp.services.sessions import (
    SessionError,
    actor_of,
    read_roster_file,
    roster_of,
    set_pin,
    set_rosters,
    start_session,
)
from tallyapp.services.setup import open_engine
from tallyapp.services.table_files import read_table
from tallyapp.storage.tables import AuditRow, ProtocolVersionRow
from tests.conftest import GOOD_FIELDS, GOOD_VOTES
from tests.databases import initialised_sqlite
from tests.sessions import member_of, observer
from tests.snapshot import database_rows


def all_rows(engine: Engine) -> object:
    return database_rows(engine.url.render_as_string(hide_password=False))


def values() -> dict[str, int | None]:
    figures: dict[str, int | None] = dict(GOOD_FIELDS)
    figures.update({f"vote:{k}": v for k, v in GOOD_VOTES.items()})
    figures["against_all"] = 20
    return figures


def signing_for(engine: object, number: str) -> Signing:
    roster = roster_of(engine, f"PEC-{number}")  # type: ignore[arg-type]
    members = [Member(m.name, m.role.value, True, m.iin) for m in roster.members]
    chair = next(m.name for m in members if m.role == "chair")
    secretary = next(m.name for m in members if m.role == "secretary")
    return Signing(members, chair, secretary)


def test_a_session_needs_the_members_pin(initialised_url: str) -> None:
    engine = open_engine(initialised_url)
    chair = roster_of(engine, "ABAI-03").chair
    assert chair is not None
    with pytest.raises(SessionError) as refused:
        start_session(engine, "ABAI-03", chair.iin, "1234")
    assert refused.value.code == "session.no-pin"  # nobody has set it yet
    # Without a session, only a chair's or secretary's first PIN while nobody has one (the
    # administrator of a new database): not a plain member's, and never once someone has one.
    plain_member = next(m for m in roster_of(engine, "ABAI-03").members if m.role.value == "member")
    with pytest.raises(AuthorityError) as refused:
        set_pin(engine, None, "ABAI-03", plain_member.iin, "4821")
    assert refused.value.code == "permission.sign-in"
    cec_chair = roster_of(engine, "CEC").chair
    assert cec_chair is not None
    set_pin(engine, None, "CEC", cec_chair.iin, "2580")
    with pytest.raises(AuthorityError) as refused:
        set_pin(engine, None, "ABAI-03", chair.iin, "4821")
    assert refused.value.code == "permission.sign-in"
    cec = start_session(engine, "CEC", cec_chair.iin, "2580")
    set_pin(engine, cec, "ABAI-03", chair.iin, "4821")
    work = start_session(engine, "ABAI-03", chair.iin, "4821", "tec-laptop")
    assert work.member == chair and work.commission == "ABAI-03"
    for wrong_iin, pin in ((chair.iin, "0000"), ("000000000000", "4821")):
        with pytest.raises(SessionError) as refused:
            start_session(engine, "ABAI-03", wrong_iin, pin)
        assert refused.value.code == "session.wrong-pin"  # the same words for both
    with pytest.raises(SessionError):
        set_pin(engine, None, "ABAI-03", chair.iin, "12")
    # The PIN is stored as an argon2id hash, never as itself.
    with engine.connect() as conn:
        stored = conn.exec_driver_sql(
            f"SELECT pin_hash FROM roster_member WHERE iin = '{chair.iin}'"
        ).scalar()
    assert stored.startswith("$argon2id$") and "4821" not in stored
    # A member may not set another's PIN; the secretary of the same commission may.
    member = actor_of(work).session
    plain = member_of(engine, "ABAI-03", "member").session
    assert plain is not None and member is not None
    with pytest.raises(AuthorityError) as refused:
        set_pin(engine, plain, "ABAI-03", chair.iin, "9999")
    assert refused.value.code == "permission.manage"


def test_members_key_the_chair_finalises_and_observers_only_read(initialised_url: str) -> None:
    engine = open_engine(initialised_url)
    member = EntryService(engine, member_of(engine, "PEC-101", "member"))
    sheet = member.open("101", BallotKind.PARTY_LIST)
    before = all_rows(engine)
    with pytest.raises(AuthorityError) as refused:
        member.finalise(sheet, values(), signing_for(engine, "101"))
    assert refused.value.code == "permission.role"
    assert all_rows(engine) == before  # nothing written on a refusal
    saved = member.save(sheet, values()).sheet
    assert saved.stored is not None and saved.stored.state is State.DRAFT
    # Another precinct's protocol is not this commission's to key.
    with pytest.raises(AuthorityError) as refused:
        member.save(member.open("102", BallotKind.PARTY_LIST), values())
    assert refused.value.code == "permission.not-their-document"
    watcher = EntryService(engine, observer("PEC-101"))
    for write in (
        lambda: watcher.autosave(saved, values()),
        lambda: watcher.save(saved, values()),
        lambda: watcher.finalise(saved, values(), signing_for(engine, "101")),
    ):
        with pytest.raises(AuthorityError) as refused:
            write()
        assert refused.value.code == "permission.observer"
    # The deputy finalises only in the chair's absence.
    deputy = EntryService(engine, member_of(engine, "PEC-101", "deputy"))
    present = signing_for(engine, "101")
    with pytest.raises(AuthorityError) as refused:
        deputy.finalise(saved, values(), present)
    assert refused.value.code == "permission.chair-present"
    absent = Signing(
        [Member(m.name, m.role, m.role != "chair", m.iin) for m in present.members],
        present.chair,
        present.secretary,
    )
    final = deputy.finalise(saved, values(), absent).sheet
    assert final.stored is not None and final.stored.state is State.FINALISED
    # The version names who keyed it, for which commission, and how it came here.
    with Session(engine) as s:
        version = s.scalars(
            select(ProtocolVersionRow).where(ProtocolVersionRow.id == final.stored.protocol_id)
        ).first()
        rows = s.scalars(select(ProtocolVersionRow)).all()
        whos = [a.who for a in s.scalars(select(AuditRow).where(AuditRow.action == "sign"))]
    del version
    assert [(r.provenance, r.commission) for r in rows] == [("keyed", "PEC-101")]
    assert "IIN" in rows[0].created_by and rows[0].workstation == "laptop"
    deputy_member = roster_of(engine, "PEC-101").members[1]
    assert whos == [f"{deputy_member.name} (IIN {deputy_member.iin})"]


def test_a_territorial_commission_keys_accepts_and_totals_in_its_results(
    initialised_url: str,
) -> None:
    engine = open_engine(initialised_url)
    tec = member_of(engine, "ABAI-03")  # precinct 101's territorial commission, its chair
    service = EntryService(engine, tec)
    sheet = service.open("101", BallotKind.PARTY_LIST)
    final = service.finalise(sheet, values(), signing_for(engine, "101")).sheet
    assert final.stored is not None and final.stored.state is State.FINALISED
    totals = compute_results(engine, "ABAI-03", BallotKind.PARTY_LIST).tree.totals
    assert totals.protocols == 0  # finalised, not yet accepted: not counted
    # A member of the precinct commission may not accept its own protocol.
    with pytest.raises(AuthorityError) as refused:
        accept(engine, member_of(engine, "PEC-101"), "101", BallotKind.PARTY_LIST)
    assert refused.value.code == "permission.not-above"
    # Four eyes: the chair keyed it from the paper, so another member accepts it.
    with pytest.raises(AuthorityError) as refused:
        accept(engine, tec, "101", BallotKind.PARTY_LIST)
    assert refused.value.code == "permission.keyed-and-accepting"
    accepted = accept(
        engine, member_of(engine, "ABAI-03", "deputy"), "101", BallotKind.PARTY_LIST
    ).stored
    assert accepted.state is State.ACCEPTED
    totals = compute_results(engine, "ABAI-03", BallotKind.PARTY_LIST).tree.totals
    assert totals.protocols == 1
    assert totals.votes["AMANAT"] == GOOD_VOTES["AMANAT"]
    with Session(engine) as s:
        version = s.scalars(select(ProtocolVersionRow)).one()
    assert (version.provenance, version.commission) == ("keyed", "ABAI-03")


def test_the_secretary_finalises_with_the_chair_and_deputy_absent(initialised_url: str) -> None:
    """The law: in the chair's absence the deputy or the secretary signs. Marked as the
    finalise dialog marks them (nobody named as chair), the secretary finalises."""
    engine = open_engine(initialised_url)
    secretary = EntryService(engine, member_of(engine, "PEC-101", "secretary"))
    roster = roster_of(engine, "PEC-101")
    members = [
        Member(m.name, m.role.value, m.role.value not in ("chair", "deputy"), m.iin)
        for m in roster.members
    ]
    signing = signing_of(members)
    assert signing.chair == next(m.name for m in members if m.role == "secretary")
    final = secretary.finalise(
        secretary.open("101", BallotKind.PARTY_LIST), values(), signing
    ).sheet
    assert final.stored is not None and final.stored.state is State.FINALISED
    # With nobody of the three present, nobody may sign: said in the form's words.
    nobody = signing_of([Member(m.name, m.role, m.role == "member", m.iin) for m in members])
    other = EntryService(engine, member_of(engine, "PEC-102", "secretary"))
    with pytest.raises(Problems) as refused:
        other.finalise(other.open("102", BallotKind.PARTY_LIST), values(), nobody)
    assert "signing.no-chair" in [p.code for p in refused.value.problems]


def test_territorial_keying_follows_the_precincts_chair_rule(initialised_url: str) -> None:
    """A territorial secretary keys precinct 101's paper protocol: while the paper says the
    precinct's chair was present, the territorial chair finalises, not the secretary."""
    engine = open_engine(initialised_url)
    secretary = EntryService(engine, member_of(engine, "ABAI-03", "secretary"))
    sheet = secretary.open("101", BallotKind.PARTY_LIST)
    with pytest.raises(AuthorityError) as refused:
        secretary.finalise(sheet, values(), signing_for(engine, "101"))
    assert refused.value.code == "permission.chair-present"
    chair_absent = signing_of(
        [
            Member(m.name, m.role, m.role != "chair", m.iin)
            for m in signing_for(engine, "101").members
        ]
    )
    final = secretary.finalise(sheet, values(), chair_absent).sheet
    assert final.stored is not None and final.stored.state is State.FINALISED


def test_reject_needs_a_reason_and_lands_in_the_history(initialised_url: str) -> None:
    engine = open_engine(initialised_url)
    pec = EntryService(engine, member_of(engine, "PEC-101"))
    pec.finalise(pec.open("101", BallotKind.PARTY_LIST), values(), signing_for(engine, "101"))
    region = member_of(engine, "ABAI")
    with pytest.raises(ReviewError) as refused:
        reject(engine, region, "101", BallotKind.PARTY_LIST, "  ")
    assert refused.value.code == "review.needs-reason"
    rejected = reject(
        engine, region, "101", BallotKind.PARTY_LIST, "line 6 differs from the paper"
    ).stored
    assert rejected.state is State.REJECTED
    with pytest.raises(ReviewError) as refused:
        accept(engine, region, "101", BallotKind.PARTY_LIST)
    assert refused.value.code == "review.not-finalised"
    with Session(engine) as s:
        notes = [
            json.loads(a.detail).get("note")
            for a in s.scalars(select(AuditRow).where(AuditRow.action == "change-state"))
        ]
    assert notes[-1] == "line 6 differs from the paper"


def test_rosters_are_read_from_a_file_all_or_nothing(initialised_url: str, tmp_path: Path) -> None:
    engine = open_engine(initialised_url)
    old = roster_of(engine, "PEC-101")
    good = [RosterMember(m.iin, m.name, m.role) for m in old.members[:3]]
    text = "commission,iin,name,role\n" + "".join(
        f"PEC-101,{m.iin},{m.name},{m.role.value}\n" for m in good
    )
    bad = text + f"PEC-102,123,Someone,member\nPEC-102,{good[0].iin},X,boss\n"
    (tmp_path / "roster.csv").write_text(bad, "utf-8")
    with pytest.raises(Problems) as refused:
        read_roster_file(read_table(tmp_path / "roster.csv"))
    assert [say(p) for p in refused.value.problems] == [
        f"{tmp_path / 'roster.csv'}: line 5: IIN 123 is not valid (12 digits with a check digit)",
        f"{tmp_path / 'roster.csv'}: line 6: the role must be chair, deputy, secretary, member "
        "or observer, found boss",
    ]
    file = tmp_path / "roster.csv"
    file.write_text(text, "utf-8")
    cec = member_of(engine, "CEC", "secretary").session
    set_rosters(engine, cec, read_roster_file(read_table(file)))
    assert roster_of(engine, "PEC-101").members == tuple(good)
    # An unknown commission refuses the whole file: the other roster is not replaced either.
    with pytest.raises(Problems):
        set_rosters(engine, cec, [Roster("PEC-101", ()), Roster("NOWHERE", tuple(good))])
    assert roster_of(engine, "PEC-101").members == tuple(good)


def test_accept_and_reject_from_the_command_line(
    initialised_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_engine(initialised_url)
    pec = EntryService(engine, member_of(engine, "PEC-101"))
    pec.finalise(pec.open("101", BallotKind.PARTY_LIST), values(), signing_for(engine, "101"))
    chair = roster_of(engine, "ABAI-03").chair
    assert chair is not None
    cec_chair = roster_of(engine, "CEC").chair
    assert cec_chair is not None
    set_pin(engine, None, "CEC", cec_chair.iin, "2580")  # the first setup
    monkeypatch.setenv("TALLYAPP_PIN", "2580")
    monkeypatch.setenv("TALLYAPP_NEW_PIN", "5150")
    pin = ["pin", "--db", initialised_url, "--commission", "ABAI-03", "--iin", chair.iin]
    assert main([*pin, "--member", cec_chair.iin]) == 0
    command = ["--db", initialised_url, "--precinct", "101", "--as", "ABAI-03"]
    monkeypatch.setenv("TALLYAPP_PIN", "0000")
    assert main(["accept", *command, "--member", chair.iin]) == 2
    assert "wrong IIN or PIN" in capsys.readouterr().err
    monkeypatch.setenv("TALLYAPP_PIN", "5150")
    monkeypatch.setenv("TALLYAPP_LANG", "ru")  # the confirmation in the reader's language
    assert main(["accept", *command, "--member", chair.iin]) == 0
    said = capsys.readouterr().out
    assert "Участок 101 (" in said and "версия 1: принят." in said, said
    monkeypatch.setenv("TALLYAPP_LANG", "en")
    assert main(["reject", *command, "--member", chair.iin, "--reason", "late"]) == 2
    assert "only a finalised protocol can be accepted or rejected" in capsys.readouterr().err


def _tec_package(folder: Path, key: bytes) -> Path:
    """A territorial commission's database with precinct 101 finalised, exported in a
    package signed with `key` (a PKCS#12 file's bytes, passphrase "pw")."""
    url = initialised_sqlite(folder / "tec.sqlite3")
    engine = open_engine(url)
    pec = EntryService(engine, member_of(engine, "PEC-101"))
    pec.finalise(pec.open("101", BallotKind.PARTY_LIST), values(), signing_for(engine, "101"))
    (folder / "key.p12").write_bytes(key)
    signer = RecordSigner.from_pkcs12(folder / "key.p12", b"pw")
    path = folder / "ABAI-03.json"
    # The precinct protocol alone: the territorial commission's own summary is its chair's
    # to sign, whoever signs the precinct protocol (each record carries its own signature).
    export_package(engine, "ABAI-03", signer, path, summaries=False)
    engine.dispose()
    return path


@pytest.mark.parametrize(
    ("who", "accepted"),
    [
        ("PEC-101 chair", True),
        ("ABAI-03 chair", True),  # keyed the paper protocol, as the election allows
        ("PEC-101 member", False),
        ("ABAI-04 chair", False),  # another territorial commission
        ("PEC-102 chair", False),  # another precinct commission
        ("CEC chair", False),
        ("stranger", False),
    ],
)
def test_only_an_authorised_member_signs_a_precinct_protocol(
    who: str, accepted: bool, initialised_url: str, tmp_path: Path
) -> None:
    engine = open_engine(initialised_url)
    authority = make_authority()
    (tmp_path / "ca.pem").write_bytes(authority_pem(authority))
    publish_revocations(tmp_path, authority)  # a current list: revocation fails closed
    commission, _, role = who.partition(" ")
    if who == "stranger":
        iin, name = "900101300007", "STRANGER"
    else:
        holder = next(m for m in roster_of(engine, commission).members if m.role.value == role)
        iin, name = holder.iin, holder.name
    key = personal_key(authority, iin, name.split()[0], name.split()[-1], b"pw")
    package = _tec_package(tmp_path, key)
    before = all_rows(engine)
    outcome = import_files(engine, [package], load_roots([tmp_path / "ca.pem"]))[0]
    if accepted:
        assert outcome.outcome == "accepted", outcome.reason
        with Session(engine) as s:
            version = s.scalars(select(ProtocolVersionRow)).one()
        assert version.provenance == "received-signed"
        assert version.commission == commission and iin in version.signer
        return
    assert outcome.outcome == "rejected"
    assert outcome.reason is not None
    words = say(outcome.reason)
    assert iin in words and "precinct 101" in words, words
    assert all_rows(engine) == before  # nothing written on a refusal


def test_history_shows_provenance_and_every_unofficial_copy(
    initialised_url: str, tmp_path: Path
) -> None:
    import dataclasses

    import segno

    from tallyapp.reports import payload as qr

    engine = open_engine(initialised_url)
    tec = EntryService(engine, member_of(engine, "ABAI-03"))
    sheet = tec.finalise(
        tec.open("101", BallotKind.PARTY_LIST), values(), signing_for(engine, "101")
    ).sheet
    assert sheet.stored is not None
    official = sheet.stored.protocol
    # A photo whose code claims "repeated, version 99", with 300 votes moved.
    votes = dict(official.votes)
    votes["AMANAT"] -= 300
    votes["AUYL"] += 300
    lying = dataclasses.replace(official, votes=votes)
    text = qr.encode(lying, tec.election, 99, "repeated", "accepted")
    segno.make(text, error="m").save(str(tmp_path / "photo.png"), scale=6)
    outcome = import_files(engine, [tmp_path / "photo.png"], [])[0]
    assert outcome.outcome == "unsigned copy"
    sheet = tec.open("101", BallotKind.PARTY_LIST)
    assert sheet.stored is not None and sheet.stored.protocol == official  # untouched
    [entry] = tec.history(sheet)
    assert (entry.provenance, entry.commission) == ("keyed", "ABAI-03")
    [copy] = tec.copies(sheet)
    assert copy.provenance == "received-unsigned" and copy.source == "photo.png"
    assert say(copy.why_not_official) == "received as a photo or scan: unsigned"
    assert say(copy.why_not_official, "kk") == "фото не скан ретінде алынған: қол қойылмаған"
    assert [(c.key, c.old, c.new) for c in copy.differences] == [
        ("vote:AMANAT", GOOD_VOTES["AMANAT"], GOOD_VOTES["AMANAT"] - 300),
        ("vote:AUYL", GOOD_VOTES["AUYL"], GOOD_VOTES["AUYL"] + 300),
    ]
