#!/usr/bin/env bash
# Builds and smoke-tests the aarch64 .deb (飞腾 / 鲲鹏 Kylin/UOS PCs) on an x86_64 Debian machine, under
# qemu-user emulation: PyInstaller cannot cross-build, so the build runs inside an arm64 Debian 12 root.
#
#     sudo bash packaging/build-arm64-emulated.sh [ROOT]      (ROOT default: /var/tmp/docroute-arm64/root)
#
# Steps (each skipped when already done, so a second run reuses the root and its pip cache):
# 1. apt-get installs qemu-user-static, binfmt-support and debootstrap; checks that the kernel runs aarch64
#    programs through qemu (binfmt_misc, registered with the F flag so it works inside the chroot).
# 2. debootstrap --foreign makes an arm64 bookworm root with Python 3.11, venv, binutils, dpkg-dev, a C
#    compiler (trim_icu.py links with cc), libpython3.11 (PyInstaller bundles it; Debian's python3 lacks
#    it) and the desktop libraries of build_deb.py's SYSTEM_PACKAGES; the second stage runs under qemu.
#    The host's extra CA certificates (/usr/local/share/ca-certificates, e.g. a proxy's) are copied in.
# 3. The committed tree (git archive HEAD: uncommitted edits are NOT in it) goes to ROOT/src; there,
#    packaging/build-linux.sh, then packaging/smoke-test.sh (its pypdf/python-docx from a small .venv, not
#    the whole test suite), then `dpkg -i dist/…_arm64.deb` (the root has its Depends) and the smoke test
#    on /usr/bin/docroute.
# 4. The .deb is copied to dist/ of this checkout.
# Under emulation everything is 5-20x slower (packaging/README.md has the times); CI does not run this.
# Needs root (debootstrap, chroot, mounts), Debian's mirror and PyPI. Long steps run under nice -n 19.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=${1:-/var/tmp/docroute-arm64/root}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" = 0 ] || { echo "build-arm64-emulated: needs root (debootstrap, chroot)" >&2; exit 2; }
log() { echo "build-arm64-emulated: $* ($(date -u +%H:%M:%S))"; }

# 1. qemu through binfmt_misc
missing=""
for tool in qemu-aarch64-static:qemu-user-static update-binfmts:binfmt-support debootstrap:debootstrap; do
    command -v "${tool%%:*}" >/dev/null || missing="$missing ${tool#*:}"
done
if [ -n "$missing" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing; fi
BINFMT=/proc/sys/fs/binfmt_misc
mountpoint -q $BINFMT || mount -t binfmt_misc binfmt_misc $BINFMT
if [ ! -e $BINFMT/qemu-aarch64 ]; then
    # What Debian's qemu-user-static registers; F: the kernel opens the interpreter now, so it also works in the chroot.
    echo ':qemu-aarch64:M::\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00:\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff:/usr/bin/qemu-aarch64-static:F' \
        > $BINFMT/register
fi
grep -q '^flags:.*F' $BINFMT/qemu-aarch64 || { echo "build-arm64-emulated: qemu-aarch64 is registered without the F flag" >&2; exit 1; }

# 2. the arm64 root. Its libraries: the table build_deb.py checks Depends against (first name of each row).
PACKAGES=$(python3 -c 'import sys; sys.path.insert(0, "packaging"); import build_deb
print(",".join(p.split(" | ")[0] for p in build_deb.SYSTEM_PACKAGES))')
PACKAGES="ca-certificates,python3,python3-venv,libpython3.11,binutils,dpkg-dev,file,gcc,libc6-dev,desktop-file-utils,appstream,$PACKAGES"
if [ ! -x "$ROOT/bin/bash" ]; then
    log "debootstrap, first stage"
    mkdir -p "$ROOT"
    nice -n 19 debootstrap --arch=arm64 --foreign --variant=minbase --include="$PACKAGES" bookworm "$ROOT" "$MIRROR"
fi
if [ -d "$ROOT/debootstrap" ]; then  # the second stage removes it when it succeeds
    log "debootstrap, second stage (under qemu)"
    nice -n 19 chroot "$ROOT" /debootstrap/debootstrap --second-stage
fi
mounts=()
cleanup() { for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount "${mounts[$i]}" || true; done; }
trap cleanup EXIT
for m in proc sys dev dev/pts; do
    if ! mountpoint -q "$ROOT/$m"; then mount --bind "/$m" "$ROOT/$m" && mounts+=("$ROOT/$m"); fi
done
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$ROOT/usr/local/share/ca-certificates/"
    chroot "$ROOT" update-ca-certificates >/dev/null
fi
in_root() {
    nice -n 19 chroot "$ROOT" env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive bash -euo pipefail -c "$1"
}
# A root made by an older version of this script may lack a package added to the table since.
in_root "dpkg -s ${PACKAGES//,/ } >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq ${PACKAGES//,/ }; }"

# 3. build and smoke-test inside, from the committed tree; the venvs of an earlier run are kept.
log "copying $(git rev-parse --short HEAD) to $ROOT/src"
mkdir -p "$ROOT/src" "$ROOT/keep"
for venv in .venv build/bundle-venv; do
    if [ -d "$ROOT/src/$venv" ]; then mv "$ROOT/src/$venv" "$ROOT/keep/${venv//\//_}"; fi
done
rm -rf "$ROOT/src" && mkdir -p "$ROOT/src/build"
git archive HEAD | tar -x -C "$ROOT/src"
for venv in .venv build/bundle-venv; do
    if [ -d "$ROOT/keep/${venv//\//_}" ]; then mv "$ROOT/keep/${venv//\//_}" "$ROOT/src/$venv"; fi
done
in_root 'cd /src && echo "$(uname -m), $(getconf GNU_LIBC_VERSION)"
    [ -x .venv/bin/python ] || python3 -m venv .venv
    .venv/bin/python -m pip install --quiet pypdf python-docx'
log "build"
in_root 'cd /src && time bash packaging/build-linux.sh
    build/bundle-venv/bin/python -c "from importlib.metadata import version; print(\"PySide6-Essentials\", version(\"PySide6-Essentials\"))"'
log "smoke test of dist/docroute/docroute"
in_root 'cd /src && bash packaging/smoke-test.sh'
log "dpkg -i of the .deb, smoke test of /usr/bin/docroute"
in_root 'cd /src && deb=$(ls dist/*_arm64.deb) && dpkg-deb --info "$deb" | grep -E "Depends|Installed-Size"
    dpkg -i "$deb" >/dev/null && env -i PATH=/usr/bin:/bin docroute --version && bash packaging/smoke-test.sh /usr/bin/docroute'

# 4.
mkdir -p dist && cp "$ROOT"/src/dist/*_arm64.deb dist/
log "done: $(ls dist/*_arm64.deb)"
