#!/bin/bash
# virtdeck quick start on a fresh Debian 12 machine.
#
#   tools/quickstart.sh run    install what virtdeck needs, build it, open it on the built-in demo fleet
#                              (as root, or as a user with sudo)
#   tools/quickstart.sh test   install what the tests need too, build, run every test suite (as root)
#
# The test mode starts its own private libvirtd, QEMU guests (TCG) and sshd on loopback; it fails if
# the libvirtd suite was skipped, so a missing package shows up here and not at a user's desk.
set -euo pipefail

MODE=${1:-}
HERE=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${VIRTDECK_BUILD_DIR:-$HERE/build}
JOBS=${VIRTDECK_JOBS:-$(nproc)}

BUILD_PACKAGES=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6svg6 libgl-dev
    libvirt-dev libssh-dev libvterm-dev librrd-dev nlohmann-json3-dev
    help2man dpkg-dev)
TEST_PACKAGES=(libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients qemu-system-x86
    busybox-static linux-image-amd64 cpio iproute2 util-linux xz-utils
    openssh-server openssh-client rrdcached xvfb xauth
    desktop-file-utils appstream)

usage() {
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -qq --no-install-recommends "$@" > /dev/null
}

configure_and_build() {
    # ccache, when the machine has it, makes a rebuild in another clone of the tree cheap.
    local launcher=()
    if command -v ccache > /dev/null; then
        export CCACHE_BASEDIR=$HERE CCACHE_NOHASHDIR=1
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$HERE" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@"
    cmake --build "$BUILD" --parallel "$JOBS"
}

case "$MODE" in
run)
    install_packages "${BUILD_PACKAGES[@]}"
    configure_and_build -DVIRTDECK_BUILD_TESTS=OFF
    # With no saved connection virtdeck opens the demo fleet (libvirt's test driver).
    exec "$BUILD/app/virtdeck" --demo
    ;;
test)
    # The libvirtd suite starts a private libvirtd, QEMU guests and tap devices: that takes root itself,
    # not sudo for the package installation only.
    if [[ $(id -u) -ne 0 ]]; then
        echo "quickstart: the test command runs as root (the libvirtd suite starts its own libvirtd);" \
            "try: sudo $0 test" >&2
        exit 2
    fi
    install_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure_and_build -DVIRTDECK_BUILD_TESTS=ON
    # A machine that cannot run the private libvirtd must fail, not skip.
    export VIRTDECK_TESTBED_REQUIRED=1
    cd "$BUILD"
    status=0
    ctest --output-on-failure --no-tests=error --timeout 900 -j "$JOBS" \
        --output-junit "$BUILD/ctest-results.xml" "${@:2}" || status=$?
    # What the tests measured (stalls, rates, read-backs) is printed even when they pass. ctest keeps
    # every test's output in LastTest.log until its next run (the listing below), so keep a copy.
    cp Testing/Temporary/LastTest.log "$BUILD/ctest-output.log" 2>/dev/null || true
    echo "quickstart: figures measured by the tests (QINFO lines; whole output in $BUILD/ctest-output.log):"
    grep -E '^QINFO' "$BUILD/ctest-output.log" | cut -c1-400 || true
    # Prove the libvirtd suite really ran: each test labelled libvirtd ran (none skipped, none missing).
    libvirtd_tests=$(ctest -L libvirtd -N | sed -n 's/^ *Test *#[0-9]*: *//p')
    if [[ -z $libvirtd_tests ]]; then
        echo "quickstart: no libvirtd tests are registered" >&2
        exit 1
    fi
    for t in $libvirtd_tests; do
        # status="run" passed, "fail" failed (ctest said so above); anything else never ran.
        if ! grep -Eq "<testcase name=\"$t\"[^>]*status=\"(run|fail)\"" "$BUILD/ctest-results.xml"; then
            echo "quickstart: libvirtd test $t did not run (skipped or filtered out)" >&2
            status=1
        fi
    done
    exit $status
    ;;
*) usage ;;
esac
