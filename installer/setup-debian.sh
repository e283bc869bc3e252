#!/usr/bin/env bash
# Installs every build and test dependency of Device Restore on Debian 12 / Ubuntu 22.04+,
# then fetches the real Device OS binaries used by the tests (once; cached outside git).
#
# macOS (Homebrew):  brew install cmake qt@6 libusb protobuf zlib pkg-config node
# Windows (MSYS2 UCRT64): pacman -S mingw-w64-ucrt-x86_64-{cmake,qt6-base,qt6-serialport,qt6-tools,libusb,protobuf,zlib,pkgconf,nodejs}
#   (umockdev, dfu-util conformance tests and the pty tests are Linux-only.)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  qt6-base-dev qt6-serialport-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
  libusb-1.0-0-dev zlib1g-dev libzip-dev libdeflate-dev libssl-dev libprotobuf-dev protobuf-compiler
  umockdev libumockdev-dev gir1.2-umockdev-1.0 dfu-util socat
  curl openssl
  xvfb xauth x11-utils imagemagick matchbox-window-manager
  clang libclang-rt-14-dev
  fonts-dejavu-core fonts-noto-cjk
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing ${#missing[@]} packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup: all system packages present"
fi

"$here/fetch-real-binaries.sh"
"$here/fetch-device-constants.sh"
