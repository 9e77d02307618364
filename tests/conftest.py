"""Fixtures shared by the whole suite: a PostgreSQL cluster per session, a fresh database per test.

``db_url`` runs a test twice, on a new SQLite file and on a new PostgreSQL database. The PostgreSQL
half fails (it is never skipped) when the server binaries are missing: ``make test`` installs them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from followup.store.engine import Store, open_store
from tests.support.postgres import PostgresCluster, PostgresUnavailable

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]

# CI (.ci/run) runs the property tests derandomized, so a landing fails only on a real regression; a
# developer's `make test` keeps exploring new examples (HYPOTHESIS_PROFILE unset).
settings.register_profile("ci", derandomize=True, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session", autouse=True)
def _cache_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The suite's own cache folder (the holidays cache of ``followup.workdays``), never the user's."""
    saved = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if saved is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = saved


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    try:
        cluster = PostgresCluster()
        cluster.start()
    except PostgresUnavailable as e:
        problem = str(e)
    else:
        problem = ""
    if problem:
        pytest.fail(f"cannot run the PostgreSQL tests: {problem}", pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a new, empty database on ``backend``."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'followup.db'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return cluster.create_database()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An open, migrated store on a new database (see ``db_url``)."""
    opened = open_store(db_url)
    try:
        yield opened
    finally:
        opened.close()
