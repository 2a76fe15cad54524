"""The line keys of a stored protocol: one vocabulary for storage, exchange, results and forms.

A protocol is stored as lines `key -> value`: header fields by their key (`voters_on_list`),
one line per choice as `vote:<party code or candidate id>`, and `against_all`.
"""

from __future__ import annotations

from collections.abc import Mapping

from tallyapp.domain.election import BallotKind
from tallyapp.domain.protocol import Protocol

VOTE_PREFIX = "vote:"
AGAINST_ALL = "against_all"


def vote_key(choice: str) -> str:
    return VOTE_PREFIX + choice


def is_vote(key: str) -> bool:
    return key.startswith(VOTE_PREFIX)


def choice_of(key: str) -> str:
    """The party code or candidate id of a vote line."""
    return key[len(VOTE_PREFIX) :]


def lines_of(protocol: Protocol) -> dict[str, int]:
    lines = dict(protocol.fields)
    lines.update({vote_key(k): v for k, v in protocol.votes.items()})
    lines[AGAINST_ALL] = protocol.against_all
    return lines


def split_lines(lines: Mapping[str, int]) -> tuple[dict[str, int], dict[str, int], int]:
    """Header fields, votes by choice, and against all."""
    fields = {k: v for k, v in lines.items() if not is_vote(k) and k != AGAINST_ALL}
    votes = {choice_of(k): v for k, v in lines.items() if is_vote(k)}
    return fields, votes, lines.get(AGAINST_ALL, 0)


def protocol_from_lines(
    election: str,
    ballot: BallotKind,
    precinct: str,
    district: int | None,
    lines: Mapping[str, int],
    vote_order: list[str] | None = None,
) -> Protocol:
    fields, votes, against_all = split_lines(lines)
    if vote_order:
        votes = {k: votes[k] for k in vote_order if k in votes} | {
            k: v for k, v in votes.items() if k not in vote_order
        }
    return Protocol(election, ballot, precinct, fields, votes, against_all, district)
