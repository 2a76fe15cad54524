"""The bundle observers download: the frozen manifest, the assertions, the seed record, the
draws, the recounts, the risk, the full hand counts with the figures they give, the report,
`verify.py`, and SHA256SUMS over all of them.
Every file is UTF-8 with LF line ends, sorted as the audit orders it."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tallyapp.domain.rla.codec import manifest_csv, plan_json
from tallyapp.domain.rla.manifest import WEIGHT_SCALE
from tallyapp.domain.rla.risk import Status, p_value, rounded_up
from tallyapp.services.rla import verify as verify_script
from tallyapp.services.rla.full_count import full_count_figures
from tallyapp.services.rla.workflow import AuditState, statuses

VERIFY_SCRIPT = Path(__file__).with_name("verify.py")


def _csv(rows: list[list[Any]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def bundle_files(state: AuditState) -> dict[str, bytes]:
    manifest = state.require_manifest()
    manifest_record = next(r for r in state.records if r.step == "manifest")
    seed_record = next((r for r in state.records if r.step == "seed"), None)
    files: dict[str, str] = {}
    files["manifest.csv"] = manifest_csv(manifest, state.parties)
    files["assertions.json"] = json.dumps(
        {
            "election": state.election.id,
            "risk_limit": str(state.risk_limit),
            "method": manifest_record.content["method"],
            "design": "common",
            "bound": "ballots_issued",
            "weight_scale": WEIGHT_SCALE,
            "manifest_sha256": state.manifest_sha256,
            "total_weight": manifest.total_weight,
            "U": str(manifest.error_bound),
            "margins": {k: str(v) for k, v in sorted(manifest.margins.items())},
            "deducted": {k: str(v) for k, v in sorted(manifest.deducted.items())},
            "plans": [plan_json(p) for p in state.plans],
        },
        ensure_ascii=False,
        indent=1,
    )
    files["seed.json"] = json.dumps(
        {
            **(seed_record.content if seed_record else {"seed": ""}),
            "recorded_at": seed_record.at.isoformat() if seed_record else None,
            "prng": "H_k = SHA-256(stream + ',' + k); r_k = H_k mod total_weight (Rivest 2011)",
        },
        ensure_ascii=False,
        indent=1,
    )
    files["draws.csv"] = _csv(
        [["stream", "k", "sha256", "r", "precinct", "round"]]
        + [
            [d.draw.stream, d.draw.k, d.draw.sha256, d.draw.r, d.precinct, d.round]
            for d in state.draws
        ]
    )
    recount_rows: list[list[Any]] = [["precinct", "contest", "ballots", "missing", "counts"]]
    for code in sorted(state.recounts, key=lambda c: c.encode()):
        for contest, r in sorted(state.recounts[code].items()):
            counts = ";".join(f"{c}={n}" for c, n in sorted(r.counts.items()))
            recount_rows.append([code, contest, r.ballots, "yes" if r.missing else "no", counts])
    files["recounts.csv"] = _csv(recount_rows)
    risk_rows: list[list[Any]] = [
        ["contest", "assertion", "draws_used", "log_p", "p_value", "contest_status"]
    ]
    for s in statuses(state):
        for a in s.risk.assertions:
            risk_rows.append(
                [
                    s.plan.contest,
                    a.assertion,
                    a.draws_used,
                    repr(a.log_p),
                    rounded_up(p_value(a.log_p)),
                    s.decision.status.value,
                ]
            )
    files["risk.csv"] = _csv(risk_rows)
    files["full_counts.csv"], files["full_count_results.csv"] = _full_counts(state, risk_rows)
    files["verify.py"] = VERIFY_SCRIPT.read_text(encoding="utf-8")
    return {name: text.encode("utf-8") for name, text in files.items()}


def _counts(counts: Mapping[str, int]) -> str:
    return ";".join(f"{c}={n}" for c, n in sorted(counts.items()))


def _full_counts(state: AuditState, risk_rows: list[list[Any]]) -> tuple[str, str]:
    """The full hand counts as entered (one row per precinct and contest), and per contest
    sent to a full count its figures with every precinct counted so far in place of the
    reported ones: what verify.py recomputes from the manifest and the counts."""
    rows: list[list[Any]] = [
        ["precinct", "contest", "ballot", "ballots", "counts", "version", "replaced"]
    ]
    for code in sorted(state.full_counts, key=lambda c: c.encode()):
        for contest, f in sorted(state.full_counts[code].items()):
            counts = _counts(f.count.counts)
            rows.append([code, contest, f.ballot, f.count.ballots, counts, f.version, f.replaced])
    escalated = {r[0] for r in risk_rows[1:] if r[5] == Status.FULL_COUNT.value}
    results: list[list[Any]] = [["contest", "precincts", "counted", "ballots", "counts"]]
    for c in full_count_figures(state, escalated):
        results.append([c.contest, c.precincts, c.counted, c.ballots, _counts(c.totals)])
    return _csv(rows), _csv(results)


def write_bundle(path: Path, state: AuditState, report_pdf: bytes | None = None) -> dict[str, str]:
    """The bundle as a zip; returns each file's SHA-256."""
    files = bundle_files(state)
    if report_pdf is not None:
        files["report.pdf"] = report_pdf
    hashes = {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())}
    files["SHA256SUMS"] = "".join(f"{h}  {n}\n" for n, h in hashes.items()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in sorted(files.items()):
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return hashes


def verify_bundle(path: Path) -> list[str]:
    """What verify.py finds different (the same script the bundle ships)."""
    return verify_script.verify(str(path))
