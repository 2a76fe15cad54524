"""The fingerprint: what it hashes, and the spoken form with its check digit."""

from __future__ import annotations

import hashlib
import itertools

from hypothesis import given
from hypothesis import strategies as st

from tallyapp.domain.protocol import (
    damm,
    figures_fingerprint,
    fingerprint,
    spoken_fingerprint,
    spoken_is_well_formed,
    summary_fingerprint,
)
from tests.conftest import blue_protocol


def test_the_hash_covers_the_version_and_the_kind() -> None:
    protocol = blue_protocol()
    digests = {
        fingerprint(protocol, version, kind)
        for version, kind in itertools.product((1, 2, 99), ("original", "repeated"))
    }
    assert len(digests) == 6  # every version and kind its own fingerprint
    assert figures_fingerprint(protocol) not in digests  # scheme 1 is another hash
    assert summary_fingerprint({"election": "e"}) != summary_fingerprint({"election": "f"})


def test_the_spoken_form_is_digits_with_a_damm_check_digit() -> None:
    spoken = spoken_fingerprint(fingerprint(blue_protocol(), 1, "original"))
    groups = spoken.split("-")
    assert [len(g) for g in groups] == [4, 4, 4, 4]
    digits = "".join(groups)
    assert digits.isdigit() and damm(digits) == 0
    assert spoken_is_well_formed(spoken) and spoken_is_well_formed(" ".join(groups))
    assert not spoken_is_well_formed(digits[:-1])
    assert not spoken_is_well_formed(digits[:-1] + "x")


@given(st.binary(min_size=1, max_size=64))
def test_every_single_wrong_digit_and_every_swap_of_neighbours_is_caught(data: bytes) -> None:
    """The two mistakes of reading digits over the phone: one digit misheard, two swapped."""
    digits = spoken_fingerprint(hashlib.sha256(data).hexdigest()).replace("-", "")
    for i in range(len(digits)):
        for wrong in "0123456789":
            if wrong != digits[i]:
                assert damm(digits[:i] + wrong + digits[i + 1 :]) != 0
    for i in range(len(digits) - 1):
        if digits[i] != digits[i + 1]:
            swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
            assert damm(swapped) != 0
