"""Website probe: does leaving a website turn a reader's comment into spam?

On real blogs most readers fill in the Website field with their own blog or profile.
A website of one's own is not an advert, so it should not change the label of real
feedback. This trains as for the model card (everything except the held-out corpus
sites), takes the held-out feedback and generic comments that came *without* a
website, and scores them as written and again with a website of the commenter's own:

* ``own domain`` — ``https://www.<first>-<last>.<tld>`` made from the author's name
  (written in a different style from the copies the trainer makes, which have no
  hyphen and other endings: see ``commentguard._train.with_own_website``);
* ``Blogger profile`` — ``https://www.blogger.com/profile/<digits>``;
* ``free blog`` — ``https://<name>.wordpress.com`` or ``.blogspot.com``;
* ``own business`` — the commenter's own small business, named as real ones are:
  a family name and a trade (``https://www.fenwickroofing.co.uk``,
  ``https://www.marlowbakery.com``); some trades are words that adverts use too (the
  trainer's business copies, ``commentguard._train.with_business_website``, use other
  trades and the commenter's own family name or a place, so this stays a test);
* ``shop domain`` — not the commenter's own: a business's run-together name
  (``https://www.cheaptyresonline.com``), as link spam signs its bot praise;
* ``own business, on its own blog`` — the ``own business`` address, with the post's
  address (``post_url``) on that same site: the business answering on its own blog,
  as staff replies do in an export that carries the posts' links.

    python benchmarks/website_probe.py --data ../shared/data

writes benchmarks/results/website-probe.md (and prints it). About half a minute.

Feedback called spam is the costly error and should not move. Generic praise under
an unknown domain is a grey zone: LABELS.md makes generic praise with a *commercial*
link spam, and a domain the model has never seen may be either. Generic praise
called *feedback* is always wrong: a website says nothing about what a comment says.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time

import numpy as np
from cgbench.common import check_arguments, provenance, publish

from commentguard._datasets import Example, load_corpus, split_corpus
from commentguard._train import _LABELS, fit_examples, training_examples

_TLDS = ("net", "org", "eu", "ca", "com.au")
_WORDS = ("studio", "notes", "journal", "writes", "art")
_FAMILY = ("fenwick", "marlow", "ashdown", "penrose", "whitcombe", "holloway", "tregarth", "kestrel",
           "oakley", "brennan", "castell", "dunmore")
_TRADE = ("roofing", "plumbing", "bakery", "motors", "florist", "optical", "kitchens", "joinery",
          "dental", "garage", "pottery", "landscapes", "electrical", "tailoring")
_SHOP = (("cheap", "best", "buy", "top", "discount", "quick", "easy", "the", "get", "pro"),
         ("tyres", "cbd", "loans", "pills", "watches", "shoes", "essays", "casino", "vape", "roofing",
          "plumber", "dentist", "lawyer", "flowers", "blinds", "followers"),
         ("online", "shop", "store", "sale", "now", "hub", "today", "usa", "deals", "direct", ""),
         ("com", "net", "us", "info", "co.uk", "org", "xyz"))


def _hash(e: Example) -> int:
    return int.from_bytes(hashlib.sha256(f"probe:{e.comment.id}".encode()).digest()[:8], "big")


def website(e: Example, kind: str) -> str:
    """A website of the given kind for this comment (see the module docstring); the same one every run."""
    h = _hash(e)
    parts = ["".join(c for c in w if c.isascii() and c.isalpha()) for w in (e.comment.author or "").lower().split()]
    parts = [p for p in parts if p] or ["reader"]
    if kind == "own domain":
        name = "-".join(parts[:2]) if len(parts) > 1 else f"{parts[0]}-{_WORDS[h % len(_WORDS)]}"
        return f"https://www.{name}.{_TLDS[(h // 5) % len(_TLDS)]}"
    if kind == "own business":
        name = _FAMILY[h % len(_FAMILY)] + _TRADE[(h // 100) % len(_TRADE)]
        return f"https://www.{name}.{('co.uk', 'com', 'ie', 'com.au')[(h // 10_000) % 4]}"
    if kind == "shop domain":
        name = "".join(words[(h // 10 ** i) % len(words)] for i, words in enumerate(_SHOP[:3]))
        return f"https://www.{name}.{_SHOP[3][(h // 1000) % len(_SHOP[3])]}"
    if kind == "Blogger profile":
        return f"https://www.blogger.com/profile/{h % 10**18:018d}"
    return f"https://{''.join(parts)}.{('wordpress.com', 'blogspot.com')[h % 2]}"


def main(argv: list[str] | None = None) -> int:
    args = check_arguments(__doc__ or "", "website-probe.md", argv)

    start = time.perf_counter()
    train, held = split_corpus(load_corpus())
    clf = fit_examples(training_examples(args.data, corpus=train))
    probe = [e for e in held if e.label in ("feedback", "generic") and not e.comment.author_url]
    truth = np.array([e.label for e in probe])
    rows = []
    kinds = ("none (as written)", "own domain", "Blogger profile", "free blog", "own business", "shop domain",
             "own business, on its own blog")
    for kind in kinds:
        if kind.startswith("none"):
            comments = [e.comment for e in probe]
        elif kind == "own business, on its own blog":
            sites = [website(e, "own business") for e in probe]
            comments = [dataclasses.replace(e.comment, author_url=site, post_url=f"{site}/blog/{e.comment.post_id}/")
                        for e, site in zip(probe, sites)]
        else:
            comments = [dataclasses.replace(e.comment, author_url=website(e, kind)) for e in probe]
        pred = np.array(_LABELS)[clf.predict_proba(comments).argmax(axis=1)]
        fb, gen = truth == "feedback", truth == "generic"
        rows.append(f"| {kind} | {np.mean(pred == truth):.3f} | {np.mean(pred[fb] == 'spam'):.1%} "
                    f"({int(np.sum(pred[fb] == 'spam'))} of {int(fb.sum())}) | "
                    f"{np.mean(pred[gen] == 'spam'):.1%} ({int(np.sum(pred[gen] == 'spam'))} of {int(gen.sum())}) | "
                    f"{np.mean(pred[gen] == 'feedback'):.1%} ({int(np.sum(pred[gen] == 'feedback'))}) |")

    text = (
        "# Website probe\n\n"
        "Written by `benchmarks/website_probe.py` (do not edit by hand).\n\n"
        f"Trained on everything except the held-out corpus sites; tested on the {len(probe)} held-out "
        "feedback and generic comments that came without a website, as written and with a website of "
        "the commenter's own added (see the script for how each kind is made).\n\n"
        "| website added | accuracy | feedback called spam | generic called spam | generic called feedback |\n"
        "|---|---|---|---|---|\n"
        + "\n".join(rows)
        + "\n\nFeedback called spam is the costly error: a website of one's own should not cause it. "
        "Generic praise under a domain the model has never seen is a grey zone (LABELS.md: generic "
        "praise with a commercial link is spam): under a shop's name it should be spam. Generic praise "
        "called feedback is always wrong. Accuracy counts the labels as written, so it falls where "
        "praise under a shop's name is rightly called spam. The last row gives each comment the post's "
        "address on the business's own site: a reply from the blog itself.\n\n"
        + provenance("website_probe.py", start) + "\n"
    )
    return publish(args.out, text)


if __name__ == "__main__":
    raise SystemExit(main())
