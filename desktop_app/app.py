"""Start Qt: translations, the database, the signed-in staff user, the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_ID, APP_NAME, paths
from desktop_app.errors import UserError
from desktop_app.settings import Settings

log = logging.getLogger(APP_ID)


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Korean is the source language; English loads our .qm and Qt's own for standard buttons."""
    kept: list[QTranslator] = []
    if language == "ko":
        QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
        qt = QTranslator(app)
        if qt.load(QLocale(QLocale.Language.Korean), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            kept.append(qt)
        return kept
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    ours = QTranslator(app)
    if ours.load(str(paths.RESOURCES / "translations" / f"reseller_desk_{language}.qm")):
        app.installTranslator(ours)
        kept.append(ours)
    return kept


def ui_state() -> QSettings:
    path = paths.config_dir() / "ui-state.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def _crash_hook(exc_type, exc, tb) -> None:
    """An error nobody caught on the GUI thread: a refusal is shown as a message; anything else is a bug, whose
    traceback goes to the crash log and the crash dialog (views/common/crash.py, also used for workers)."""
    if isinstance(exc, UserError):
        from desktop_app.views.common.notify import shown

        QMessageBox.warning(None, APP_NAME, shown(exc))
        return
    from desktop_app.views.common.crash import report_crash

    report_crash(exc_type, exc, tb)


def sign_in(db, settings: Settings):
    """S5, S7: the staff user the window runs as; None when the sign-in was cancelled. A database whose only
    staff user has no password opens as that user without asking."""
    from desktop_app.services.desk import Desk
    from desktop_app.services.signin import needs_sign_in
    from desktop_app.views.signin.dialogs import ChangePasswordDialog, SignInDialog

    user = needs_sign_in(db)
    if user is not None:
        return user
    dialog = SignInDialog(db, settings.get("last_login"))
    if not dialog.exec():
        return None
    user = dialog.user
    settings.set("last_login", user.login)  # the login only, never the password
    settings.save()
    if user.must_change_password and not ChangePasswordDialog(Desk(db, user), forced=True).exec():
        return None
    return user


def build(db_arg: str | None, demo: bool = False, signing_in: bool = False):
    """Open the database and make the main window (also used by tests and benchmarks). With `signing_in` the
    user signs in first (None when they cancel); else the window runs as the owner, looked up lazily."""
    from desktop_app.db import open_database
    from desktop_app.services.desk import Desk
    from desktop_app.views.main_window import MainWindow

    db = open_database(db_arg)
    actor = None
    if signing_in and not (demo and db.is_empty()):
        actor = sign_in(db, Settings())
        if actor is None:
            db.dispose()
            return None
    desk = Desk(db, actor)  # without sign-in the staff user is looked up on the first change
    if demo and db.is_empty():
        from desktop_app.services import demo as demo_data  # only on a first start: keeps start-up lean
        from desktop_app.services.staff import ensure_owner

        with db.session() as s:
            demo_data.fill_demo(s, ensure_owner(s))
    return MainWindow(desk, Settings(), ui_state())


def run(db_arg: str | None, demo: bool = False, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    settings = Settings()
    app._translators = install_translators(app, lang or settings.get("language"))  # keep them alive
    try:
        window = build(db_arg, demo, signing_in=True)
    except UserError as exc:
        from desktop_app.views.common.notify import shown

        QMessageBox.critical(None, APP_NAME, shown(exc))
        print(exc.message, file=sys.stderr)
        return 2
    if window is None:  # the sign-in was cancelled
        return 0
    sys.excepthook = _crash_hook
    window.show()
    try:
        return app.exec()
    finally:
        window.desk.db.dispose()  # closes the file cleanly, so the next start need not check it
