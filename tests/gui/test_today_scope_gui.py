"""Today in the window of a staff user limited to some accounts (S3): only the items of 한결건설(주) and
푸른숲 디자인 from the demo of 2026-11-22, and the navigation counts the same."""

from PySide6.QtCore import QSettings

from desktop_app.services.desk import Desk
from desktop_app.settings import Settings
from desktop_app.views.main_window import MainWindow
from tests.unit.test_today_scope import add_keeper


def test_a_limited_user_sees_only_the_items_of_their_accounts(qtbot, demo_desk, tmp_path):
    keeper = Desk(demo_desk.db, add_keeper(demo_desk))
    w = MainWindow(keeper, Settings(tmp_path / "settings.json"),
                   QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    tree = w.today.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 6)
    titles = [tree.topLevelItem(i).text(0) for i in range(6)]
    assert titles == ["연체된 청구서 (1)", "14일 안에 갱신 (2)", "7일 안에 끝나는 체험 (예약 없음) (0)",
                      "7일 안에 만료되는 견적 (0)", "저장 공간 10% 미만 (0)", "위험하거나 넘긴 지원 요청 기한 (0)"]
    items = [tree.topLevelItem(i).child(k).text(0) for i in range(2) for k in range(tree.topLevelItem(i).childCount())]
    assert items == ["INV-2026-000004 한결건설(주): 미납 62,700원, 납부 기한 2026-10-15 (38일 지남)",
                     "푸른숲 디자인: 2026-12-01 만료, 9일 남음 — 1개월 자동 갱신",
                     "한결건설(주): 2026-12-01 만료, 9일 남음 — 1개월 자동 갱신"]
    assert w.nav.item(w.TODAY).text() == "오늘 (3)"
