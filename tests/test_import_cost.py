"""`import extractor` stays light; normalisers and records never import spaCy."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(stmt: str) -> set[str]:
    code = f"import sys; {stmt}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_import_extractor_does_not_load_spacy_or_dateparser() -> None:
    mods = _modules_after("import extractor")
    assert "spacy" not in mods
    assert "dateparser" not in mods
    assert "thinc" not in mods


def test_pure_layers_do_not_import_spacy() -> None:
    mods = _modules_after(
        "import extractor.records, extractor.normalize.numbers, extractor.normalize.money, "
        "extractor.normalize.periods, extractor.quantities, extractor.document, "
        "extractor.metrics, extractor.companies, extractor.link, extractor.pipeline"
    )
    assert "spacy" not in mods


def test_import_extractor_does_not_load_optional_extras() -> None:
    mods = _modules_after("import extractor, extractor.cli, extractor.packs")
    for heavy in ("pandas", "pyarrow", "dask", "distributed", "tqdm", "selenium", "jsonschema"):
        assert heavy not in mods, heavy


def test_public_names_resolve_lazily() -> None:
    mods = _modules_after(
        "import extractor; extractor.record_schema; extractor.render_html; extractor.to_dataframe"
    )
    assert "spacy" not in mods and "pandas" not in mods and "pyarrow" not in mods
