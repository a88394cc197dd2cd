"""Take a screenshot of the main window on the demo data (README picture, visual checks).

Usage: xvfb-run -a python scripts/screenshot.py OUT.png [--lang en] [--db PATH]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--lang", default="ko")
    ap.add_argument("--db")
    ap.add_argument("--account", default="(주)한빛소프트웨어")
    ap.add_argument("--section", type=int, default=0, help="the navigation row: 0 today, 1 accounts, 2 calculator …")
    ap.add_argument("--calc-account", default="", help="in the calculator: this account's change order")
    ap.add_argument("--dialog", choices=("triage", "mailbox"), help="shoot this dialog instead of the window")
    args = ap.parse_args()
    import os

    # a fresh window state (not the developer's saved splitters and columns): the same picture everywhere
    os.environ.setdefault("RESELLER_DESK_CONFIG_DIR", tempfile.mkdtemp())
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import build, install_translators

    app = QApplication(sys.argv)
    keep = install_translators(app, args.lang)  # noqa: F841
    db = args.db or str(Path(tempfile.mkdtemp()) / "demo.sqlite3")
    window = build(db, demo=True)
    window.resize(1280, 800)
    window.show()
    view = window.accounts
    for n, row in enumerate(view.model.rows()):
        if row.name == args.account:
            view.table.selectRow(n)
    view.detail.sites.selectRow(0)
    if args.section:
        window.nav.setCurrentRow(args.section)
        calc = window.sections[args.section]
        if args.calc_account:
            calc.account.setCurrentIndex(calc.account.findText(args.calc_account))
        elif hasattr(calc, "grid"):
            calc.grid.rows[0].users.setValue(20)
            calc.add_company()
            calc.grid.rows[1].users.setValue(150)

    target = window
    if args.dialog:
        target = _dialog(window, args.dialog)

    def shoot() -> None:
        target.grab().save(args.out)
        app.quit()

    QTimer.singleShot(500, shoot)
    app.exec()
    return 0


def _dialog(window, which: str):
    """The mail triage with two waiting mails, or the settings scrolled to the support mailbox (T7)."""
    from email.message import EmailMessage

    if which == "triage":
        from desktop_app.services import mail_intake
        from desktop_app.views.support.triage import TriageView

        for uid, (sender, to, subject, body) in enumerate([
                ("kim@newcustomer.example", "support@reseller-desk.co.kr", "그룹웨어 도입 문의",
                 "안녕하세요. 직원 40명 회사입니다. 견적을 받고 싶습니다."),
                ("noreply@ads.example", "support+zz99@reseller-desk.co.kr", "특가 안내", "광고입니다.")], 1):
            m = EmailMessage()
            m["From"], m["To"], m["Subject"] = sender, to, subject
            m.set_content(body)
            window.desk.run(mail_intake.take_in, "INBOX", 1, uid, m.as_bytes(), "support@reseller-desk.co.kr")
        dialog = TriageView(window.desk, window)
    else:
        from desktop_app.settings import Settings
        from desktop_app.views.settings.dialog import SettingsDialog

        settings = Settings()
        settings.set("support_address", "support@reseller-desk.co.kr")
        settings.set("imap_host", "imap.reseller-desk.co.kr")
        settings.set("imap_user", "support@reseller-desk.co.kr")
        dialog = SettingsDialog(settings, window)
        dialog.resize(640, 1400)
    dialog.show()
    return dialog


if __name__ == "__main__":
    raise SystemExit(main())
