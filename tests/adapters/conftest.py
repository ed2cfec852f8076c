"""Fixtures for the archive tests (helpers live in archive_helpers.py)."""

from commentguard.testing import fake_classifier  # noqa: F401  (the pytest fixture, re-exported)
