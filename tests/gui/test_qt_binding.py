"""The Qt binding itself: signals delivered to Python slots must not leak or drop references.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every delivery, and the application aborted
("deallocating None") after a few thousand edits in the calculator."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSpinBox


class Emitter(QObject):
    fired = Signal()


def test_ten_thousand_signals_to_python_slots_keep_none_alive(qtbot):
    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(0, 1_000_000)
    emitter = Emitter()
    seen = []
    spin.valueChanged.connect(lambda _v: emitter.fired.emit())
    emitter.fired.connect(lambda: seen.append(1))
    before = sys.getrefcount(None)
    for i in range(10_000):
        spin.setValue(i % 500 + 1)
    assert len(seen) == 10_000
    assert abs(sys.getrefcount(None) - before) < 100
