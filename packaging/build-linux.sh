#!/usr/bin/env bash
# Builds the Linux installer here: the frozen one-folder bundle (dist/docroute/) and the .deb of this
# machine's architecture (dist/docroute_<version>_<arch>.deb). About two minutes on 2 cores.
# The build runs in its own virtual environment (build/bundle-venv, a regular install of ".[bundle]"),
# so what is frozen is what `pip install .` gives, not the editable checkout of scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=${BUNDLE_VENV:-build/bundle-venv}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
start=$(date +%s)
phase_start=$start
times=""
phase() { local now; now=$(date +%s); times="$times $1 $(( now - phase_start )) s,"; phase_start=$now; }
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
# --force-reinstall of the app alone: the same version number must still pick up changed sources.
"$VENV/bin/python" -m pip install --quiet ".[bundle]"
"$VENV/bin/python" -m pip install --quiet --no-deps --force-reinstall .
phase install
"$VENV/bin/python" packaging/fill_templates.py --out build >/dev/null
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level ERROR \
    --distpath dist --workpath build/pyinstaller packaging/docroute.spec
phase pyinstaller
"$VENV/bin/python" packaging/trim_icu.py dist/docroute  # Qt's ICU data: 31 MB, of which Qt reads 5
"$VENV/bin/python" packaging/build_deb.py --bundle dist/docroute --generated build --out dist
phase deb
for tool in desktop-file-validate appstreamcli; do command -v $tool >/dev/null || echo "build-linux: $tool not installed, not run"; done
if command -v desktop-file-validate >/dev/null; then desktop-file-validate build/linux/*.desktop; fi
if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net build/linux/*.metainfo.xml >/dev/null; fi
echo "build-linux: $(du -sh dist/docroute | cut -f1) unpacked in dist/docroute; ${times%,} ($(( $(date +%s) - start )) s)"
