"""`commentguard train` end to end on a tiny corpus written here (no ../shared needed)."""

from __future__ import annotations

import json
from pathlib import Path

from commentguard import Label, classify
from commentguard._model import Model
from commentguard._train import train_shipped

_SITES = ("alder-bakery", "birch-tools", "cedar-travel", "trailwatt")  # the last is a held-out site
_COMMENTS = {
    "feedback": ["The {w} tip worked, but step two took me twice as long as you said.",
                 "Does the {w} part also apply if I only have a small oven?",
                 "I disagree about the {w}, it failed for me twice last winter."],
    "generic": ["Great post, thanks for sharing!", "Nice blog, bookmarked it.", "Keep up the good work!"],
    "spam": ["Cheap viagra online at rx-pills.biz, no prescription needed",
             "Best SEO services, first page of google guaranteed, visit rankfast.xyz",
             "Call our 24/7 support helpline +1 888 555 0199 for {w} help"],
}


def _write_corpus(folder: Path) -> Path:
    (folder / "posts").mkdir(parents=True)
    (folder / "comments").mkdir()
    posts, comments = [], []
    for s, site in enumerate(_SITES):
        word = ["sourdough", "chisel", "ferry", "battery"][s]
        posts.append({"post_id": f"p{s}", "site": site, "topic": "t", "title": f"All about the {word}",
                      "text": f"How to get the {word} right, in three steps."})
        for label, texts in _COMMENTS.items():
            for k, text in enumerate(texts):
                comments.append({"id": f"{site}-{label}-{k}", "site": site, "post_id": f"p{s}",
                                 "text": text.format(w=word), "label": label})
    (folder / "posts" / "tiny.jsonl").write_text("\n".join(map(json.dumps, posts)), encoding="utf-8")
    (folder / "comments" / "tiny.jsonl").write_text("\n".join(map(json.dumps, comments)), encoding="utf-8")
    return folder


def test_train_writes_a_calibrated_model_with_its_card_and_repeats_byte_for_byte(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "corpus")
    log: list[str] = []
    first = train_shipped(None, tmp_path / "a" / "m.npz", corpus, log=log.append)
    second = train_shipped(None, tmp_path / "b" / "m.npz", corpus, log=lambda _: None)
    assert first.read_bytes() == second.read_bytes()

    card = json.loads(first.with_suffix(".json").read_text(encoding="utf-8"))
    assert "never the held-out sites" in card["calibration"]["fitted_on"]
    assert card["metrics"]["held_out_sites"]["n"] == 9  # the trailwatt comments
    assert any("fitted out of fold on the training sites" in line for line in log)

    model = Model.load(first)
    assert model.temperature == card["calibration"]["temperature"]
    assert classify("Cheap viagra online at rx-pills.biz, no prescription needed", model=model).label is Label.SPAM


def test_feedback_is_also_trained_with_a_website_of_the_commenters_own(tmp_path: Path) -> None:
    from commentguard._train import BUSINESS_WEBSITE_WEIGHT, OWN_WEBSITE_WEIGHT, training_examples

    corpus = _write_corpus(tmp_path / "corpus")
    (corpus / "spintax").mkdir()
    first = training_examples(None, corpus)
    copies = [e for e in first if e.comment.author_url]
    n_feedback = sum(1 for e in first if e.label == "feedback" and not e.comment.author_url
                     and e.comment.post_text)
    # one copy with a site of their own, one with their business's
    assert len(copies) == 2 * n_feedback > 0 and {e.label for e in copies} == {"feedback"}
    assert all(e.comment.author_url.startswith("https://") and e.comment.post_text for e in copies)
    # corpus weight × copy weight
    assert sorted({e.weight for e in copies}) == sorted({1.5 * OWN_WEBSITE_WEIGHT, 1.5 * BUSINESS_WEBSITE_WEIGHT})
    again = [e.comment.author_url for e in training_examples(None, corpus) if e.comment.author_url]
    assert again == [e.comment.author_url for e in copies]  # the same on every run


def _jo_baker_feedback(text: str, id_prefix: str) -> list:
    """40 feedback comments by Jo Baker; ``text`` has a ``{}`` for the comment's number."""
    from commentguard import Comment
    from commentguard._datasets import Example

    return [Example(Comment(text.format(i), author="Jo Baker", id=f"{id_prefix}-{i}"), "feedback", "corpus",
                    "site", 1.0) for i in range(40)]


