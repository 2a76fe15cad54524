"""Windows never larger than the screen they open on: on a 1024×768 or 1366×768 laptop every
button and the status bar stay in view, with room for the window manager's frame."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# A window manager's borders and title bar, which `resize` does not count.
FRAME = QSize(16, 48)


def screen_area(widget: QWidget | None = None) -> QRect:
    """The part of the screen windows may use (without task bars)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def fitted(width: int, height: int, widget: QWidget | None = None) -> QSize:
    """The size asked for, or less where the screen is smaller."""
    area = screen_area(widget)
    return QSize(
        min(width, area.width() - FRAME.width()), min(height, area.height() - FRAME.height())
    )


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width × height, or to what the screen leaves for it."""
    widget.resize(fitted(width, height, widget))
