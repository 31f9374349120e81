#!/bin/bash
# stop-libvirtd.sh [--daemon-only] DIR
#
# Tears down the bed started by start-libvirtd.sh DIR: destroys and undefines
# every domain, destroys and undefines every storage pool (and network), stops
# libvirtd, kills any QEMU the daemon could not stop, deletes the bed's tap
# devices and stale cgroups. Idempotent: running it twice, or on a bed whose
# daemon is dead or SIGSTOPped, is fine. DIR itself (logs) is left in place.
#
# --daemon-only stops just libvirtd and leaves the guests running, so a test
# can then run `start-libvirtd.sh --keep DIR` to simulate a daemon restart.
set -uo pipefail
# CI environments may lack the sbin directories (libvirtd, ip live there).
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH

DAEMON_ONLY=0
if [[ "${1:-}" == --daemon-only ]]; then DAEMON_ONLY=1; shift; fi
DIR=${1:?usage: stop-libvirtd.sh [--daemon-only] DIR}
HERE=$(dirname "$(readlink -f "$0")")
[[ -d $DIR ]] || exit 0
DIR=$(readlink -f "$DIR")
URI="qemu:///system?socket=$DIR/run/libvirt-sock"
source "$HERE/testbed-lib.sh"

v() { timeout 20 virsh -q -c "$URI" "$@" </dev/null 2>/dev/null; }

pid=$(daemon_pid "$DIR" || true)

stop_daemon() {
    [[ -n $pid ]] || return 0
    # SIGCONT first: a test may have left the daemon stopped, and a stopped
    # process never acts on SIGTERM.
    kill -CONT "$pid" 2>/dev/null
    kill -TERM "$pid" 2>/dev/null
    kill -CONT "$pid" 2>/dev/null
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "stop-libvirtd.sh: libvirtd $pid ignored SIGTERM, killing" >&2
        kill -KILL "$pid" 2>/dev/null
        sleep 0.2
    fi
    rm -f "$DIR/libvirtd.pid" "$DIR"/run/libvirt-sock* "$DIR"/run/libvirt-admin-sock
}

if (( DAEMON_ONLY )); then
    stop_daemon
    exit 0
fi

if [[ -n $pid ]]; then
    kill -CONT "$pid" 2>/dev/null
    if wait_for_socket "$URI" 10 "$pid"; then
        for dom in $(v list --all --name); do
            v destroy "$dom" >/dev/null
            v undefine "$dom" --managed-save --snapshots-metadata --nvram >/dev/null ||
                v undefine "$dom" >/dev/null
        done
        for pool in $(v pool-list --all --name); do
            v pool-destroy "$pool" >/dev/null
            v pool-undefine "$pool" >/dev/null
        done
        for net in $(v net-list --all --name); do
            v net-destroy "$net" >/dev/null
            v net-undefine "$net" >/dev/null
        done
    else
        echo "stop-libvirtd.sh: libvirtd $pid does not answer; killing guests directly" >&2
    fi
fi
stop_daemon

# Whatever the daemon did not clean up (it was dead, hung or killed).
kill_bed_qemus "$DIR"
remove_bed_taps "$DIR"
remove_bed_cgroups "$DIR"
rm -rf "$DIR/root/etc/qemu" "$DIR/root/etc/storage" "$DIR/root/run/qemu"
rm -f "$(bed_registry_entry "$DIR")"
restore_guest_cpu_priority
exit 0
