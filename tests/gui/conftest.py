"""Fixtures shared by the GUI tests."""

import pytest


@pytest.fixture
def calc(qtbot, demo_desk):
    """The order calculator on the demo data, shown."""
    from desktop_app.views.calculator.view import CalculatorView

    view = CalculatorView(demo_desk)
    qtbot.addWidget(view)
    view.show()
    return view
