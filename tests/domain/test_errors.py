"""Errors cross process boundaries whole (files are read in worker processes during an
import): code, parameters and every subclass's own fields survive pickling."""

from __future__ import annotations

import pickle

from tallyapp.domain.errors import ConflictError, Problems, TallyError
from tallyapp.services.errors import InputError


def test_errors_survive_pickling_with_their_code_parameters_and_fields() -> None:
    plain = TallyError("signature.untrusted", holder="Aigül Seitova", serial=7)
    found = pickle.loads(pickle.dumps(plain))
    assert (type(found), found.code, dict(found.params), str(found)) == (
        TallyError,
        "signature.untrusted",
        {"holder": "Aigül Seitova", "serial": 7},
        str(plain),
    )
    conflict = pickle.loads(pickle.dumps(ConflictError("protocol.conflict", precinct="101")))
    assert isinstance(conflict, ConflictError) and conflict.params["precinct"] == "101"
    # A subclass whose constructor takes other arguments than (code, **params).
    bad = pickle.loads(pickle.dumps(InputError("/protocols[0]", "too-deep", "a.json", limit=64)))
    assert (bad.code, bad.field, bad.source, bad.params["limit"]) == (
        "input.too-deep",
        "/protocols[0]",
        "a.json",
        64,
    )
    many = pickle.loads(pickle.dumps(Problems([plain, bad])))
    assert [p.code for p in many.problems] == ["signature.untrusted", "input.too-deep"]
