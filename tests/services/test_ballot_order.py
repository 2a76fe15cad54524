"""One ballot order, from the register, whatever the database: a green protocol printed on a
laptop with SQLite and on a workstation whose PostgreSQL sorts text the Kazakh way (ICU
kk-KZ) lists its candidates on the same lines, in the order of the ballot."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from tallyapp.domain.actor import Actor
from tallyapp.domain.election import BallotKind
from tallyapp.reports.pdf_file import SUMMARY_ATTACHMENT, read_attachments
from tallyapp.services.entry import EntryService
from tallyapp.services.pdf_export import export_summary, precincts_under, protocol_document
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import CandidateRow, PrecinctRow
from tests.conftest import PG_URL, _postgres_available


@pytest.fixture(scope="module")
def kazakh_collation_url() -> Iterator[str]:
    """The national demo in a PostgreSQL database whose text sorts by ICU kk-KZ."""
    if not _postgres_available():
        pytest.skip(f"PostgreSQL is not reachable at {PG_URL}")
    from tallyapp.services.demo import build_demo

    name = f"t_kk_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            text(
                f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
                "LOCALE_PROVIDER icu ICU_LOCALE 'kk-KZ' LOCALE 'C.UTF-8'"
            )
        )
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        build_demo(url)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def printed_orders(url: str, district: str) -> dict[str, list[str]]:
    """Each precinct's printed green lines (the keys, in paper order) and its QR code's votes."""
    engine = open_engine(url)
    service = EntryService(engine, Actor("export", "export"))
    orders = {}
    for number in precincts_under(engine, district, BallotKind.CONSTITUENCY):
        document, data = protocol_document(engine, number, BallotKind.CONSTITUENCY, service=service)
        lines = data["lines"]
        assert isinstance(lines, list)
        orders[number] = [line["key"] for line in lines]
        # The QR code lists the votes in the same order as the printed lines.
        printed = [str(line["value"]) for line in lines if line["key"].startswith("vote:")]
        assert document.payload.split(" ")[6].split(".") == printed
        assert [line.number for line in document.lines] == [line["number"] for line in lines]
    engine.dispose()
    return orders


@pytest.mark.slow  # a second national demo, built in a database that sorts the Kazakh way
@pytest.mark.postgres
def test_green_lines_print_in_ballot_order_on_every_database(
    demo_url: str, kazakh_collation_url: str
) -> None:
    if not demo_url.startswith("sqlite"):
        pytest.skip("compared once: the SQLite demo against the kk-KZ PostgreSQL one")
    engine = open_engine(demo_url)
    with Session(engine) as s:
        district = s.scalars(
            select(PrecinctRow.district_number).where(PrecinctRow.number == "101")
        ).one()
        ballot = [
            f"vote:{c}"
            for c in s.scalars(
                select(CandidateRow.code)
                .where(CandidateRow.district_number == district)
                .order_by(CandidateRow.ballot_position)
            )
        ]
    engine.dispose()
    code = f"DEC-{district:02d}"
    laptop = printed_orders(demo_url, code)
    workstation = printed_orders(kazakh_collation_url, code)
    assert len(laptop) > 100 and laptop.keys() == workstation.keys()
    moved = [n for n in laptop if laptop[n] != workstation[n]]
    assert moved == []
    for keys in laptop.values():
        assert [k for k in keys if k.startswith("vote:")] == ballot
    # The district's summary protocol too.
    summaries = [summary_order(url, code) for url in (demo_url, kazakh_collation_url)]
    assert summaries[0] == summaries[1]
    assert [k for k in summaries[0] if k.startswith("vote:")] == ballot


def summary_order(url: str, code: str) -> list[str]:
    engine = open_engine(url)
    pdf = export_summary(engine, code, BallotKind.CONSTITUENCY, "en")
    engine.dispose()
    data = json.loads(read_attachments(pdf)[SUMMARY_ATTACHMENT])
    return [line["key"] for line in data["lines"]]
