#!/usr/bin/env bash
# Smoke test of the frozen app (packaging/smoke_test.py): route, a slip written and read back, check on a
# new registry, a 25,000-record demo (its rows made by a second process of the frozen program), the window
# opened offscreen and closed. Argument: the program to test (default
# dist/docroute/docroute; /usr/bin/docroute after installing the .deb). The checks read the slips back
# with pypdf and python-docx from the test environment (.venv, made by scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${SMOKE_PYTHON:-.venv/bin/python}
[ -x "$PYTHON" ] || { echo "smoke-test: $PYTHON not found; run scripts/test.sh first (it makes .venv)" >&2; exit 2; }
start=$(date +%s)
"$PYTHON" packaging/smoke_test.py "$@"
echo "smoke-test: $(( $(date +%s) - start )) s"
