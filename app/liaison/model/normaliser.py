"""What every identifier normaliser shares: reading a raw cell as text, the compact form of an id,
and the wrapper that turns an unexpected exception into a flagged value instead of an error.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Concatenate, ParamSpec

from liaison.model.records import PropertyValue

__all__ = ["as_text", "compact_id", "never_raise"]

_SEPARATORS = re.compile(r"[\s\-./_]+")


def as_text(raw: object) -> str:
    """Any cell value as text: None is empty, bytes are read as UTF-8, the rest through str()."""
    if isinstance(raw, str):
        return raw
    if raw is None:
        return ""
    if isinstance(raw, bytes):
        return raw.decode("utf-8", errors="replace")
    return str(raw)


def compact_id(text: str) -> str:
    """Upper-case with spaces and the usual separators removed: the best-effort form of an id."""
    if not text.isascii():  # full-width letters and digits from East-Asian input methods
        text = unicodedata.normalize("NFKC", text)
    return _SEPARATORS.sub("", text).upper()


_P = ParamSpec("_P")
_Normaliser = Callable[Concatenate[str, _P], PropertyValue]


def never_raise(kind: str) -> Callable[[_Normaliser[_P]], _Normaliser[_P]]:
    """Turn any unexpected exception into a flagged value: import must never stop on one datum."""

    def decorate(func: _Normaliser[_P]) -> _Normaliser[_P]:
        @functools.wraps(func)
        def wrapper(raw: str, *args: _P.args, **kwargs: _P.kwargs) -> PropertyValue:
            text = as_text(raw)
            try:
                return func(text, *args, **kwargs)
            except Exception as exc:  # a library bug on odd input must not lose the value
                return PropertyValue(text, text.strip(), kind, False,
                                     f"could not be checked ({type(exc).__name__})")

        return wrapper

    return decorate
