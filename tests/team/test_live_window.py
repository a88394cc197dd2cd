"""Y2 in the window: a colleague's change on another workstation (another process) shows on this
workstation's open screens without a refresh."""

import json
import os
import subprocess
import sys

from PySide6.QtCore import QSettings

from desktop_app.db import open_database
from desktop_app.services.desk import Desk
from desktop_app.settings import Settings
from desktop_app.views.main_window import MainWindow
from tests.conftest import ROOT


def test_a_site_renamed_on_another_workstation_shows_in_the_open_accounts_view(qtbot, shared, tmp_path):
    db = open_database(shared)
    window = MainWindow(Desk(db), Settings(tmp_path / "s.json"),
                        QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window._listener is not None and window._listener.connected.wait(20)
    window.nav.setCurrentRow(window.ACCOUNTS)
    window.accounts.open_account(1)  # site 1 belongs to the first account
    detail = window.accounts.detail
    assert "본사 (다른 자리에서)" not in [r.name for r in detail.site_model.rows()]
    heard = []
    window.changed.connect(heard.append)
    out = subprocess.run([sys.executable, "-m", "tests.team.workers", "rename", shared, "본사 (다른 자리에서)", "0"],
                         cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    qtbot.waitUntil(lambda: any(c.origin == json.loads(out.stdout) for c in heard), timeout=20_000)
    assert heard[-1].touches("sites")
    qtbot.waitUntil(lambda: "본사 (다른 자리에서)" in [r.name for r in detail.site_model.rows()], timeout=20_000)
    window.close()
    db.dispose()
