"""Shared fixtures. ``shared_dir`` points at ../shared (real exports, public data)
and skips the test cleanly when it is absent (e.g. on a fresh clone elsewhere)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def tiny_training_set() -> tuple[list[str], list[str]]:
    """A small self-written training set, enough for a model to learn something."""
    feedback = [
        "The groupby example fixed my bug, but why does sum drop NaN values?",
        "I tried the recipe with rye flour and it came out dense, more water next time.",
        "Your opening hours say 9am but the shop was closed at 9:30 on Tuesday.",
        "Step 3 should use the --force flag, otherwise the install fails on Debian.",
        "Disagree about the pricing change, the per-seat plan was cheaper for our team of four.",
        "@Maria same thing happened to me after the update, the export button is gone.",
        "We visited the Lisbon tram museum you mentioned, the ticket was 5 euros.",
        "Does the bike service include the brake bleed or is that extra?",
    ]
    generic = [
        "Great post, thanks for sharing!", "Nice blog, bookmarked.", "Thanks!", "Great article.",
        "Keep up the good work!", "First!", "Very informative, thank you.",
        "I will definitely come back for more.",
    ]
    spam = [
        "Buy cheap viagra online at rx-pharma-store.biz", "Best casino bonus free spins at spin777.top",
        "Need a payday loan? Apply at fastcash-now.info", "Check out my channel and subscribe!",
        "SEO backlinks to rank your site, email me at seo@rank-pro.net",
        "Great post! Visit my site https://cheap-meds.xyz for more",
        "Call our 24/7 support number +1-888-555-0142 now",
        "I earned $5000 trading bitcoin with my account manager, WhatsApp +1 555 0100",
    ]
    texts = feedback + generic + spam
    labels = ["feedback"] * len(feedback) + ["generic"] * len(generic) + ["spam"] * len(spam)
    return texts, labels
