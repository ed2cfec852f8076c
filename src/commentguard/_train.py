"""Build the shipped model: gather examples, evaluate on held-out sites, train, save.

    commentguard train --data ../shared/data --out models/commentguard-model.npz

Same inputs give a byte-identical model file. The evaluation printed (and
written into the model card) trains on everything *except* the held-out corpus
sites and scores those sites — blogs and topics the model never saw. Nothing is
fitted on the held-out sites: the calibration temperature comes from
out-of-fold predictions on the training sites (:func:`site_folds`).
"""

from __future__ import annotations

import collections
import dataclasses
import hashlib
import platform
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from ._datasets import (
    HELD_OUT_SITES,
    Example,
    load_corpus,
    load_sms,
    load_spintax,
    load_uci,
    load_youtube,
    split_corpus,
    text_only,
)
from ._estimator import CommentGuardClassifier
from ._features import SPAM_RULES, featurise
from ._types import LABELS, Comment

__all__ = ["MODEL_VERSION", "DEFAULT_PARAMS", "training_examples", "weighted", "with_own_website",
           "with_business_website", "anonymous", "carries_payload",
           "fit_examples", "evaluate",
           "fit_temperature", "out_of_fold_logits", "site_folds",
           "train_shipped"]

#: Bump when the shipped model changes.
MODEL_VERSION = "2026.11.25.12"
DEFAULT_PARAMS: dict[str, Any] = {"C": 4.0, "min_df": 2, "class_weight": "balanced"}

# How much each source counts. Our own blog-comment corpus is the target domain;
# YouTube comments are the closest public set (real comment spam, real chatter);
# SMS and product-review sentences are further away and count less.
SOURCE_WEIGHTS = {
    ("youtube", "spam"): 2.0, ("youtube", "feedback"): 2.0, ("youtube", "generic"): 2.0,
    ("sms", "spam"): 0.5, ("sms", "feedback"): 0.1,
    ("uci", "feedback"): 0.4, ("uci", "generic"): 0.4,
    ("corpus", "spam"): 1.5, ("corpus", "feedback"): 1.5, ("corpus", "generic"): 1.5,
}
#: Corpus comments are also trained *without* their post and thread, at this weight,
#: so the model works on a bare ``classify("…")``. (With the thread kept, "@Sam" in a
#: reply never had to stand on its own and the model learned it as a sign of spam.)
NO_POST_WEIGHT = 0.75
#: Corpus comments are also trained *as a bare* ``classify("…")`` *sees them*: no post,
#: thread or author field, at this weight. Spam whose only payload was its author's
#: website or name ("Great post!" signed cheap-tyres.biz) has no such copy: without the
#: website it is not spam (LABELS.md), and calling it spam would teach that praise is.
ANONYMOUS_WEIGHT = 1.0
#: Feedback in the corpus is also trained *with a website of the commenter's own*
#: (see :func:`with_own_website`), at this weight. Our writers left the Website field
#: empty for most honest commenters, so without these copies the model learned
#: "has a website → spam" and called real feedback spam once a reader left their
#: blog's address, as most readers of real blogs do.
OWN_WEBSITE_WEIGHT = 0.5
#: Feedback in the corpus is also trained *signed with a small business's website*
#: (see :func:`with_business_website`), at this weight. Tradespeople, shop owners and
#: therapists read blogs and comment under their firm's address; without these copies
#: the model had only seen business addresses under spam and called such readers spam.
#: Generic praise gets no such copy: under a business's address it is spam (LABELS.md).
BUSINESS_WEBSITE_WEIGHT = 0.6
_OWN_SITE_SUFFIXES = ("", "s", "writes", "home", "life", "place")
_OWN_SITE_TLDS = ("com", "net", "org", "co.uk", "de", "fr", "blog", "me")
# blog names that carry no person's name: an adjective, a subject and a word for a blog
_BLOG_NAME = (("little", "quiet", "slow", "rainy", "happy", "wild", "lazy", "tiny", "urban", "simple"),
              ("kitchen", "garden", "stitch", "paper", "trail", "shelf", "coffee", "cottage", "pixel", "sketch"),
              ("days", "diary", "corner", "musings", "table", "tales", "log", "bits"))

