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
    from commentguard._train import OWN_WEBSITE_WEIGHT, training_examples

    corpus = _write_corpus(tmp_path / "corpus")
    (corpus / "spintax").mkdir()
    first = training_examples(None, corpus)
    copies = [e for e in first if e.comment.author_url]
    n_feedback = sum(1 for e in first if e.label == "feedback" and not e.comment.author_url
                     and e.comment.post_text)
    assert len(copies) == n_feedback > 0 and {e.label for e in copies} == {"feedback"}
    assert all(e.comment.author_url.startswith("https://") and e.comment.post_text for e in copies)
    assert {e.weight for e in copies} == {1.5 * OWN_WEBSITE_WEIGHT}  # corpus weight × copy weight
    again = [e.comment.author_url for e in training_examples(None, corpus) if e.comment.author_url]
    assert again == [e.comment.author_url for e in copies]  # the same on every run


def test_own_website_copies_are_stable_and_not_all_named_after_the_author() -> None:
    from commentguard import Comment
    from commentguard._datasets import Example
    from commentguard._features import featurise
    from commentguard._train import OWN_WEBSITE_WEIGHT, with_own_website

    examples = [Example(Comment(f"The step {i} tip worked for me.", author="Jo Baker", id=f"t-{i}"),
                        "feedback", "corpus", "site", 1.0) for i in range(40)]
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
    bare = [e for e in out if e.comment.post_text is None]
    assert len(bare) == 1 and bare[0].comment.parent_id is None  # "@Sam" must stand on its own
    assert bare[0].comment.text == reply.text and bare[0].weight == 1.5 * NO_POST_WEIGHT
    assert any(e.comment == reply for e in out)  # the comment itself, with post and thread
