"""Rivest's SHA-256 sampler (2011), in counter mode, and the weighted draw built on it.

H_k = SHA-256(UTF-8(seed + "," + decimal(k))) read as a big-endian integer, k = 1, 2, …;
a draw from a..b is a + H_k mod (b − a + 1). The weighted draw takes r_k = H_k mod Wtot and
the first precinct in manifest order whose cumulative weight exceeds r_k, which is Rivest's
`sampler.py` with a = 0, b = Wtot − 1, so observers can check it with that file.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from tallyapp.domain.errors import TallyError

SEED_DIGITS = 20


class SeedError(TallyError):
    code = "rla.seed"


def check_seed(first: str, second: str) -> str:
    """The ceremony's seed: 20 decimal digits, keyed twice the same."""
    for keyed in (first, second):
        if len(keyed) != SEED_DIGITS or not keyed.isascii() or not keyed.isdigit():
            raise SeedError("rla.seed-digits", expected=SEED_DIGITS, found=keyed)
    if first != second:
        raise SeedError("rla.seed-differs")
    return first


def stream_name(seed: str, contest: str = "ALL") -> str:
    return f"{seed}/{contest}"


def sha256_hex(stream: str, k: int) -> str:
    return hashlib.sha256(f"{stream},{k}".encode()).hexdigest()


def rivest_pick(seed: str, k: int, a: int, b: int) -> int:
    """Rivest's k-th pick (with replacement) from a..b."""
    return a + int(sha256_hex(seed, k), 16) % (b - a + 1)


@dataclass(frozen=True)
class Draw:
    stream: str
    k: int
    sha256: str
    r: int
    index: int  # 0-based position in the manifest


def weighted_draws(stream: str, weights: Sequence[int], start: int = 1) -> Iterator[Draw]:
    """Draws k = start, start+1, … with probability wᵢ/Σw, with replacement."""
    cumulative = list(itertools.accumulate(weights))
    total = cumulative[-1] if cumulative else 0
    if total <= 0:
        raise SeedError("rla.no-weight")
    for k in itertools.count(start):
        digest = sha256_hex(stream, k)
        r = int(digest, 16) % total
        yield Draw(stream, k, digest, r, bisect.bisect_right(cumulative, r))


def draw_range(stream: str, weights: Sequence[int], first: int, count: int) -> list[Draw]:
    return list(itertools.islice(weighted_draws(stream, weights, first), count))
