"""Preview of a document PDF with print (system print dialog) and save as PDF."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common.notify import shown, tell
from desktop_app.views.common.pdf_pages import page_images, print_pdfs


def save_bytes(parent: QWidget, data: bytes, suggested: str, title: str, file_filter: str) -> str | None:
    """Ask where, then write the whole file or nothing (a temporary file replaced at the end)."""
    from desktop_app.views.common.files import save_file_name

    path = save_file_name(parent, title, suggested, file_filter)
    if not path:
        return None
    return write_file(parent, path, data)


def write_file(parent: QWidget, path: str, data: bytes) -> str | None:
    from desktop_app.errors import UserError
    from desktop_app.files import write_bytes

    try:
        write_bytes(path, data)
    except UserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("pdf_preview", "저장하지 못했습니다"), shown(exc))
        return None
    return path


def render_or_tell(parent: QWidget, render: Callable[[], list[bytes]]) -> list[bytes] | None:
    """Documents' PDFs, or None after saying why not (no Korean font, or the document is gone)."""
    from desktop_app.documents.fonts import FontMissing
    from desktop_app.errors import UserError

    title = QCoreApplication.translate("pdf_preview", "PDF를 만들 수 없습니다")
    try:
        return render()
    except FontMissing as exc:
        tell(parent, title, str(exc), warning=True)
    except UserError as exc:
        tell(parent, title, exc, warning=True)
    return None


def print_dialog(parent: QWidget, pdfs: list[bytes], title: str) -> int:
    """The system print dialog, then the documents; returns the pages printed (0 when cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    try:
        return print_pdfs(pdfs, printer)
    except OSError:
        QMessageBox.warning(parent, QCoreApplication.translate("pdf_preview", "인쇄하지 못했습니다"),
                            QCoreApplication.translate("pdf_preview", "프린터가 인쇄를 시작하지 못했습니다. 프린터 연결과 설정을 확인하세요."))
        return 0


class PdfPreview(QDialog):
    """Pages one under the other, as they will print; extra buttons (e.g. send by email) can be added."""

    def __init__(self, pdf: bytes, title: str, filename: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a closed preview frees its pages
        self.pdf, self.filename = pdf, filename
        self.setWindowTitle(title)
        self.resize(880, 960)
        lay = QVBoxLayout(self)
        self.buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("인쇄…"))
        self.print_button.setObjectName("preview_print")
        self.save_button = QPushButton(self.tr("PDF로 저장…"))
        self.save_button.setObjectName("preview_save")
        self.buttons.addWidget(self.print_button)
        self.buttons.addWidget(self.save_button)
        self.buttons.addStretch(1)
        close = QPushButton(self.tr("닫기"))
        close.clicked.connect(self.reject)
        self.buttons.addWidget(close)
        lay.addLayout(self.buttons)
        self.scroll = QScrollArea()
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setStyleSheet("QScrollArea { background: #9ca3af; }")
        pages = QWidget()
        pages_lay = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        for image in page_images(pdf, dpi=96):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; border: 1px solid #6b7280;")
            pages_lay.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.scroll.setWidget(pages)
        lay.addWidget(self.scroll, 1)
        self.print_button.clicked.connect(lambda: print_dialog(self, [self.pdf], self.windowTitle()))
        self.save_button.clicked.connect(
            lambda: save_bytes(self, self.pdf, self.filename, self.tr("PDF로 저장"), self.tr("PDF 파일 (*.pdf)")))

    def add_button(self, button: QPushButton) -> None:
        self.buttons.insertWidget(2, button)
