"""The clean pipeline: policy, scope, dry run, decisions, verification, atomic output."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from archive_helpers import FIXTURES, wp_comment, write
from archive_helpers import wxr as wxr_doc

from commentguard._clean import CleanResult, clean
from commentguard._errors import CommentGuardError, VerificationError
from commentguard._types import Action, Comment, Label, Policy, Verdict
from commentguard.adapters import read, wxr
from commentguard.testing import FakeClassifier

WXR = FIXTURES / "wxr-small.xml"


def statuses(path: Path) -> dict[str, str | None]:
    return {c.id or "": c.extra["status"] for c in read(path)}


def test_pending_only_by_default(tmp_path: Path) -> None:
    out = tmp_path / "o.xml"
    result = clean(WXR, out, classifier=FakeClassifier(always=Label.SPAM))
    after = statuses(out)
    assert after["7:1"] == "1"  # approved by a human: left alone
    assert after["7:2"] == after["7:3"] == after["7:4"] == after["item2:8"] == "spam"
    assert after["7:5"] == "0" and after["7:6"] == "trash"  # note and trash untouched
    assert result.candidates == 4 and result.left_alone == 4 and result.changed == 4


def test_only_all_rechecks_approved_comments(tmp_path: Path) -> None:
    out = tmp_path / "o.xml"
    result = clean(WXR, out, classifier=FakeClassifier(always=Label.GENERIC), only="all")
    after = statuses(out)
    assert after["7:1"] == "0" and after["item2:1"] == "0"  # held for a human
    assert result.candidates == 6 and result.per_action == {"hold": 6}


def test_policy_generic_approve_and_spam_threshold(tmp_path: Path) -> None:
    out = tmp_path / "o.xml"
    policy = Policy(generic=Action.APPROVE, spam_threshold=0.95)  # the fake's spam score is 0.9
    result = clean(WXR, out, classifier=FakeClassifier(), policy=policy)
    after = statuses(out)
    assert after["7:3"] == "1"  # generic, approved on a lenient policy
    assert after["7:2"] == "0"  # spam below the threshold: held
    assert result.per_action.get("spam") is None


def _spy(seen: list[Comment]) -> Callable[[Iterable[Comment]], Iterator[Verdict]]:
    """A FakeClassifier that also keeps every comment it is given in ``seen``."""
    fake = FakeClassifier()

    def spy(comments: Iterable[Comment]) -> Iterator[Verdict]:
        for c in comments:
            seen.append(c)
            yield fake.classify(c)

    return spy


def test_classifier_sees_post_context_and_parent(tmp_path: Path) -> None:
    seen: list[Comment] = []
    spy = _spy(seen)
    clean(WXR, tmp_path / "o.xml", classifier=spy)
    reply = next(c for c in seen if c.id == "7:4")
    assert reply.post_title == "Growing tomatoes on a balcony" and "deep pot" in (reply.post_text or "")
    assert reply.parent_id == "7:1"


def test_dry_run_writes_only_report_and_decisions(tmp_path: Path) -> None:
    result = clean(
        WXR,
        None,
        dry_run=True,
        classifier=FakeClassifier(),
        report_path=tmp_path / "r.html",
        decisions_path=tmp_path / "d.jsonl",
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.jsonl", "r.html"]
    assert result.verification is None and result.changed == 3 and result.ok
    assert "dry run" in result.summary()


def test_decisions_file_has_one_line_per_comment(tmp_path: Path) -> None:
    decisions = tmp_path / "d.jsonl"
    clean(WXR, tmp_path / "o.xml", classifier=FakeClassifier(), decisions_path=decisions)
    lines = [json.loads(x) for x in decisions.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in lines] == [c.id for c in read(WXR)]
    for d in lines:
        assert {"id", "post", "label", "scores", "reasons", "action", "changed"} <= set(d)
    spam = next(d for d in lines if d["id"] == "7:2")
    assert spam == {
        **spam,
        "label": "spam",
        "action": "spam",
        "changed": True,
        "status_before": "0",
        "status_after": "spam",
    }


_right_patches = wxr.WXRAdapter.patches


def _wrong_patches(self: wxr.WXRAdapter, record: object, status: str | None) -> list:
    """Writes "1" where another status was asked for: verification must catch it."""
    return _right_patches(self, record, "1" if status else None)  # type: ignore[arg-type]


def test_verification_failure_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wxr.WXRAdapter, "patches", _wrong_patches)  # a writer with a bug
    with pytest.raises(VerificationError) as err:
        clean(
            WXR,
            tmp_path / "o.xml",
            classifier=FakeClassifier(always=Label.SPAM),
            report_path=tmp_path / "r.html",
            decisions_path=tmp_path / "d.jsonl",
        )
    assert not err.value.verification.ok and "expected 'spam'" in err.value.verification.problems[0]
    assert list(tmp_path.iterdir()) == []


def test_a_classifier_that_drops_comments_is_an_error(tmp_path: Path) -> None:
    def lazy(comments: Iterable[Comment]) -> Iterator[Verdict]:
        fake = FakeClassifier()
        for i, c in enumerate(comments):
            if i == 3:
                return
            yield fake.classify(c)

    with pytest.raises(CommentGuardError, match="fewer verdicts"):
        clean(WXR, tmp_path / "o.xml", classifier=lazy)
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported(tmp_path: Path) -> None:
    src = write(tmp_path, "big.xml", wxr_doc(*(wp_comment(i, f"comment {i}") for i in range(1200))))
    calls: list[tuple[int, int, int]] = []
    clean(src, tmp_path / "o.xml", classifier=FakeClassifier(), progress=lambda *a: calls.append(a))
    size = src.stat().st_size
    assert calls[-1] == (1200, size, size) and len(calls) == 3
    assert all(a[1] <= b[1] for a, b in zip(calls, calls[1:]))


def test_output_replaces_an_existing_file_atomically(tmp_path: Path) -> None:
    out = write(tmp_path, "o.xml", "old")
    clean(WXR, out, classifier=FakeClassifier())
    assert out.read_text(encoding="utf-8").startswith("<?xml") and len(list(tmp_path.iterdir())) == 1
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # like any new file, not a 0600 temp file


def test_result_summary_and_dict(tmp_path: Path) -> None:
    result = clean(WXR, tmp_path / "o.xml", classifier=FakeClassifier())
    assert isinstance(result, CleanResult)
    text = result.summary()
    for needle in ("8 comments read", "labels:", "actions:", "changed: 3", "verification passed"):
        assert needle in text
    data = result.to_dict()
    assert data["ok"] is True and data["verification"]["ok"] is True
    json.dumps(data)


def test_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="only"):
        clean(WXR, tmp_path / "o.xml", only="some", classifier=FakeClassifier())
    with pytest.raises(ValueError, match="output"):
        clean(WXR, None, classifier=FakeClassifier())


def test_site_url_stands_in_for_a_missing_post_address(tmp_path: Path) -> None:
    seen: list[Comment] = []
    spy = _spy(seen)
    takeout = FIXTURES / "takeout-small.atom"  # Takeout carries no post address
    assert all(c.post_url is None for c in read(takeout))
    clean(takeout, None, dry_run=True, classifier=spy, site_url="https://bakeday.blogspot.com/")
    assert seen and {c.post_url for c in seen} == {"https://bakeday.blogspot.com/"}
    assert all(c.post_url is None for c in read(takeout))  # the archive itself is not changed

    seen.clear()  # an address the archive gives is kept
    clean(WXR, None, dry_run=True, classifier=spy, site_url="https://elsewhere.example")
    given = {c.id: c.post_url for c in read(WXR)}
    assert all(c.post_url == (given[c.id] or "https://elsewhere.example") for c in seen)


@pytest.mark.parametrize("bad", ["", "myblog", "not an address.com", "me@myblog.example", "https://"])
def test_site_url_must_be_an_address(bad: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="site_url must be the blog's own address"):
        clean(WXR, None, dry_run=True, classifier=FakeClassifier(), site_url=bad)
