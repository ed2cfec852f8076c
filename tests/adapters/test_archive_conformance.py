"""Every shared real-world and synthetic fixture: the round trip keeps every comment.

The files live in ``../shared/fixtures`` beside the repository (never copied into it);
the test is skipped where that folder is absent. Deliberately broken files must fail
with the right error, and the repairable ones must round-trip with ``recover=True``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from archive_helpers import SHARED_FIXTURES, without_status

from commentguard._clean import clean
from commentguard._errors import HostileXMLError, MalformedArchiveError
from commentguard.adapters import FORMATS, QUARANTINED, detect_format
from commentguard.testing import FakeClassifier

FILES = (
    sorted(p for p in SHARED_FIXTURES.glob("*/*") if p.suffix in (".xml", ".atom"))
    if SHARED_FIXTURES.is_dir()
    else []
)

# name → (error in strict mode, error even with recover=True)
BROKEN: dict[str, tuple[type[Exception] | None, type[Exception] | None]] = {
    "wxr-doctype-entity-expansion.xml": (HostileXMLError, HostileXMLError),
    "wxr-xxe-external-entity.xml": (HostileXMLError, HostileXMLError),
    "wpimporter__malformed.xml": (MalformedArchiveError, MalformedArchiveError),
    "wpimporter__crazy-cdata.xml": (MalformedArchiveError, None),
    "remark42__disqus.xml": (MalformedArchiveError, None),
    "remark42__disqus-deleted-thread.xml": (MalformedArchiveError, None),
    "wxr-cp1252-bytes-declared-utf8.xml": (MalformedArchiveError, None),
    "wxr-invalid-control-chars.xml": (MalformedArchiveError, None),
}

# An independent, crude count of comments in a file, to catch a reader that misses some.
COUNTERS = {
    "wxr": re.compile(rb"<wp:comment>"),
    "blogger": re.compile(rb"kind#comment['\"]"),
    "takeout": re.compile(rb"<blogger:type>COMMENT</blogger:type>"),
    "disqus": re.compile(rb"<post[ >]"),
}

pytestmark = pytest.mark.skipif(not FILES, reason="../shared/fixtures is not available")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_round_trip_keeps_every_comment(path: Path, tmp_path: Path) -> None:
    strict_error, recover_error = BROKEN.get(path.name, (None, None))
    out = tmp_path / path.name
    if strict_error is not None:
        with pytest.raises(strict_error) as err:
            clean(path, out, classifier=FakeClassifier(), only="all")
        if strict_error is MalformedArchiveError:
            assert err.value.line is not None and err.value.column is not None
        assert list(tmp_path.iterdir()) == []
    recover = strict_error is not None
    if recover and recover_error is not None:
        with pytest.raises(recover_error):
            clean(path, out, classifier=FakeClassifier(), only="all", recover=True)
        assert list(tmp_path.iterdir()) == []
        return

    fmt = detect_format(path)
    adapter = FORMATS[fmt]
    before = list(adapter.records(path, recover=recover))
    assert len(before) == len(COUNTERS[fmt].findall(path.read_bytes()))
    ids = [r.comment.id for r in before]
    assert len(ids) == len(set(ids))

    decisions = tmp_path / "d.jsonl"
    result = clean(
        path,
        out,
        classifier=FakeClassifier(always=None),
        only="all",
        recover=recover,
        decisions_path=decisions,
    )
    assert result.read == len(before) and result.verification is not None and result.verification.ok

    kept = [r.comment.id for r in adapter.records(out)]  # the output is well-formed, even after repairs
    moved = [r.comment.id for r in adapter.records(result.quarantine)] if result.quarantine else []
    assert sorted(kept + moved) == sorted(ids)
    assert [i for i in ids if i in set(kept)] == kept  # order kept
    if fmt == "wxr" and not recover:
        assert without_status(out.read_bytes()) == without_status(path.read_bytes())
    if fmt != "blogger" and not recover:
        # only status values differ: same number of lines, and every changed line holds a status
        a, b = path.read_bytes().splitlines(), out.read_bytes().splitlines()
        changed = [y for x, y in zip(a, b) if x != y]
        assert len(a) == len(b) and len(changed) <= result.changed
        assert all(re.search(rb"comment_approved|isSpam|blogger:status", line) for line in changed)
    assert QUARANTINED not in decisions.read_text(encoding="utf-8")
