#!/bin/bash
# stop-sshd.sh DIR
#
# Stops the sshd that start-sshd.sh started for DIR and every process it forked (sessions, the
# commands they run). Idempotent. DIR itself (log, keys) is left in place.
set -uo pipefail
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
DIR=${1:?usage: stop-sshd.sh DIR}
HERE=$(dirname "$(readlink -f "$0")")
[[ -d $DIR ]] || exit 0
DIR=$(readlink -f "$DIR")
source "$HERE/sshd-lib.sh"

pid=$(bed_sshd_pid "$DIR") || { rm -f "$DIR/sshd.pid"; exit 0; }
# Its sessions (sshd forks one child per connection, which may call setsid and run a test command that
# never ends) are found before the listener goes, while they are still its descendants.
children=$(descendants "$pid")
kill -TERM "$pid" 2>/dev/null
for child in $children; do kill -TERM "$child" 2>/dev/null; done
for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
kill -KILL "$pid" 2>/dev/null
for child in $children; do kill -KILL "$child" 2>/dev/null; done
rm -f "$DIR/sshd.pid"
exit 0
