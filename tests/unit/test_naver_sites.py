"""NAVER WORKPLACE sites on the demo data: W2 reservations, W3 upgrades, W4 storage."""

import datetime as dt

import pytest

from desktop_app.errors import UserError
from desktop_app.models import AuditEntry, Site
from desktop_app.services import naver_sites
from tests.conftest import TODAY
from tests.support.versions import shown


@pytest.fixture
def trial(demo_desk, db):
    with db.session() as s:
        return s.query(Site).filter_by(subdomain="onnuri-health").one().id


def test_w2_trial_ending_without_reservation_warns_then_reservation_silences_it(demo_desk, trial):
    st = demo_desk.read(naver_sites.status, trial)
    assert st.trial_ends_on == TODAY + dt.timedelta(days=5)
    assert any("삭제" in w for w in st.warnings)
    demo_desk.run(naver_sites.reserve_conversion, trial, shown(demo_desk, Site, trial), "collabo")
    st = demo_desk.read(naver_sites.status, trial)
    assert (st.reserved_plan, st.reserved_on) == ("collabo", st.trial_ends_on)
    assert not any("삭제" in w for w in st.warnings)
    with pytest.raises(UserError) as err:
        demo_desk.run(naver_sites.reserve_conversion, trial, shown(demo_desk, Site, trial), "workplace", TODAY + dt.timedelta(days=6))
    assert "W2" in err.value.message
    demo_desk.run(naver_sites.cancel_reservation, trial, shown(demo_desk, Site, trial))
    assert demo_desk.read(naver_sites.status, trial).reserved_plan is None


def test_w3_collabo_has_no_upgrade_and_workplace_goes_up(demo_desk, db, trial):
    with pytest.raises(UserError) as err:
        demo_desk.run(naver_sites.request_upgrade, trial, shown(demo_desk, Site, trial), "collabo_plus")
    assert "W3" in err.value.message
    with db.session() as s:
        s.get(Site, trial).package = "workplace"
    assert demo_desk.read(naver_sites.status, trial).upgrade_targets == ("collabo", "collabo_plus")
    demo_desk.run(naver_sites.request_upgrade, trial, shown(demo_desk, Site, trial), "collabo_plus")
    assert demo_desk.read(naver_sites.status, trial).requested_upgrade == "collabo_plus"


def test_w4_storage_in_whole_terabytes_never_below_zero(demo_desk, db, trial):
    st = demo_desk.read(naver_sites.status, trial)
    assert st.shared_gb == 512 + 25 and any("10%" in w for w in st.warnings)
    demo_desk.run(naver_sites.change_storage, trial, shown(demo_desk, Site, trial), 2)
    st = demo_desk.read(naver_sites.status, trial)
    assert st.extra_tb == 2 and st.shared_gb == 512 + 25 + 2048 and not st.warnings[1:]
    with pytest.raises(UserError) as err:
        demo_desk.run(naver_sites.change_storage, trial, shown(demo_desk, Site, trial), -3)
    assert "W4" in err.value.message and "2TB" in err.value.message  # returns at most what it has
    assert demo_desk.read(naver_sites.status, trial).extra_tb == 2
    with db.session() as s:
        assert s.query(AuditEntry).filter_by(action="storage").count() == 1


def test_naver_operations_refuse_a_daouoffice_site(demo_desk):
    with pytest.raises(UserError) as err:
        demo_desk.run(naver_sites.change_storage, 1, shown(demo_desk, Site, 1), 1)
    assert "네이버웍스" in err.value.message
