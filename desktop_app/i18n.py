"""Messages marked for translation where they are made, translated where they are shown.

Services and pricing never import Qt, yet their refusals must reach an English user in English. A module
declares its translation context once and marks each message with named parameters:

    _ = texts("invoices")
    raise UserError(_("남은 금액은 {left}원입니다", left=f"{left:,}"))

The result is a `Text`: a `str` holding the Korean rendering (the source language), so logs, the command line
and existing callers keep working, that also remembers its context, source and parameters. A view translates it
with `translated(text, QCoreApplication.translate)`. `scripts/translations.py update` finds every `_("…")`
under the declared contexts and keeps them in the .ts files beside the views' texts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Translate = Callable[[str, str], str]


class Text(str):
    """A translatable message: its Korean rendering, plus what is needed to render it in another language."""

    context: str
    source: str
    params: Mapping[str, Any]

    def __new__(cls, context: str, source: str, **params: Any) -> Text:
        shown = {k: _joined(v) for k, v in params.items()}
        obj = super().__new__(cls, source.format(**shown) if params else source)
        obj.context = context
        obj.source = source
        obj.params = params
        return obj

    def render(self, translate: Translate) -> str:
        template = translate(self.context, self.source) or self.source
        params = {k: _joined(translated(v, translate)) for k, v in self.params.items()}
        return template.format(**params) if params else template

    def __reduce__(self) -> tuple[Any, ...]:  # pickling (worker processes) keeps the parts
        return (_rebuild, (self.context, self.source, dict(self.params)))


def _joined(value: Any) -> Any:
    """A list of messages as a parameter reads as one text, the messages separated by "; "."""
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return value


def _rebuild(context: str, source: str, params: dict[str, Any]) -> Text:
    return Text(context, source, **params)


def texts(context: str) -> Callable[..., Text]:
    """The marker for one translation context; `scripts/translations.py` extracts its calls."""

    def mark(source: str, **params: Any) -> Text:
        return Text(context, source, **params)

    mark.context = context  # type: ignore[attr-defined]
    return mark


def translated(value: Any, translate: Translate) -> Any:
    """`value` in the interface language when it is a `Text` (or a list of them); anything else as it is."""
    if isinstance(value, Text):
        return value.render(translate)
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, Text) for v in value):
        return type(value)(v.render(translate) for v in value)
    return value
