"""`tallyapp rla …`: the risk-limiting audit of the seats and the district winners."""

from __future__ import annotations

import argparse
import math
from fractions import Fraction
from pathlib import Path
from typing import Any

from tallyapp.cli.output import (
    EXIT_FAILED_CHECK,
    EXIT_OK,
    CliError,
    language,
    print_json,
    read_json,
    standard_input,
)


def _engine(args: argparse.Namespace) -> Any:
    from tallyapp.services.setup import open_engine

    return open_engine(args.db)


def _actor() -> Any:
    from tallyapp.domain.actor import Actor
    from tallyapp.services.sessions import workstation_name

    return Actor("cec-audit", workstation_name())


def risk_limit(text: str) -> Fraction:
    from tallyapp.messages.labels import label

    lang = language()  # before the arguments are read: $TALLYAPP_LANG
    try:
        value = Fraction(text.strip().removesuffix("%")) / (
            100 if text.strip().endswith("%") else 1
        )
    except (ValueError, ZeroDivisionError):
        said = label("cli.risk-limit-not-fraction", lang, found=repr(text))
        raise argparse.ArgumentTypeError(said) from None
    if not 0 < value < 1:
        raise argparse.ArgumentTypeError(label("cli.risk-limit-range", lang, found=repr(text)))
    return value


def _f(value: Fraction | None, places: int = 4) -> str:
    return "—" if value is None else f"{float(value):,.{places}f}"


def plan_json(view: Any) -> dict[str, Any]:
    from tallyapp.domain.rla.codec import assertion_json
    from tallyapp.domain.rla.risk import zero_error_draws

    contests = []
    for plan in view.plans:
        rows = []
        for f in sorted(plan.assertions, key=lambda f: -(f.error_bound or math.inf)):
            row = assertion_json(f)
            row["draws"] = (
                zero_error_draws(f.error_bound, view.risk_limit) if f.error_bound else None
            )
            rows.append(row)
        contests.append(
            {
                "contest": plan.contest,
                "outcome": plan.outcome,
                "full_count_reason": plan.full_count_reason,
                "rules": dict(plan.rules),
                "assertions": rows,
            }
        )
    return {
        "election": view.election.id,
        "risk_limit": str(view.risk_limit),
        "test": "kaplan-markov",
        "design": "common",
        "total_weight": view.manifest.total_weight,
        "U": str(view.manifest.error_bound),
        "first_round_draws": view.first_round,
        "not_accepted": len(view.not_accepted),
        "contests": contests,
    }


