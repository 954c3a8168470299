"""Pattern packs: pattern directories installed as Python packages.

A pattern pack is a distribution that declares an entry point in the group
``extractor.patterns``; its value names a package (whose directory holds
``metrics.jsonl`` and/or ``companies.jsonl``), a ``str``/``Path`` to such a directory,
or a function returning one. In the pack's ``pyproject.toml``::

    [project.entry-points."extractor.patterns"]
    saas = "extractor_saas_patterns"

:class:`extractor.Extractor` loads installed packs after the built-in patterns and before
its own ``patterns=[...]`` directories (so a user's directory overrides a pack, and a
pack overrides a built-in entry with the same ``id``/``name``), in the order of the entry
points' names. ``Extractor(pattern_packs=False)`` ignores them. ``extractor patterns
list`` shows what is installed.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path
from types import ModuleType
from typing import Literal, overload

from .errors import PatternError

__all__ = ["ENTRY_POINT_GROUP", "pattern_pack_dirs"]

ENTRY_POINT_GROUP = "extractor.patterns"


def _as_dir(name: str, obj: object) -> Path:
    if callable(obj) and not isinstance(obj, ModuleType):
        obj = obj()
    if isinstance(obj, ModuleType):
        paths = list(getattr(obj, "__path__", []))
        if paths:
            return Path(paths[0])
        if obj.__file__:
            return Path(obj.__file__).parent
    if isinstance(obj, (str, Path)):
        return Path(obj)
    raise PatternError(
        f"entry point {ENTRY_POINT_GROUP}:{name}", None,
        f"expected a package, a directory path or a function returning one, got {type(obj).__name__}",
    )


@overload
def pattern_pack_dirs(with_names: Literal[False] = False) -> list[Path]: ...
@overload
def pattern_pack_dirs(with_names: Literal[True]) -> list[tuple[str, Path]]: ...
def pattern_pack_dirs(with_names: bool = False) -> list[Path] | list[tuple[str, Path]]:
    """The directories of the installed pattern packs, sorted by entry-point name.

    A pack that cannot be loaded, or whose directory does not exist, raises
    :class:`extractor.PatternError` naming the entry point.
    """
    found: list[tuple[str, Path]] = []
    eps = sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name)
    seen: set[str] = set()
    for ep in eps:
        if ep.name in seen:  # the same distribution seen twice on sys.path
            continue
        seen.add(ep.name)
        try:
            obj = ep.load()
        except Exception as e:  # noqa: BLE001 - any import failure of a pack is a pack error
            raise PatternError(
                f"entry point {ENTRY_POINT_GROUP}:{ep.name}", None,
                f"cannot load {ep.value!r}: {type(e).__name__}: {e}",
            ) from None
        d = _as_dir(ep.name, obj)
        if not d.is_dir():
            raise PatternError(d, None, f"pattern pack {ep.name!r}: directory does not exist")
        found.append((ep.name, d))
    if with_names:
        return found
    return [d for _, d in found]
