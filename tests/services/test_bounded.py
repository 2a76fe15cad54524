"""Bounded JSON: nesting just past the limit (within what the parser itself accepts), half a
UTF-16 pair in a key or a value, and an overlong string are each refused with the place
named; a clean package-sized file is read as it is."""

from __future__ import annotations

import json

import pytest

from tallyapp.services.bounded import MAX_DEPTH, MAX_TEXT, load_json
from tallyapp.services.errors import InputError


def _refusal(data: bytes | str) -> InputError:
    with pytest.raises(InputError) as info:
        load_json(data, "package.json")
    return info.value


def test_nesting_one_past_the_limit_is_refused_where_it_happens() -> None:
    inner: object = []
    for _ in range(MAX_DEPTH - 2):
        inner = [inner]
    within = json.dumps({"protocols": inner})
    assert load_json(within.encode(), "package.json")["protocols"] is not None
    error = _refusal(json.dumps({"protocols": [inner]}).encode())
    assert error.code == "input.too-deep"
    assert error.field.startswith("/protocols[0][0]") and error.source == "package.json"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('{"protocols": [{"precinct": "\\ud800"}]}', "/protocols[0]/precinct"),
        ('{"protocols": [{"\\udc00x": 1}]}', "/protocols[0]/\udc00x"),
    ],
    ids=["value", "key"],
)
def test_half_a_surrogate_pair_is_refused_where_it_is(text: str, place: str) -> None:
    error = _refusal(text.encode())
    assert error.code == "input.not-unicode" and error.field == place


def test_an_overlong_string_is_refused_where_it_is() -> None:
    data = json.dumps({"protocols": [{"reason": "x" * (MAX_TEXT + 1)}]}).encode()
    error = _refusal(data)
    assert error.code == "input.text-too-long" and error.field == "/protocols[0]/reason"


def test_a_clean_package_is_read_whole() -> None:
    package = {
        "protocols": [
            {"precinct": str(n), "lines": {"invalid": n, "vote:AMANAT": 2 * n}, "signer": "Ә"}
            for n in range(2_000)
        ]
    }
    assert load_json(json.dumps(package).encode(), "package.json") == package
