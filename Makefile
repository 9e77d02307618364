# One command away: make run | test | lint | bench. GNU make; recipes are tab-indented.

VENV ?= .venv
PY = $(VENV)/bin/python
STAMP = $(VENV)/.installed
PG_BINARIES = /usr/lib/postgresql/*/bin/postgres
ARGS ?=

# The interpreter for a new venv: python3.11, else python3 if it is 3.11 or newer. Evaluated only when a
# venv has to be created (the pyenv shims cost ~130 ms each).
find_python = $(shell for p in python3.11 python3; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; \
	then echo $$p; break; fi; done)

.PHONY: install run system-deps test lint bench fuzz clean

install: $(STAMP)

$(STAMP): pyproject.toml bin/followup  # the script is copied at install, not linked
	@if [ ! -x $(PY) ]; then \
		python="$(find_python)"; \
		if [ -z "$$python" ]; then echo "followup needs Python 3.11 or newer (python3.11 or python3)" >&2; exit 1; fi; \
		echo "creating $(VENV) with $$python"; \
		$$python -m venv $(VENV); \
	fi
	$(PY) -m pip install --quiet -e '.[test,lint]'
	@touch $@

run: install
	$(VENV)/bin/followup $(ARGS)

# System packages the tests use: the PostgreSQL server (store tests), poppler-utils (pdftotext and
# pdftoppm read the PDF letters back), and the spell checker's regional dictionaries (Debian's hunspell
# US, GB, CA and AU English, read through the enchant library; K15), and Dovecot's IMAP server (the mail
# tests run a private one: tests/support/mailservers.py). As root only; a no-op when they are there.
HUNSPELL = /usr/share/hunspell
system-deps:
	@missing=""; \
	ls $(PG_BINARIES) >/dev/null 2>&1 || missing="$$missing postgresql"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	[ -x /usr/sbin/dovecot ] || missing="$$missing dovecot-imapd"; \
	ls /usr/lib/*/libenchant-2.so.2 >/dev/null 2>&1 || missing="$$missing libenchant-2-2"; \
	for region in us gb ca au; do \
		tag=$$(echo $$region | tr a-z A-Z); \
		[ -f $(HUNSPELL)/en_$$tag.dic ] || missing="$$missing hunspell-en-$$region"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" -ne 0 ]; then \
		echo "note: missing system packages:$$missing (install them, or some tests fail)" >&2; exit 0; \
	fi; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get install -y $$missing >/dev/null 2>&1 || { apt-get update && apt-get install -y $$missing; } || exit 1; \
	if ! id postgres >/dev/null 2>&1; then \
		useradd --system --user-group --no-create-home --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres; \
	fi

test: system-deps install
	$(PY) -m pytest -q $(ARGS)

lint: install
	$(VENV)/bin/ruff check src tests scripts benchmarks
	$(VENV)/bin/ruff format --check src tests scripts benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# The fuzz tests (tests/fuzz) with fresh random examples, again and again until MINUTES have passed;
# stops at the first failure. CI runs them once, derandomized, with a short budget.
MINUTES ?= 10
EXAMPLES ?= 2000
fuzz: install
	@end=$$(( $$(date +%s) + $(MINUTES) * 60 )); \
	while [ $$(date +%s) -lt $$end ]; do \
		FOLLOWUP_FUZZ_EXAMPLES=$(EXAMPLES) $(PY) -m pytest -q -x -p no:cacheprovider tests/fuzz $(ARGS) || exit 1; \
	done

bench: install
	$(PY) benchmarks/today.py $(ARGS)

clean:
	rm -rf build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis $(STAMP)
	find src tests benchmarks -name __pycache__ -type d -prune -exec rm -rf {} + 2>/dev/null || true
