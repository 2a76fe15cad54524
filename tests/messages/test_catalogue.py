"""Every error code the code base raises has its sentence in Kazakh, Russian and English."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import tallyapp
from tallyapp.domain.election import Names
from tallyapp.domain.errors import ConflictError, Problems, TallyError
from tallyapp.messages import codes as codes_said
from tallyapp.messages import say, say_all

PACKAGE = Path(tallyapp.__file__).parent
CODE = re.compile(r"^[a-z]+(\.[a-z0-9-]+)+$|^[a-z-]+$")
# Calls whose first text argument is an error code; `refused(index, record, code)` has it third.
RAISERS = {
    "TallyError",
    "ConflictError",
    "NotFoundError",
    "TransitionError",
    "Rejected",
    "SetupError",
    "ResultsError",
    "ExportError",
    "SignatureError",
    "RecordRefused",
    "AuthorityError",
    "SessionError",
    "ReviewError",
    "KeysError",
    "UnofficialVersion",
    "FormulaError",
}


def _codes_raised() -> set[str]:
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                args = node.args[2:3] if name == "refused" else node.args[:1]
                if name == "InputError":  # InputError(field, rule, ...): the code is input.<rule>
                    found |= {
                        f"input.{a.value}"
                        for a in node.args[1:2]
                        if isinstance(a, ast.Constant) and isinstance(a.value, str)
                    }
                elif name == "DefinitionError" or (name == "fail" and "definition" in path.name):
                    # DefinitionError(file, where, rule) and _Reader.fail(rule): definition.<rule>
                    found |= {
                        f"definition.{a.value}"
                        for a in (node.args[2:3] if name == "DefinitionError" else node.args[:1])
                        if isinstance(a, ast.Constant) and isinstance(a.value, str)
                    }
                elif name == "line_problem":  # line_problem(rule, line, column): input.<rule>
                    found |= {
                        f"input.{a.value}"
                        for a in node.args[:1]
                        if isinstance(a, ast.Constant) and isinstance(a.value, str)
                    }
                elif name in ("RegisterProblem", "problem") and "register" in path.name:
                    # RegisterProblem(rule, ...) and its helper problem(rule, ...): register.<rule>
                    found |= {
                        f"register.{a.value}"
                        for a in node.args[:1]
                        if isinstance(a, ast.Constant) and isinstance(a.value, str)
                    }
                elif name in RAISERS or name == "refused":
                    found |= {
                        a.value
                        for a in args
                        if isinstance(a, ast.Constant) and isinstance(a.value, str)
                    }
            if isinstance(node, ast.ClassDef):  # a family's default code: `code = "..."`
                for item in node.body:
                    if (
                        isinstance(item, ast.Assign)
                        and [getattr(t, "id", "") for t in item.targets] == ["code"]
                        and isinstance(item.value, ast.Constant)
                    ):
                        found.add(str(item.value.value))
    return found


def test_every_code_raised_has_three_sentences() -> None:
    known = codes_said("en")
    codes = _codes_raised()
    assert len(codes) > 60  # the scan finds the codes (it would pass vacuously otherwise)
    assert all(CODE.match(c) for c in codes), sorted(c for c in codes if not CODE.match(c))
    families = {
        "error",
        "problems",
        "entry.problems",
        "import.rejected",
        "record.refused",
        "setup.refused",
        "results.refused",
        "export.refused",
        "signature.problem",
        "lifecycle.transition",
        "protocol.conflict",
        "not-found",
        "input.invalid",
        "authority.refused",
        "session.refused",
        "review.refused",
        "keys.problem",
        "register.invalid",
    }
    missing = sorted(c for c in codes - families if c not in known)
    assert missing == []
    for lang in ("kk", "ru"):  # every English sentence has its Kazakh and Russian translation
        assert sorted(known - codes_said(lang)) == [], lang


def test_every_schema_rule_of_a_definition_has_three_sentences() -> None:
    from tallyapp.services.definitions import SCHEMA_RULES

    for rule in [*SCHEMA_RULES.values(), "schema", "rule"]:
        assert all(f"definition.{rule}" in codes_said(lang) for lang in ("kk", "ru", "en")), rule


def test_sentences_in_each_language() -> None:
    error = ConflictError(
        "protocol.conflict", precinct="101", ballot="party-list", version=3, state="checked"
    )
    assert say(error, "en").startswith("the protocol of precinct 101 (blue ballot (party lists))")
    assert "другом рабочем месте" in say(error, "ru")
    assert "синий бюллетень" in say(error, "ru")
    assert "басқа жұмыс орны" in say(error, "kk")
    assert "көк бюллетень" in say(error, "kk")


def test_names_in_parameters_follow_the_reader() -> None:
    error = TallyError("line.empty", line=7, name=Names("Жарамсыз", "Недействительные", "Invalid"))
    assert say(error, "kk") == "7-жол (Жарамсыз) толтырылмаған"
    assert say(error, "ru") == "строка 7 (Недействительные) не заполнена"
    assert say(error, "en") == "line 7 (Invalid) is empty"


def test_several_problems_are_each_said() -> None:
    problems = Problems([TallyError("signing.no-chair"), TallyError("signing.no-secretary")])
    assert say_all(problems, "ru") == [
        "некому подписать: должен быть отмечен присутствующим председатель, а в его "
        "отсутствие заместитель председателя или секретарь",
        "секретарь не указан",
    ]
    assert say(problems) == (
        "nobody may sign: mark the chair present, or in the chair's absence the deputy chair "
        "or the secretary; the secretary is not named"
    )


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_an_unknown_code_still_says_what_is_known(lang: str) -> None:
    assert say(TallyError("brand.new", precinct="7"), lang) == "brand.new: precinct 7"


def test_states_in_an_audit_finding_are_in_the_readers_language() -> None:
    found = TallyError(
        "audit.head-differs",
        precinct="3",
        ballot="party-list",
        state="draft",
        recorded_state="accepted",
        version=1,
        recorded_version=1,
    )
    assert "«черновик»" in say(found, "ru") and "«принят»" in say(found, "ru")
    assert "accepted" not in say(found, "kk")


@pytest.mark.parametrize(("lang", "number"), [("kk", "ЖСН"), ("ru", "ИИН"), ("en", "IIN")])
def test_a_person_is_named_with_the_readers_abbreviation(lang: str, number: str) -> None:
    locked = TallyError(
        "session.locked", commission="PEC-101", member="Әлия (IIN 900101400123)", minutes=5
    )
    assert f"Әлия ({number} 900101400123)" in say(locked, lang)
    assert lang == "en" or "IIN" not in say(locked, lang)
