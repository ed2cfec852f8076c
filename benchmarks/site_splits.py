"""Site splits: is the fixed held-out split a fair draw, and how much do figures move?

The held-out figures (model card, README) come from one split: in each corpus slice, the
site whose name sorts last is held out. This repeats the measurement on three other
splits — in each slice the site that sorts first, second or third (fewer sites: counted
round) — training each time on everything else, as for the model card, and testing on
the held-out sites with post context and as bare text. A change whose effect stays inside
the spread of these rows is not measured by any one of them.

    python benchmarks/site_splits.py --data ../shared/data

writes benchmarks/results/site-splits.md (and prints it). About two minutes on two cores
(four trainings, two at a time). The word list that cuts run-together host names
(``_lexicon.txt``) is built from the fixed split's training sites, so on the other splits
it also holds words of their held-out sites.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict

from cgbench.common import check_arguments, provenance, publish, slice_of
from joblib import Parallel, delayed

from commentguard._datasets import HELD_OUT_SITES, Example, load_corpus, split_corpus, text_only
from commentguard._train import evaluate, fit_examples, training_examples

#: Each split: which site of each slice (its sites sorted by name) it holds out, and its row's
#: name; -1 is the fixed split of the model card.
SPLITS = {-1: "sorts last (the fixed split)", 0: "sorts first", 1: "sorts second", 2: "sorts third"}


def held_out_sites(corpus: list[Example], position: int) -> tuple[str, ...]:
    """In every slice, the site at ``position`` among its sites sorted by name. ``short``
    has no sites of its own (its comments sit under first-round sites) and holds none out."""
    sites: dict[str, set[str]] = defaultdict(set)
    for e in corpus:
        name = slice_of(e)
        if name != "short":
            sites[name].add(e.group)
    return tuple(sorted(names)[position % len(names)] for names in sites.values())


def _measure(data: str, corpus: list[Example], position: int) -> tuple[int, int, list[dict]]:
    held_sites = HELD_OUT_SITES if position == -1 else held_out_sites(corpus, position)
    train, held = split_corpus(corpus, held_sites)
    clf = fit_examples(training_examples(data, corpus=train))
    return len(held_sites), len(held), [evaluate(clf.predict_proba, ex) for ex in (held, text_only(held))]


def _called_spam(m: dict) -> str:
    row = m["confusion"]["matrix"][0]  # truth = feedback
    return f"{m['feedback_called_spam']:.1%} ({row[2]} of {sum(row):,})"


def main(argv: list[str] | None = None) -> int:
    args = check_arguments(__doc__ or "", "site-splits.md", argv)
    start = time.perf_counter()
    corpus = load_corpus()
    results = Parallel(n_jobs=2)(delayed(_measure)(args.data, corpus, p) for p in SPLITS)

    rows = []
    for name, (n_sites, n, (post, bare)) in zip(SPLITS.values(), results):
        rows.append(f"| {name} | {n_sites} | {n:,} | {post['macro_f1']:.3f} / {bare['macro_f1']:.3f} | "
                    f"{_called_spam(post)} / {_called_spam(bare)} |")
    views = [[metrics[i] for _, _, metrics in results] for i in (0, 1)]  # with post, bare text

    def mean(key: str) -> list[float]:
        return [sum(m[key] for m in view) / len(view) for view in views]

    f1, spam = mean("macro_f1"), mean("feedback_called_spam")
    rows.append(f"| mean of the {len(results)} | | | {f1[0]:.3f} / {f1[1]:.3f} | {spam[0]:.1%} / {spam[1]:.1%} |")

    text = (
        "# Site splits\n\n"
        "Written by `benchmarks/site_splits.py` (do not edit by hand).\n\n"
        "The corpus measured on four held-out splits: in each slice one site is held out — the one "
        "whose name sorts last (the split of the model card and the README), first, second or third. "
        "Each row trains on everything else (the public sets, spintax bots and the other sites), as "
        "for the model card. Figures are with post context and author / as bare text; labels follow "
        "LABELS.md.\n\n"
        "| held-out site in each slice | sites | comments | macro-F1 (3 labels) | feedback called spam |\n"
        "|---|---|---|---|---|\n"
        + "\n".join(rows)
        + "\n\n" + provenance("site_splits.py", start) + "\n"
    )
    return publish(args.out, text)


if __name__ == "__main__":
    sys.exit(main())
