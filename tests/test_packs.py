"""Pattern packs: directories installed as packages (entry-point group extractor.patterns)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARR = {"id": "saas_arr", "unit": "money", "en": ["ARR"], "zh": ["年度经常性收入"]}


def _install_pack(site: Path, name: str, entry: dict[str, object], ep_value: str | None = None) -> None:
    """What `pip install` leaves behind: the package and its dist-info with entry points."""
    pkg = site / f"extractor_{name}_patterns"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "metrics.jsonl").write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    dist = site / f"extractor_{name}_patterns-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: extractor-{name}-patterns\nVersion: 1.0\n"
    )
    value = ep_value or f"extractor_{name}_patterns"
    (dist / "entry_points.txt").write_text(f"[extractor.patterns]\n{name} = {value}\n")


def _run(site: Path, code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)])}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          check=False)


PROBE = (
    "import extractor\n"
    "ex = extractor.Extractor({args})\n"
    "print([(r.metric, r.value) for r in ex.extract('ARR reached $1.2 billion.')])\n"
)


def test_installed_pack_loads_after_builtins(tmp_path: Path) -> None:
    _install_pack(tmp_path, "saas", ARR)
    out = _run(tmp_path, PROBE.format(args=""))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[('saas_arr', Decimal('1200000000'))]"
    off = _run(tmp_path, PROBE.format(args="pattern_packs=False"))
    assert off.stdout.strip() == "[('arr', Decimal('1200000000'))]"  # the built-in entry


def test_user_directory_overrides_a_pack(tmp_path: Path) -> None:
    site, mine = tmp_path / "site", tmp_path / "mine"
    _install_pack(site, "saas", ARR)
    mine.mkdir()
    (mine / "metrics.jsonl").write_text(
        json.dumps({"id": "arr_user", "unit": "money", "en": ["ARR"]}) + "\n", encoding="utf-8"
    )
    out = _run(site, PROBE.format(args=f"[{str(mine)!r}]"))
    assert out.returncode == 0, out.stderr
    assert "arr_user" in out.stdout


def test_broken_pack_is_a_pattern_error(tmp_path: Path) -> None:
    _install_pack(tmp_path, "bad", {"id": "x", "unit": "money", "LOWR": ["x"]})
    out = _run(tmp_path, "import extractor\nextractor.Extractor()\n")
    assert out.returncode != 0
    assert "PatternError" in out.stderr and 'metrics.jsonl:1: unknown key "LOWR"' in out.stderr
    _install_pack(tmp_path / "b", "gone", ARR, ep_value="no_such_module_xyz")
    out = _run(tmp_path / "b", "import extractor\nextractor.Extractor()\n")
    assert "entry point extractor.patterns:gone" in out.stderr


def test_patterns_list_shows_packs(tmp_path: Path) -> None:
    _install_pack(tmp_path, "saas", ARR)
    out = _run(tmp_path, "from extractor.cli import main\nmain(['patterns', 'list'])\n")
    assert out.returncode == 0, out.stderr
    assert "built-in:" in out.stdout and "saas: " in out.stdout
    assert "extractor_saas_patterns" in out.stdout


def test_worked_example_directory_checks_clean(capsys) -> None:  # type: ignore[no-untyped-def]
    from extractor.cli import main

    assert main(["patterns", "check", str(ROOT / "docs" / "examples" / "saas_patterns")]) == 0
    assert "ok (1 metrics)" in capsys.readouterr().out
