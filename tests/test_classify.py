"""Behaviour of classify()/classify_many() with the shipped model.

The examples below are written for these tests (not taken from any training
file) and are clear-cut cases of LABELS.md; the model must get them right.
"""

from __future__ import annotations

import math

import pytest

import commentguard
from commentguard import Action, Comment, InvalidCommentError, Label, Policy, Verdict, classify, classify_many

CLEAR = [
    ("Thanks, the tip about chilling the dough overnight fixed my flat cookies!", Label.FEEDBACK),
    ("Why does the second script fail with a permission error on Ubuntu 22.04? I ran it as my user.", Label.FEEDBACK),
    ("I strongly disagree - raising prices by 40% with two weeks notice is not how you treat customers.", Label.FEEDBACK),
    ("Great post! I'll bookmark your blog and check back often.", Label.GENERIC),
    ("Thanks for sharing!", Label.GENERIC),
    ("Nice article.", Label.GENERIC),
    ("Buy cheap v1agra online without prescription at rx-best-pharma.biz", Label.SPAM),
    ("Best online casino with 200 free spins, join now: https://lucky-spins-777.top", Label.SPAM),
    ("Need a fast loan with bad credit? Contact Mr. James on WhatsApp +1 555 0147", Label.SPAM),
    # typed on a phone: a misplaced space around a full stop is not a spelled-out link
    ("I did the battery swap from step 4 . It worked , thanks .", Label.FEEDBACK),
    ("Loved the part about the garden . In my town we plant the same beans", Label.FEEDBACK),
    ("my son does the same thing at bedtime . No idea why ?", Label.FEEDBACK),
    ("tried the recipe twice.it still didnt rise, is my yeast dead?", Label.FEEDBACK),
    # readers who quote long numbers or name what scammers use
    ("my tracking number 9400 1000 0000 0000 0000 00 says delivered but nothing came", Label.FEEDBACK),
    ('My mum lost her savings to a WhatsApp "investment friend". Reported to the bank fraud line and '
     "the police, case number 40019283377.", Label.FEEDBACK),
]


@pytest.mark.parametrize(("text", "label"), CLEAR)
def test_clear_cases(text: str, label: Label) -> None:
    assert classify(text).label is label


def test_verdict_shape() -> None:
    v = classify("Great post! I'll bookmark your blog and check back often.")
    assert isinstance(v, Verdict)
    assert set(v.scores) == {"feedback", "generic", "spam"}
    assert math.isclose(sum(v.scores.values()), 1.0, abs_tol=1e-6)
    assert v.action is Action.HOLD
    assert v.reasons and all(isinstance(r, str) and r for r in v.reasons)
    assert v.model_version and v.confidence == v.scores["generic"]
    assert v.to_dict()["label"] == "generic"
    with pytest.raises(AttributeError):
        v.label = Label.SPAM  # type: ignore[misc]


def test_reasons_are_specific_to_the_comment() -> None:
    v = classify("Cheap cialis at http://pills-now.ru")
    text = " ".join(v.reasons)
    assert "cialis" in text or "pills-now.ru" in text


def test_policy_maps_labels_to_actions() -> None:
    text = "Great post! I'll bookmark your blog and check back often."
    assert classify(text, policy=Policy.lenient()).action is Action.APPROVE
    spam = "Buy cheap v1agra online without prescription at rx-best-pharma.biz"
    assert classify(spam).action is Action.SPAM
    assert classify(spam, policy=Policy(spam_threshold=1.0)).action is Action.HOLD


def test_context_turns_praise_into_feedback_when_it_names_the_post() -> None:
    post = dict(post_title="Sourdough for beginners",
                post_text="Rest the dough for 20 minutes, then fold it four times before shaping.")
    specific = classify(Comment("Resting the dough and the four folds made my loaf so much better, thanks!", **post))
    assert specific.label is Label.FEEDBACK


def test_metadata_exposes_praise_with_a_commercial_author() -> None:
    plain = classify(Comment("Nice blog, very informative."))
    advert = classify(Comment("Nice blog, very informative.", author="Best Cheap SEO Services",
                              author_url="https://cheap-seo-services-pro.biz"))
    assert advert.scores["spam"] > plain.scores["spam"]


def test_classify_many_matches_classify_and_keeps_order() -> None:
    texts = [t for t, _ in CLEAR] * 3
    many = list(classify_many(iter(texts), batch_size=4))
    assert [v.label for v in many] == [classify(t).label for t in texts]
    for v, t in zip(many, texts):
        assert v.scores == pytest.approx(classify(t).scores, abs=1e-6)


def test_classify_many_is_lazy() -> None:
    def endless():
        while True:
            yield "Thanks!"

    it = classify_many(endless(), batch_size=8)
    assert [next(it).label for _ in range(20)] == [Label.GENERIC] * 20


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_comments_are_generic_with_reason_empty(text: str) -> None:
    v = classify(text)
    assert v.label is Label.GENERIC and v.reasons == ("empty",)


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["list"]])
def test_wrong_types_raise_type_error_naming_the_problem(bad: object) -> None:
    with pytest.raises(InvalidCommentError) as e:
        classify(bad)  # type: ignore[arg-type]
    assert isinstance(e.value, TypeError)
    with pytest.raises(TypeError, match="text"):
        Comment(text=bad)  # type: ignore[arg-type]


def test_wrong_field_type_names_the_field() -> None:
    with pytest.raises(TypeError, match="author_url"):
        Comment(text="hi", author_url=5)  # type: ignore[arg-type]


def test_classify_many_rejects_a_single_string() -> None:
    with pytest.raises(TypeError):
        list(classify_many("just one comment"))  # type: ignore[arg-type]


def test_huge_comment_gets_a_verdict_and_says_it_was_cut() -> None:
    v = classify("lorem ipsum dolor " * 60_000)  # ~1 MB
    assert any("only the start was read" in r for r in v.reasons)


def test_hostile_characters_get_a_verdict() -> None:
    for text in ["\ud800\udfff lone", "nul\x00byte", "\u202egnp.exe", "\u200b" * 1000]:
        assert isinstance(classify(text).label, Label)


def test_import_does_not_load_the_model_or_sklearn() -> None:
    import subprocess
    import sys

    code = ("import sys, commentguard, commentguard._model as m; "
            "assert m._cached is None; assert 'sklearn' not in sys.modules; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


def test_public_api_is_exported() -> None:
    for name in commentguard.__all__:
        assert hasattr(commentguard, name), name


def test_parallel_classify_many_matches_serial() -> None:
    texts = [t for t, _ in CLEAR] * 5
    serial = [v.to_dict() for v in classify_many(texts, batch_size=7)]
    parallel = [v.to_dict() for v in classify_many(texts, batch_size=7, n_jobs=2)]
    assert parallel == serial


def test_reasons_name_words_and_chinese_pairs_but_not_fragments_or_stopwords() -> None:
    from commentguard._classify import _worth_naming

    assert _worth_naming("casino") and _worth_naming("cheap pills") and _worth_naming("博彩")
    assert not _worth_naming("the") and not _worth_naming("subsc~") and not _worth_naming("domain:cheap")
    assert not _worth_naming("です")  # two kana: a piece of a word, meaningless to a moderator
    assert _worth_naming("👉") and not _worth_naming("a")  # an emoji is a word; one letter is not
    # function words of other languages are no more specific than "the"
    assert not any(map(_worth_naming, ["con", "det", "med", "und", "les", "della", "için"]))
    assert _worth_naming("lykke") and _worth_naming("bellissimo") and _worth_naming("van")
