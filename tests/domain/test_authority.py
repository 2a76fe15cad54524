"""Who may make what official: IINs, rosters, provenance, signing authority, permissions."""

from __future__ import annotations

import pytest

from tallyapp.domain.authority import (
    Action,
    AuthorityError,
    Provenance,
    Role,
    Roster,
    RosterMember,
    Signer,
    WorkSession,
    authorise_signer,
    iin_check_digit,
    iin_problem,
    permission_refusal,
    precinct_commission,
    roster_problems,
    signing_refusal,
    unofficial_reason,
)
from tallyapp.domain.commission_tree import CommissionTree
from tallyapp.domain.election import AuthorityRules
from tallyapp.services.demo_rosters import made_up_iin


def iin(first: str) -> str:
    check = iin_check_digit(first)
    assert check is not None
    return f"{first}{check}"


CHAIR, DEPUTY, SECRETARY, MEMBER = (iin(f"8001013000{i}") for i in range(1, 5))
TEC_CHAIR, OTHER_TEC_CHAIR, STRANGER = (iin(f"7505054000{i}") for i in range(1, 4))
PEC = precinct_commission("101")
ROSTERS = {
    PEC: Roster(
        PEC,
        (
            RosterMember(CHAIR, "Омаров Нұрлан", Role.CHAIR),
            RosterMember(DEPUTY, "Исаева Динара", Role.DEPUTY),
            RosterMember(SECRETARY, "Сейітова Айгүл", Role.SECRETARY),
            RosterMember(MEMBER, "Бекова Дана", Role.MEMBER),
        ),
    ),
    "ABAI-03": Roster("ABAI-03", (RosterMember(TEC_CHAIR, "Ким Ольга", Role.CHAIR),)),
    "ABAI-04": Roster("ABAI-04", (RosterMember(OTHER_TEC_CHAIR, "Ахметов Марат", Role.CHAIR),)),
}
STRUCTURE = CommissionTree(
    {"CEC": None, "ABAI": "CEC", "ABAI-03": "ABAI", "ABAI-04": "ABAI"},
    {"CEC": "cec", "ABAI": "region", "ABAI-03": "tec", "ABAI-04": "tec"},
    {"101": "ABAI-03", "102": "ABAI-04"}.get,
)
RULES = AuthorityRules()


def person(iin_: str) -> Signer:
    return Signer("SIGNER", iin=iin_)


def test_iin_check_digit_follows_both_weight_rounds() -> None:
    assert iin_problem(CHAIR) is None
    wrong = CHAIR[:11] + str((int(CHAIR[11]) + 1) % 10)
    assert iin_problem(wrong) is not None and iin_problem(wrong).code == "iin.check-digit"  # type: ignore[union-attr]
    assert iin_problem("12345").code == "iin.format"  # type: ignore[union-attr]
    assert iin_problem("８００１０１３０００１２").code == "iin.format"  # type: ignore[union-attr]
    # A number whose first round gives 10 uses the second weights (3..11, 1, 2).
    first = next(
        f"{n:011d}"
        for n in range(10**10, 10**10 + 1000)
        if sum(int(c) * w for c, w in zip(f"{n:011d}", range(1, 12), strict=True)) % 11 == 10
    )
    second = sum(
        int(c) * w for c, w in zip(first, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)
    )
    assert iin_check_digit(first) == (None if second % 11 == 10 else second % 11)


def test_made_up_iins_are_valid() -> None:
    import random

    rng = random.Random(1)
    assert all(iin_problem(made_up_iin(rng, i % 2 == 0)) is None for i in range(500))


def test_a_roster_with_two_chairs_or_a_bad_iin_is_refused() -> None:
    bad = Roster(
        PEC,
        (
            RosterMember(CHAIR, "A", Role.CHAIR),
            RosterMember(DEPUTY, "B", Role.CHAIR),
            RosterMember("123", "C", Role.MEMBER),
            RosterMember(CHAIR, "D", Role.MEMBER),
        ),
    )
    codes = sorted(p.code for p in roster_problems(bad))
    assert codes == ["roster.iin", "roster.role-twice", "roster.twice"]
    assert roster_problems(ROSTERS[PEC]) == []


