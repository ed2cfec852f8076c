"""``commentguard clean`` through argparse: summary, exit codes, one-line errors."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from archive_helpers import BILLION_LAUGHS, FIXTURES, write

from commentguard._cli_clean import EXIT_OK, EXIT_REFUSED, EXIT_VERIFICATION, add_clean_parser
from commentguard.adapters import read, wxr
from commentguard.testing import FakeClassifier


def run(argv: list[str], classifier: object | None = None) -> int:
    parser = argparse.ArgumentParser(prog="commentguard")
    add_clean_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["clean", *argv])
    args.classifier = classifier or FakeClassifier()
    return args.func(args)


def test_clean_prints_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o.xml"
    code = run(
        [
            str(FIXTURES / "wxr-small.xml"),
            "-o",
            str(out),
            "--report",
            str(tmp_path / "r.html"),
            "--decisions",
            str(tmp_path / "d.jsonl"),
        ]
    )
    printed = capsys.readouterr()
    assert code == EXIT_OK
    for needle in ("8 comments read", "labels:", "actions:", "changed: 3", "verification passed", "r.html"):
        assert needle in printed.out
    assert printed.err == ""  # no progress bar off a terminal
    assert (tmp_path / "r.html").exists() and (tmp_path / "d.jsonl").exists()


def test_hostile_input_one_line_exit_2_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write(tmp_path, "bomb.xml", BILLION_LAUGHS)
    code = run([str(src), "-o", str(tmp_path / "o.xml"), "--report", str(tmp_path / "r.html")])
    err = capsys.readouterr().err
    assert code == EXIT_REFUSED and err.count("\n") == 1 and err.startswith("error:") and "DOCTYPE" in err
    assert [p.name for p in tmp_path.iterdir()] == ["bomb.xml"]


def test_malformed_exit_2_with_line_and_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write(
        tmp_path,
        "bad.xml",
        "<?xml version='1.0'?>\n<rss xmlns:wp='http://wordpress.org/export/1.2/'>\n<a></b></rss>",
    )
    assert run([str(src), "-o", str(tmp_path / "o.xml"), "--format", "wxr"]) == EXIT_REFUSED
    assert "line 3, column" in capsys.readouterr().err


def test_unknown_format_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write(tmp_path, "x.txt", "hello")
    assert run([str(src), "-o", str(tmp_path / "o.txt")]) == EXIT_REFUSED
    assert "Supported:" in capsys.readouterr().err


def test_missing_output_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run([str(FIXTURES / "wxr-small.xml")]) == EXIT_REFUSED
    assert "--output" in capsys.readouterr().err


_right_patches = wxr.WXRAdapter.patches


def _wrong_patches(self: wxr.WXRAdapter, record: object, status: str | None) -> list:
    """Writes "1" where another status was asked for: verification must catch it."""
    return _right_patches(self, record, "1" if status else None)  # type: ignore[arg-type]


def test_verification_failure_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(wxr.WXRAdapter, "patches", _wrong_patches)
    code = run([str(FIXTURES / "wxr-small.xml"), "-o", str(tmp_path / "o.xml")])
    assert code == EXIT_VERIFICATION and "verification" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_options_reach_clean(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    src = write(
        tmp_path, "c.csv", "cid;words;state\nA;Great post!;pending\nB;a long and specific question;pending\n"
    )
    code = run(
        [
            str(src),
            "-o",
            str(out),
            "--generic",
            "approve",
            "--only",
            "all",
            "--text-column",
            "words",
            "--id-column",
            "cid",
            "--status-column",
            "state",
            "--delimiter",
            ";",
            "--no-progress",
        ]
    )
    assert code == EXIT_OK
    assert (
        out.read_text()
        == "cid;words;state\nA;Great post!;approved\nB;a long and specific question;approved\n"
    )


def test_dry_run_and_recover(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write(
        tmp_path,
        "ctl.xml",
        (FIXTURES / "wxr-small.xml").read_bytes().replace(b"Great post!", b"Great\x01 post!"),
    )
    assert run([str(src), "--dry-run"]) == EXIT_REFUSED
    capsys.readouterr()
    assert run([str(src), "--dry-run", "--recover"]) == EXIT_OK
    assert "repaired: 1 comment(s)" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == ["ctl.xml"]
    assert len(list(read(src, recover=True))) == 8


def test_spam_threshold_is_validated() -> None:
    with pytest.raises(SystemExit):
        run([str(FIXTURES / "wxr-small.xml"), "--dry-run", "--spam-threshold", "2"])


def test_progress_bar_only_on_a_terminal() -> None:
    import io

    from commentguard._progress import TerminalProgress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty, pipe = Terminal(), io.StringIO()
    for stream in (tty, pipe):
        bar = TerminalProgress(stream=stream)
        bar(512, 1000, 4000)
        bar(1024, 4000, 4000)
        bar.close()
    assert "comments/s" in tty.getvalue() and "100%" in tty.getvalue()
    assert pipe.getvalue() == ""


def test_site_url_reaches_the_classifier_and_is_validated(tmp_path: Path) -> None:
    urls: list[str | None] = []
    fake = FakeClassifier()

    def spy(comments):  # type: ignore[no-untyped-def]
        for c in comments:
            urls.append(c.post_url)
            yield fake.classify(c)

    src = FIXTURES / "takeout-small.atom"
    assert run([str(src), "--dry-run", "--site-url", "bakeday.blogspot.com"], classifier=spy) == EXIT_OK
    assert urls and set(urls) == {"bakeday.blogspot.com"}
    with pytest.raises(SystemExit):
        run([str(src), "--dry-run", "--site-url", "my blog"])