# a small business is named for its owner or its place, and its trade
_PLACES = ("fernhill", "eastbrook", "hillcrest", "elmwood", "kingsway", "stonebridge", "oldtown",
           "greenlane", "ravensby", "oakhurst", "quarrydale", "ferndean")
_TRADES = ("builders", "framing", "cleaning", "catering", "design", "photography", "accounting",
           "tiles", "plastering", "grooming", "hair", "fitness", "tutoring", "vets", "gardens", "removals",
           "signs", "printing", "physio", "bikes", "coffee", "books", "yoga", "law")
_BUSINESS_TLDS = ("co.uk", "com", "com.au", "ca", "ie", "co.nz", "biz", "net")

_LABELS = [lab.value for lab in LABELS]


def _seed(e: Example, kind: str = "") -> int:
    """A number picked from the comment's id (its text when it has none), so that the
    copies made from it are the same on every run; ``kind`` tells copies apart."""
    key = f"{kind}{e.comment.id or e.comment.text}"
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")


def with_own_website(e: Example) -> Example:
    """A copy of ``e`` whose author left a website of their own: every other one made
    from their name (``"Jo Baker"`` → ``https://jobaker.net``), the rest a blog named
    as bloggers name theirs, without it (``https://slowkitchendays.org``). Choices are
    picked from the comment id, so the copies are the same on every run."""
    h = _seed(e)
    name = "".join(c for c in (e.comment.author or "").lower() if c.isascii() and c.isalpha())[:14]
    if h % 2:
        name = "".join(words[(h // 10 ** (i + 2)) % len(words)] for i, words in enumerate(_BLOG_NAME))
    url = (f"https://{name or 'reader'}{_OWN_SITE_SUFFIXES[(h // 2) % len(_OWN_SITE_SUFFIXES)]}"
           f".{_OWN_SITE_TLDS[(h // 14) % len(_OWN_SITE_TLDS)]}")
    return Example(dataclasses.replace(e.comment, author_url=url), e.label, e.source, e.group,
                   e.weight * OWN_WEBSITE_WEIGHT)


def with_business_website(e: Example) -> Example:
    """A copy of ``e`` signed with the website of a small business of the commenter's:
    their family name and a trade (``"Jo Baker"`` → ``https://bakertiles.co.uk``), or a
    place and a trade (``https://fernhill-bikes.com``). Every other copy is also signed
    with the business's name, as tradespeople sign ("Jo – Baker Tiles", "Fernhill
    Bikes"). Picked from the comment id."""
    h = _seed(e, "business:")
    author = e.comment.author or ""
    names = ["".join(c for c in w if c.isascii() and c.isalpha()) for w in author.lower().split()]
    owner = names[-1] if len(names) >= 2 and len(names[-1]) >= 3 and h % 3 else _PLACES[(h // 3) % len(_PLACES)]
    trade = _TRADES[(h // 100) % len(_TRADES)]
    url = f"https://{'www.' if h % 5 else ''}{owner}{'-' if h % 4 == 0 else ''}{trade}" \
          f".{_BUSINESS_TLDS[(h // 10_000) % len(_BUSINESS_TLDS)]}"
    if (h // 7) % 2:
        firm = f"{owner.title()} {trade.title()}"
        author = f"{author.split()[0]} – {firm}" if author.strip() and (h // 14) % 2 else firm
    return Example(dataclasses.replace(e.comment, author=author or None, author_url=url), e.label, e.source,
                   e.group, e.weight * BUSINESS_WEBSITE_WEIGHT)


# what makes a comment's text spam on its own: a link, an address to write or ring,
# money, a keyword list, an account handle, a spam rule's phrase (see carries_payload)
_PAYLOAD_TOKENS = ("links:", "html-link", "spelled-link", "link-only", "email", "phone", "money",
                   "keyword-list", "mention:handle")


def carries_payload(comment: Comment) -> bool:
    """Whether the comment's *text* promotes or solicits something (its author fields
    are not read): one of :data:`_PAYLOAD_TOKENS` or a spam rule fires on it."""
    for signal in featurise(comment).signals:
        token = signal.token
        if token.startswith(_PAYLOAD_TOKENS) or (token.startswith("rule:") and token[5:] in SPAM_RULES):
            return True
    return False


def anonymous(e: Example) -> Example | None:
    """``e`` as a bare ``classify(text)`` sees it, at :data:`ANONYMOUS_WEIGHT`; ``None``
    for spam whose text carries no payload (its author fields made it spam)."""
    c = e.comment
    bare = Comment(c.text, id=c.id)
    if e.label == "spam" and not carries_payload(bare):
        return None
    return Example(bare, e.label, e.source, e.group, e.weight * ANONYMOUS_WEIGHT)


def weighted(examples: Sequence[Example]) -> list[Example]:
    out = []
    for e in examples:
        w = SOURCE_WEIGHTS.get((e.source, e.label), 1.0) * e.weight
        out.append(Example(e.comment, e.label, e.source, e.group, w))
    return out


def training_examples(data_dir: str | Path | None, corpus_dir: str | Path | None = None, *,
                      corpus: Sequence[Example] | None = None,
                      exclude_videos: Sequence[str] = (),
                      sources: Sequence[str] = ("youtube", "sms", "uci", "corpus", "spintax"),
                      ) -> list[Example]:
    """All training examples with their weights. ``corpus`` overrides the corpus
    examples (e.g. the training part of a held-out split)."""
    out: list[Example] = []
    if data_dir is not None:
        if "youtube" in sources:
            out += [e for e in load_youtube(data_dir, corpus_dir) if e.group not in exclude_videos]
        if "sms" in sources:
            out += load_sms(data_dir)
        if "uci" in sources:
            out += load_uci(data_dir, corpus_dir)
    if "corpus" in sources:
        own = list(corpus) if corpus is not None else load_corpus(corpus_dir)
        out += own
        for e in own:
            bare = dataclasses.replace(e.comment, post_title=None, post_text=None, post_url=None,
                                       parent_id=None)
            out.append(Example(bare, e.label, e.source, e.group, e.weight * NO_POST_WEIGHT))
        # (a comment that came without author fields already has its bare copy above)
        out += [a for e in own if e.comment.author or e.comment.author_url or e.comment.author_email
                if (a := anonymous(e)) is not None]
        unsigned_feedback = [e for e in own if e.label == "feedback" and not e.comment.author_url]
        out += [with_own_website(e) for e in unsigned_feedback]
        out += [with_business_website(e) for e in unsigned_feedback]
    if "spintax" in sources:
        out += load_spintax(corpus_dir)
    return weighted(out)


def fit_examples(examples: Sequence[Example], **params: Any) -> CommentGuardClassifier:
    p = {**DEFAULT_PARAMS, "version": MODEL_VERSION, **params}
    clf = CommentGuardClassifier(**p)
    return clf.fit([e.comment for e in examples], [e.label for e in examples],
                   sample_weight=[e.weight for e in examples])


def evaluate(predict_proba: Callable[[list], np.ndarray], examples: Sequence[Example]
             ) -> dict[str, Any]:
    """Three-way metrics: accuracy, macro-F1, per-label P/R/F1, confusion matrix
    (rows = truth, columns = predicted, in feedback/generic/spam order), the
    share of feedback called spam, spam-vs-not accuracy, and how honest the
    confidences are: log-loss and expected calibration error (10 bins)."""
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

    y = np.asarray([e.label for e in examples], dtype=object)
    proba = predict_proba([e.comment for e in examples])
    pred = np.asarray(_LABELS, dtype=object)[proba.argmax(axis=1)]
    truth = np.asarray([_LABELS.index(lab) for lab in y])
    p, r, f, s = precision_recall_fscore_support(y, pred, labels=_LABELS, zero_division=0)
    cm = confusion_matrix(y, pred, labels=_LABELS)
    n_feedback = int((y == "feedback").sum())
    return {
        "n": len(y),
        "accuracy": round(float(accuracy_score(y, pred)), 4),
        "macro_f1": round(float(f1_score(y, pred, labels=_LABELS, average="macro", zero_division=0)), 4),
        "per_label": {lab: {"precision": round(float(p[i]), 4), "recall": round(float(r[i]), 4),
                            "f1": round(float(f[i]), 4), "support": int(s[i])}
                      for i, lab in enumerate(_LABELS)},
        "confusion": {"labels": _LABELS, "matrix": cm.tolist()},
        "feedback_called_spam": round(float(((y == "feedback") & (pred == "spam")).sum()
                                            / max(n_feedback, 1)), 4),
        "spam_vs_not_accuracy": round(float(((y == "spam") == (pred == "spam")).mean()), 4),
        "log_loss": round(float(-np.log(proba[np.arange(len(y)), truth] + 1e-12).mean()), 4),
        "calibration_error": round(_calibration_error(proba, truth), 4),
    }


def _calibration_error(proba: np.ndarray, truth: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error: |confidence − accuracy| over 10 confidence bins, weighted."""
    confidence = proba.max(axis=1)
    correct = proba.argmax(axis=1) == truth
    which = np.minimum((confidence * bins).astype(int), bins - 1)
    return float(sum(abs(confidence[which == b].mean() - correct[which == b].mean()) * (which == b).mean()
                     for b in range(bins) if (which == b).any()))


def site_folds(corpus: Sequence[Example], k: int = 4) -> list[tuple[list[Example], list[Example]]]:
    """(fit, test) pairs that hold out whole sites, each site once (sites dealt in name order)."""
    sites = sorted({e.group for e in corpus})
    folds = [set(sites[i::k]) for i in range(k)]
    return [([e for e in corpus if e.group not in f], [e for e in corpus if e.group in f])
            for f in folds if f]


def out_of_fold_logits(data_dir: str | Path | None, corpus_dir: str | Path | None,
                       corpus: Sequence[Example]) -> tuple[np.ndarray, list[str]]:
    """Logits for every corpus comment from a model that never saw its site (with
    post context and text only, stacked), and their labels."""
    parts, labels = [], []
    for fit_part, test in site_folds(corpus):
        model = fit_examples(training_examples(data_dir, corpus_dir, corpus=fit_part)).model_
        parts.append(model.logits([e.comment for e in test]))
        parts.append(model.logits([type(e.comment)(text=e.comment.text) for e in test]))
        labels += [e.label for e in test] * 2
    return np.concatenate(parts), labels


def fit_temperature(logits: np.ndarray, labels: Sequence[str]) -> float:
    """The temperature (logits ÷ T) that minimises log-loss on held-out data:
    it makes confidences honest without changing any label."""
    from ._model import softmax

    y = np.asarray([_LABELS.index(lab) for lab in labels])
    grid = np.round(np.arange(0.5, 6.01, 0.05), 2)
    losses = [-np.log(softmax(logits / t)[np.arange(len(y)), y] + 1e-12).mean() for t in grid]
    return float(grid[int(np.argmin(losses))])


def _summary(examples: Sequence[Example]) -> dict[str, dict[str, int]]:
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for e in examples:
        table[e.source][e.label] += 1
    return {src: dict(sorted(c.items())) for src, c in sorted(table.items())}


def format_metrics(name: str, m: dict[str, Any]) -> str:
    lines = [f"{name}: n={m['n']} accuracy={m['accuracy']:.3f} macro-F1={m['macro_f1']:.3f} "
             f"feedback→spam={m['feedback_called_spam']:.3%} log-loss={m['log_loss']:.3f} "
             f"calibration error={m['calibration_error']:.3f}"]
    for lab, d in m["per_label"].items():
        lines.append(f"  {lab:<9} P={d['precision']:.3f} R={d['recall']:.3f} F1={d['f1']:.3f} "
                     f"n={d['support']}")
    lines.append("  confusion (rows truth, cols predicted: feedback generic spam):")
    for lab, row in zip(_LABELS, m["confusion"]["matrix"]):
        lines.append(f"    {lab:<9} " + " ".join(f"{v:>5}" for v in row))
    return "\n".join(lines)


def train_shipped(data_dir: str | Path, out: str | Path, corpus_dir: str | Path | None = None,
                  *, log: Callable[[str], None] = print) -> Path:
    """Evaluate on held-out sites, then train on everything and save with a model card."""
    import scipy
    import sklearn

    from . import __version__

    corpus = load_corpus(corpus_dir)
    train_part, held = split_corpus(corpus)
    metrics: dict[str, Any] = {}
    temperature = 1.0  # no calibration without training sites to fit it on
    if train_part:
        log(f"calibration: {len(site_folds(train_part))} folds over the training sites ...")
        temperature = fit_temperature(*out_of_fold_logits(data_dir, corpus_dir, train_part))
        log(f"calibration: temperature {temperature} (fitted out of fold on the training sites)")
    if held:
        log(f"held-out sites: {', '.join(HELD_OUT_SITES)} ({len(held)} comments)")
        clf = fit_examples(training_examples(data_dir, corpus_dir, corpus=train_part))
        clf.model_.meta["temperature"] = temperature
        metrics["held_out_sites"] = evaluate(clf.predict_proba, held)
        log(format_metrics("held-out sites (with post context)", metrics["held_out_sites"]))
        metrics["held_out_sites_text_only"] = evaluate(clf.predict_proba, text_only(held))
        log(format_metrics("held-out sites (text only)", metrics["held_out_sites_text_only"]))
    examples = training_examples(data_dir, corpus_dir, corpus=corpus)
    clf = fit_examples(examples)
    clf.model_.meta["temperature"] = temperature
    card = {
        "description": "commentguard's shipped three-way comment model (feedback / generic / spam): "
                       "multinomial logistic regression over normalised word uni/bigrams and "
                       "named signals (rules, links, author metadata, post overlap, shape). Tokens "
                       "about the author (website, name, e-mail) share one weight between feedback "
                       "and generic, so they only tell spam from not-spam.",
        "labels": _LABELS,
        "commentguard_version": __version__,
        "trained_with": {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
                         "scipy": scipy.__version__, "numpy": np.__version__},
        "params": clf.get_params(),
        "training_data": _summary(examples),
        "training_data_note": "rows by source and label; each corpus comment also counts once without its "
                              f"post (weight x{NO_POST_WEIGHT}) and once as bare text, without post or author "
                              f"(x{ANONYMOUS_WEIGHT}; spam only where its text carries a payload); each corpus "
                              "feedback comment without a website once with a site of the commenter's own "
                              f"(x{OWN_WEBSITE_WEIGHT}) and once with a small business's (x{BUSINESS_WEBSITE_WEIGHT})",
        "held_out_sites": list(HELD_OUT_SITES),
        "calibration": {"temperature": temperature,
                        "fitted_on": "out-of-fold logits on the training sites (4 site folds), "
                                     "with post context and text only; never the held-out sites"},
        "metrics": metrics,
        "intended_use": "moderating blog comments; labels follow LABELS.md. Not a toxicity model.",
        "limitations": "trained mostly on English; other languages rely on rules and shared words. "
                       "Chinese, Japanese and Thai, written without spaces, are read as pairs of "
                       "characters learnt from about 500 comments, most on five blogs in those "
                       "languages; on the held-out blogs in Japanese and Korean a model trained "
                       "without them called 1 of 48, 2 of 47 and 1 of 46 feedback comments spam. "
                       "The public sets are YouTube/SMS/review text, not blog comments. An author "
                       "website is judged by its host's words: generic praise under a business-like "
                       "name is called spam, and so is some real feedback signed with a shop's "
                       "website (see benchmarks/results/website-probe.md). A reply signed with the blog's "
                       "own site is recognised only when the comment comes with its post's address "
                       "(Comment.post_url, read from WXR, Blogger, Disqus and CSV/JSONL exports, or "
                       "given to clean as --site-url).",
    }
    path = clf.save(out, card)
    log(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB, {len(clf.model_.vocab)} tokens)")
    return path


if __name__ == "__main__":  # pragma: no cover
    train_shipped(sys.argv[1], sys.argv[2])
