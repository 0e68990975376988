"""Explanation markers in the letter templates: ``{# erklaerung: key #}`` before a block.

For the letter they are Jinja comments and print nothing. While
:func:`showing_markers` is on (``app/letters/explain.py``), each marker prints as a
block of its own, ``@@erklaerung:key@@``, so that the builder's blocks can be told
apart by key: which paragraphs a letter really has decides which explanations the
wizard shows (conditional blocks).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import jinja2
from jinja2.ext import Extension

MARKER = re.compile(r"\{#\s*erklaerung:\s*([a-z_]+)\s*#\}")
PRINTED = re.compile(r"^@@erklaerung:([a-z_]+)@@$")
_showing: ContextVar[bool] = ContextVar("erklaerungen_zeigen", default=False)


def _markers_on() -> bool:
    return _showing.get()


@contextmanager
def showing_markers() -> Iterator[None]:
    """Render templates with their explanation markers as blocks of their own."""
    token = _showing.set(True)
    try:
        yield
    finally:
        _showing.reset(token)


def template_keys(source: str) -> list[str]:
    """The marker keys of a template's source, in order."""
    return MARKER.findall(source)


class ExplanationMarkers(Extension):
    """Turns each marker into a block that prints only while markers are shown."""

    def __init__(self, environment: jinja2.Environment) -> None:
        super().__init__(environment)
        environment.globals["_erklaerung_zeigen"] = _markers_on

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return MARKER.sub(
            lambda m: "{% if _erklaerung_zeigen() %}@@erklaerung:" + m[1] + "@@\n\n{% endif %}",
            source,
        )
