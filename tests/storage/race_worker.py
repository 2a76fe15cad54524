"""One workstation in the PostgreSQL race (tests/storage/test_race.py): opens, saves,
finalises, corrects, accepts and imports protocols as fast as it can, and prints what it was told,
one JSON line per operation."""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from tallyapp.domain.actor import Actor
from tallyapp.domain.aggregation import ProtocolStatus as State
from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import TallyError
from tallyapp.services.entry import EntryService, Member, Signing
from tallyapp.services.exchange import import_files
from tallyapp.services.review import accept
from tallyapp.services.setup import open_engine
from tallyapp.services.signatures import package_roots
from tests.conftest import GOOD_FIELDS, GOOD_VOTES
from tests.sessions import member_of

SIGNING = Signing(
    [Member("Nurlan Omarov", "chair"), Member("Aigül Seitova", "secretary")],
    "Nurlan Omarov",
    "Aigül Seitova",
)


def values(shift: int) -> dict[str, int | None]:
    """A protocol whose relations hold: `shift` votes move from AMANAT to AUYL."""
    figures: dict[str, int | None] = dict(GOOD_FIELDS)
    figures.update({f"vote:{k}": v for k, v in GOOD_VOTES.items()})
    figures["vote:AMANAT"] = GOOD_VOTES["AMANAT"] - shift
    figures["vote:AUYL"] = GOOD_VOTES["AUYL"] + shift
    figures["against_all"] = 20
    return figures


def main() -> None:
    url, me, operations, package, ca, seed = sys.argv[1:7]
    engine = open_engine(url)
    roots = package_roots([Path(ca)])
    tec = EntryService(engine, Actor("reader", "race")).precinct("1").tec_code
    service = EntryService(engine, member_of(engine, tec, workstation=f"workstation-{me}"))
    # Four eyes: the protocols this worker keys are accepted by another member of the commission.
    deputy = member_of(engine, tec, "deputy", workstation=f"workstation-{me}")
    rng = random.Random(int(seed))
    precincts = ["1", "2", str(3 + int(me))]  # two shared by everyone, one of its own
    for i in range(int(operations)):
        number = rng.choice(precincts)
        action = rng.choice(["save", "save", "save", "finalise", "correct", "accept", "import"])
        record: dict[str, object] = {"worker": me, "action": action, "precinct": number}
        try:
            if action == "import":
                outcome = import_files(engine, [Path(package)], roots, importer="CEC")[0]
                record["outcome"] = outcome.outcome.value
                record["reason"] = outcome.reason.code if outcome.reason else ""
                record["detail"] = str(outcome.reason.params) if outcome.reason else ""
                print(json.dumps(record), flush=True)
                continue
            sheet = service.open(number, BallotKind.PARTY_LIST)
            time.sleep(rng.random() * 0.01)  # the others work meanwhile
            shift = rng.randint(1, 400)
            while values(shift) == sheet.values:  # every stored operation makes a new version
                shift = rng.randint(1, 400)
            if action == "save" and not sheet.sealed:
                after = service.save(sheet, values(shift)).sheet
            elif action == "finalise" and not sheet.sealed:
                after = service.finalise(sheet, values(shift), SIGNING).sheet
            elif action == "correct" and sheet.sealed and sheet.state is not None:
                after = service.correct(sheet, values(shift), f"recount {me}-{i}").sheet
            elif action == "accept" and sheet.state in (State.FINALISED, State.TRANSMITTED):
                # The territorial commission accepts it: the running totals move with it.
                accepted = accept(engine, deputy, number, BallotKind.PARTY_LIST).stored
                record["outcome"] = "accepted"  # a state moved, no version made
                record["version"] = accepted.version_number
                print(json.dumps(record), flush=True)
                continue
            else:
                record["outcome"] = "skipped"
                print(json.dumps(record), flush=True)
                continue
            assert after.stored is not None
            record["outcome"] = "stored"
            record["version"] = after.stored.version_number
            record["fingerprint"] = after.stored.fingerprint
        except TallyError as exc:
            record["outcome"] = "refused"
            record["code"] = exc.code
        except Exception as exc:  # a database error where a conflict was due: the test fails
            record["outcome"] = "error"
            record["code"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
        print(json.dumps(record), flush=True)
    engine.dispose()


if __name__ == "__main__":
    main()
