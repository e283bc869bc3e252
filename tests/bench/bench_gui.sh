#!/usr/bin/env bash
# Start-up time and memory of the GUI, against the goals of issue 6 (first window under 300 ms,
# under 80 MB RSS). Builds nothing: give it a build folder that holds bin/device-restore and
# tests/bench/bench_gui.
#
#   tests/bench/bench_gui.sh [--runs N] [--idle S] [--no-offscreen] [--no-restore] [--quick-restore] BUILD_DIR
#
# 1. Start-up: N+1 starts of `device-restore --simulate boron@1.5.2` (DR_STARTUP_PROBE=1, see
#    app/startupprobe.h) on Xvfb with the matchbox window manager (QT_QPA_PLATFORM=xcb), then N+1 on
#    the offscreen platform. Each start is a new process: nothing of an earlier run is in its
#    memory, but the program, Qt, the fonts and the Device OS binaries are in the kernel's page
#    cache, so a start here is "a new process with warm files", not a first start after boot (that
#    needs dropping the page cache, which needs root and slows everybody else on the machine). The
#    first start of each series is not counted: it warms that cache. Time 0 is taken by this script
#    just before it starts the program (fork, exec and dynamic linking count); "painted" is when the
#    window's first frame has been painted, flushed and synced with the X server. Each start then
#    idles S seconds (default 3) and reports its RSS.
# 2. Memory during a restore: bench_gui walks the wizard through a whole restore of a virtual Boron
#    1.5.2 -> 2.2.0 (timing model on: as long as a real Boron takes) on the same Xvfb, sampling RSS
#    every 50 ms. --quick-restore turns the timing model off (as fast as our code allows: the smoke).
# Every figure is required: a missing one fails the script (exit 1). Timings are not judged (a
# loaded machine is slow), only printed against the goals.
set -euo pipefail

runs=10
idle=3
offscreen=1
restore=1
restore_args=()
build=
while [ $# -gt 0 ]; do
    case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --idle) idle="$2"; shift 2 ;;
    --no-offscreen) offscreen=0; shift ;;
    --no-restore) restore=0; shift ;;
    --quick-restore) restore_args=(--no-timing); shift ;;
    -h | --help) sed -n '2,26p' "$0"; exit 0 ;;
    -*) echo "bench_gui.sh: unknown option $1" >&2; exit 2 ;;
    *) build="$1"; shift ;;
    esac
done
case "$idle" in
'' | *[!0-9]* | 0) echo "bench_gui.sh: --idle takes a whole number of seconds, at least 1 (the idle RSS and the device's arrival are read then)" >&2; exit 2 ;;
esac
if [ -z "$build" ]; then
    echo "usage: bench_gui.sh [--runs N] [--idle S] [--no-offscreen] [--no-restore] [--quick-restore] BUILD_DIR" >&2
    exit 2
fi
app="$build/bin/device-restore"
bench="$build/tests/bench/bench_gui"
for f in "$app" "$bench"; do
    [ -x "$f" ] || { echo "bench_gui.sh: $f is missing: build it first (targets device-restore, bench_gui)" >&2; exit 2; }
done
for tool in Xvfb matchbox-window-manager; do
    command -v "$tool" >/dev/null || { echo "bench_gui.sh: $tool is missing (apt-get install xvfb matchbox-window-manager)" >&2; exit 2; }
done

