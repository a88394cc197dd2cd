"""Application settings: interface language and database location (applied at the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop_app.settings import Settings
from desktop_app.views.dialogs.form import FormDialog


class SettingsDialog(FormDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(self.tr("설정"), parent)
        self.settings = settings
        self.language: QComboBox = self.add_field("language", self.tr("화면 언어"),
                                                  self.combo([("한국어", "ko"), ("English", "en")]))
        self.choose(self.language, settings.get("language"))
        self.database: QLineEdit = self.add_field("database", self.tr("데이터베이스 (파일 또는 URL)"), QLineEdit())
        self.database.setPlaceholderText(self.tr("비우면 사용자 데이터 폴더의 기본 파일"))
        self.database.setText(settings.get("database"))

    def save(self) -> bool:
        self.settings.set("language", self.language.currentData())
        self.settings.set("database", self.database.text().strip())
        self.settings.save()
        return True
