"""Our PDFs on screen and on paper: pages rendered by PDFium (pypdfium2) into QImages, and printed
through QPrinter at the printer's resolution, so the printout matches the saved file."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72


def _image(page, scale: float) -> QImage:
    bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB byte order, as QImage.Format_RGB888 wants
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: the PDFium bitmap is freed with its page


def page_images(pdf: bytes, dpi: int = 110) -> list[QImage]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return [_image(doc[i], dpi / POINTS_PER_INCH) for i in range(len(doc))]
    finally:
        doc.close()


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def print_pdfs(pdfs: list[bytes], printer: QPrinter) -> int:
    """Print one or many documents in one job; returns the pages sent. The print dialog's page range applies
    to the pages of the whole job."""
    import pypdfium2 as pdfium

    first, last = printer.fromPage(), printer.toPage()  # 0 when the user chose all pages
    dpi = min(printer.resolution(), 300)  # more than 300 dpi only makes the job bigger for text and rules
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer refused to start")
    sent, number = 0, 0
    try:
        for pdf in pdfs:
            doc = pdfium.PdfDocument(pdf)
            try:
                for i in range(len(doc)):
                    number += 1
                    if first and not first <= number <= (last or number):
                        continue
                    if sent:
                        printer.newPage()
                    image = _image(doc[i], dpi / POINTS_PER_INCH)
                    area = QRectF(painter.viewport())
                    size = image.size().toSizeF().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                    painter.drawImage(QRectF(area.topLeft(), size), image)
                    sent += 1
            finally:
                doc.close()
    finally:
        painter.end()
    return sent
