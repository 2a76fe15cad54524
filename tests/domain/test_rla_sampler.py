"""Rivest's SHA-256 sampler: his published test vectors and the design's weighted vector."""

from __future__ import annotations

import pytest

from tallyapp.domain.rla.sampler import (
    SeedError,
    check_seed,
    draw_range,
    rivest_pick,
    sha256_hex,
    stream_name,
)

# cjerdonek/rivest-sampler-tests tests.json: picks from 1..total, with replacement.
RIVEST_VECTORS = [
    ("0", 1000, [905, 573, 160]),
    ("0", 2, [1, 1, 2]),
    ("1", 1000, [97, 89, 163]),
    ("0000000000", 1000, [978, 359, 132]),
    ("999999999999999999999999", 1000, [544, 800, 654]),
    ("abcde", 1000, [247, 427, 157]),
]


@pytest.mark.parametrize(("seed", "total", "expected"), RIVEST_VECTORS)
def test_rivest_vectors(seed: str, total: int, expected: list[int]) -> None:
    assert [rivest_pick(seed, k, 1, total) for k in (1, 2, 3)] == expected


def test_the_designs_weighted_vector() -> None:
    seed = "08772473296991897540"
    assert sha256_hex(seed, 1).startswith("b3813bac") and sha256_hex(seed, 1).endswith("23ee")
    draws = draw_range(seed, [1, 2, 3, 4], 1, 10)
    assert draws[0].r == 6
    assert [d.index for d in draws] == [3, 2, 0, 1, 3, 0, 2, 1, 3, 1]
    assert [d.k for d in draws] == list(range(1, 11))


def test_later_rounds_continue_the_stream() -> None:
    stream = stream_name("08772473296991897540")
    assert stream == "08772473296991897540/ALL"
    whole = draw_range(stream, [5, 1, 7], 1, 20)
    assert draw_range(stream, [5, 1, 7], 11, 10) == whole[10:]


def test_a_zero_weight_is_never_drawn() -> None:
    draws = draw_range("12345678901234567890/ALL", [3, 0, 3], 1, 200)
    assert {d.index for d in draws} == {0, 2}


def test_seed_is_twenty_digits_keyed_twice() -> None:
    assert check_seed("08772473296991897540", "08772473296991897540") == "08772473296991897540"
    with pytest.raises(SeedError) as differs:
        check_seed("08772473296991897540", "08772473296991897541")
    assert differs.value.code == "rla.seed-differs"
    for bad in ("123", "0877247329699189754a", "٠٨٧٧٢٤٧٣٢٩٦٩٩١٨٩٧٥٤"):
        with pytest.raises(SeedError) as wrong:
            check_seed(bad, bad)
        assert wrong.value.code == "rla.seed-digits"
