#!/usr/bin/env bash
# Fetches real Device OS module binaries from old particle-cli tarballs on the npm registry
# into a cache outside git, flattened into one folder with a manifest of SHA-256 sums.
# Runs once; later runs only verify. The tests and the app's bundled source read this folder.
#
#   DEVICE_RESTORE_CORPUS  where to put it (default: ${XDG_CACHE_HOME:-~/.cache}/device-restore/real-binaries)
set -euo pipefail

dest="${DEVICE_RESTORE_CORPUS:-${XDG_CACHE_HOME:-$HOME/.cache}/device-restore/real-binaries}"

# particle-cli version -> SHA-256 of its npm tarball (pinned so the corpus never drifts).
# What each one carries: 1.16.0 Device OS 0.5.2 (Photon/P1/Electron); 2.3.0 1.5.0; 2.6.0 1.5.2;
# 2.9.0 2.0.0; 2.12.0 2.1.0; 2.16.0 2.2.0 (all Gen2/Gen3 platforms); 3.51.0 Tinker for P2/Tracker M/E404X/M SoM.
tarballs=(
  "3.51.0 b67a764f7b8a51c0a43a84725bf0cce41e78012d5de43a2f8029e854635cc13e"
  "2.16.0 8740e7bb69fbba35d1d8ebecd8171a7e597f094e844dd964fc2aea669faa24bb"
  "2.12.0 a4a6ad52449d3e604f437de5960285d106d257040f2dea8a74908e646cd77ce1"
  "2.9.0 a5a48aaa6bb82b4b14e654f9905f078453ca87ba458ccdb31771b20805e980e4"
  "2.6.0 f9000b61709e484179591f7feb5e0fc74c4a54965267b6dc689b9f067362ea6c"
  "2.3.0 45a770aea76e8081fe69c50b85eb66f2c892a790dfafcc8653300221da3beff7"
  "1.16.0 fd712aa41c8a2f1755ace305bd3ce0103f80bb7d18b326afcc8226fa53cb6bcd"
)

if [ -f "$dest/MANIFEST.sha256" ] && (cd "$dest" && sha256sum --quiet -c MANIFEST.sha256 >/dev/null 2>&1); then
  echo "fetch-real-binaries: corpus present and verified in $dest ($(wc -l < "$dest/MANIFEST.sha256") files)"
  exit 0
fi

command -v npm >/dev/null || { echo "fetch-real-binaries: npm is required (apt-get install npm)" >&2; exit 1; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
stage="$work/corpus"; mkdir -p "$stage"

for entry in "${tarballs[@]}"; do
  read -r ver sum <<<"$entry"
  (cd "$work" && npm pack --silent "particle-cli@$ver" >/dev/null)
  tgz="$work/particle-cli-$ver.tgz"
  got="$(sha256sum "$tgz" | cut -d' ' -f1)"
  if [ "$got" != "$sum" ]; then
    echo "fetch-real-binaries: particle-cli@$ver tarball has SHA-256 $got, expected $sum" >&2; exit 1
  fi
  mkdir -p "$work/x$ver"
  tar xzf "$tgz" -C "$work/x$ver" --wildcards '*.bin'
  while IFS= read -r -d '' f; do
    name="$(basename "$f")"
    if [ -e "$stage/$name" ]; then
      cmp -s "$f" "$stage/$name" && continue
      name="${name%.bin}.cli-$ver.bin"     # same name, other content (core_tinker.bin in 1.16.0)
    fi
    cp "$f" "$stage/$name"
  done < <(find "$work/x$ver" -name '*.bin' -print0 | sort -z)
  echo "fetch-real-binaries: particle-cli@$ver unpacked"
done

(cd "$stage" && sha256sum -- *.bin > MANIFEST.sha256)
mkdir -p "$(dirname "$dest")"
rm -rf "$dest.tmp" && mv "$stage" "$dest.tmp" && rm -rf "$dest" && mv "$dest.tmp" "$dest"
echo "fetch-real-binaries: $(wc -l < "$dest/MANIFEST.sha256") files in $dest"
