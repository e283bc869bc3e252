#!/usr/bin/env bash
# Fetches Particle's own platform data, the npm package @particle/device-constants (pinned by SHA-256),
# into a cache outside git. tests/platform/tst_deviceconstants compares resources/platforms.json with
# its constants.json. Runs once; later runs only verify.
#
#   DEVICE_RESTORE_DEVICE_CONSTANTS  where to put it (default:
#                                    ${XDG_CACHE_HOME:-~/.cache}/device-restore/device-constants-4.2.1)
set -euo pipefail

version="4.2.1"
sum="19d8ae77030edbb265515bac82e43aa9f5009aa6ea6e99ad4213f654ea00f943"
dest="${DEVICE_RESTORE_DEVICE_CONSTANTS:-${XDG_CACHE_HOME:-$HOME/.cache}/device-restore/device-constants-$version}"

if [ -f "$dest/constants.json" ] && [ -f "$dest/tarball.sha256" ] && [ "$(cat "$dest/tarball.sha256")" = "$sum" ]; then
  echo "fetch-device-constants: @particle/device-constants@$version present in $dest"
  exit 0
fi

command -v npm >/dev/null || { echo "fetch-device-constants: npm is required (apt-get install npm)" >&2; exit 1; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@particle/device-constants@$version" >/dev/null)
tgz="$work/particle-device-constants-$version.tgz"
got="$(sha256sum "$tgz" | cut -d' ' -f1)"
if [ "$got" != "$sum" ]; then
  echo "fetch-device-constants: @particle/device-constants@$version tarball has SHA-256 $got, expected $sum" >&2; exit 1
fi
tar xzf "$tgz" -C "$work" package/src/constants.json
mkdir -p "$dest"
cp "$work/package/src/constants.json" "$dest/constants.json"
echo "$sum" > "$dest/tarball.sha256"
echo "fetch-device-constants: @particle/device-constants@$version in $dest"
