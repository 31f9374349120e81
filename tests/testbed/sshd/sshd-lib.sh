# shellcheck shell=bash
# sshd-lib.sh: functions shared by start-sshd.sh and stop-sshd.sh. Sourced, not run.

# Prints the pid of the sshd that owns DIR if it is alive. Its command line is checked so a recycled
# pid never makes us signal a stranger.
bed_sshd_pid() { # DIR
    local dir=$1 pid
    pid=$(cat "$dir/sshd.pid" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    [[ -r /proc/$pid/cmdline ]] || return 1
    tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$dir/sshd_config" || return 1
    echo "$pid"
}

# Prints the pids of every descendant of PID (children first walk), from one `ps` snapshot.
descendants() { # PID
    local table
    table=$(ps -e -o pid=,ppid=)
    local queue=("$1") next pid ppid
    while (( ${#queue[@]} > 0 )); do
        next=()
        for parent in "${queue[@]}"; do
            while read -r pid ppid; do
                if [[ $ppid == "$parent" ]]; then echo "$pid"; next+=("$pid"); fi
            done <<< "$table"
        done
        queue=("${next[@]}")
    done
}
