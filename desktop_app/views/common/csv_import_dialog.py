"""Import named users from a CSV file: a report of bad rows first, then the good rows on request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.services import licences
from desktop_app.services.desk import Desk
from desktop_app.views.common.notify import shown


class CsvImportDialog(QDialog):
    def __init__(self, desk: Desk, site_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("사용자 CSV 가져오기"))
        self.desk, self.site_id = desk, site_id
        self.report: licences.CsvReport | None = None
        self.imported = 0
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("첫 줄에 name,email (또는 이름,이메일) 머리글이 있는 CSV 파일을 고르세요.")))
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("파일 선택…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path)
        row.addWidget(browse)
        lay.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.details = QPlainTextEdit()
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        lay.addWidget(self.details)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("가져오기"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(self.tr("닫기"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)
        lay.addWidget(self.buttons)
        self.resize(560, 380)

    def _browse(self) -> None:
        from desktop_app.views.common.files import open_file_name

        name = open_file_name(self, self.tr("CSV 파일"), "CSV (*.csv);;*", self.path.text().strip())
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        self.path.setText(str(path))
        self.report = None
        self.import_button.setEnabled(False)
        try:
            self.report = licences.parse_csv(path.read_bytes())
        except OSError as exc:
            self._show(self.tr("파일을 읽을 수 없습니다: %1").replace("%1", str(exc.strerror or exc)), [])
            return
        except UserError as exc:
            self._show(shown(exc), [])
            return
        good, bad = len(self.report.good), len(self.report.bad)
        text = self.tr("가져올 수 있는 줄 %1개, 잘못된 줄 %2개.").replace("%1", str(good)).replace("%2", str(bad))
        if bad:
            text += " " + self.tr("잘못된 줄은 가져오지 않습니다.")
        self._show(text, self.report.bad)
        self.import_button.setEnabled(good > 0)

    def _show(self, summary: str, bad: list[tuple[int, str]]) -> None:
        self.summary.setText(summary)
        self.details.setPlainText("\n".join(self.tr("%1번째 줄: %2").replace("%1", str(n)).replace("%2", shown(why))
                                            for n, why in bad))

    def run_import(self) -> None:
        if self.report is None:
            return
        try:
            result = self.desk.run(licences.import_named_users, self.site_id, self.report)
        except UserError as exc:
            self.summary.setText(shown(exc))
            return
        self.imported = len(result.good)
        text = self.tr("%1명을 가져왔습니다.").replace("%1", str(self.imported))
        if result.bad:
            text += " " + self.tr("%1줄은 가져오지 않았습니다 (아래 이유).").replace("%1", str(len(result.bad)))
        self._show(text, result.bad)
        self.import_button.setEnabled(False)
        self.report = None