work=$(mktemp -d)
xvfb_pid=
wm_pid=
cleanup() {
    [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
# No remembered window geometry, language or choices from the person's own settings.
export XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# One X server and window manager for all xcb runs (their start is not the program's). matchbox
# gives the window the whole screen but its frame (4 pixels left, right and below, 20 above): this
# screen leaves the window its own first size, 980x720, as offscreen does.
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 988x744x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "bench_gui.sh: Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
display=":$(head -n1 "$work/display")"
DISPLAY=$display matchbox-window-manager -use_titlebar no >"$work/wm.log" 2>&1 &
wm_pid=$!
sleep 0.5

missing=0
value() { # value KEY FILE: the figure, or nothing
    sed -n "s/^$1: //p" "$2" | head -n1
}
stats() { # stats < numbers: min median max
    sort -n | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "- - -"; exit }
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%s %s %s\n", v[1], m, v[NR] }'
}

# starts PLATFORM: N+1 starts, prints the figures, leaves the medians in $work/PLATFORM.medians
starts() {
    local platform="$1" i out t0
    : >"$work/$platform.paint"; : >"$work/$platform.rss"; : >"$work/$platform.idle"; : >"$work/$platform.premain"
    : >"$work/$platform.device"
    for i in $(seq 0 "$runs"); do
        out="$work/$platform.$i.out"
        rm -rf "$XDG_CONFIG_HOME"; mkdir -p "$XDG_CONFIG_HOME" # no settings an earlier start wrote
        t0=$(date +%s%N)
        if ! DISPLAY=$display QT_QPA_PLATFORM=$platform DR_STARTUP_PROBE=1 DR_STARTUP_PROBE_T0_NS=$t0 \
            DR_STARTUP_PROBE_IDLE=$idle timeout $((idle + 60)) "$app" --simulate boron@1.5.2 >"$out" 2>"$out.err"; then
            echo "bench_gui.sh: device-restore failed on $platform (run $i):" >&2
            cat "$out" "$out.err" >&2
            missing=1
            continue
        fi
        [ "$i" -eq 0 ] && continue # the warm-up start
        for key in first-paint-ms rss-kb-at-first-paint rss-kb-idle premain-ms first-device-ms; do
            [ -n "$(value "$key" "$out")" ] || { echo "bench_gui.sh: no $key from $platform run $i" >&2; cat "$out" "$out.err" >&2; missing=1; }
        done
        [ "$(value startup-basis "$out")" = launcher ] || { echo "bench_gui.sh: $platform run $i did not time from the launch" >&2; missing=1; }
        value first-paint-ms "$out" >>"$work/$platform.paint"
        value rss-kb-at-first-paint "$out" >>"$work/$platform.rss"
        value rss-kb-idle "$out" >>"$work/$platform.idle"
        value premain-ms "$out" >>"$work/$platform.premain"
        value first-device-ms "$out" >>"$work/$platform.device"
    done
    echo "start-up on $platform ($runs starts after 1 warm-up; min / median / max):"
    read -r a b c < <(stats <"$work/$platform.paint")
    printf '  first-paint-ms:         %8s %8s %8s\n' "$a" "$b" "$c"
    echo "$b" >"$work/$platform.paint.median"
    read -r a b c < <(stats <"$work/$platform.premain")
    printf '  of which before main:   %8s %8s %8s  (ms: exec, dynamic linking, static initialisers)\n' "$a" "$b" "$c"
    read -r a b c < <(stats <"$work/$platform.device")
    printf '  first-device-ms:        %8s %8s %8s  (the virtual Boron listed: made on a worker thread, then plugged in)\n' "$a" "$b" "$c"
    read -r a b c < <(stats <"$work/$platform.rss")
    printf '  rss-kb-at-first-paint:  %8s %8s %8s\n' "$a" "$b" "$c"
    echo "$c" >"$work/$platform.rss.max"
    read -r a b c < <(stats <"$work/$platform.idle")
    printf '  rss-kb-idle (%ss):       %8s %8s %8s\n' "$idle" "$a" "$b" "$c"
    echo "$c" >"$work/$platform.idle.max"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(uname -r)"
echo "program: $app --simulate boron@1.5.2"
starts xcb
[ "$offscreen" -eq 1 ] && starts offscreen

restore_peak=
if [ "$restore" -eq 1 ]; then
    echo "memory during a restore (bench_gui on xcb):"
    if DISPLAY=$display QT_QPA_PLATFORM=xcb timeout 900 "$bench" "${restore_args[@]}" >"$work/bench.out" 2>"$work/bench.err"; then
        sed 's/^/  /' "$work/bench.out"
        for key in restore-wall-ms rss-kb-ready rss-kb-restore-peak rss-kb-restore-mean hwm-kb; do
            [ -n "$(value "$key" "$work/bench.out")" ] || { echo "bench_gui.sh: bench_gui printed no $key" >&2; missing=1; }
        done
        # The higher of the sampled peak and VmHWM (the kernel's counters lag a little behind).
        restore_peak=$(printf '%s\n%s\n' "$(value hwm-kb "$work/bench.out")" "$(value rss-kb-restore-peak "$work/bench.out")" | sort -n | tail -n1)
    else
        echo "bench_gui.sh: bench_gui failed:" >&2
        cat "$work/bench.out" "$work/bench.err" >&2
        missing=1
    fi
fi

# The goals: first window under 300 ms, under 80 MB (80 000 000 bytes = 78 125 KiB) of RSS.
echo "against the goals (xcb):"
paint=$(cat "$work/xcb.paint.median" 2>/dev/null || echo -)
verdict() { if [ "$1" = - ] || [ -z "$1" ]; then echo "no figure"; elif awk "BEGIN { exit !($1 < $2) }"; then echo meets; else echo misses; fi; }
printf '  first window, median:        %8s ms  goal  300 ms: %s\n' "$paint" "$(verdict "$paint" 300)"
for f in xcb.rss.max xcb.idle.max; do
    kb=$(cat "$work/$f" 2>/dev/null || echo -)
    printf '  %-28s %8s KiB goal 78125 KiB (80 MB): %s\n' "$( [ $f = xcb.rss.max ] && echo 'RSS at first paint, max:' || echo 'RSS idle, max:')" "$kb" "$(verdict "$kb" 78125)"
done
if [ "$restore" -eq 1 ]; then
    printf '  %-28s %8s KiB goal 78125 KiB (80 MB): %s\n' "RSS peak, restore:" "${restore_peak:--}" "$(verdict "${restore_peak:--}" 78125)"
fi
if [ "$missing" -ne 0 ]; then
    echo "bench_gui.sh: some figures are missing (see above)" >&2
    exit 1
fi
