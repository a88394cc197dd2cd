"""Messages made in services are Korean where nobody translates them and English where a view does."""

from desktop_app.i18n import Text, texts, translated

_ = texts("test")

ENGLISH = {("test", "남은 금액은 {left}원입니다"): "{left} won is left to pay", ("test", "청구서"): "invoice"}


def english(context, source):
    return ENGLISH.get((context, source), source)


def test_a_marked_message_reads_as_korean_text():
    msg = _("남은 금액은 {left}원입니다", left="1,000")
    assert msg == "남은 금액은 1,000원입니다"
    assert isinstance(msg, str) and isinstance(msg, Text)


def test_a_view_renders_it_in_english_with_translated_parameters():
    msg = _("남은 금액은 {left}원입니다", left=_("청구서"))
    assert translated(msg, english) == "invoice won is left to pay"
    assert translated([_("청구서")], english) == ["invoice"]
    assert translated("plain", english) == "plain"


def test_an_untranslated_message_falls_back_to_korean():
    assert translated(_("없는 번역"), lambda c, s: "") == "없는 번역"