def test_only_keyed_and_signed_versions_may_be_official() -> None:
    assert Provenance.KEYED.may_be_official and Provenance.RECEIVED_SIGNED.may_be_official
    assert not Provenance.RECEIVED_UNSIGNED.may_be_official
    assert not Provenance.OBSERVER.may_be_official
    assert unofficial_reason(Provenance.RECEIVED_UNSIGNED).code == "official.unsigned-copy"  # type: ignore[union-attr]
    assert unofficial_reason(Provenance.OBSERVER).code == "official.observer-copy"  # type: ignore[union-attr]
    assert unofficial_reason(Provenance.KEYED) is None


def test_the_chair_of_the_precinct_commission_signs_its_protocol() -> None:
    assert authorise_signer(RULES, STRUCTURE, ROSTERS, PEC, person(CHAIR)) == PEC
    present = [CHAIR, SECRETARY, MEMBER]
    assert authorise_signer(RULES, STRUCTURE, ROSTERS, PEC, person(CHAIR), present) == PEC


@pytest.mark.parametrize(
    ("signer", "present", "code"),
    [
        (MEMBER, None, "authority.no-signing-role"),
        (SECRETARY, None, "authority.chair-present"),  # the chair is taken as present
        (DEPUTY, [CHAIR, DEPUTY], "authority.chair-present"),
        (CHAIR, [DEPUTY, SECRETARY], "authority.absent"),
        (STRANGER, None, "authority.not-member"),
        (OTHER_TEC_CHAIR, None, "authority.not-member"),  # another territorial commission
    ],
)
def test_anyone_else_is_refused_naming_the_rule(
    signer: str, present: list[str] | None, code: str
) -> None:
    with pytest.raises(AuthorityError) as refused:
        authorise_signer(RULES, STRUCTURE, ROSTERS, PEC, person(signer), present)
    assert refused.value.code == code
    assert refused.value.params["signer"] == f"SIGNER (IIN {signer})"


def test_deputy_or_secretary_sign_when_the_chair_is_absent() -> None:
    for who in (DEPUTY, SECRETARY):
        assert authorise_signer(RULES, STRUCTURE, ROSTERS, PEC, person(who), [who, MEMBER]) == PEC


def test_a_territorial_commission_keys_paper_protocols_only_where_the_election_allows() -> None:
    assert authorise_signer(RULES, STRUCTURE, ROSTERS, PEC, person(TEC_CHAIR)) == "ABAI-03"
    strict = AuthorityRules(higher_keys_precincts=False)
    with pytest.raises(AuthorityError) as refused:
        authorise_signer(strict, STRUCTURE, ROSTERS, PEC, person(TEC_CHAIR))
    assert refused.value.code == "authority.not-member"
    refusal = signing_refusal(strict, STRUCTURE, ROSTERS, PEC, "ABAI-03", person(TEC_CHAIR), None)
    assert refusal is not None and refusal.code == "authority.not-their-document"


def test_organisation_keys_sign_only_where_the_definition_allows() -> None:
    org = Signer("ABAI-03 TEC", bin="123456789012", commission="ABAI-03")
    with pytest.raises(AuthorityError) as refused:
        authorise_signer(RULES, STRUCTURE, ROSTERS, "ABAI-03", org)
    assert refused.value.code == "authority.organisation"
    allowed = AuthorityRules(organisation_levels=("tec",))
    assert authorise_signer(allowed, STRUCTURE, ROSTERS, "ABAI-03", org) == "ABAI-03"
    with pytest.raises(AuthorityError):  # a precinct commission is never an organisation
        authorise_signer(
            allowed, STRUCTURE, ROSTERS, PEC, Signer("X", bin="1" * 12, commission=PEC)
        )


def session(commission: str, iin_: str, role: Role) -> WorkSession:
    return WorkSession(commission, RosterMember(iin_, "NAME", role), "laptop")


def refusal_code(
    work: WorkSession, action: Action, document: str = PEC, chair: bool = True
) -> str | None:
    refusal = permission_refusal(RULES, STRUCTURE, work, action, document, chair)
    return refusal.code if refusal else None


