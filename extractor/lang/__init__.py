"""Language data: one folder per language, apart from the logic that uses it.

Each language is a package named by its code (``en``, ``zh``) that holds its cue words as
**named fragments**: module-level UPPER_CASE constants (word tuples, word sets, tables,
regex fragments), each with a one-line comment saying what it is for, composed once at
import (the way Recognizers-Text builds ``RoundNumberIntegerRegex`` from smaller parts).
A language package sets ``NAME`` and either ``FRAGMENTS`` (a dict, usually built with
:func:`fragments_of` from its part modules) or plain UPPER_CASE constants.

Stage modules read a language's words with :func:`get_language` and hold none themselves.
Languages are found in this folder and in any folder added with :func:`add_language_dir`
(a toy language in a test folder, a third language kept outside the package).

This module imports nothing else of the package: it is the bottom layer, below
``normalize``, ``records`` and every stage.

>>> en = get_language("en")
>>> en.code, en.name
('en', 'English')
>>> "inc" in en.word_set("SENTENCE_ABBREVIATIONS")
True
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import Any, TypeVar

__all__ = [
    "Language",
    "add_language_dir",
    "available_languages",
    "fragments_of",
    "get_language",
    "merge_variants",
    "with_script_variants",
]

_T = TypeVar("_T")
_CODE = re.compile(r"[a-z]{2,3}(?:_[a-z0-9]+)?")
_FRAGMENT_NAME = re.compile(r"[A-Z][A-Z0-9_]*")
_BUILTIN_DIR = Path(__file__).resolve().parent
_EXTRA_DIRS: list[Path] = []
_LOADED: dict[str, Language] = {}


@dataclass(frozen=True)
class Language:
    """A language's code, its name and its named data fragments (read-only)."""

    code: str
    name: str
    fragments: Mapping[str, object]

    def fragment(self, name: str, kind: type[_T]) -> _T:
        """The fragment ``name``, checked to be a ``kind``."""
        try:
            value = self.fragments[name]
        except KeyError:
            raise KeyError(f"language {self.code!r} has no fragment {name!r}") from None
        if not isinstance(value, kind):
            raise TypeError(f"{self.code}.{name} is {type(value).__name__}, not {kind.__name__}")
        return value

    def words(self, name: str) -> tuple[str, ...]:
        """A word list, in its written order (order matters where the first match wins)."""
        return tuple(self.fragment(name, tuple))

    def word_set(self, name: str) -> frozenset[str]:
        """A word list or set, as a set (for membership tests)."""
        value = self.fragments.get(name)
        if isinstance(value, (tuple, list, set, frozenset)):
            return frozenset(value)
        return self.fragment(name, frozenset)

    def regex(self, name: str) -> str:
        """A regular-expression fragment (already composed from smaller ones)."""
        return self.fragment(name, str)

    def table(self, name: str) -> Mapping[str, Any]:
        """A lookup table (word -> number, word -> canonical word)."""
        return self.fragment(name, dict)


def fragments_of(*modules: ModuleType) -> dict[str, object]:
    """The UPPER_CASE constants of ``modules`` (a name defined twice is an error)."""
    out: dict[str, object] = {}
    for mod in modules:
        for key, value in vars(mod).items():
            if key == "NAME" or not _FRAGMENT_NAME.fullmatch(key):
                continue
            if key in out:
                raise ValueError(f"fragment {key} is defined twice ({mod.__name__})")
            out[key] = value
    return out


def merge_variants(base: dict[str, object], variants: Mapping[str, object]) -> dict[str, object]:
    """Add script variants (Traditional forms) to the same-named fragments of ``base``.

    A variant is a word tuple or set, or a mapping from a base word to its variant. Word
    tuples get tuple variants appended and mapped variants placed right after their base
    word (so "longest first" orders still hold); word sets get the union. A variant
    fragment with no base fragment is added as it is.

    >>> merge_variants({"W": ("制药", "医药")}, {"W": {"制药": "製藥"}})["W"]
    ('制药', '製藥', '医药')
    """
    out = dict(base)
    for key, extra in variants.items():
        have = out.get(key)
        if isinstance(extra, Mapping):
            if isinstance(have, tuple):
                pairs = ((w, extra[w]) if w in extra else (w,) for w in have)
                out[key] = tuple(dict.fromkeys(x for pair in pairs for x in pair))
                continue
            extra = tuple(extra.values())
        if have is None:
            out[key] = extra
        elif isinstance(have, frozenset) and isinstance(extra, (frozenset, tuple)):
            out[key] = have | frozenset(extra)
        elif isinstance(have, tuple) and isinstance(extra, tuple):
            out[key] = have + tuple(w for w in extra if w not in have)
        else:
            raise TypeError(f"cannot merge variants of {key} ({type(have).__name__})")
    return out


