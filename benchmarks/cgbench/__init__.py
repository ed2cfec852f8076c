"""commentguard's benchmark harness (run it with ``python benchmarks/run.py``).

Modules:

* :mod:`.common` — paths, one-core environment, subprocess measurement, machine facts.
* :mod:`.metrics` — the one evaluation function every system is scored with.
* :mod:`.tasks` — datasets and their splits (what each system trains and tests on).
* :mod:`.systems` — commentguard and the peers behind one small interface.
* :mod:`.spamassassin` — the SpamAssassin peer (spamd/spamc, per-split Bayes).
* :mod:`.quality`, :mod:`.speed`, :mod:`.scale` — the three parts of a run.
* :mod:`.wxr` — a generator of realistic WordPress exports for the scale part.
* :mod:`.report` — ``results/README.md`` and the plots.
"""
