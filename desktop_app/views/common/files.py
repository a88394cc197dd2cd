"""File dialogs that open where the user works: the folder used last (kept in the UI state), else the
user's documents folder, never the program's own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_KEY = "files/last_folder"


def _state() -> QSettings:
    from desktop_app import paths

    return QSettings(str(paths.config_dir() / "ui-state.ini"), QSettings.Format.IniFormat)


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def start_folder(current: str = "") -> str:
    """The folder of `current` when it names a file, else the last folder used, else the documents folder."""
    if current:
        parent = Path(current).expanduser().parent
        if parent.is_dir() and str(parent) not in ("", "."):
            return str(parent)
    last = _state().value(_KEY)
    if last and Path(str(last)).is_dir():
        return str(last)
    return documents_folder()


def remember(path: str) -> None:
    if path:
        p = Path(path)
        state = _state()
        state.setValue(_KEY, str(p if p.is_dir() else p.parent))
        state.sync()


def open_file_name(parent: QWidget, title: str, kinds: str, current: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(current), kinds)
    remember(path)
    return path


def save_file_name(parent: QWidget, title: str, suggested: str, kinds: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(start_folder()) / suggested), kinds)
    remember(path)
    return path


def existing_folder(parent: QWidget, title: str) -> str:
    path = QFileDialog.getExistingDirectory(parent, title, start_folder())
    remember(path)
    return path
