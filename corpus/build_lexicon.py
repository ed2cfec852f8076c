"""Write the word list that cuts run-together host names into words.

    python corpus/build_lexicon.py      # rewrites src/commentguard/_lexicon.txt

Spam sites are often named by gluing keywords together ("cheapjerseysfree.us",
"quickcashnow.biz"); ``commentguard._features.domain_words`` splits such names
with this list so that the model sees "cheap", "jerseys", "free". The list is
the plain ASCII words (3–14 letters, links left out) of our own corpus — comments and posts of
the *training* sites only, so that held-out sites stay unseen — that occur in at
least two comments or posts. Rebuild it after adding corpus slices, then retrain.

Normalising reads the list too (leetspeak counts only when it spells a word; a
missing space before "it" or ".shop" is found by the word in front of it), so the
list is built from the corpus alone, never from the list already written: a first
pass normalises with no list, a second with the first pass's words.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from commentguard import _normalise  # noqa: E402
from commentguard._datasets import load_corpus, split_corpus  # noqa: E402
from commentguard._features import words_of  # noqa: E402

OUT = HERE.parent / "src" / "commentguard" / "_lexicon.txt"
MIN_DOCS = 2


def _words(docs: dict[str, str], known: frozenset[str]) -> list[str]:
    """The list, with ``known`` standing in for it while the texts are normalised."""
    read_with = _normalise.corpus_words
    _normalise.corpus_words = lambda: known  # type: ignore[assignment]
    try:
        df: collections.Counter[str] = collections.Counter()
        for text in docs.values():
            norm = _normalise.normalise(text)
            prose = norm.text
            for url in norm.urls:  # words glued in links ("quickcashnow") are what we want to cut
                prose = prose.replace(url, " ")
            df.update({w for w in words_of(prose) if w.isascii() and w.isalpha() and 3 <= len(w) <= 14})
    finally:
        _normalise.corpus_words = read_with  # type: ignore[assignment]
    return sorted(w for w, n in df.items() if n >= MIN_DOCS)


def build() -> list[str]:
    train, _ = split_corpus(load_corpus(HERE))
    docs: dict[str, str] = {}
    for e in train:
        c = e.comment
        docs[f"comment:{c.id}"] = c.text
        docs[f"post:{c.post_id}"] = f"{c.post_title or ''} {c.post_text or ''}"
    first = _words(docs, frozenset())
    return _words(docs, frozenset(first))


if __name__ == "__main__":
    words = build()
    OUT.write_text("# Written by corpus/build_lexicon.py (do not edit by hand).\n"
                   + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(words)} words)")
