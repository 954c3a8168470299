"""The package's layering, read from the source with ``ast`` (nothing is imported).

Layers, bottom up (a module may import its own layer and the layers below it):

1. ``extractor.lang`` (cue words) and the plain types ``errors``, ``records``, ``schema``;
2. the pattern tables (``patterns``, ``packs``, ``currencies``, ``metrics``) and
   ``normalize`` (text -> numbers, money, periods): none of them knows a stage;
3. the stages (document reading, segmentation, value scanning, company finding, linking,
   ``nlp``): none of them knows the pipeline or the tools on top;
4. ``pipeline``, then the tools (``cli``, ``evaluate``, ``bench``, ``frames``, ``html``,
   ``dask``, ``spacy_component``) and the package root.

spaCy is imported by ``nlp`` only (plus the spaCy component, which is a spaCy plug-in, and
the benchmark, which times ``spacy.blank`` as its yardstick), so every stage stays usable
and testable without a model. Function-local imports count: a lazy import is still a
dependency.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"

BOTTOM = ("extractor.lang", "extractor.errors", "extractor.records", "extractor.schema")
TABLES = (
    "extractor.patterns",
    "extractor.packs",
    "extractor.currencies",
    "extractor.metrics",
    "extractor.normalize",
)
TOP = (
    "extractor.pipeline",
    "extractor.batch",
    "extractor.cli",
    "extractor.__main__",
    "extractor.evaluate",
    "extractor.bench",
    "extractor.bench_inputs",
    "extractor.frames",
    "extractor.html",
    "extractor.dask",
    "extractor.spacy_component",
    "extractor.pattern_check",
)
SPACY_ALLOWED = {"extractor.nlp", "extractor.spacy_component", "extractor.bench"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, name: str) -> Iterator[str]:
    """Every absolute module name ``path`` imports (``from x import y`` gives x and x.y)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            yield target
            yield from (f"{target}.{alias.name}" for alias in node.names)


def _graph() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(ours, external): the modules of ours each module imports, and the others."""
    raw = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module_name(path)
        raw[name] = set(_imports(path, name))
    ours = {m: {d for d in deps if d in raw and d != m} for m, deps in raw.items()}
    external = {
        m: {d.split(".")[0] for d in deps if not d.startswith("extractor")}
        for m, deps in raw.items()
    }
    return ours, external


OURS, EXTERNAL = _graph()


def _in(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def _layer(module: str) -> int:
    if _in(module, BOTTOM):
        return 1
    if _in(module, TABLES):
        return 2
    if module == "extractor" or _in(module, TOP):
        return 4
    return 3  # a stage: anything new lands here unless it is listed above


def test_the_graph_is_read() -> None:
    # guards the test itself: a parser that found nothing would pass every rule below
    assert {"extractor.pipeline", "extractor.lang", "extractor.normalize.periods"} <= set(OURS)
    assert "extractor.records" in OURS["extractor.pipeline"]
    assert "spacy" in EXTERNAL["extractor.nlp"]


@pytest.mark.parametrize("module", sorted(OURS))
def test_no_module_imports_a_layer_above_it(module: str) -> None:
    above = sorted(d for d in OURS[module] if _layer(d) > _layer(module))
    assert not above, f"{module} (layer {_layer(module)}) imports {above}"


def test_language_data_imports_no_other_part_of_the_package() -> None:
    for module, deps in OURS.items():
        if _in(module, ("extractor.lang",)):
            assert all(_in(d, ("extractor.lang",)) for d in deps), (module, deps)


def test_only_nlp_imports_spacy() -> None:
    users = {m for m, deps in EXTERNAL.items() if "spacy" in deps}
    assert users <= SPACY_ALLOWED, sorted(users - SPACY_ALLOWED)


def _cycles() -> list[list[str]]:
    """Import cycles among our modules (the package root and facades included)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for d in sorted(OURS[m]):
            # a package's own __init__ importing its parts is not a cycle
            if d == m.rpartition(".")[0] or m == d.rpartition(".")[0]:
                continue
            if state.get(d) == 1:
                found.append(stack[stack.index(d) :] + [d])
            elif d not in state:
                visit(d)
        stack.pop()
        state[m] = 2

    for m in sorted(OURS):
        if m not in state:
            visit(m)
    return found


def test_no_import_cycle() -> None:
    assert _cycles() == []
