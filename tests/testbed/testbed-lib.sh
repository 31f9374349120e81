# shellcheck shell=bash
# testbed-lib.sh: shell functions shared by start-libvirtd.sh and
# stop-libvirtd.sh. Sourced, not run. Every function takes the bed DIR.

# Every running bed has an entry here holding its DIR, so a later start can
# reap beds whose owner died and the last stop knows it is the last.
BED_REGISTRY=/run/virtdeck-testbed/beds
bed_registry_entry() { # DIR
    echo "$BED_REGISTRY/$(echo -n "$1" | md5sum | cut -c1-16)"
}

# Prints the pid of the libvirtd that owns DIR, if it is alive. The command
# line is checked so a recycled pid never makes us signal a stranger.
daemon_pid() {
    local dir=$1 pid
    pid=$(cat "$dir/libvirtd.pid" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    [[ -r /proc/$pid/cmdline ]] || return 1
    tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$dir/libvirtd.conf" || return 1
    echo "$pid"
}

# Start time of a process in clock ticks since boot (field 22 of stat),
# which together with the pid identifies it even after pid reuse.
proc_starttime() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }   # drop "pid (comm) ", comm may contain spaces
    set -- $stat
    echo "${20}"
}

write_owner() { # DIR [PID]; no PID = "none": nobody may reap this bed
    local st
    if [[ -z ${2:-} ]]; then echo none > "$1/owner"; return; fi
    st=$(proc_starttime "$2" || echo 0)
    echo "$2 $st" > "$1/owner"
}

# True while the process that started the bed still exists (or it has none).
owner_alive() {
    local dir=$1 pid st now
    read -r pid st < "$dir/owner" 2>/dev/null || return 1
    [[ $pid == none ]] && return 0
    now=$(proc_starttime "$pid") || return 1
    [[ $now == "$st" ]]
}

