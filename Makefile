# Two commands for a newcomer: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup bench clean messages

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(not ((3, 11) <= sys.version_info[:2] < (3, 13)))' \
	  || { echo "govcheck needs Python 3.11 or 3.12 (durable-rules); set PYTHON=python3.11"; exit 1; }
	@ldconfig -p 2>/dev/null | grep -q libpango-1.0 && ldconfig -p | grep -q libharfbuzz-subset \
	  || { echo "installing Pango and HarfBuzz for the PDF report"; \
	       apt-get update -qq && apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 \
	         libharfbuzz-subset0; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/govcheck check samples/ --report govcheck-report.pdf; test $$? -le 1

test: $(STAMP)
	$(BIN)/python -m pytest -n 2  # two processes: the machines have two cores

# The gettext calls of govcheck/i18n.py take the language first (docs/translating.md).
BABEL_KEYWORDS := -k gettext:2 -k ngettext:2,3 -k pgettext:2c,3 -k npgettext:2c,3,4 \
  -k N_ -k NP_:1c,2
LOCALE := govcheck/locale

# Extract the texts, merge them into nb, nn and en, compile the .mo files (committed).
messages: $(STAMP)
	$(BIN)/pybabel -q extract -F babel.cfg --no-default-keywords $(BABEL_KEYWORDS) \
	  --add-location=file --sort-output --omit-header -o $(LOCALE)/govcheck.pot .
	$(BIN)/pybabel -q update -i $(LOCALE)/govcheck.pot -d $(LOCALE) -D govcheck \
	  --ignore-obsolete --no-wrap
	@# Babel stamps the time of each run, which would change every .po and .mo (and the .mo
	@# would no longer match a fresh compile of its .po): one fixed date instead
	sed -i 's/^"POT-Creation-Date: .*"$$/"POT-Creation-Date: 2026-01-01 00:00+0000\\n"/' \
	  $(LOCALE)/*/LC_MESSAGES/govcheck.po
	$(BIN)/pybabel -q compile -d $(LOCALE) -D govcheck

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) govcheck-report.pdf