def cmd_rla_plan(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.rla.workflow import plan

    view = plan(_engine(args), args.risk_limit)
    data = plan_json(view)
    if args.json:
        print_json(data)
        return EXIT_OK
    lang = language(args)
    limit = f"{float(view.risk_limit):.2%}"
    print(label("cli.rla-plan-head", lang, election=view.election.id, limit=limit))
    bound = f"{float(view.manifest.error_bound):,.3f}"
    waiting = len(view.not_accepted)
    print(
        label("cli.rla-first-round", lang, bound=bound, count=view.first_round)
        + ("; " + label("cli.rla-not-accepted", lang, count=waiting) if waiting else "")
    )
    # The columns' headings in the reader's words (u and U are the audit's own symbols); each
    # column as wide as its heading needs.
    head = [label(f"rla-column.{c}", lang) for c in ("kind", "subject", "other", "margin")]
    head += [label("rla-column.flips", lang), "u", "U", label("rla-column.draws", lang)]
    widths = [max(w, len(h)) for w, h in zip((20, 14, 14, 14, 9, 8, 10, 7), head, strict=True)]
    left = 3  # kind, subject and other are aligned left, the figures right

    def row(cells: list[str]) -> str:
        return "  " + " ".join(
            f"{c:<{w}}" if i < left else f"{c:>{w}}"
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    for contest in data["contests"]:
        print(f"\n{contest['contest']}  {contest['outcome']}")
        if contest["full_count_reason"]:
            print("  " + label("cli.rla-full-count", lang, reason=contest["full_count_reason"]))
        print(row(head))
        for a in contest["assertions"]:
            print(
                row(
                    [
                        a["kind"],
                        a["subject"],
                        a["other"] or "",
                        _f(Fraction(a["margin_votes"]), 2),
                        str(a["flips"] if a["flips"] is not None else "—"),
                        _f(Fraction(a["u"]), 3),
                        _f(Fraction(a["U"]) if a["U"] else None, 1),
                        str(a["draws"] if a["draws"] is not None else "—"),
                    ]
                )
            )
    return EXIT_OK


def _unauditable(items: list[str] | None) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in items or []:
        code, _, reason = item.partition("=")
        if not code:
            raise CliError("cli.bad-unauditable", found=repr(item))
        found[code] = reason or "unauditable"
    return found


def cmd_rla_manifest(args: argparse.Namespace) -> int:
    from tallyapp.domain.rla.codec import manifest_csv
    from tallyapp.domain.rla.risk import Method, Understatements
    from tallyapp.messages.labels import label
    from tallyapp.services.rla.workflow import freeze_manifest, load

    lang = language(args)
    engine = _engine(args)
    state = load(engine)
    if state.manifest is None:
        method = Method(
            args.bet, Understatements.CLIP if args.clip_understatements else Understatements.KEEP
        )
        state = freeze_manifest(
            engine, _actor(), args.risk_limit, method, _unauditable(args.unauditable)
        )
        print(label("cli.manifest-frozen", lang, sha256=state.manifest_sha256))
    manifest = state.require_manifest()
    text = manifest_csv(manifest, state.parties)
    Path(args.out).write_text(text, encoding="utf-8", newline="\n")
    left_out = [e.precinct for e in manifest.entries if not e.precinct.auditable]
    print(
        label(
            "cli.manifest-written",
            lang,
            file=args.out,
            precincts=label("count.precincts", lang, count=len(manifest.entries)),
            weight=manifest.total_weight,
            bound=f"{float(manifest.error_bound):,.3f}",
            sha256=state.manifest_sha256,
        )
    )
    for p in left_out:
        print("  " + label("cli.unauditable", lang, precinct=p.code, reason=p.reason))
    return EXIT_OK


def cmd_rla_seed(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.rla.workflow import record_seed

    ceremony = {
        k: v
        for k, v in (("place", args.place), ("video", args.video), ("rollers", args.rollers))
        if v
    }
    seed = record_seed(_engine(args), _actor(), args.digits, args.again, ceremony)
    print(label("cli.seed-recorded", language(args), seed=seed))
    return EXIT_OK


def cmd_rla_draw(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.rla.workflow import draw_round, load, pick_list, record_seed

    engine = _engine(args)
    state = load(engine)
    if state.seed is None:
        if args.seed_again is None:
            raise CliError("cli.no-seed")
        record_seed(engine, _actor(), args.seed, args.seed_again, {})
    rows = draw_round(engine, _actor(), args.seed, args.round, args.count)
    state = load(engine)
    manifest = state.require_manifest()
    draws = [
        {
            "k": r.draw.k,
            "sha256": r.draw.sha256,
            "r": r.draw.r,
            "precinct": r.precinct,
            "tec": r.tec,
        }
        for r in rows
    ]
    data = {
        "stream": state.stream,
        "round": rows[0].round if rows else state.rounds,
        "total_weight": manifest.total_weight,
        "draws": draws,
    }
    if args.json:
        print_json(data)
        return EXIT_OK
    lang = language(args)
    said = {"stream": data["stream"], "round": data["round"], "weight": data["total_weight"]}
    print(label("cli.rla-stream", lang, **said))
    # k, sha256 and r are the draw's own symbols (docs/rla.md), the same in every language.
    print(f"{'k':>6}  {'sha256':<64}  {'r':>14}  " + label("rla-column.precinct", lang))
    for d in draws:
        print(f"{d['k']:>6}  {d['sha256']}  {d['r']:>14}  {d['precinct']}")
    print("\n" + label("cli.rla-pick-list", lang))
    for tec, picks in pick_list(state).items():
        print(f"  {tec}: " + ", ".join(f"{p}×{n}" if n > 1 else p for p, n in picks))
    return EXIT_OK


def cmd_rla_schedule(args: argparse.Namespace) -> int:
    from tallyapp.services.files import write_atomically
    from tallyapp.services.rla.schedule import read_places, schedule_pdf

    places = None
    if args.places:
        try:
            text = Path(args.places).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError("cli.places-unreadable", file=args.places, reason=exc) from None
        places = read_places(text, args.places)
    pdf = schedule_pdf(_engine(args), args.lang, places, args.round)
    write_atomically(Path(args.out), pdf)
    print(_bytes(args, len(pdf)))
    return EXIT_OK


def cmd_rla_recount(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.rla.recount_file import keyings
    from tallyapp.services.rla.workflow import enter_recount

    source = standard_input(args.file)
    first, second, details = keyings(read_json(args.file), source)
    status = enter_recount(
        _engine(args), _actor(), args.precinct, args.ballot, first, second, details
    )
    lang = language(args)
    print(
        label(
            "cli.recount-recorded",
            lang,
            precinct=args.precinct,
            ballot=args.ballot,
            contest=status.plan.contest,
            status=label(f"rla-status.{status.decision.status.value}", lang),
            p=_p(status.decision.log_p),
        )
    )
    for d in status.risk.discrepancies:
        if d.precinct == args.precinct:
            taint = _f(d.taint, 6) if d.taint is not None else "≥ 1"
            overstatement = _f(d.overstatement, 1)
            said = {"assertion": d.assertion, "overstatement": overstatement, "taint": taint}
            print("  " + label("cli.discrepancy", lang, **said))
    return EXIT_OK


def cmd_rla_full_count(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.rla.full_count import enter_full_count
    from tallyapp.services.rla.recount_file import keyings

    source = standard_input(args.file)
    first, second, details = keyings(read_json(args.file), source)
    saved = enter_full_count(
        _engine(args), _actor(), args.precinct, args.ballot, first, second, details
    )
    print(
        label(
            "cli.full-count-stored",
            language(args),
            precinct=saved.precinct,
            ballot=saved.ballot,
            version=saved.version,
            replaced=saved.replaced,
        )
    )
    for line, (reported, counted) in sorted(saved.changed.items()):
        print(f"  {line}: {reported} -> {counted}")
    return EXIT_OK


def _p(log_p: float) -> str:
    from tallyapp.domain.rla.risk import p_value, rounded_up

    return rounded_up(p_value(log_p))


def status_json(state: Any) -> dict[str, Any]:
    from tallyapp.domain.rla.risk import p_value, rounded_up
    from tallyapp.services.rla.workflow import statuses

    manifest = state.require_manifest()
    drawn = {d.precinct for d in state.draws}
    recounted = {p for p, c in state.recounts.items() if c}
    return {
        "risk_limit": str(state.risk_limit),
        "seed": state.seed,
        "rounds": state.rounds,
        "draws": len(state.draws),
        "precincts_drawn": len(drawn),
        "precincts_recounted": len(recounted & drawn),
        "U": str(manifest.error_bound),
        "contests": [
            {
                "contest": s.plan.contest,
                "status": s.decision.status.value,
                "reason": s.decision.reason,
                "next_round_draws": s.decision.next_draws,
                "draws_used": s.risk.draws_used,
                "p_value": rounded_up(p_value(s.decision.log_p)),
                "assertions": [
                    {
                        "id": a.assertion,
                        "draws_used": a.draws_used,
                        "p_value": rounded_up(p_value(a.log_p)),
                    }
                    for a in s.risk.assertions
                ],
            }
            for s in statuses(state)
        ],
    }


def cmd_rla_status(args: argparse.Namespace) -> int:
    from tallyapp.domain.rla.risk import Status
    from tallyapp.messages.labels import label
    from tallyapp.services.rla.workflow import load

    state = load(_engine(args))
    data = status_json(state)
    if args.json:
        print_json(data)
    else:
        lang = language(args)
        recounted = label(
            "cli.rla-recounted",
            lang,
            recounted=data["precincts_recounted"],
            count=data["precincts_drawn"],
        )
        print(
            label(
                "cli.rla-round",
                lang,
                round=data["rounds"],
                draws=label("count.draws", lang, count=data["draws"]),
                recounted=recounted,
                limit=f"{float(state.risk_limit):.2%}",
            )
        )
        for c in data["contests"]:
            extra = f" ({c['reason']})" if c["reason"] else ""
            more = (
                ", " + label("cli.rla-next-round", lang, count=c["next_round_draws"])
                if c["status"] == "next-round"
                else ""
            )
            # The contest's status in the reader's words; --json keeps its value.
            status = label(f"rla-status.{c['status']}", lang)
            width = max(11, *(len(label(f"rla-status.{s}", lang)) for s in Status))
            print(
                f"  {c['contest']:<7} {status:<{width}} P = {c['p_value']:<10} "
                + label("cli.rla-draws-used", lang, count=c["draws_used"])
                + f"{more}{extra}"
            )
    return EXIT_OK


def cmd_rla_report(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.rla.bundle import write_bundle
    from tallyapp.services.rla.report import report_pdf
    from tallyapp.services.rla.workflow import load

    if not args.out and not args.bundle:
        raise CliError("cli.give-out-or-bundle")
    state = load(_engine(args))
    pdf = report_pdf(state, args.lang)
    if args.out:
        Path(args.out).write_bytes(pdf)
        print(_bytes(args, len(pdf)))
    if args.bundle:
        hashes = write_bundle(Path(args.bundle), state, pdf)
        print(label("cli.bundle-files", language(args), bundle=args.bundle, count=len(hashes)))
        for name, digest in hashes.items():
            print(f"  {digest}  {name}")
    return EXIT_OK


def cmd_rla_verify(args: argparse.Namespace) -> int:
    import zipfile

    from tallyapp.messages.labels import label
    from tallyapp.services.rla.bundle import verify_bundle

    try:
        problems = verify_bundle(Path(args.bundle))
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CliError(
            "cli.bundle-unreadable", bundle=args.bundle, kind=type(exc).__name__, detail=exc
        ) from None
    for problem in problems:
        print(f"DIFFERS  {problem}")
    # VERIFIED, NOT VERIFIED and DIFFERS stay as they are in every language: scripts read them.
    words = label("cli.bundle-not-verified", language(args), count=len(problems))
    print("VERIFIED" if not problems else words)
    return EXIT_OK if not problems else EXIT_FAILED_CHECK


def _bytes(args: argparse.Namespace, size: int) -> str:
    """A written file's size, its thousands grouped as the reader's language writes them."""
    from tallyapp.messages.labels import label, number

    lang = language(args)
    return label("cli.bytes", lang, file=args.out, size=number(size, lang), count=size)
