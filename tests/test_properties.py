"""Property tests: any text, any metadata, always a valid verdict."""

from __future__ import annotations

import math

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from commentguard import Comment, Label, classify, classify_many
from commentguard._features import Features, featurise
from commentguard._model import Model, default_model

optional_text = st.none() | st.text(max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_string_gives_a_valid_verdict(text: str) -> None:
    v = classify(text)
    assert isinstance(v.label, Label)
    assert math.isclose(sum(v.scores.values()), 1.0, abs_tol=1e-5)
    assert all(0.0 <= p <= 1.0 for p in v.scores.values())
    assert v.label.value == max(v.scores, key=v.scores.get) or not text.strip()
    assert v.reasons


@settings(max_examples=150, deadline=None)
@given(st.builds(Comment, text=st.text(max_size=200), author=optional_text, author_url=optional_text,
                 author_email=optional_text, post_title=optional_text, post_text=optional_text,
                 parent_id=optional_text))
def test_any_comment_gives_a_valid_verdict(comment: Comment) -> None:
    v = classify(comment)
    assert math.isclose(sum(v.scores.values()), 1.0, abs_tol=1e-5)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(max_size=100), max_size=30), st.integers(min_value=1, max_value=7))
def test_batching_never_changes_verdicts(texts: list[str], batch_size: int) -> None:
    batched = [v.label for v in classify_many(texts, batch_size=batch_size)]
    assert batched == [classify(t).label for t in texts]


def _reference_row(model: Model, feats: Features) -> dict[int, float]:
    """What Model.encode must give for one comment, written the plain, slow way."""
    get = model.vocab.get
    k = len(feats.words)
    value = 1.0 / math.sqrt(max((2 * k - 1 if k else 0) + len(feats.extra), 1))
    row = {i: value for i in map(get, feats.grams) if i is not None}
    row.update({i: 1.0 for i in map(get, [s.token for s in feats.signals]) if i is not None})
    row[0] = 1.0  # <always>
    return row


_wordy = st.lists(st.sampled_from("great post buy cheap viagra online the recipe needed more salt "
                                  "subscribers subscribe casino bonus 2024 $50 www.example.com "
                                  "thanks for sharing reply question".split()), max_size=40).map(" ".join)


_author_url = st.sampled_from([None, "https://cheapjerseysfree.us/", "https://www.blogger.com/profile/1",
                               "https://jo-baker.net", "http://best-seo-links.biz/?ref=7"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.one_of(_wordy, st.text(max_size=120)), _author_url), min_size=1, max_size=12))
def test_batch_encoding_equals_the_plain_definition(comments: list[tuple[str, str | None]]) -> None:
    model = default_model()
    feats = [featurise(Comment(t, author_url=url)) for t, url in comments]
    # encode() takes the first path for a few comments and the second for many
    for rows in (model._encode_one_by_one(feats), model._encode_batch(feats)):
        ends = [*rows.starts[1:].tolist(), len(rows.ids)]
        for f, start, end in zip(feats, rows.starts.tolist(), ends):
            ids = rows.ids[start:end].tolist()
            assert ids == sorted(set(ids))
            got = dict(zip(ids, rows.values[start:end].tolist()))
            want = _reference_row(model, f)
            assert got.keys() == want.keys()
            assert all(math.isclose(got[i], want[i], rel_tol=1e-12) for i in want)


@settings(max_examples=60, deadline=None)
@given(st.one_of(_wordy, st.text(max_size=200)), st.one_of(st.none(), st.text(max_size=40)), _author_url,
       st.one_of(st.none(), st.sampled_from(["jo@example.com", "seo.sales2024@mail.ru"])))
def test_who_wrote_a_comment_never_decides_feedback_against_generic(
        text: str, author: str | None, url: str | None, email: str | None) -> None:
    # author tokens share one weight between feedback and generic (author_spam_only), so
    # adding a name, website or e-mail can move a comment towards or away from spam only
    assume(text.strip())
    model = default_model()
    bare, signed = model.logits([Comment(text), Comment(text, author=author, author_url=url, author_email=email)])
    assert math.isclose(bare[0] - bare[1], signed[0] - signed[1], abs_tol=1e-4)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120) | st.text(st.characters(max_codepoint=127), max_size=120))
def test_words_of_finds_the_same_words_as_the_word_pattern(text: str) -> None:
    from commentguard._features import _WORD, words_of

    assert words_of(text) == _WORD.findall(text)
