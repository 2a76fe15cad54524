"""What the commands print and the refusals of their own checks, in the reader's language with
each language's plural forms (they were English sentences written in the code): setup, audit,
definitions, rosters, PINs, enrolment, exports, signed documents and the risk-limiting audit.
The markers scripts read (INTACT, VERIFIED) stay as they are in every language."""

from __future__ import annotations

from pathlib import Path

import pytest

from tallyapp.cli import main
from tallyapp.messages.labels import label
from tallyapp.reports.signing import load_authority, personal_key
from tallyapp.services.enrolment import PRACTICE_PASSPHRASE, practice_keys_dir
from tallyapp.services.sessions import roster_of
from tallyapp.services.setup import open_engine
from tests.databases import initialised_sqlite

DEFINITION = Path(__file__).parents[2] / "resources" / "elections" / "kz-majilis-2023.json"


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The 2023 election as `init` makes it; the commands below read it or are refused."""
    return initialised_sqlite(tmp_path_factory.mktemp("words") / "w.sqlite3")


def _run(
    argv: list[str], lang: str, capsys: pytest.CaptureFixture[str], mp: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    mp.setenv("TALLYAPP_LANG", lang)
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("lang", "counts"),
    [
        (
            "ru",
            "Проверено: 2 записи журнала, 0 протоколов, 0 версий; "
            "0 полученных с подписью подтверждено по 0 подписанным файлам; "
            "2 печати от 1 зарегистрированного рабочего места",
        ),
        (
            "kk",
            "Тексерілді: аудит журналының 2 жазбасы, 0 хаттама, 0 нұсқа; "
            "қолтаңбамен алынған 0 нұсқа 0 қол қойылған файл бойынша дәлелденді; "
            "1 тіркелген жұмыс орнының 2 мөрі",
        ),
        (
            "en",
            "2 audit entries, 0 protocols, 0 versions checked, 0 received signed proven from "
            "0 signed files, 2 seals of 1 enrolled workstation",
        ),
    ],
)
def test_the_audit_counts_what_it_recomputed_in_the_readers_words(
    url: str,
    lang: str,
    counts: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, _ = _run(["audit", "--db", url], lang, capsys, monkeypatch)
    lines = out.splitlines()
    assert code == 0 and lines[0] == counts
    assert lines[-1] == "INTACT"  # the marker scripts read, in every language


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ru", "уже есть в {url} (253 комиссии, 10223 участка); ничего не изменено."),
        ("kk", "сайлауы {url} ішінде бұрыннан бар (253 комиссия, 10223 учаске); ештеңе өзгермеді."),
        ("en", "is already in {url} (253 commissions, 10223 precincts); nothing changed."),
    ],
)
def test_init_says_the_election_is_there_already(
    url: str,
    lang: str,
    said: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, _ = _run(["init", "--db", url], lang, capsys, monkeypatch)
    assert code == 0 and said.format(url=url) in out


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ru", "kz-majilis-2023 — правильное описание выборов: 7 партий, 2 бюллетеня, "
         "20 регионов, 29 округов."),
        ("kk", "kz-majilis-2023 — дұрыс сайлау сипаттамасы: 7 партия, 2 бюллетень, 20 өңір, "
         "29 округ."),
        ("en", "kz-majilis-2023 is a valid definition: 7 parties, 2 ballots, 20 regions, "
         "29 districts."),
    ],
)  # fmt: skip
def test_a_valid_definition_is_counted_with_plural_forms(
    lang: str, said: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = _run(["definition", "check", str(DEFINITION)], lang, capsys, monkeypatch)
    assert code == 0 and out.strip() == f"{DEFINITION}: {said}"


@pytest.mark.parametrize(
    ("key", "params", "one", "two", "five"),
    [
        (
            "cli.protocols-written",
            {"folder": "out"},
            "1 протокол записан в out",
            "2 протокола записаны в out",
            "5 протоколов записано в out",
        ),
        (
            "cli.not-intact",
            {},
            "NOT INTACT: 1 нарушенная связь",
            "NOT INTACT: 2 нарушенные связи",
            "NOT INTACT: 5 нарушенных связей",
        ),
        (
            "cli.bundle-not-verified",
            {},
            "NOT VERIFIED: 1 расхождение",
            "NOT VERIFIED: 2 расхождения",
            "NOT VERIFIED: 5 расхождений",
        ),
        (
            "cli.left-out",
            {},
            "1 протокол ещё не окончательный и не включён",
            "2 протокола ещё не окончательные и не включены",
            "5 протоколов ещё не окончательные и не включены",
        ),
    ],
)
def test_russian_counts_take_their_three_forms(
    key: str, params: dict[str, str], one: str, two: str, five: str
) -> None:
    said = [label(key, "ru", count=n, **params) for n in (1, 2, 5, 21, 11)]
    assert said == [one, two, five, one.replace("1 ", "21 ", 1), five.replace("5 ", "11 ", 1)]
    assert label(key, "en", count=1, **params) != label(key, "en", count=2, **params)
    kazakh = label(key, "kk", count=1, **params)  # one form: the number alone changes
    assert label(key, "kk", count=5, **params) == kazakh.replace("1", "5", 1)


@pytest.mark.parametrize(
    ("argv", "lang", "err"),
    [
        # documents.py: verify, an unreadable file
        (["verify", "{tmp}/missing.pdf"], "ru",
         "tallyapp verify: ошибка: {tmp}/missing.pdf: не удаётся прочитать: "
         "No such file or directory"),
        # key_options.py: a moment that is no time
        (["verify", "--at", "yesterday", "{tmp}/any.pdf"], "kk",
         "tallyapp verify: қате: --at: ISO 8601 уақыты күтілді (мысалы, 2019-03-01T12:00), "
         "табылғаны 'yesterday'"),
        # documents.py: export-pdf signs with a passphrase only (its --lang is the document's)
        (["export-pdf", "--db", "{url}", "--commission", "101", "--sign", "{tmp}/k.p12",
          "--out", "{tmp}/p.pdf"], "kk",
         "tallyapp export-pdf: қате: --sign үшін --passphrase-file керек"),
        # exchange.py: a package is never made despite a failed audit
        (["export", "--db", "{url}", "--commission", "CEC", "--format", "package",
          "--despite-audit-failure", "--out", "{tmp}/p"], "ru",
         "tallyapp export: ошибка: пакет подписывается: он никогда не создаётся, если аудит не "
         "пройден"),
        # members.py: unlocking needs a member signed in
        (["pin", "--db", "{url}", "--commission", "PEC-101", "--iin", "040719513982",
          "--unlock"], "ru",
         "tallyapp pin: ошибка: для --unlock нужен --member: входит председатель или секретарь"),
        # rla.py: no audit bundle there
        (["rla", "verify", "{tmp}/missing.zip"], "kk",
         "tallyapp rla: қате: {tmp}/missing.zip: оқылатын аудит пакеті емес (FileNotFoundError:"),
    ],
)  # fmt: skip
def test_the_command_lines_own_refusals_in_the_readers_language(
    url: str,
    argv: list[str],
    lang: str,
    err: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "any.pdf").write_bytes(b"%PDF-1.7\n")
    monkeypatch.delenv("TALLYAPP_PIN", raising=False)
    filled = [a.format(url=url, tmp=tmp_path) for a in argv]
    code, _, said = _run(filled, lang, capsys, monkeypatch)
    assert code == 2 and said.startswith(err.format(tmp=tmp_path)), said


@pytest.mark.parametrize(
    ("lang", "said"),
    [("ru", "NOPE: состава нет"), ("kk", "NOPE: құрамы жоқ"), ("en", "NOPE: no roster")],
)
def test_a_commission_without_a_roster_is_said_so(
    url: str,
    lang: str,
    said: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, _ = _run(
        ["roster", "show", "--db", url, "--commission", "NOPE"], lang, capsys, monkeypatch
    )
    assert code == 0 and out.strip() == said


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ru", "Это рабочее место (ключ {kid}) зарегистрировано для PEC-101."),
        ("kk", "Бұл жұмыс орны (кілт {kid}) PEC-101 үшін тіркелді."),
    ],
)
def test_an_enrolled_workstation_is_said_in_the_readers_language(
    lang: str,
    said: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = initialised_sqlite(tmp_path / "e.sqlite3")
    monkeypatch.setenv("TALLYAPP_WORKSTATION_KEY", str(tmp_path / "laptop.pem"))
    engine = open_engine(url)
    chair = roster_of(engine, "PEC-101").chair
    engine.dispose()
    authority = load_authority(practice_keys_dir(), PRACTICE_PASSPHRASE)
    assert chair is not None and authority is not None
    surname, _, given = chair.name.partition(" ")
    (tmp_path / "chair.p12").write_bytes(personal_key(authority, chair.iin, surname, given, b"pw"))
    (tmp_path / "pw.txt").write_bytes(b"pw")
    argv = ["workstation-enrol", "--db", url, "--commission", "PEC-101"]
    argv += ["--key", str(tmp_path / "chair.p12"), "--passphrase-file", str(tmp_path / "pw.txt")]
    code, out, _ = _run(argv, lang, capsys, monkeypatch)
    kid = out.split("(")[1].split(")")[0].split()[-1]
    assert code == 0 and out.strip() == said.format(kid=kid)


@pytest.mark.parametrize(
    ("lang", "files", "total"),
    [
        ("ru", 1, "принято: 0, повторы: 0, конфликты: 0, отклонено: 1 (1 файл)"),
        ("ru", 2, "принято: 0, повторы: 0, конфликты: 0, отклонено: 2 (2 файла)"),
        ("ru", 5, "принято: 0, повторы: 0, конфликты: 0, отклонено: 5 (5 файлов)"),
        ("kk", 5, "қабылданды: 0, қайталанған: 0, қайшылық: 0, қабылданбады: 5 (5 файл)"),
        ("en", 1, "0 accepted, 0 duplicate, 0 conflict, 1 rejected (1 file)"),
        ("en", 5, "0 accepted, 0 duplicate, 0 conflict, 5 rejected (5 files)"),
    ],
)
def test_an_import_counts_its_files_with_plural_forms(
    url: str,
    lang: str,
    files: int,
    total: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = [tmp_path / f"{n}.json" for n in range(files)]
    for path in paths:
        path.write_text("{}", encoding="utf-8")
    code, out, _ = _run(["import", "--db", url, *map(str, paths)], lang, capsys, monkeypatch)
    lines = out.splitlines()
    assert code == 1 and lines[-1] == total
    assert all(line.startswith("REJECTED  ") for line in lines[:-1])  # the marker stays
