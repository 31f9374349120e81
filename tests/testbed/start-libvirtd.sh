#!/bin/bash
# start-libvirtd.sh [--keep] DIR
#
# Starts a private, root libvirtd whose every file lives under DIR, waits until
# its socket answers and prints its URI on stdout:
#     qemu:///system?socket=DIR/run/libvirt-sock
#
# Isolation: a root libvirtd hardcodes /etc/libvirt, /run/libvirt,
# /var/lib/libvirt, /var/log/libvirt and /var/cache/libvirt (qemu.conf, domain
# and pool XML, domain status, monitor sockets). Only libvirtd.conf can be moved
# with --config. So the daemon runs in its own mount namespace where those
# directories are bind mounts of DIR/root/*: two beds never see each other's
# domains, a crashed run leaves nothing in the host's /etc/libvirt, and the
# private qemu.conf needs no change to the host's one.
#
#   DIR/libvirtd.pid    pid of libvirtd (SIGSTOP/SIGCONT it to simulate a hang)
#   DIR/run/            unix sockets (libvirt-sock, libvirt-sock-ro, libvirt-admin-sock)
#   DIR/log/            libvirtd.log, libvirtd.stdout, qemu/NAME.log, serial logs
#   DIR/root/etc        -> /etc/libvirt       (qemu.conf, qemu/*.xml, storage/*.xml)
#   DIR/root/run        -> /run/libvirt       (qemu/NAME.pid, NAME.xml status)
#   DIR/root/lib        -> /var/lib/libvirt   (monitor sockets, domain dirs)
#   DIR/log             -> /var/log/libvirt
#   $CACHE/libvirt-cache -> /var/cache/libvirt (QEMU capabilities, shared by all beds)
#   DIR/tap-prefix      prefix of tap device names that belong to this bed
#
# Without --keep, persistent domains/pools left in DIR by an earlier daemon are
# wiped first (a clean bed). With --keep (used to restart a daemon in place) they
# are kept, and the new daemon reattaches to guests that are still running.
# If a live daemon already owns DIR, its URI is printed and nothing is started.
#
# Before starting, beds registered by earlier runs whose owner process died
# (a crashed test) are stopped with stop-libvirtd.sh; their DIR is deleted too
# if it holds a .remove-when-abandoned marker (temporary DIRs of the helper).
#
# Environment:
#   VIRTDECK_TESTBED_OWNER_PID  pid whose death marks this bed as abandoned
#                               (the C++ helper passes its own pid). Unset: the
#                               bed is never reaped (manual use from a shell,
#                               where $PPID would be a short-lived subshell).
#   VIRTDECK_TESTBED_CACHE      shared cache root (default /var/tmp/virtdeck-testbed)
#   VIRTDECK_TESTBED_TIMEOUT    seconds to wait for the socket (default 60)
set -euo pipefail
# CI environments may lack the sbin directories (libvirtd, ip live there).
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH

KEEP=0
if [[ "${1:-}" == --keep ]]; then KEEP=1; shift; fi
DIR=${1:?usage: start-libvirtd.sh [--keep] DIR}
HERE=$(dirname "$(readlink -f "$0")")
CACHE=${VIRTDECK_TESTBED_CACHE:-/var/tmp/virtdeck-testbed}
TIMEOUT=${VIRTDECK_TESTBED_TIMEOUT:-60}
OWNER=${VIRTDECK_TESTBED_OWNER_PID:-}

die() { echo "start-libvirtd.sh: $*" >&2; exit 1; }
[[ $(id -u) == 0 ]] || die "must run as root (the test bed is a privileged libvirtd)"
for tool in libvirtd virsh unshare ip chrt; do
    command -v "$tool" >/dev/null || die "$tool not found (apt-get install libvirt-daemon-driver-qemu libvirt-clients util-linux iproute2)"
done