def test_business_website_copies_name_a_trade_and_are_stable() -> None:
    from commentguard._features import domain_words
    from commentguard._normalise import domain_of
    from commentguard._train import _TRADES, BUSINESS_WEBSITE_WEIGHT, with_business_website

    examples = _jo_baker_feedback("Step {} worked for our van.", "b")
    copies = [with_business_website(e) for e in examples]
    assert [c.comment.author_url for c in copies] == [with_business_website(e).comment.author_url for e in examples]
    assert all(c.weight == BUSINESS_WEBSITE_WEIGHT and c.label == "feedback" for c in copies)
    owned = [c for c in copies if "baker" in (c.comment.author_url or "")]
    assert 0 < len(owned) < len(copies)  # named for the owner or for a place
    signed = [c for c in copies if c.comment.author != "Jo Baker"]
    assert 0 < len(signed) < len(copies)  # some sign with the firm's name too: "Jo – Baker Tiles"
    assert all(c.comment.author.split()[-1].lower() in c.comment.author_url for c in signed)
    for c in copies:  # the host is read as a trade, as the features see it
        assert set(domain_words(domain_of(c.comment.author_url or ""))) & set(_TRADES), c.comment.author_url


def test_own_website_copies_are_stable_and_not_all_named_after_the_author() -> None:
    from commentguard._features import featurise
    from commentguard._train import OWN_WEBSITE_WEIGHT, with_own_website

    examples = _jo_baker_feedback("The step {} tip worked for me.", "t")
    copies = [with_own_website(e) for e in examples]
    assert [c.comment.author_url for c in copies] == [with_own_website(e).comment.author_url for e in examples]
    assert all(c.weight == OWN_WEBSITE_WEIGHT and c.label == "feedback" for c in copies)
    named = [c for c in copies if "jobaker" in (c.comment.author_url or "")]
    assert 0 < len(named) < len(copies)  # some readers' blogs carry their name, some do not
    for c in copies:  # a blog of one's own never reads like an advert
        tokens = {s.token for s in featurise(c.comment).signals}
        assert "author-url:commercial" not in tokens and "author-url:profile" not in tokens


def test_corpus_comments_are_also_trained_as_bare_text_without_post_or_thread() -> None:
    from commentguard import Comment
    from commentguard._datasets import Example
    from commentguard._train import NO_POST_WEIGHT, training_examples

    reply = Comment("@Sam the 2019 model has the same fuse, it's behind the glovebox.", author="Ana",
                    post_title="Replacing the fuse", post_text="Where the fuse sits.", parent_id="c-1", id="c-2")
    out = training_examples(None, corpus=[Example(reply, "feedback", "corpus", "site")], sources=("corpus",))
    bare = [e for e in out if e.comment.post_text is None and e.comment.author]
    assert len(bare) == 1 and bare[0].comment.parent_id is None  # "@Sam" must stand on its own
    assert bare[0].comment.text == reply.text and bare[0].weight == 1.5 * NO_POST_WEIGHT
    anonymous = [e for e in out if e.comment.post_text is None and not e.comment.author]
    assert [e.comment for e in anonymous] == [Comment(reply.text, id="c-2")]  # as classify(text) sees it
    assert any(e.comment == reply for e in out)  # the comment itself, with post and thread


def test_bare_text_copies_keep_spam_only_where_the_text_itself_is_spam() -> None:
    from commentguard import Comment
    from commentguard._datasets import Example
    from commentguard._train import ANONYMOUS_WEIGHT, anonymous

    def example(text: str, label: str) -> Example:
        return Example(Comment(text, author="Cheap Tyres Leeds", author_url="https://cheaptyres-leeds.biz",
                               post_title="Winter driving", post_text="Check your tyres.", parent_id="c1",
                               id="x"), label, "corpus", "site", 2.0)

    # praise signed with a shop is spam (LABELS.md); the praise alone is not
    assert anonymous(example("Great post, thanks for sharing!", "spam")) is None
    for text in ("Great post! Winter tyres from £39 at cheaptyres-leeds.biz",
                 "Call 0113 496 0555 for cheap winter tyres today"):
        bare = anonymous(example(text, "spam"))
        assert bare is not None and bare.label == "spam" and bare.weight == 2.0 * ANONYMOUS_WEIGHT
    bare = anonymous(example("Our tyres lasted two winters on the moor road.", "feedback"))
    assert bare is not None and bare.comment == Comment("Our tyres lasted two winters on the moor road.", id="x")
