"""The Python examples in docs/archives.md run as written."""

from __future__ import annotations

import os
import re

import pytest
from archive_helpers import REPO

DOC = REPO / "docs" / "archives.md"
BLOCKS = (
    re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    if DOC.exists()
    else []
)


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_doc_example_runs(
    code: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(REPO)
    exec(compile(code, str(DOC), "exec"), {"__name__": "__doc_example__"})
    assert capsys.readouterr().out.strip()


def test_docs_mention_every_cli_option() -> None:
    import argparse

    from commentguard._cli_clean import add_clean_parser

    parser = argparse.ArgumentParser()
    add_clean_parser(parser.add_subparsers())
    clean_parser = parser._subparsers._group_actions[0].choices["clean"]  # type: ignore[union-attr]
    text = DOC.read_text(encoding="utf-8")
    for action in clean_parser._actions:
        for flag in action.option_strings:
            if flag.startswith("--") and flag not in ("--help", "--no-progress"):
                assert flag in text, flag
    assert os.path.exists(DOC)
