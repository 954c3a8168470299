"""The README's command-line examples (section "Corpora") run as written."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Corpora"):]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block is not None
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_lists_the_corpus_commands() -> None:
    cmds = _commands()
    assert len(cmds) >= 5 and all(c.startswith("extractor ") for c in cmds)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("readme")
    (d / "docs").mkdir()
    (d / "docs" / "call.txt").write_text(
        (ROOT / "corpus" / "twilio_2021q2_call_en_zh.txt").read_text(encoding="utf-8")[:5000],
        encoding="utf-8",
    )
    (d / "docs" / "news_zh.txt").write_text(
        (ROOT / "corpus" / "twilio_ipo_news_zh.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (d / "news.jsonl").write_text(
        json.dumps({"id": "n1", "text": "Revenue was $5 million.", "period": "FY2019"}) + "\n",
        encoding="utf-8",
    )
    (d / "my_patterns").mkdir()
    (d / "my_patterns" / "metrics.jsonl").write_text(
        '{"id": "widget_shipments", "unit": "count", "en": ["widget shipments"]}\n',
        encoding="utf-8",
    )
    bin_dir = d / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "extractor"
    exe.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m extractor "$@"\n')
    exe.chmod(0o755)
    return d


@pytest.mark.parametrize("command", _commands())
def test_readme_command_runs(command: str, workdir: Path) -> None:
    env = {
        **os.environ,
        "PATH": f"{workdir / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": os.pathsep.join(p for p in [str(ROOT), os.environ.get("PYTHONPATH")] if p),
    }
    proc = subprocess.run(["bash", "-c", command], cwd=workdir, env=env, capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    for out in re.findall(r"--out (\S+)", command):
        assert (workdir / out).stat().st_size > 0
    if "--format jsonl" in command:
        rows = [json.loads(x) for x in proc.stdout.splitlines()]
        assert rows and {r["doc_id"] for r in rows} == {"<stdin>"}
