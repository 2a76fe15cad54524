"""Two more of the command line's own words in the reader's language: the refusal of a --lang
without messages (said in the language of $TALLYAPP_LANG) and the warning an import without a
revocation check prints on each line."""

from __future__ import annotations

import pytest

from tallyapp.cli import main


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ru", "сообщений на языке 'de' нет (есть: "),
        ("kk", "'de' тілінде хабарламалар жоқ (барлары: "),
        ("en", "no messages in 'de' (there are: "),
    ],
)
def test_a_language_without_messages_is_refused_in_the_readers_words(
    lang: str, said: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALLYAPP_LANG", lang)
    with pytest.raises(SystemExit):
        main(["check", "x.json", "--lang", "de"])
    assert said in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ru", "[ПРЕДУПРЕЖДЕНИЕ: отзыв сертификатов не проверен (--no-revocation)]"),
        ("kk", "[ЕСКЕРТУ: сертификаттардың кері қайтарылуы тексерілмеді (--no-revocation)]"),
        ("en", "[WARNING: revocation not checked (--no-revocation)]"),
    ],
)
def test_an_import_without_revocation_warns_on_each_line_in_the_readers_words(
    lang: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from tallyapp.cli.exchange import _warning_on_each_line

    _warning_on_each_line(lang)("ACCEPTED  101.pdf")
    assert capsys.readouterr().out.strip() == f"ACCEPTED  101.pdf  {said}"
