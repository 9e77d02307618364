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
from tests.support.mailservers import (
    Certificate,
    Dovecot,
    MailServerUnavailable,
    SmtpServer,
    dovecot_problem,
    make_certificate,
)
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


# --- real mail servers on 127.0.0.1 (tests/support/mailservers.py) ----------------------------------------


@pytest.fixture(scope="session")
def tls_certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    """A self-signed certificate for 127.0.0.1 and localhost, made once per session."""
    return make_certificate(tmp_path_factory.mktemp("certificate"))


@pytest.fixture
def dovecot(tls_certificate: Certificate) -> Iterator[Dovecot]:
    """A throwaway Dovecot IMAP server (STARTTLS offered with the session's certificate) with the user
    alex (password ``mail-Pa55``, or XOAUTH2 with the token ``tok-XOAUTH2``). Skipped only when dovecot
    is missing and cannot be installed here (not root); as root a missing dovecot fails the test, as
    `make test` installs it."""
    problem = dovecot_problem()
    if problem and os.geteuid() != 0:
        pytest.skip(f"no IMAP server for this test: {problem}")
    server = Dovecot(certificate=tls_certificate, tokens={"alex": "tok-XOAUTH2"})
    try:
        server.start()
    except MailServerUnavailable as error:
        pytest.fail(f"cannot start dovecot: {error}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


def _smtp(security: str, certificate: Certificate) -> Iterator[SmtpServer]:
    server = SmtpServer(security=security, certificate=certificate, tokens={"alex": "tok-XOAUTH2"})
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def smtp_starttls(tls_certificate: Certificate) -> Iterator[SmtpServer]:
    """aiosmtpd requiring STARTTLS, then AUTH (alex: ``mail-Pa55``, or XOAUTH2 token ``tok-XOAUTH2``)."""
    yield from _smtp("starttls", tls_certificate)


@pytest.fixture
def smtp_tls(tls_certificate: Certificate) -> Iterator[SmtpServer]:
    """aiosmtpd over implicit TLS (as on port 465), with the same users."""
    yield from _smtp("tls", tls_certificate)


@pytest.fixture
def smtp_plain(tls_certificate: Certificate) -> Iterator[SmtpServer]:
    """aiosmtpd without TLS (127.0.0.1 only), with the same users."""
    yield from _smtp("none", tls_certificate)
