"""A small spintax expander: ``"{Great|Nice} {post|read}!"`` → its variants.

Spam bots write their comments from templates like this; we use the same
notation for our own bot-template corpus and to write phrase rules compactly.
Braces nest; ``{a|}`` means "a or nothing"; ``\\{`` is a literal brace.
"""

from __future__ import annotations

import itertools
import random
from typing import Iterator

__all__ = ["parse", "expand_all", "sample", "count"]

_Node = list  # a sequence of parts; a part is a str or a list of alternatives (each a _Node)


def parse(template: str) -> _Node:
    """Parse a template into nested lists. Raises ``ValueError`` on unbalanced braces."""
    stack: list[tuple[_Node, list[_Node]]] = []
    seq: _Node = []
    alternatives: list[_Node] = []
    buf: list[str] = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch == "\\" and i + 1 < len(template):
            buf.append(template[i + 1])
            i += 2
            continue
        if ch == "{":
            if buf:
                seq.append("".join(buf))
                buf = []
            stack.append((seq, alternatives))
            seq, alternatives = [], []
        elif ch == "|" and stack:
            if buf:
                seq.append("".join(buf))
                buf = []
            alternatives.append(seq)
            seq = []
        elif ch == "}":
            if not stack:
                raise ValueError(f"unbalanced '}}' at position {i} in {template!r}")
            if buf:
                seq.append("".join(buf))
                buf = []
            alternatives.append(seq)
            choice = alternatives
            seq, alternatives = stack.pop()
            seq.append(choice)
        else:
            buf.append(ch)
        i += 1
    if stack:
        raise ValueError(f"unbalanced '{{' in {template!r}")
    if buf:
        seq.append("".join(buf))
    return seq


def _expand(node: _Node) -> Iterator[str]:
    parts: list[list[str]] = []
    for part in node:
        if isinstance(part, str):
            parts.append([part])
        else:
            parts.append([s for alt in part for s in _expand(alt)])
    for combo in itertools.product(*parts):
        yield "".join(combo)


def expand_all(template: str) -> list[str]:
    """Every variant of ``template``, in order, duplicates removed."""
    return list(dict.fromkeys(_expand(parse(template))))


def count(template: str) -> int:
    """How many variants ``template`` has (without listing them)."""

    def _count(node: _Node) -> int:
        n = 1
        for part in node:
            if not isinstance(part, str):
                n *= sum(_count(alt) for alt in part)
        return n

    return _count(parse(template))


def _pick(node: _Node, rng: random.Random) -> str:
    out = []
    for part in node:
        out.append(part if isinstance(part, str) else _pick(rng.choice(part), rng))
    return "".join(out)


def sample(template: str, n: int, seed: int = 0) -> list[str]:
    """Up to ``n`` distinct random variants, reproducible for a given ``seed``."""
    tree = parse(template)
    rng = random.Random(seed)
    seen: dict[str, None] = {}
    tries = 0
    while len(seen) < n and tries < n * 20:
        seen.setdefault(" ".join(_pick(tree, rng).split()), None)
        tries += 1
    return list(seen)