def test_members_key_and_the_chair_finalises() -> None:
    member = session(PEC, MEMBER, Role.MEMBER)
    assert refusal_code(member, Action.KEY) is None
    assert refusal_code(member, Action.FINALISE) == "permission.role"
    assert refusal_code(session(PEC, CHAIR, Role.CHAIR), Action.FINALISE) is None
    deputy = session(PEC, DEPUTY, Role.DEPUTY)
    assert refusal_code(deputy, Action.FINALISE) == "permission.chair-present"
    assert refusal_code(deputy, Action.FINALISE, chair=False) is None
    assert refusal_code(member, Action.KEY, precinct_commission("102")) == (
        "permission.not-their-document"
    )


def test_the_commission_above_accepts_and_an_observer_only_reads() -> None:
    tec = session("ABAI-03", TEC_CHAIR, Role.CHAIR)
    assert refusal_code(tec, Action.ACCEPT) is None
    assert refusal_code(tec, Action.KEY) is None  # the paper protocol, by the setting
    assert refusal_code(session("ABAI", CHAIR, Role.CHAIR), Action.REJECT) is None
    assert refusal_code(session(PEC, CHAIR, Role.CHAIR), Action.ACCEPT) == "permission.not-above"
    assert refusal_code(session("ABAI-04", OTHER_TEC_CHAIR, Role.CHAIR), Action.ACCEPT) == (
        "permission.not-above"
    )
    assert refusal_code(session("ABAI-03", MEMBER, Role.MEMBER), Action.ACCEPT) == (
        "permission.role"
    )
    watcher = session("CEC", "", Role.OBSERVER)
    for action in Action:
        assert refusal_code(watcher, action) == "permission.observer"


def test_rosters_and_pins_are_managed_by_their_own_chair_or_secretary() -> None:
    assert refusal_code(session(PEC, SECRETARY, Role.SECRETARY), Action.MANAGE, PEC) is None
    assert (
        refusal_code(session(PEC, MEMBER, Role.MEMBER), Action.MANAGE, PEC) == "permission.manage"
    )
    tec = session("ABAI-03", TEC_CHAIR, Role.CHAIR)
    assert refusal_code(tec, Action.MANAGE, PEC) == "permission.manage"


def test_a_replacement_keeps_the_line_and_refuses_what_the_law_does_not_allow() -> None:
    from tallyapp.domain.authority import Role, Roster, RosterMember, iin_check_digit
    from tallyapp.domain.authority import replace_member as replace
    from tallyapp.domain.errors import Problems, TallyError

    def iin(first: str) -> str:
        return f"{first}{iin_check_digit(first)}"

    chair, secretary, member = iin("85010130012"), iin("86020230023"), iin("87030330034")
    roster = Roster(
        "PEC-101",
        (
            RosterMember(chair, "Chair", Role.CHAIR),
            RosterMember(secretary, "Secretary", Role.SECRETARY),
            RosterMember(member, "Member", Role.MEMBER),
        ),
    )
    newcomer = RosterMember(iin("88040430045"), "Newcomer", Role.SECRETARY)
    replaced = replace(roster, secretary, newcomer, "decision No. 12", by=chair)
    assert replaced.members == (roster.members[0], newcomer, roster.members[2])

    def refused(*args: object, **kwargs: object) -> list[str]:
        try:
            replace(*args, **kwargs)  # type: ignore[arg-type]
        except Problems as many:
            return [p.code for p in many.problems]
        except TallyError as one:
            return [one.code]
        raise AssertionError("accepted")

    assert refused(roster, secretary, newcomer, "  ", by=chair) == ["replace.no-decision"]
    assert refused(roster, chair, newcomer, "No. 12", by=chair) == ["replace.self"]
    assert refused(roster, "000000000000", newcomer, "No. 12") == ["roster.no-member"]
    assert refused(roster, secretary, roster.members[2], "No. 12") == ["replace.on-roster"]
    assert refused(roster, member, RosterMember(member, "X", Role.MEMBER), "No. 12") == [
        "replace.same"
    ]
    assert refused(roster, member, RosterMember(iin("88040430045"), "O", Role.OBSERVER), "1") == [
        "replace.observer"
    ]
    # A second chair is the roster's own rule, said as such.
    second_chair = RosterMember(iin("88040430045"), "Newcomer", Role.CHAIR)
    assert refused(roster, member, second_chair, "No. 12") == ["roster.role-twice"]
