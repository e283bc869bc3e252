#!/usr/bin/env bash
# Screenshots of the wizard as a person sees it: tests/ui/render_screenshots on an Xvfb screen of
# exactly the window's size, with the matchbox window manager (which gives the window the whole
# screen, places dialogs and gives focus), QT_QPA_PLATFORM=xcb; then the restore station
# (tests/ui/render_station_screenshots: six devices, a device's details, the recipe editor) on a
# screen of the station's size. Builds nothing.
#
#   tests/ui/render-screenshots.sh [--size WIDTHxHEIGHT] [--station-size WIDTHxHEIGHT] [--language CODE]
#                                  [--quick] [--optimise] BUILD_DIR OUT_DIR
#
# --size        window size, default 980x720 (the wizard's own default)
# --station-size the station window's size, default 1280x960 (a bench monitor shows six devices)
# --language    render in that language (de, es, ...), through ui/i18n
# --quick       virtual devices without real-hardware timing (faster; the restore shot is the same)
# --optimise    rewrite the PNGs as 8-bit palette images with ImageMagick where smaller (for the README)
# The README's images: tests/ui/render-screenshots.sh --optimise build resources/screenshots
set -euo pipefail

size=980x720
station_size=1280x960
language=
quick=
optimise=0
positional=()
while [ $# -gt 0 ]; do
    case "$1" in
    --size) size="$2"; shift 2 ;;
    --station-size) station_size="$2"; shift 2 ;;
    --language) language="$2"; shift 2 ;;
    --quick) quick=--quick; shift ;;
    --optimise) optimise=1; shift ;;
    -h | --help) sed -n '2,17p' "$0"; exit 0 ;;
    -*) echo "render-screenshots.sh: unknown option $1" >&2; exit 2 ;;
    *) positional+=("$1"); shift ;;
    esac
done
if [ ${#positional[@]} -ne 2 ]; then
    echo "usage: render-screenshots.sh [--size WxH] [--language CODE] [--quick] [--optimise] BUILD_DIR OUT_DIR" >&2
    exit 2
fi
build="${positional[0]}"
out="${positional[1]}"
driver="$build/tests/ui/render_screenshots"
[ -x "$driver" ] || { echo "render-screenshots.sh: $driver is missing: build the target render_screenshots" >&2; exit 2; }
station_driver="$build/tests/ui/render_station_screenshots"
[ -x "$station_driver" ] || { echo "render-screenshots.sh: $station_driver is missing: build the target render_station_screenshots" >&2; exit 2; }
for tool in Xvfb matchbox-window-manager; do
    command -v "$tool" >/dev/null || { echo "render-screenshots.sh: $tool is missing (apt-get install xvfb matchbox-window-manager)" >&2; exit 2; }
done
convert=/usr/bin/convert-im6.q16 # /usr/local/bin/convert may be a stand-in on these machines
if [ "$optimise" -eq 1 ] && [ ! -x "$convert" ]; then
    echo "render-screenshots.sh: $convert is missing (apt-get install imagemagick)" >&2
    exit 2
fi

work=$(mktemp -d)
xvfb_pid=
wm_pid=
cleanup() {
    [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
# The person's own settings (remembered geometry, language) stay out of the images.
export XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR" "$out"
chmod 700 "$XDG_RUNTIME_DIR"

# matchbox gives the window the whole screen but its frame: 4 pixels left, right and below and 20
# above (seen with xwininfo, also with -use_titlebar no), so the screen is that much larger.
start_screen() { # WIDTHxHEIGHT of the window
    local width=${1%x*} height=${1#*x}
    rm -f "$work/display"
    exec 3>"$work/display"
    Xvfb -displayfd 3 -screen 0 "$((width + 8))x$((height + 24))x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    exec 3>&-
    for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
    [ -s "$work/display" ] || { echo "render-screenshots.sh: Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
    export DISPLAY=":$(head -n1 "$work/display")"
    matchbox-window-manager -use_titlebar no >"$work/wm.log" 2>&1 &
    wm_pid=$!
    sleep 0.5
}
stop_screen() {
    kill "$wm_pid" "$xvfb_pid" 2>/dev/null || true
    wait "$wm_pid" "$xvfb_pid" 2>/dev/null || true
    wm_pid= xvfb_pid=
}

start_screen "$size"
args=(--out "$out" --size "$size")
[ -n "$language" ] && args+=(--language "$language")
[ -n "$quick" ] && args+=("$quick")
QT_QPA_PLATFORM=xcb "$driver" "${args[@]}"
stop_screen

# The restore station, on a screen of its own size.
start_screen "$station_size"
station_args=(--out "$out" --size "$station_size")
[ -n "$language" ] && station_args+=(--language "$language")
QT_QPA_PLATFORM=xcb "$station_driver" "${station_args[@]}"
stop_screen

if [ "$optimise" -eq 1 ]; then
    for png in "$out"/*.png; do
        before=$(stat -c %s "$png")
        # No dithering: flat widget colours need none, and its noise compresses badly.
        "$convert" "$png" -strip +dither -colors 256 -define png:compression-level=9 "PNG8:$png.tmp"
        if [ "$(stat -c %s "$png.tmp")" -lt "$before" ]; then
            mv "$png.tmp" "$png"
        else
            rm "$png.tmp" # the palette image is no smaller: keep the true-colour one
        fi
        echo "optimised $png: $before -> $(stat -c %s "$png") bytes"
    done
fi
