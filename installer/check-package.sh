#!/usr/bin/env bash
# The Linux package checks, one step per ctest test (label `package`, installer/CMakeLists.txt):
#   build     cpack makes the .deb and .tar.gz into WORK/out; the .deb is unpacked into WORK/root
#   lintian   no errors, and no warning that installer/linux/lintian-warnings-explained.txt (and the
#             README) does not explain
#   desktop   desktop-file-validate on the installed .desktop file
#   appstream appstreamcli validate --no-net on the installed metainfo
#   contents  every file the package must hold, in the .deb and the .tar.gz; Depends from dpkg-shlibdeps
#   run       the unpacked program: --version, inspect-file on a real module, the GUI offscreen for a
#             second, and the udev rule it prints is the one installed
# Usage: check-package.sh STEP BUILD_DIR WORK_DIR
set -euo pipefail
step=$1 build=$2 work=$3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_id=org.devicerestore.DeviceRestore
fail() { echo "check-package $step: $*" >&2; exit 1; }
deb() { ls "$work"/out/device-restore_*.deb 2>/dev/null | head -n1; }
tgz() { ls "$work"/out/device-restore-*.tar.gz 2>/dev/null | head -n1; }

case "$step" in
build)
    rm -rf "$work"
    mkdir -p "$work/out" "$work/root"
    (cd "$build" && cpack -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
    [ -n "$(deb)" ] && [ -n "$(tgz)" ] || fail "cpack made no .deb or .tar.gz (see $work/cpack.log)"
    dpkg-deb -x "$(deb)" "$work/root"
    echo "package: $(basename "$(deb)") $(stat -c %s "$(deb)") bytes; $(basename "$(tgz)") $(stat -c %s "$(tgz)") bytes"
    dpkg-deb -I "$(deb)" | sed -n '/Package:/,$p'
    dpkg -c "$(deb)" | tee "$work/contents.txt"
    ;;
lintian)
    out="$work/lintian.txt"
    # --allow-root: CI runs as root. Exit status: errors fail (--fail-on error).
    status=0
    lintian --allow-root --fail-on error --display-info "$(deb)" >"$out" 2>&1 || status=$?
    cat "$out"
    [ $status -eq 0 ] || fail "lintian reports errors (exit $status)"
    explained="$here/linux/lintian-warnings-explained.txt"
    unexplained=$({ grep '^W: ' "$out" || true; } | awk '{print $3}' | sort -u | while read -r tag; do
        grep -q "^$tag " "$explained" || echo "$tag"; done)
    [ -z "$unexplained" ] || fail "lintian warnings not explained in $explained: $unexplained"
    ;;
desktop)
    desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop"
    echo "desktop-file-validate: $app_id.desktop is valid"
    ;;
appstream)
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/$app_id.metainfo.xml"
    ;;
contents)
    expected=(
        usr/bin/device-restore
        usr/share/applications/$app_id.desktop
        usr/share/metainfo/$app_id.metainfo.xml
        usr/share/icons/hicolor/scalable/apps/$app_id.svg
        usr/share/man/man1/device-restore.1.gz
        usr/lib/udev/rules.d/60-device-restore.rules
        usr/share/doc/device-restore/copyright
        usr/share/doc/device-restore/changelog.gz
    )
    for size in 16 24 32 48 64 128 256 512; do
        expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
    tar_list=$(tar tzf "$(tgz)")
    for f in "${expected[@]}"; do
        [ -f "$work/root/$f" ] || fail "the .deb lacks /$f"
        # The .tar.gz holds the same tree below device-restore-VERSION-Linux/ (no /usr).
        grep -q "/${f#usr/}\$" <<<"$tar_list" || fail "the .tar.gz lacks ${f#usr/}"
        echo "ok /$f"
    done
    file "$work/root/usr/share/icons/hicolor/48x48/apps/$app_id.png" | grep -q "48 x 48" || fail "48x48 icon has another size"
    depends=$(dpkg-deb -f "$(deb)" Depends)
    echo "Depends: $depends"
    for lib in libc6 libqt6core6 libqt6widgets6 libusb-1.0-0 libzip4 qt6-qpa-plugins; do
        grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib (dpkg-shlibdeps should find it)"
    done
    zcat "$work/root/usr/share/man/man1/device-restore.1.gz" | man -l - >/dev/null 2>&1 || fail "the manual page does not render"
    ;;
run)
    bin="$work/root/usr/bin/device-restore"
    version=$("$bin" --version)
    echo "$version"
    [[ "$version" =~ ^device-restore\ [0-9]+\.[0-9]+\.[0-9]+ ]] || fail "--version printed '$version'"
    corpus=${DR_CORPUS_DIR:-$HOME/.cache/device-restore/real-binaries}
    module="$corpus/boron-system-part1@2.2.0.bin"
    [ -f "$module" ] || module=$(ls "$corpus"/*.bin | head -n1)
    "$bin" inspect-file "$module" | head -n 5
    # The GUI: its first frame painted offscreen, then it quits by itself after a second.
    # Its own settings and cache, and an empty folder as the catalog address: no network, nothing of the user's.
    mkdir -p "$work/home/config" "$work/home/cache" "$work/home/no-catalog"
    gui=$(QT_QPA_PLATFORM=offscreen DR_STARTUP_PROBE=1 DR_STARTUP_PROBE_IDLE=1 XDG_RUNTIME_DIR=/tmp/runtime-dr-tests \
          XDG_CONFIG_HOME="$work/home/config" XDG_CACHE_HOME="$work/home/cache" \
          DEVICE_RESTORE_CATALOG_URL="$work/home/no-catalog" timeout 30 "$bin")
    echo "$gui"
    grep -q '^first-paint-ms:' <<<"$gui" || fail "the GUI did not paint its window"
    grep -q '^idle-seconds: 1' <<<"$gui" || fail "the GUI did not stay up for a second"
    cmp <("$bin" doctor --print-udev-rule) "$work/root/usr/lib/udev/rules.d/60-device-restore.rules" \
        || fail "the installed udev rule differs from the one the program makes"
    echo "the installed udev rule is the one the program makes"
    ;;
*)
    fail "unknown step"
    ;;
esac
