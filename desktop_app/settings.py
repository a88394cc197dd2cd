"""One declared registry of settings with types and defaults, kept as JSON in the user's config folder.

UI state (window geometry, splitter positions) is not here: the views keep it in QSettings apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app import paths


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str


REGISTRY: dict[str, Setting] = {s.key: s for s in (
    Setting("language", str, "ko", "화면 언어 (ko, en)"),
    Setting("database", str, "", "데이터베이스 파일 또는 URL (비우면 사용자 데이터 폴더)"),
)}

LANGUAGES = ("ko", "en")


class Settings:
    def __init__(self, path: Path | None = None):
        self.path = path or paths.config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        if self.path.exists():
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                raw = {}  # a damaged settings file falls back to the defaults rather than blocking the start
            for key, value in raw.items():
                spec = REGISTRY.get(key)
                if spec is not None and isinstance(value, spec.type):
                    self._values[key] = value

    def get(self, key: str) -> Any:
        return self._values.get(key, REGISTRY[key].default)

    def set(self, key: str, value: Any) -> None:
        spec = REGISTRY[key]
        if not isinstance(value, spec.type):
            raise TypeError(f"setting {key} takes {spec.type.__name__}")
        self._values[key] = value

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(self.path)  # atomic: a crash never leaves half a settings file
