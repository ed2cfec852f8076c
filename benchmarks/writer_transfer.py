"""Writer transfer: does the model carry over to people and topics it never saw?

The corpus was written in two rounds by different writers (corpus/README.md). This
trains on the first round only — the six original slices minus their held-out sites,
plus the public sets and the spintax bots, weighted as for the shipped model — and
tests on every comment of the later slices, with post context and as bare text.

    python benchmarks/writer_transfer.py --data ../shared/data

writes benchmarks/results/writer-transfer.md (and prints it). About a minute.
"""

from __future__ import annotations

import sys
import time

from cgbench.common import check_arguments, provenance, publish, slice_of

from commentguard._datasets import load_corpus, split_corpus, text_only
from commentguard._train import _LABELS, evaluate, fit_examples, training_examples

#: The slices of the first writing round; every other slice counts as "later".
FIRST_ROUND = ("business", "saas", "tutorials", "foodhome", "travelnews", "reviews")



def _row(name: str, m: dict) -> str:
    cm = m["confusion"]["matrix"]
    per = " | ".join(f"{m['per_label'][lab]['f1']:.3f}" for lab in _LABELS)
    return (f"| {name} | {m['n']} | {m['macro_f1']:.3f} | {per} | {m['feedback_called_spam']:.1%} "
            f"({cm[0][2]} of {sum(cm[0])}) | {m['log_loss']:.3f} |")


def main(argv: list[str] | None = None) -> int:
    args = check_arguments(__doc__ or "", "writer-transfer.md", argv)

    start = time.perf_counter()
    corpus = load_corpus()
    first = [e for e in corpus if slice_of(e) in FIRST_ROUND]
    later = [e for e in corpus if slice_of(e) not in FIRST_ROUND]
    if not later:
        print("no later slices in corpus/comments: nothing to test", file=sys.stderr)
        return 1
    train, _ = split_corpus(first)
    clf = fit_examples(training_examples(args.data, corpus=train))

    header = ("| test set | n | macro-F1 | F1 feedback | F1 generic | F1 spam | feedback called spam | log-loss |\n"
              "|---|---|---|---|---|---|---|---|")
    test_sets = [(s, [e for e in later if slice_of(e) == s]) for s in sorted({slice_of(e) for e in later})]
    test_sets.append(("all later slices", later))
    sections = []
    for view, strip in (("with post context and author", False), ("text only (no post, no author)", True)):
        rows = [_row(name, evaluate(clf.predict_proba, text_only(examples) if strip else examples))
                for name, examples in test_sets]
        sections.append(f"### {view}\n\n{header}\n" + "\n".join(rows))

    text = (
        "# Writer transfer\n\n"
        "Written by `benchmarks/writer_transfer.py` (do not edit by hand).\n\n"
        f"Trained on the first writing round only ({', '.join(FIRST_ROUND)}; {len(train)} comments "
        "on their training sites) plus the public sets and spintax bots; tested on every comment of "
        f"the later slices ({len(later)} comments by other writers, on other topics; `short` adds "
        "one-liners under first-round posts). Labels follow LABELS.md; feedback / generic / spam.\n\n"
        + "\n\n".join(sections)
        + "\n\n" + provenance("writer_transfer.py", start) + "\n"
    )
    return publish(args.out, text)


if __name__ == "__main__":
    sys.exit(main())