mkdir -p "$DIR"
DIR=$(readlink -f "$DIR")
URI="qemu:///system?socket=$DIR/run/libvirt-sock"
# sun_path holds 108 bytes; the admin socket has the longest name.
(( ${#DIR} + 24 < 108 )) || die "DIR path too long for a unix socket: $DIR"

source "$HERE/testbed-lib.sh"

# --- reap beds abandoned by crashed runs --------------------------------------
mkdir -p "$BED_REGISTRY"
for reg in "$BED_REGISTRY"/*; do
    [[ -f $reg ]] || continue
    other=$(cat "$reg" 2>/dev/null || true)
    [[ -n $other && $other != "$DIR" ]] || continue
    if [[ ! -d $other ]] || ! owner_alive "$other"; then
        echo "start-libvirtd.sh: stopping abandoned bed $other" >&2
        "$HERE/stop-libvirtd.sh" "$other" >&2 || true
        rm -f "$reg"
        # The C++ helper marks the temporary DIRs it would have deleted itself.
        if [[ -f $other/.remove-when-abandoned && -f $other/libvirtd.conf ]]; then
            rm -rf -- "$other"
        fi
    fi
done

# --- already running? ---------------------------------------------------------
pid=$(daemon_pid "$DIR" || true)
if [[ -n $pid ]]; then
    write_owner "$DIR" "$OWNER"
    if wait_for_socket "$URI" "$TIMEOUT" "$pid"; then
        echo "$URI"
        exit 0
    fi
    die "libvirtd $pid owns $DIR but does not answer (stopped with SIGSTOP?)"
fi

# --- stale leftovers of a previous daemon in this DIR --------------------------
rm -f "$DIR/libvirtd.pid" "$DIR"/run/libvirt-sock* "$DIR"/run/libvirt-admin-sock
if (( ! KEEP )); then
    # A clean bed: guests of an earlier daemon in this DIR are killed, their
    # persistent definitions and pools forgotten.
    kill_bed_qemus "$DIR"
    remove_bed_taps "$DIR"
    rm -rf "$DIR/root/etc/qemu" "$DIR/root/etc/storage" "$DIR/root/run" "$DIR/root/lib"
fi
mkdir -p "$DIR/run" "$DIR/log/qemu" "$DIR/root/etc" "$DIR/root/run" "$DIR/root/lib" "$CACHE/libvirt-cache"
chmod 755 "$DIR"

# Tap devices of this bed share a prefix derived from DIR so stop-libvirtd.sh
# can find leftovers without touching anyone else's interfaces.
if [[ ! -s $DIR/tap-prefix ]]; then
    echo "vd$(echo -n "$DIR" | md5sum | cut -c1-4)" > "$DIR/tap-prefix"
fi

cat > "$DIR/libvirtd.conf" <<EOF
# Generated by start-libvirtd.sh: private test bed daemon.
unix_sock_dir = "$DIR/run"
unix_sock_ro_perms = "0777"
unix_sock_rw_perms = "0700"
auth_unix_ro = "none"
auth_unix_rw = "none"
log_outputs = "3:file:$DIR/log/libvirtd.log"
# Keep the daemon's own worker pool small; the tests are not load tests.
min_workers = 2
max_workers = 10
EOF

# qemu.conf choices, each for a reason:
#  user/group root      no 'libvirt-qemu' account needed; QEMU can read the
#                       kernel/initrd cache and write serial logs anywhere.
#  dynamic_ownership 0  never chown the shared cached kernel/initrd files.
#  security_driver none no AppArmor/SELinux profiles on a test box.
#  stdio_handler file   QEMU writes its log straight to DIR/log/qemu, so no
#                       virtlogd has to run (one daemon fewer to start, stop and
#                       keep inside the namespace).
#  namespaces []        QEMU sees the real /dev, so the pty paths in the live
#                       XML can be opened by tests directly.
cat > "$DIR/root/etc/qemu.conf" <<'EOF'
user = "root"
group = "root"
dynamic_ownership = 0
remember_owner = 0
security_driver = "none"
stdio_handler = "file"
namespaces = [ ]
EOF

# libvirt resolves its built-in default QEMU account ('libvirt-qemu' on Debian)
# before it reads qemu.conf, so the account must exist even though our
# qemu.conf runs QEMU as root. Create it like libvirt-daemon-system would.
ensure_qemu_account() {
    getent group libvirt-qemu >/dev/null || groupadd --system libvirt-qemu 2>/dev/null || true
    getent passwd libvirt-qemu >/dev/null ||
        useradd --system --gid libvirt-qemu --no-create-home --home-dir /var/lib/libvirt \
            --shell /usr/sbin/nologin --comment "Libvirt Qemu" libvirt-qemu 2>/dev/null || true
    getent passwd libvirt-qemu >/dev/null || die "could not create the libvirt-qemu account"
}
ensure_qemu_account

# Mount points on the host: empty directories, created once, never written.
mkdir -p /etc/libvirt /run/libvirt /var/lib/libvirt /var/log/libvirt /var/cache/libvirt

# The daemon and its guests run at idle priority: they get the CPU time nothing else wants. On a real
# installation the hypervisor is another machine; here QEMU's TCG emulation of the guest's CPU shares
# the test machine's two cores with the application under test. At equal priority the kernel left the
# application's GUI thread runnable but waiting for a core for over 50 ms at a time (measured from
# /proc/thread-self/schedstat by tests/testbed/StallMeter), which says nothing about the application;
# nice 10 was not enough either, because the kernel's autogroups weigh each session as one. So the
# daemon runs under SCHED_IDLE, and libvirt's cgroup for QEMU is made an idle group
# (lower_guest_cpu_priority).
lower_guest_cpu_priority
cat > "$DIR/ns-exec.sh" <<EOF
#!/bin/sh
# Runs inside the private mount namespace, then becomes libvirtd.
set -e
mount --bind "$DIR/root/etc" /etc/libvirt
mount --bind "$DIR/root/run" /run/libvirt
mount --bind "$DIR/root/lib" /var/lib/libvirt
mount --bind "$DIR/log" /var/log/libvirt
mount --bind "$CACHE/libvirt-cache" /var/cache/libvirt
exec chrt --idle 0 libvirtd --config "$DIR/libvirtd.conf" --pid-file "$DIR/libvirtd.pid"
EOF
chmod 755 "$DIR/ns-exec.sh"

write_owner "$DIR" "$OWNER"
echo "$DIR" > "$(bed_registry_entry "$DIR")"

start_ns=$(date +%s%N)
# setsid: the daemon must not get the caller's terminal signals; stdin closed
# because CI has none. unshare execs (no --fork), so the pid file holds the
# real libvirtd pid.
setsid unshare --mount --propagation private -- "$DIR/ns-exec.sh" \
    </dev/null >>"$DIR/log/libvirtd.stdout" 2>&1 &
launcher=$!

# Wait for the pid file, then for the socket to answer.
pid=
for _ in $(seq 1 100); do
    pid=$(daemon_pid "$DIR" || true)
    [[ -n $pid ]] && break
    if ! kill -0 "$launcher" 2>/dev/null; then break; fi
    sleep 0.1
done
if [[ -z $pid ]]; then
    tail -n 20 "$DIR/log/libvirtd.stdout" "$DIR/log/libvirtd.log" >&2 2>/dev/null || true
    die "libvirtd did not start (see $DIR/log)"
fi
if ! wait_for_socket "$URI" "$TIMEOUT" "$pid"; then
    tail -n 20 "$DIR/log/libvirtd.stdout" "$DIR/log/libvirtd.log" >&2 2>/dev/null || true
    die "libvirtd $pid did not answer on $URI within ${TIMEOUT}s"
fi
echo "start-libvirtd.sh: libvirtd $pid ready in $(( ($(date +%s%N) - start_ns) / 1000000 )) ms" >&2
echo "$URI"
