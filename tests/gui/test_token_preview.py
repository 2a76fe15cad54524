"""The desktop app signs with a key on a token, beside the key file (the NCA's keys also live
on Kaztoken, eToken, JaCarta): SoftHSM2 stands for the token (tests/tokens.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tallyapp.domain.election import BallotKind
from tallyapp.gui.i18n import settings
from tallyapp.services.setup import open_engine
from tests.tokens import needs_softhsm

pytestmark = needs_softhsm


def test_the_preview_signs_with_a_token_by_its_module_and_pin(
    softhsm: dict[str, object], tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desktop app signs with a key on a token, beside the key file: the token's PKCS#11
    module and PIN asked for, the signed protocol verifies, the module remembered; a wrong PIN
    is refused in a sentence and nothing is written."""
    from PySide6.QtCore import QSettings

    from tallyapp.gui.pdf_preview import TOKEN_MODULE, PdfPreview
    from tallyapp.services.pdf_export import export_protocol
    from tallyapp.services.signatures import verify_document
    from tallyapp.services.signed_documents import signed_protocol

    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):  # the test's own
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "settings"))
    warnings: list[str] = []
    monkeypatch.setattr(
        "tallyapp.gui.pdf_preview.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    engine = open_engine(str(softhsm["url"]))
    pdf = export_protocol(engine, "101", BallotKind.PARTY_LIST).data
    preview = PdfPreview(
        "101",
        pdf,
        "101.pdf",
        rendered=[],
        signed=lambda key, passphrase, opened: (
            signed_protocol(
                engine, "101", BallotKind.PARTY_LIST, "kk+ru", key, passphrase, opened=opened
            ).data
        ),
    )
    qtbot.addWidget(preview)
    preview.show()
    assert preview.token_button.text() == "Sign with a &token…"
    module = str(softhsm["module"])
    wrong = tmp_path / "wrong.pdf"
    assert preview.save_with_token(module, "0000", str(wrong)) is None
    assert warnings and "cannot be reached" in warnings[0] and not wrong.exists()
    saved = preview.save_with_token(module, "1234", str(tmp_path / "101.pdf"))
    assert len(warnings) == 1, warnings
    assert saved is not None and preview.saved_note.isVisible()
    authorities = list(softhsm["authorities"].values())  # type: ignore[attr-defined]
    result = verify_document(saved.read_bytes(), authorities, engine)
    assert result.ok, result.problems
    assert settings().value(TOKEN_MODULE) == module
    engine.dispose()
