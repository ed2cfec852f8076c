from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from commentguard.cli import main


def _run(argv: list[str], capsys: pytest.CaptureFixture[str], stdin: str | None = None,
         monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, list[dict], str]:
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines() if line.strip()], err


def test_classify_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    code, rows, _ = _run(["classify", "Thanks!", "cheap v1agra at rx-store.biz"], capsys)
    assert code == 0
    assert [r["label"] for r in rows] == ["generic", "spam"]
    assert {"scores", "action", "reasons", "model_version"} <= set(rows[0])


def test_classify_jsonl_keeps_ids_and_uses_metadata(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "c1", "text": "Nice blog!", "author": "Cheap SEO Services",
                             "author_url": "https://cheap-seo.biz"}) + "\n\n"
                 + json.dumps({"id": "c2", "text": "Why is step 2 failing on Windows?"}) + "\n", encoding="utf-8")
    code, rows, _ = _run(["classify", "--jsonl", str(f), "--with-text"], capsys)
    assert code == 0 and [r["id"] for r in rows] == ["c1", "c2"]
    assert rows[1]["text"].startswith("Why")


def test_classify_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, rows, _ = _run(["classify", "--generic", "approve"], capsys, "Great post!\n\nThanks\n", monkeypatch)
    assert code == 0 and len(rows) == 2 and rows[0]["action"] == "approve"


def test_bad_jsonl_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"text": "ok"}\n{not json\n', encoding="utf-8")
    code, _, err = _run(["classify", "--jsonl", str(f)], capsys)
    assert code == 2 and "bad.jsonl:2" in err


def test_wrong_field_type_in_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"text": 5}\n', encoding="utf-8")
    code, _, err = _run(["classify", "--jsonl", str(f)], capsys)
    assert code == 2 and "text" in err


def test_console_script_entry_point_runs() -> None:
    out = subprocess.run([sys.executable, "-m", "commentguard", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("commentguard ")
