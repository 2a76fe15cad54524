"""The command line's arguments: every command, its options, and where it is implemented.

Commands are named as "module:function" and imported only when run, so `tallyapp --version`
or `tallyapp check` never load the database, PDF or Qt libraries they do not use.
"""

from __future__ import annotations

import argparse

from tallyapp import __version__
from tallyapp.cli.key_options import add_key_options, add_trust_options
from tallyapp.cli.output import message_language


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tallyapp",
        description="Tallying Mäjilis elections: protocols, control relations, results, seats.",
    )
    parser.add_argument("--version", action="version", version=f"tallyapp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the desktop app (the default with no command)")
    p.add_argument("--db", metavar="URL", default=None, help="database URL")
    p.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window on a new database in a temporary folder, enter "
        "one protocol, and exit: 0 if everything worked (for packaging checks)",
    )
    p.set_defaults(func="desktop:cmd_gui")

    p = sub.add_parser("allocate", help="what-if seat calculator from a JSON file of votes")
    p.add_argument("file", metavar="FILE", help="JSON: seats, threshold_percent, parties[...]")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--lang", type=message_language, metavar="LANG", default=None)
    p.set_defaults(func="counting:cmd_allocate")

    p = sub.add_parser("check", help="check one protocol given as JSON against every relation")
    p.add_argument("file", metavar="FILE", help="JSON protocol, or - for standard input")
    p.add_argument(
        "--definition",
        metavar="FILE",
        help="the election definition, when the protocol's election is not a shipped one",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--lang", type=message_language, metavar="LANG", default=None)
    p.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="also check the precinct, its district and its candidates against this "
        "database's register (without it, they are not checked, and the report says so)",
    )
    p.set_defaults(func="counting:cmd_check")

    def add_signer(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--member",
            metavar="IIN",
            help="your IIN: you sign in (PIN from $TALLYAPP_PIN, else asked for); needed "
            "except at the first setup of a new database",
        )
        p.add_argument(
            "--as",
            dest="as_commission",
            metavar="CODE",
            help="the commission you sign in for (default: the CEC)",
        )

    def add_amendment_key(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--sign",
            metavar="KEY.p12",
            help="your personal key: the change is an amendment you sign (with --member), "
            "kept and verified again by the audit; without it the workstation seals it",
        )
        p.add_argument("--passphrase-file", metavar="F", help="the key's passphrase")

    def add_despite(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--despite-audit-failure",
            action="store_true",
            help="publish even when the record does not audit (tallyapp audit): every page "
            "and file then says so; never signed",
        )

    def add_db(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--db",
            metavar="URL",
            default=None,
            help="database URL (default: $TALLYAPP_DB, else a SQLite file in the "
            "user data folder); e.g. postgresql+psycopg://host/db",
        )

    p = sub.add_parser("keygen", help="make test keys: a CA and one key per commission")
    add_db(p)
    p.add_argument("--out", metavar="DIR", help="folder (default: the user data folder/keys)")
    p.add_argument(
        "--passphrase-file",
        metavar="F",
        help="passphrase for the keys (default: a new one, written to DIR/passphrase.txt)",
    )
    p.add_argument(
        "--precincts-under",
        metavar="CODE",
        help="also a key for every precinct commission under this commission",
    )
    p.add_argument(
        "--revoke",
        metavar="IIN",
        help="revoke every key of this person (lost or stolen): the CA's list, ca.crl",
    )
    p.set_defaults(func="documents:cmd_keygen")

    p = sub.add_parser("export-pdf", help="a protocol, summary protocol or results as PDF")
    add_db(p)
    p.add_argument(
        "--commission",
        metavar="CODE",
        help="a precinct number (its protocol) or a commission code (its summary)",
    )
    p.add_argument(
        "--tsa",
        metavar="URL",
        help="an RFC 3161 timestamp authority: the signature carries a trusted time",
    )
    p.add_argument(
        "--all-precincts-under",
        metavar="CODE",
        help="every precinct protocol under this commission, into --out DIR",
    )
    p.add_argument("--ballot", choices=("party-list", "constituency"), default="party-list")
    p.add_argument("--lang", choices=("kk", "ru", "en", "kk+ru"), default="kk+ru")
    p.add_argument(
        "--document",
        choices=("protocol", "summary", "results"),
        default=None,
        help="results: the CEC's final results (seats, district winners)",
    )
    p.add_argument(
        "--copy", type=int, default=1, metavar="N", help="the copy number printed on each page"
    )
    p.add_argument("--sign", metavar="KEY.p12", help="sign with this commission key (PAdES)")
    p.add_argument("--passphrase-file", metavar="F", help="the key's passphrase")
    p.add_argument("--out", metavar="PATH", required=True, help="FILE.pdf, or DIR for a batch")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    add_key_options(p)
    add_despite(p)
    p.set_defaults(func="documents:cmd_export_pdf")

    p = sub.add_parser("export", help="protocols for the commission above, or open data")
    add_db(p)
    p.add_argument("--commission", metavar="CODE", required=True)
    p.add_argument(
        "--format",
        choices=("package", "csv", "xlsx", "cdf"),
        required=True,
        help="package: signed protocols for the commission above; csv: open data, "
        "one row per precinct per ballot (docs/open-data.md); xlsx: the same as one "
        "workbook; cdf: NIST SP 1500-100 v2 JSON",
    )
    p.add_argument(
        "--excel",
        action="store_true",
        help="csv: for Excel on a Kazakh or Russian Windows (a BOM, and ; between fields)",
    )
    p.add_argument(
        "--ballot",
        choices=("party-list", "constituency"),
        default=None,
        help="csv: one ballot into FILE (default: both, into the folder PATH)",
    )
    p.add_argument(
        "--key",
        metavar="KEY.p12",
        help="package: the commission's key (default: the keygen folder)",
    )
    p.add_argument("--passphrase-file", metavar="F")
    p.add_argument(
        "--each-tec",
        action="store_true",
        help="package: one package per territorial commission under CODE, each "
        "signed with its own key (from the folder of --key, default the keygen "
        "folder), into the folder PATH",
    )
    p.add_argument("--out", metavar="PATH", required=True)
    add_key_options(p)
    add_despite(p)
    p.set_defaults(func="exchange:cmd_export")

    p = sub.add_parser("import", help="import packages, signed PDFs and photos of protocols")
    add_db(p)
    p.add_argument("paths", metavar="PATH", nargs="+", help="files or folders")
    p.add_argument(
        "--as",
        dest="as_commission",
        metavar="CODE",
        help="the importing commission (default: the top of the tree)",
    )
    p.add_argument(
        "--trust",
        metavar="CA.pem",
        action="append",
        default=[],
        help="trusted certification authority (default: the test CA from keygen)",
    )
    p.add_argument("--json", action="store_true", help="print the outcomes as JSON")
    p.add_argument(
        "--observer-copy",
        action="store_true",
        help="the files are observers' copies: keep them to compare with the "
        "official protocols (tallyapp anomalies), never store them as protocols",
    )
    p.add_argument(
        "--member",
        metavar="IIN",
        help="import in your session (PIN from $TALLYAPP_PIN, else asked for): the audit "
        "log names you, and the import is refused if you may not import",
    )
    p.add_argument("--quiet", action="store_true")
    add_trust_options(p)
    p.set_defaults(func="exchange:cmd_import")

    p = sub.add_parser("anomalies", help="statistical signs and observers' copies that differ")
    add_db(p)
    p.add_argument("--commission", metavar="CODE", default=None)
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", type=message_language, metavar="LANG", default=None)
    p.set_defaults(func="exchange:cmd_anomalies")

    p = sub.add_parser("verify", help="check a signed protocol PDF: signature, data, figures")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument(
        "--trust",
        metavar="CA.pem",
        action="append",
        default=[],
        help="trusted certification authority (default: the test CA from keygen)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--lang", type=message_language, metavar="LANG", default=None)
    add_db(p)  # the election's rosters: who had the authority to sign
    add_trust_options(p)
    p.set_defaults(func="documents:cmd_verify")

    p = sub.add_parser("init", help="create the database with an election and its commissions")
    add_db(p)
    p.add_argument(
        "--election",
        default="kz-majilis-2023",
        help="kz-majilis-2023 (default), kz-majilis-2021, or a definition FILE",
    )
    p.add_argument(
        "--register",
        metavar="FILE",
        help="the CEC's register of polling stations (CSV or XLSX): the database holds only "
        "its commissions and precincts",
    )
    p.add_argument(
        "--rehearsal",
        action="store_true",
        help="a rehearsal on the certification authority's test keys: test IINs allowed "
        "(a warning), every printed form, package and export says REHEARSAL",
    )
    p.add_argument(
        "--setup",
        metavar="FILE",
        help="the setup the CEC signed (tallyapp register sign): register, members and "
        "candidates, verified against --trust; the database holds exactly what it says",
    )
    p.add_argument(
        "--trust",
        metavar="CA.pem",
        action="append",
        default=[],
        help="trusted certification authority for --setup (default: the test CA from keygen)",
    )
    add_trust_options(p)
    p.set_defaults(func="database:cmd_init")

    p = sub.add_parser("register", help="a real election's candidates and commission members")
    register = p.add_subparsers(dest="register_command", metavar="WHAT", required=True)
    q = register.add_parser(
        "candidates",
        help="district candidates (CSV or XLSX): district,id,name_kk,name_ru,nomination,"
        "ballot_position",
    )
    add_db(q)
    add_signer(q)
    q.add_argument("file", metavar="FILE")
    q.set_defaults(func="members:cmd_register_candidates")
    q = register.add_parser(
        "members", help="commission members (CSV or XLSX): commission,name,iin,role"
    )
    add_db(q)
    add_signer(q)
    q.add_argument("file", metavar="FILE")
    add_amendment_key(q)
    q.set_defaults(func="members:cmd_roster_import")
    q = register.add_parser(
        "sign",
        help="the CEC signs the setup: register, members and candidates in one signed file "
        "for init --setup",
    )
    q.add_argument("--register", required=True, metavar="FILE", help="polling stations")
    q.add_argument("--members", required=True, metavar="FILE", help="commission members")
    q.add_argument("--candidates", metavar="FILE", help="district candidates")
    q.add_argument(
        "--election",
        default="kz-majilis-2023",
        help="kz-majilis-2023 (default), kz-majilis-2021, or a definition FILE",
    )
    q.add_argument(
        "--sign",
        required=True,
        metavar="KEY.p12",
        help="the personal key of the CEC's chair or secretary (the members file names them)",
    )
    q.add_argument("--passphrase-file", metavar="F", help="the key's passphrase")
    q.add_argument("--out", required=True, metavar="FILE")
    q.set_defaults(func="trust:cmd_register_sign")

    p = sub.add_parser("definition", help="election definition files")
    definition = p.add_subparsers(dest="definition_command", metavar="ACTION", required=True)
    q = definition.add_parser(
        "check", help="check a definition file against the schema and the rules; every problem"
    )
    q.add_argument("file", metavar="FILE")
    q.add_argument("--json", action="store_true", help="print one JSON object")
    q.add_argument("--lang", type=message_language, metavar="LANG", default=None)
    q.set_defaults(func="counting:cmd_definition_check")

    p = sub.add_parser("demo", help="fill a fresh database with a national demo (2023, 2021)")
    add_db(p)
    p.add_argument(
        "--election",
        default="kz-majilis-2023",
        help="the election of a database not created yet: kz-majilis-2023 (default) or 2021",
    )
    p.add_argument("--seed", type=int, default=2023, help="the same seed gives the same data")
    p.add_argument(
        "--scale",
        type=int,
        default=1,
        choices=range(1, 21),
        metavar="N",
        help="N times the precincts over the same voters (10: 100,000 precincts), to measure",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func="database:cmd_demo")

    p = sub.add_parser(
        "audit", help="recompute the tamper-evident record: hash chains, states, figures"
    )
    add_db(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--lang", type=message_language, metavar="LANG", default=None)
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="CA.pem",
        help="authority that received signatures chain to (default: the one keygen made)",
    )
    p.add_argument(
        "--against", metavar="FILE", help="a published checkpoint the record must still hold"
    )
    p.set_defaults(func="database:cmd_audit")

    p = sub.add_parser("roster", help="a commission's members: name, IIN and role")
    roster = p.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    q = roster.add_parser("import", help="replace rosters from CSV: commission,iin,name,role")
    add_db(q)
    add_signer(q)
    q.add_argument("file", metavar="FILE")
    add_amendment_key(q)
    q.set_defaults(func="members:cmd_roster_import")
    q = roster.add_parser("show", help="print a commission's roster")
    add_db(q)
    q.add_argument("--commission", required=True, metavar="CODE", help="e.g. ABAI-01 or PEC-101")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func="members:cmd_roster_show")
    q = roster.add_parser(
        "replace",
        help="a member leaving early, replaced by the one appointed (the decision named)",
    )
    add_db(q)
    add_signer(q)
    q.add_argument("--commission", required=True, metavar="CODE", help="e.g. ABAI-01 or PEC-101")
    q.add_argument("--leaving", required=True, metavar="IIN", help="the member who leaves")
    q.add_argument("--iin", required=True, metavar="IIN", help="the new member's IIN")
    q.add_argument("--name", required=True, help="the new member's name")
    q.add_argument(
        "--role",
        choices=["chair", "deputy", "secretary", "member"],
        help="the new member's role (default: the leaving member's)",
    )
    q.add_argument(
        "--decision", required=True, help="the decision that appoints (its number and date)"
    )
    q.set_defaults(func="members:cmd_roster_replace")

    p = sub.add_parser(
        "workstation-role",
        help="PostgreSQL: a workstation's own login role, without UPDATE or DELETE on history",
    )
    add_db(p)
    p.add_argument("role", metavar="ROLE", help="lower-case letters, digits and _")
    p.add_argument("--password", help="the role's password (else set it in PostgreSQL)")
    p.set_defaults(func="members:cmd_workstation_role")

    p = sub.add_parser(
        "workstation-enrol",
        help="enrol this workstation's key, signed by the commission's chair",
    )
    add_db(p)
    p.add_argument("--commission", required=True, metavar="CODE")
    p.add_argument("--key", metavar="P12", help="the chair's key (default: in the keys folder)")
    p.add_argument("--passphrase-file", metavar="F", help="the key's passphrase")
    p.set_defaults(func="trust:cmd_workstation_enrol")

    p = sub.add_parser("checkpoint", help="publish a signed checkpoint of the record's chain heads")
    add_db(p)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--commission", metavar="CODE", help="who signs it (default: the top)")
    p.add_argument("--key", metavar="P12", help="the signer's key (default: the chair's)")
    p.add_argument("--passphrase-file", metavar="F", help="the key's passphrase")
    p.set_defaults(func="trust:cmd_checkpoint")

    p = sub.add_parser("pin", help="set a member's PIN (stored as an argon2id hash)")
    add_db(p)
    p.add_argument("--commission", required=True, metavar="CODE")
    p.add_argument("--iin", required=True, metavar="IIN")
    add_signer(p)
    p.add_argument(
        "--unlock",
        action="store_true",
        help="lift the lock after too many wrong PINs (the chair or the secretary)",
    )
    p.set_defaults(func="members:cmd_pin")

    for name, text in (
        ("accept", "accept a finalised protocol as the commission above"),
        ("reject", "reject a finalised protocol, with the reason, as the commission above"),
    ):
        p = sub.add_parser(name, help=text)
        add_db(p)
        p.add_argument("--precinct", required=True, metavar="NUMBER")
        p.add_argument("--ballot", choices=("party-list", "constituency"), default="party-list")
        p.add_argument(
            "--as",
            dest="as_commission",
            required=True,
            metavar="CODE",
            help="the commission you work for (e.g. ABAI-01)",
        )
        p.add_argument(
            "--member", required=True, metavar="IIN", help="your IIN; the PIN is asked for"
        )
        if name == "reject":
            p.add_argument("--reason", required=True, help="why, for the commission below")
        p.set_defaults(func=f"members:cmd_{name}")

    p = sub.add_parser("results", help="totals, completeness, seats and district winners")
    add_db(p)
    p.add_argument(
        "--commission",
        metavar="CODE",
        default=None,
        help="CEC (default), a region (ASTANA), a TEC (ASTANA-01) or a DEC (DEC-01)",
    )
    p.add_argument("--ballot", choices=("party-list", "constituency"), default="party-list")
    p.add_argument("--lang", type=message_language, metavar="LANG", default="en")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    add_despite(p)
    p.set_defaults(func="database:cmd_results")

    from tallyapp.cli.rla_parser import add_rla_commands

    add_rla_commands(sub, add_db)
    return parser
