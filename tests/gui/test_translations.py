"""Every user-visible string is translated into Kazakh, Russian and English, and a Kazakh or
Russian secretary sees the interface in their language."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

import tallyapp
from tallyapp.gui.i18n import compiled_translation, install_language, qt_tool
from tallyapp.resources import resource_path

GUI = Path(tallyapp.__file__).parent / "gui"


def _translation(message: ET.Element) -> str:
    """A message's translation; a string with a count: its plural forms, one per line."""
    forms = [f.text or "" for f in message.iter("numerusform")]
    return "\n".join(forms) if forms else message.findtext("translation") or ""


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """The strings the code marks for translation now, as lupdate extracts them."""
    tool = qt_tool("lupdate")
    assert tool is not None, "lupdate ships with PySide6"
    ts = tmp_path_factory.mktemp("ts") / "current.ts"
    subprocess.run(
        [str(tool), "-silent", *map(str, sorted(GUI.glob("*.py"))), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    return set(_messages(ts))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_string_is_translated(in_code: set[tuple[str, str]], lang: str) -> None:
    messages = _messages(resource_path("i18n", f"tallyapp_{lang}.ts"))
    missing = sorted(in_code - set(messages))
    assert not missing, f"not in tallyapp_{lang}.ts (run lupdate and translate): {missing[:5]}"
    empty = [key for key in in_code if not _translation(messages[key]).strip()]
    assert not empty, f"untranslated in {lang}: {empty[:5]}"
    if lang != "en":  # nobody native has reviewed them yet, and the files say so
        unreviewed = [
            k for k in in_code if messages[k].find("translation").get("type") == "unfinished"
        ]
        assert all(
            "native speaker" in (messages[k].findtext("translatorcomment") or "")
            for k in unreviewed
        )
        for key in in_code:
            source, translated = key[1], _translation(messages[key])
            for placeholder in ("{0}", "{1}", "{2}", "%n"):
                assert (placeholder in source) == (placeholder in translated), (key, lang)


def test_a_kazakh_secretary_sees_kazakh(qtbot: QtBot, gui_url: str) -> None:
    from tallyapp.gui.main_window import MainWindow
    from tallyapp.services.setup import open_engine
    from tests.sessions import member_of

    app = QCoreApplication.instance()
    assert app is not None and compiled_translation("kk") is not None
    try:
        assert install_language(app, "kk") == "kk"
        assert QLocale().name() == "kk_KZ"
        engine = open_engine(gui_url)
        window = MainWindow(engine, member_of(engine, "PEC-101"), lang="kk")
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:2] == ["&Хаттама", "&Баптаулар"]
        assert (
            window.tree_model.headerData(
                0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal
            )
            == "Комиссия / учаске"
        )
        window.open_precinct("101")
        assert window.tabs.tabText(0) == "Көк — партиялық тізім"
        names = [window.editor().model.data(window.editor().model.index(r, 1)) for r in range(2)]
        assert names[0].startswith("Дауыс беру аяқталған")  # the protocol lines too
        assert install_language(app, "ru") == "ru"
        engine = open_engine(gui_url)
        russian = MainWindow(engine, member_of(engine, "PEC-101"), lang="ru")
        qtbot.addWidget(russian)
        assert [a.text() for a in russian.menuBar().actions()][:2] == ["&Протокол", "&Настройки"]
    finally:
        install_language(app, "en")
        QLocale.setDefault(QLocale("en_GB"))


def test_the_language_switches_without_a_restart(qtbot: QtBot, gui_url: str) -> None:
    """Settings → Interface language → Русский: the window comes back in Russian at once, on
    the same precinct, with the figures typed so far."""
    from tallyapp.gui.i18n import remember_language
    from tallyapp.gui.main_window import MainWindow
    from tallyapp.services.setup import open_engine
    from tests.sessions import member_of

    app = QCoreApplication.instance()
    assert app is not None
    try:
        install_language(app, "en")
        engine = open_engine(gui_url)
        window = MainWindow(engine, member_of(engine, "PEC-101"), lang="en")
        qtbot.addWidget(window)
        window.show()
        window.open_precinct("101")
        model = window.editor().model
        assert model is not None
        model.setData(model.index(0, 2), "1500")
        window.database.wait_for(lambda: None)  # the autosave queued before has run
        russian = window._set_language("ru")
        assert russian is not None
        qtbot.addWidget(russian)
        assert not window.isVisible()
        assert [a.text() for a in russian.menuBar().actions()][:2] == ["&Протокол", "&Настройки"]
        assert russian.precinct == "101"
        assert russian.editor().model is not None
        assert russian.editor().model.values["voters_on_list"] == 1500
    finally:
        remember_language("")  # as the system, for the tests that follow
        install_language(app, "en")
        QLocale.setDefault(QLocale("en_GB"))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_no_sentence_says_s_in_brackets(lang: str) -> None:
    """A count is said with the language's plural forms (Qt's %n in the interface, gettext's
    plural entries in the messages), never as "line(s)" or "участок(ов)"."""
    from tallyapp.po import read_po

    lazy = re.compile(r"\w\((s|ы|ов|а|ей)\)")
    shown = [
        _translation(m)
        for m in ET.parse(resource_path("i18n", f"tallyapp_{lang}.ts")).getroot().iter("message")
    ]
    said = [
        form
        for kind in ("messages", "forms")  # the forms: the protocols, the audit's documents
        for entry in read_po(resource_path("i18n", f"{kind}-{lang}.po")).entries.values()
        for form in entry.forms
    ]
    assert [t for t in shown + said if lazy.search(t)] == []


@pytest.mark.parametrize(
    ("lang", "one", "five"),
    [
        ("en", "✗ 1 control relation fails", "✗ 5 control relations fail"),
        ("ru", "✗ Не выполняется контрольных соотношений: 1.", "соотношений: 5."),
        ("kk", "✗ 1 бақылау қатынасы орындалмайды", "✗ 5 бақылау қатынасы орындалмайды"),
    ],
)
def test_a_count_takes_the_plural_form_of_the_interface_language(
    lang: str, one: str, five: str
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    source = "✗ %n control relation(s) fail: recount and correct before finalising."
    try:
        install_language(app, lang)
        assert QCoreApplication.translate("ChecksPanel", source, "", 1).startswith(one)
        assert five in QCoreApplication.translate("ChecksPanel", source, "", 5)
    finally:
        install_language(app, "en")
        QLocale.setDefault(QLocale("en_GB"))


def test_every_code_of_the_audit_has_its_words() -> None:
    """What an assertion asserts and where a contest stands are shown in words, never as
    the domain's code."""
    from tallyapp.domain.rla.assertions import AssertionKind
    from tallyapp.domain.rla.risk import Status
    from tallyapp.gui.rla_window import KINDS, STATUSES

    assert set(KINDS) == set(AssertionKind)
    assert set(STATUSES) == set(Status)


@pytest.mark.parametrize(
    ("lang", "one", "three", "five"),
    [
        ("en", "first round 1 draw.", "first round 3 draws.", "first round 5 draws."),
        ("ru", "первый тур — 1 выборка.", "первый тур — 3 выборки.", "первый тур — 5 выборок."),
        ("kk", "бірінші кезең 1 таңдау.", "бірінші кезең 3 таңдау.", "бірінші кезең 5 таңдау."),
    ],
)
def test_the_audit_counts_its_first_round_in_the_plural_of_each_language(
    lang: str, one: str, three: str, five: str
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    source = "The manifest is not frozen yet. Risk limit {0}; first round %n draw(s)."
    try:
        install_language(app, lang)
        said = [QCoreApplication.translate("RlaWindow", source, "", n) for n in (1, 3, 5)]
        assert [s.endswith(e) for s, e in zip(said, (one, three, five), strict=True)] == [
            True,
            True,
            True,
        ], said
    finally:
        install_language(app, "en")
        QLocale.setDefault(QLocale("en_GB"))


def test_a_translation_being_compiled_is_never_loaded_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes starting at once (the app and a second one, or two test workers): while
    one compiles the English file, the other finds the compiled file whole or not at all.
    Written in place, a half-written file was found up to date, could not be loaded, and the
    interface lost its plural forms ("3 line(s) differ")."""
    from PySide6.QtCore import QTranslator

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # nothing compiled yet
    target = tmp_path / "cache" / "tallyapp" / "i18n" / "tallyapp_en.qm"
    found: list[bool] = []
    compile_for_real = subprocess.run

    def lrelease_writing(args: list[str], **kwargs: object) -> object:
        out = Path(args[args.index("-qm") + 1])
        out.write_bytes(b"<\xb8d\x18\xca\xef\x9c\x95")  # its first bytes, the rest to come
        # The other process asks now: it either compiles for itself or loads a whole file.
        found.append(not target.exists() or QTranslator().load(str(target)))
        return compile_for_real(args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(subprocess, "run", lrelease_writing)
    compiled = compiled_translation("en")
    assert compiled == target and QTranslator().load(str(compiled))
    assert found == [True]
