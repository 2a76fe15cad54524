"""Seeing a protocol before it is printed: the PDF pages, then save (signed or not) or print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tallyapp.domain.errors import TallyError
from tallyapp.gui.i18n import settings
from tallyapp.gui.screen import fit_to_screen
from tallyapp.gui.words import error_text
from tallyapp.services.files import write_atomically
from tallyapp.services.signatures import OpenedKey, open_token, sign_document

# `signed(key, passphrase, opened)`: the document drawn again with the key holder's stamp and
# signed; `opened` is a key already open (a token's), else the key file is opened.
Signed = Callable[[Path, bytes, OpenedKey | None], bytes]
TOKEN_MODULE = "signing/token-module"  # the PKCS#11 module last used, offered again


def page_images(pdf: bytes, scale: float) -> list[QImage]:
    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=scale)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes()
            image = QImage(data, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: `data` goes away
    finally:
        document.close()
    return images


class PdfPreview(QDialog):
    def __init__(
        self,
        title: str,
        pdf: bytes,
        suggested_name: str,
        parent: QWidget | None = None,
        rendered: list[QImage] | None = None,
        signed: Signed | None = None,
    ) -> None:
        """`rendered`: the pages rendered already (off the GUI thread); rendered here if not.
        `signed(key, passphrase, opened)` draws the document again with the key holder's
        stamp and signs it, or raises the reason the holder may not sign it."""
        super().__init__(parent)
        self.pdf = pdf
        self.signed = signed
        self.suggested_name = suggested_name
        self.setWindowTitle(self.tr("Preview: {0}").format(title))
        pages = QWidget()
        layout = QVBoxLayout(pages)
        self.page_labels = []
        for i, image in enumerate(rendered if rendered is not None else page_images(pdf, 1.3), 1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page {0}").format(i))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.sign_button = QPushButton(self.tr("Save &digitally signed PDF…"))
        # The NCA's keys also live on tokens (Kaztoken, eToken, JaCarta): signed there, the
        # private key never leaves the token.
        self.token_button = QPushButton(self.tr("Sign with a &token…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        for button in (self.save_button, self.sign_button, self.token_button, self.print_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(lambda: self.save(sign=False))
        self.sign_button.clicked.connect(lambda: self.save(sign=True))
        self.token_button.clicked.connect(lambda: self.save_with_token())
        self.print_button.clicked.connect(self.print_pages)
        buttons.rejected.connect(self.reject)
        # What was saved, and where: said in the dialog once the file is written.
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        self.saved_note.setAccessibleName(self.tr("Saved"))
        self.saved_note.setVisible(False)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(self.saved_note)
        outer.addWidget(buttons)
        fit_to_screen(self, 900, 1000)

    def save(
        self,
        sign: bool,
        path: str | None = None,
        key: str | None = None,
        passphrase: str | None = None,
    ) -> Path | None:
        data = self.pdf
        if sign:
            if key is None:
                key, _ = QFileDialog.getOpenFileName(
                    self, self.tr("The commission's key"), "", self.tr("PKCS#12 keys (*.p12 *.pfx)")
                )
                if not key:
                    return None
            if passphrase is None:
                passphrase, ok = QInputDialog.getText(
                    self,
                    self.tr("Key passphrase"),
                    self.tr("Passphrase of {0}:").format(key),
                    QLineEdit.EchoMode.Password,
                )
                if not ok:
                    return None
            try:
                data = self._signed_with(Path(key), passphrase.encode(), None)
            except TallyError as exc:
                QMessageBox.warning(self, self.tr("Cannot sign"), error_text(exc))
                return None
        return self._write(data, sign, path)

    def save_with_token(
        self, module: str | None = None, pin: str | None = None, path: str | None = None
    ) -> Path | None:
        """Sign with the first key on a PKCS#11 token: its module (the token maker's library,
        remembered for next time), then its PIN, then where to save."""
        remembered = settings()
        if module is None:
            module, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("The token's PKCS#11 module"),
                str(remembered.value(TOKEN_MODULE, "")),
                self.tr("PKCS#11 modules (*.so *.dll *.dylib)"),
            )
            if not module:
                return None
        if pin is None:
            pin, ok = QInputDialog.getText(
                self,
                self.tr("Token PIN"),
                self.tr("PIN of the token reached through {0}:").format(Path(module).name),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
        try:
            opened = open_token(module, pin)
            try:
                data = self._signed_with(Path(module), b"", opened)
            finally:
                opened.close()  # the token's session ends here
        except TallyError as exc:
            QMessageBox.warning(self, self.tr("Cannot sign"), error_text(exc))
            return None
        remembered.setValue(TOKEN_MODULE, module)
        return self._write(data, True, path)

    def _signed_with(self, key: Path, passphrase: bytes, opened: OpenedKey | None) -> bytes:
        if self.signed is not None:
            return self.signed(key, passphrase, opened)
        return sign_document(self.pdf, key, passphrase, opened=opened)

    def _write(self, data: bytes, sign: bool, path: str | None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save PDF"), self.suggested_name, self.tr("PDF (*.pdf)")
            )
            if not path:
                return None
        target = Path(path)
        write_atomically(target, data)
        note = (
            self.tr("Saved, digitally signed: {0}") if sign else self.tr("Saved (not signed): {0}")
        )
        self.saved_note.setText("✓ " + note.format(target))
        self.saved_note.setVisible(True)
        return target

    def print_pages(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        try:
            dpi = printer.resolution()
            for i, image in enumerate(page_images(self.pdf, scale=dpi / 72)):
                if i:
                    printer.newPage()
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(size))
        finally:
            painter.end()
