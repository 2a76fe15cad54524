"""A sentence names a precinct's commission as its members call it, never by the code the
database keeps ("PEC-101"); other commissions keep their own codes (ABAI-03, CEC)."""

from __future__ import annotations

from tallyapp.domain.errors import TallyError
from tallyapp.messages import say


def test_a_refused_sign_in_names_the_precinct_commission_in_the_readers_words() -> None:
    refused = TallyError("session.wrong-pin", commission="PEC-101")
    assert say(refused, "ru") == "УИК №101: неверный ИИН или PIN"
    assert say(refused, "kk") == "№101 УСК: ЖСН немесе PIN қате"
    assert say(refused, "en") == "PEC No. 101: wrong IIN or PIN"
    assert say(TallyError("session.wrong-pin", commission="ABAI-03"), "en").startswith("ABAI-03:")


def test_the_protocol_a_member_may_not_key_is_named_the_same_way() -> None:
    refused = TallyError(
        "permission.not-their-document", member="Айжан", commission="PEC-102", document="PEC-101"
    )
    said = say(refused, "ru")
    assert "PEC-" not in said and "УИК №101" in said and "УИК №102" in said
