#!/bin/bash
# start-sshd.sh [--new-host-key] DIR PORT [PORT...]
#
# Starts a private sshd listening on 127.0.0.1 only, on each PORT, with its own host key, its own
# configuration and log in DIR, and authorized keys read from DIR/authorized_keys/USER (written by the
# caller). --new-host-key replaces the host key first (tests of a changed host key). The daemon runs
# in the foreground mode (-D) in the background of this script; its pid is written to DIR/sshd.pid.
# Prints nothing on success; exits non-zero with the reason (and the log's tail) on failure.
set -euo pipefail
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
NEWKEY=0
if [[ ${1:-} == --new-host-key ]]; then NEWKEY=1; shift; fi
DIR=${1:?usage: start-sshd.sh [--new-host-key] DIR PORT [PORT...]}
shift
(( $# > 0 )) || { echo "start-sshd.sh: no port given" >&2; exit 2; }
HERE=$(dirname "$(readlink -f "$0")")
mkdir -p "$DIR"
DIR=$(readlink -f "$DIR")
source "$HERE/sshd-lib.sh"

SSHD=${SSHD:-/usr/sbin/sshd}
[[ -x $SSHD ]] || { echo "start-sshd.sh: $SSHD not found (apt-get install -y openssh-server)" >&2; exit 3; }
if pid=$(bed_sshd_pid "$DIR"); then
    echo "start-sshd.sh: an sshd ($pid) already runs for $DIR" >&2
    exit 4
fi

if (( NEWKEY )); then rm -f "$DIR/host_ed25519" "$DIR/host_ed25519.pub"; fi
if [[ ! -f $DIR/host_ed25519 ]]; then
    ssh-keygen -q -t ed25519 -N '' -C "virtdeck-sshbed" -f "$DIR/host_ed25519" </dev/null
fi
mkdir -p "$DIR/authorized_keys"
# Privilege separation directory; a fresh container has none.
mkdir -p /run/sshd
chmod 0755 /run/sshd

{
    for port in "$@"; do echo "ListenAddress 127.0.0.1:$port"; done
    cat <<CONF
HostKey $DIR/host_ed25519
PidFile $DIR/sshd-internal.pid
AuthorizedKeysFile $DIR/authorized_keys/%u
# The bed lives in a temporary directory whose parents sshd would otherwise judge too open.
StrictModes no
UsePAM no
PubkeyAuthentication yes
PasswordAuthentication yes
KbdInteractiveAuthentication no
PermitRootLogin no
AllowUsers ${SSHBED_USERS:-vdtest-key vdtest-pw}
PermitEmptyPasswords no
MaxStartups 100:30:200
MaxSessions 50
MaxAuthTries 20
LoginGraceTime 60
UseDNS no
PrintMotd no
PrintLastLog no
LogLevel VERBOSE
CONF
} > "$DIR/sshd_config"

"$SSHD" -t -f "$DIR/sshd_config" || { echo "start-sshd.sh: sshd refused the configuration" >&2; exit 5; }
: > "$DIR/sshd.log"
# setsid: the daemon must not get the test's signals (Ctrl-C) nor hold its terminal.
setsid "$SSHD" -D -f "$DIR/sshd_config" -E "$DIR/sshd.log" </dev/null >/dev/null 2>&1 &
echo $! > "$DIR/sshd.pid"
pid=$(cat "$DIR/sshd.pid")

# Ready when the log says it listens on every port (sshd binds them all before it logs them).
deadline=$(( $(date +%s) + 20 ))
while (( $(date +%s) < deadline )); do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "start-sshd.sh: sshd exited at once:" >&2
        tail -n 20 "$DIR/sshd.log" >&2
        exit 6
    fi
    ready=1
    for port in "$@"; do
        grep -q "Server listening on 127.0.0.1 port $port\." "$DIR/sshd.log" || ready=0
    done
    (( ready )) && exit 0
    sleep 0.05
done
echo "start-sshd.sh: sshd did not listen within 20 s:" >&2
tail -n 20 "$DIR/sshd.log" >&2
kill -TERM "$pid" 2>/dev/null || true
exit 7
