#!/bin/bash
# Regenerates docs/screenshot.png: virtdeck on the demo fleet, in a real X server (Xvfb), with a server
# selected. Usage: tools/screenshot.sh [BUILD_DIR] (default: build); SELECT=name PAGE=id (console,
# charts, flex, boot, diagnose) DELAY=ms OUT_FILE=path change what is taken. Needs xvfb (quickstart.sh test
# installs it).
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$HERE/build}
OUT=$HERE/docs/screenshot.png
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"; [[ -n ${XPID:-} ]] && kill "$XPID" 2>/dev/null || true' EXIT

DISPLAY_NUMBER=97
while [[ -e /tmp/.X11-unix/X$DISPLAY_NUMBER ]]; do DISPLAY_NUMBER=$((DISPLAY_NUMBER + 1)); done
Xvfb ":$DISPLAY_NUMBER" -screen 0 1600x1000x24 -nolisten tcp > /dev/null 2>&1 &
XPID=$!
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$DISPLAY_NUMBER ]] && break; sleep 0.1; done

mkdir -p "$HERE/docs"
DISPLAY=":$DISPLAY_NUMBER" XDG_CONFIG_HOME="$HOME_DIR/config" XDG_DATA_HOME="$HOME_DIR/data" \
XDG_RUNTIME_DIR="$HOME_DIR" LANGUAGE=en LC_ALL=C.UTF-8 \
    "$BUILD/app/virtdeck" --lang en --select "${SELECT:-www-en-03}" --page "${PAGE:-overview}" --delay "${DELAY:-6000}" \
    --screenshot "${OUT_FILE:-$OUT}"
echo "wrote ${OUT_FILE:-$OUT}"