# Polls `virsh version` until it answers, the daemon dies or time runs out.
# Each probe is bounded by timeout(1): a stopped daemon accepts the connection
# but never answers.
wait_for_socket() { # URI SECONDS PID
    local uri=$1 deadline=$(( $(date +%s) + $2 )) pid=$3
    while (( $(date +%s) < deadline )); do
        kill -0 "$pid" 2>/dev/null || return 1
        if [[ -S ${uri#*socket=} ]] &&
           timeout 10 virsh -q -c "$uri" version </dev/null >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.1
    done
    return 1
}

# Pids of QEMU processes started by this bed's daemon(s): libvirt writes one
# pid file per running domain into /run/libvirt/qemu = DIR/root/run/qemu.
bed_qemu_pids() {
    local dir=$1 f pid
    for f in "$dir"/root/run/qemu/*.pid; do
        [[ -f $f ]] || continue
        pid=$(cat "$f" 2>/dev/null) || continue
        [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] || continue
        tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q 'qemu-system' || continue
        echo "$pid"
    done
}

# Last resort when the daemon cannot destroy its guests (dead or hung).
kill_bed_qemus() {
    local dir=$1 pids pid
    pids=$(bed_qemu_pids "$dir")
    [[ -n $pids ]] || return 0
    kill -TERM $pids 2>/dev/null || true
    for _ in $(seq 1 50); do
        pids=$(for pid in $pids; do kill -0 "$pid" 2>/dev/null && echo "$pid"; done)
        [[ -n $pids ]] || return 0
        sleep 0.1
    done
    kill -KILL $pids 2>/dev/null || true
}

# Deletes tap devices of this bed: names starting with DIR/tap-prefix plus any
# listed in DIR/taps (custom names registered by the C++ helper). Only tun/tap
# devices are touched, never a real NIC.
remove_bed_taps() {
    local dir=$1 prefix names n
    prefix=$(cat "$dir/tap-prefix" 2>/dev/null || true)
    names=$(cat "$dir/taps" 2>/dev/null || true)
    if [[ -n $prefix ]]; then
        for n in /sys/class/net/"$prefix"*; do
            [[ -e $n ]] && names+=" ${n##*/}"
        done
    fi
    for n in $names; do
        [[ -e /sys/class/net/$n/tun_flags ]] || continue
        ip link del "$n" 2>/dev/null || true
    done
}

# Names of the domains this bed knows (persistent or running).
bed_domain_names() {
    local dir=$1 f
    for f in "$dir"/root/etc/qemu/*.xml "$dir"/root/run/qemu/*.xml; do
        [[ -f $f ]] || continue
        sed -n 's:.*<name>\(.*\)</name>.*:\1:p' "$f" | head -n1
    done | sort -u
}

# libvirt removes a guest's cgroups when it stops the guest itself; after a
# forced kill they stay behind (empty). Remove those of this bed's domains.
remove_bed_cgroups() {
    local dir=$1 name d
    for name in $(bed_domain_names "$dir"); do
        for d in /sys/fs/cgroup/*/machine/"$name".libvirt-qemu \
                 /sys/fs/cgroup/machine/"$name".libvirt-qemu \
                 /sys/fs/cgroup/*/machine/qemu-*-"$name".libvirt-qemu \
                 /sys/fs/cgroup/machine/qemu-*-"$name".libvirt-qemu; do
            [[ -d $d ]] || continue
            # children first; rmdir only succeeds on empty cgroups
            find "$d" -depth -type d -exec rmdir {} \; 2>/dev/null || true
        done
    done
}

# The guests' CPU priority. libvirt puts every QEMU in the cgroup partition
# "machine", which competes with the rest of the machine as one group of
# default weight, so the nice value QEMU inherits from the daemon has no effect
# on it. While beds run, that group is made an idle group (cpu.idle 1: it runs
# on whatever CPU time nothing else wants, as the daemon does, see
# start-libvirtd.sh) and given the lowest weight where cpu.idle is missing. The
# value it had before is kept in $GUEST_PRIORITY_SAVED ("file value") and put
# back when the last bed stops. Best effort: a machine whose cgroup
# layout differs (systemd's machine.slice) keeps its own.
GUEST_PRIORITY_SAVED=$(dirname "$BED_REGISTRY")/machine-cpu-priority
guest_cgroup_dir() {
    if [[ -d /sys/fs/cgroup/cpu && ! -f /sys/fs/cgroup/cgroup.controllers ]]; then
        mkdir -p /sys/fs/cgroup/cpu/machine 2>/dev/null || return 1
        echo /sys/fs/cgroup/cpu/machine
    elif [[ -d /sys/fs/cgroup/machine ]]; then
        echo /sys/fs/cgroup/machine
    else
        return 1
    fi
}
lower_guest_cpu_priority() {
    local dir file value
    dir=$(guest_cgroup_dir) || return 0
    # cpu.idle where the kernel has it (5.15+); the smallest weight otherwise.
    if [[ -w $dir/cpu.idle ]]; then
        file=$dir/cpu.idle value=1
    elif [[ -w $dir/cpu.shares ]]; then
        file=$dir/cpu.shares value=2
    elif [[ -w $dir/cpu.weight ]]; then
        file=$dir/cpu.weight value=1
    else
        return 0
    fi
    mkdir -p "$(dirname "$GUEST_PRIORITY_SAVED")"
    [[ -f $GUEST_PRIORITY_SAVED ]] || echo "$file $(cat "$file")" > "$GUEST_PRIORITY_SAVED"
    echo "$value" > "$file" 2>/dev/null || true
}
restore_guest_cpu_priority() { # once no bed is registered any more
    local file value reg
    for reg in "$BED_REGISTRY"/*; do
        [[ -f $reg ]] && return 0
    done
    [[ -f $GUEST_PRIORITY_SAVED ]] || return 0
    read -r file value < "$GUEST_PRIORITY_SAVED"
    [[ -f $file && $value =~ ^[0-9]+$ ]] && echo "$value" > "$file" 2>/dev/null
    rm -f "$GUEST_PRIORITY_SAVED"
}
