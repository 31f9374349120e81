#!/bin/bash
# make-users.sh KEYUSER PWUSER PASSWORD
#
# Creates the two test users of the sshd bed, idempotently: KEYUSER logs in with a key only (its
# password field is "*": no password, yet not "locked", which sshd without PAM would refuse), PWUSER
# with PASSWORD (set again on every call, so each bed can pick a fresh one). Both get a home and
# /bin/sh. Needs root. Safe to run on a fresh Debian 12 without stdin.
set -euo pipefail
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
KEYUSER=${1:?usage: make-users.sh KEYUSER PWUSER PASSWORD}
PWUSER=${2:?usage: make-users.sh KEYUSER PWUSER PASSWORD}
PASSWORD=${3:?usage: make-users.sh KEYUSER PWUSER PASSWORD}

for user in "$KEYUSER" "$PWUSER"; do
    if ! id -u "$user" >/dev/null 2>&1; then
        # -U: own group; -m: a home (sshd changes into it; a missing home only warns, but commands
        # such as `cd` in tests expect one).
        useradd -m -U -s /bin/sh -c "virtdeck ssh test user" "$user" 2>/dev/null ||
            id -u "$user" >/dev/null # lost a race with another bed: fine if it exists now
    fi
done
usermod -p '*' "$KEYUSER"
echo "$PWUSER:$PASSWORD" | chpasswd
