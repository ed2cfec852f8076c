from __future__ import annotations

import pytest

from commentguard._spintax import count, expand_all, parse, sample


def test_expand_all_lists_every_variant_in_order() -> None:
    assert expand_all("{Great|Nice} {post|read}!") == ["Great post!", "Great read!", "Nice post!", "Nice read!"]


def test_nested_and_empty_alternatives() -> None:
    assert expand_all("a{ {b|c}|}") == ["a b", "a c", "a"]
    assert count("{a|b{c|d|e}}{x|}") == 8


def test_escaped_braces_are_literal() -> None:
    assert expand_all(r"\{not|spintax\}") == ["{not|spintax}"]


@pytest.mark.parametrize("bad", ["{a|b", "a}b"])
def test_unbalanced_braces_are_an_error(bad: str) -> None:
    with pytest.raises(ValueError):
        parse(bad)


def test_sample_is_reproducible_and_distinct() -> None:
    t = "{a|b|c} {d|e|f} {g|h}"
    first = sample(t, 5, seed=3)
    assert first == sample(t, 5, seed=3)
    assert len(set(first)) == 5