def with_script_variants(
    fragments: Mapping[str, object], chars: Mapping[str, str]
) -> dict[str, object]:
    """``fragments`` with each word's other-script form added (Simplified -> Traditional).

    ``chars`` maps a character to its form in the other script. A word list gets each
    word's converted form right after the word (so "longest first" orders still hold),
    a word set gets them as well; lists of other things, tables and regular expressions
    are left as they are (a regex fragment writes its variants itself).

    >>> out = with_script_variants({"W": ("公司", "集团"), "S": frozenset({"银行"})}, {"团": "團", "银": "銀"})
    >>> out["W"], sorted(out["S"])
    (('公司', '集团', '集團'), ['銀行', '银行'])
    """
    table = str.maketrans(dict(chars))
    out: dict[str, object] = {}
    for key, value in fragments.items():
        if isinstance(value, tuple) and all(isinstance(w, str) for w in value):
            out[key] = tuple(dict.fromkeys(x for w in value for x in (w, w.translate(table))))
        elif isinstance(value, frozenset) and all(isinstance(w, str) for w in value):
            out[key] = value | {w.translate(table) for w in value}
        else:
            out[key] = value
    return out


def to_traditional(text: str) -> str:
    """``text`` with its Simplified characters in their Traditional form, by the Chinese
    character table (characters whose form depends on the word are left as they are).

    >>> to_traditional("恒生指数")
    '恆生指數'
    """
    global _TRADITIONAL
    if _TRADITIONAL is None:
        _TRADITIONAL = str.maketrans(dict(get_language("zh").table("TRADITIONAL_CHARS")))
    return text.translate(_TRADITIONAL)


_TRADITIONAL: dict[int, str] | None = None


def add_language_dir(path: str | Path) -> None:
    """Also look for language folders in ``path`` (searched after the built-in ones)."""
    p = Path(path).resolve()
    if p not in _EXTRA_DIRS:
        _EXTRA_DIRS.append(p)


def available_languages() -> list[str]:
    """Codes of every language folder found (built-in first, then added folders)."""
    codes: list[str] = []
    for d in (_BUILTIN_DIR, *_EXTRA_DIRS):
        for sub in sorted(d.iterdir()) if d.is_dir() else ():
            is_lang = _CODE.fullmatch(sub.name) and (sub / "__init__.py").is_file()
            if is_lang and sub.name not in codes:
                codes.append(sub.name)
    return codes


def get_language(code: str) -> Language:
    """The language ``code``, loaded on first use (``KeyError`` when no folder has it)."""
    lang = _LOADED.get(code)
    if lang is None:
        lang = _LOADED[code] = _load(code)
    return lang


def _load(code: str) -> Language:
    if not _CODE.fullmatch(code):
        raise KeyError(f"not a language code: {code!r}")
    if (_BUILTIN_DIR / code / "__init__.py").is_file():
        mod = importlib.import_module(f"{__name__}.{code}")
    else:
        mod = _load_external(code)
    frags = getattr(mod, "FRAGMENTS", None)
    if frags is None:
        frags = fragments_of(mod)
    return Language(code, str(mod.NAME), MappingProxyType(dict(frags)))


def _load_external(code: str) -> ModuleType:
    for d in _EXTRA_DIRS:
        init = d / code / "__init__.py"
        if not init.is_file():
            continue
        name = f"_extractor_added_language_{code}"
        spec = importlib.util.spec_from_file_location(
            name, init, submodule_search_locations=[str(init.parent)]
        )
        if spec is None or spec.loader is None:
            break
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
        return mod
    raise KeyError(f"no language folder for {code!r}")
