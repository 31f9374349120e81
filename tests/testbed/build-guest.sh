#!/bin/bash
# build-guest.sh OUTDIR
#
# Builds the tiny test guest used by every libvirtd integration test:
#   OUTDIR/vmlinuz       the distro kernel (whatever /boot/vmlinuz-* exists)
#   OUTDIR/vmlinux       the same kernel decompressed (ELF, boots via PVH and
#                        skips ~3 s of in-guest xz decompression under TCG);
#                        this is what the test guests boot
#   OUTDIR/initrd-A.img  busybox-static initramfs, banner "variant=A"
#   OUTDIR/initrd-B.img  same, banner "variant=B" (for initrd-switch tests)
#
# The outputs are cached: when all exist and are newer than this script,
# the kernel image and busybox, nothing is rebuilt. Concurrent callers are
# serialised with flock so two test executables never build into one another.
#
# Environment:
#   VIRTDECK_TESTBED_KERNEL   kernel image to use (default: newest /boot/vmlinuz-*)
set -euo pipefail
# CI environments may lack the sbin directories (libvirtd, ip live there).
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH

OUTDIR=${1:?usage: build-guest.sh OUTDIR}
SELF=$(readlink -f "$0")
mkdir -p "$OUTDIR"
OUTDIR=$(readlink -f "$OUTDIR")

die() { echo "build-guest.sh: $*" >&2; exit 1; }

# --- pick the kernel ---------------------------------------------------------
KERNEL=${VIRTDECK_TESTBED_KERNEL:-}
if [[ -z "$KERNEL" ]]; then
    # Newest installed kernel that also has its modules tree; no hardcoded version.
    for k in $(ls -1 /boot/vmlinuz-* 2>/dev/null | sort -V -r); do
        if [[ -d /lib/modules/${k#/boot/vmlinuz-} ]]; then KERNEL=$k; break; fi
    done
fi
[[ -n "$KERNEL" && -r "$KERNEL" ]] || die "no readable /boot/vmlinuz-* with /lib/modules (apt-get install linux-image-amd64)"
KVER=${KERNEL#*/vmlinuz-}
MODDIR=/lib/modules/$KVER
[[ -f $MODDIR/modules.dep ]] || die "$MODDIR/modules.dep missing"
BUSYBOX=$(command -v busybox || true)
[[ -n "$BUSYBOX" ]] || die "busybox not found (apt-get install busybox-static)"
# A dynamically linked busybox would need its libraries in the initramfs.
if grep -qa '/ld-linux' "$BUSYBOX"; then
    die "$BUSYBOX is dynamically linked; install busybox-static"
fi

# --- cache check (under a lock) ------------------------------------------------
exec 9>"$OUTDIR/.build.lock"
flock -w 300 9 || die "timed out waiting for $OUTDIR/.build.lock"

up_to_date() {
    local f
    for f in vmlinuz vmlinux initrd-A.img initrd-B.img; do
        [[ -s $OUTDIR/$f ]] || return 1
        [[ $OUTDIR/$f -nt $SELF && $OUTDIR/$f -nt $KERNEL && $OUTDIR/$f -nt $BUSYBOX ]] || return 1
    done
    # A different kernel version than the one cached means rebuild.
    [[ "$(cat "$OUTDIR/kernel-version" 2>/dev/null)" == "$KVER" ]] || return 1
}
if up_to_date; then
    echo "build-guest.sh: $OUTDIR is up to date (kernel $KVER)" >&2
    exit 0
fi

WORK=$(mktemp -d "$OUTDIR/.work.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# --- kernel modules: dependency closure in load order ------------------------
# busybox modprobe would need modules.dep in its own format; resolving the
# closure here and writing an ordered list keeps /init to plain insmod calls.
# button + evdev: the ACPI power button reaches busybox acpid, so an ACPI shutdown
# (virDomainShutdown) powers the guest off like a real distribution would.
# virtio_console: guests with a virtio console (hvc0) instead of the UART, for output floods that the
# byte-at-a-time 16550 emulation under TCG cannot carry (Testbed::GuestOptions::virtioConsole).
WANTED="virtio_pci virtio_net virtio_balloon virtio_console button evdev"
declare -A SEEN=()
ORDER=()
dep_line() { # module name -> "path: deps..." line of modules.dep
    local n=$1 alt=${1//_/-}
    grep -E "(^|/)(${n}|${alt})\.ko(\.[a-z]+)?:" "$MODDIR/modules.dep" | head -n1
}
visit() { # depth-first post-order = dependencies before dependants
    local path=$1
    [[ -n "${SEEN[$path]:-}" ]] && return 0
    SEEN[$path]=1
    local line deps d
    line=$(grep -E "^${path//./\\.}:" "$MODDIR/modules.dep" || true)
    deps=${line#*:}
    for d in $deps; do visit "$d"; done
    ORDER+=("$path")
}
for m in $WANTED; do
    line=$(dep_line "$m")
    if [[ -z "$line" ]]; then
        # Built into the kernel? Then there is nothing to load.
        if grep -qE "/${m}\.ko" "$MODDIR/modules.builtin" 2>/dev/null; then continue; fi
        die "module $m not found in $MODDIR"
    fi
    visit "${line%%:*}"
done

# --- the /init script --------------------------------------------------------
# Written once with a placeholder for the variant so A and B differ only there.
cat > "$WORK/init.in" <<'INIT'
#!/bin/sh
# /init of the virtdeck test guest. PID 1: never exits (the kernel would panic).
export PATH=/bin:/sbin
VARIANT=@VARIANT@
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mkdir -p /dev/pts /tmp
mount -t devpts devpts /dev/pts
echo 1 > /proc/sys/kernel/sysrq
# Hot-added vCPUs stay offline without udev (and this kernel has no uevent
# helper), so a background loop onlines them; builtins only, one fork a second.
(while sleep 1; do
    for c in /sys/devices/system/cpu/cpu[1-9]*/online; do
        [ -f "$c" ] || continue
        read -r v < "$c" && [ "$v" = 0 ] && echo 1 > "$c" 2>/dev/null
    done
done) &

while read -r m; do
    insmod "/lib/modules/$m" 2>/dev/null
done < /etc/vdtest-modules
# A guest whose console is hvc0 (virtio) has no console until virtio_console has
# found its port: wait for it (up to 10 s) before printing anything.
case " $(cat /proc/cmdline) " in *" console=hvc0 "*)
    n=0
    while [ ! -e /sys/class/tty/hvc0 ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done ;;
esac
# ACPI power button -> /etc/acpi/PWRF/00000080 (sync, then power off).
acpid -f -c /etc/acpi -l /dev/null &

CMDLINE=$(cat /proc/cmdline)
arg() { # value of vdtest.NAME= on the kernel command line
    for w in $CMDLINE; do
        case "$w" in "vdtest.$1="*) echo "${w#vdtest.$1=}"; return 0 ;; esac
    done
    return 1
}
LOAD=$(arg load || true)
IP=$(arg ip || true)
case ",$LOAD," in *,net,*) [ -z "$IP" ] && IP=169.254.77.2/16 ;; esac

ip link set lo up
if [ -n "$IP" ] && [ -e /sys/class/net/eth0 ]; then
    ip link set eth0 up
    ip addr add "$IP" dev eth0
fi

# The banner is what tests wait for: keep its format stable.
echo "virtdeck-testguest variant=$VARIANT ready kernel=$(uname -r) cpus=$(nproc) load=${LOAD:-none}" > /dev/console

for l in $(echo "$LOAD" | tr , ' '); do
    case "$l" in
    busy)
        # One spinning shell = one busy vCPU.
        (while :; do :; done) &
        ;;
    net)
        # Unicast to a link-local peer with a made-up, static MAC: no ARP, the
        # frames leave eth0 (host tap rx / guest tx rises) and the host drops
        # them because the MAC is not its own.
        if [ -e /sys/class/net/eth0 ]; then
            arp -s 169.254.77.1 02:00:5e:00:00:01
            (while :; do ping -q -i 0.1 -s 1200 169.254.77.1 >/dev/null 2>&1; sleep 1; done) &
        fi
        ;;
    flood:*)
        secs=${l#flood:}
        (timeout "$secs" yes "vdtest-flood 0123456789abcdefghijklmnopqrstuvwxyz" > /dev/console; echo FLOOD-DONE > /dev/console) &
        ;;
    esac
done

# Interactive shell on the serial console with a controlling tty (Ctrl+C works);
# respawned so "exit" gives a fresh prompt instead of a kernel panic.
while :; do
    setsid cttyhack sh -l
    sleep 0.2
done
INIT

cat > "$WORK/profile" <<'PROFILE'
export PS1='vdtest# '
export PATH=/bin:/sbin
PROFILE

build_initrd() { # $1 = variant letter
    local v=$1 root=$WORK/root-$1 m
    mkdir -p "$root"/{bin,sbin,etc,proc,sys,dev,tmp,root,lib/modules}
    cp "$BUSYBOX" "$root/bin/busybox"
    for a in $("$BUSYBOX" --list); do
        [[ $a == busybox ]] && continue
        ln -sf busybox "$root/bin/$a"
    done
    : > "$root/etc/vdtest-modules"
    for m in "${ORDER[@]}"; do
        local dst=$root/lib/modules/$m
        mkdir -p "$(dirname "$dst")"
        case "$m" in
            *.ko)     cp "$MODDIR/$m" "$dst" ;;
            *.ko.xz)  xz -dc "$MODDIR/$m" > "${dst%.xz}"; m=${m%.xz} ;;
            *.ko.zst) zstd -qdc "$MODDIR/$m" > "${dst%.zst}"; m=${m%.zst} ;;
            *.ko.gz)  gzip -dc "$MODDIR/$m" > "${dst%.gz}"; m=${m%.gz} ;;
            *) die "unsupported module file $m" ;;
        esac
        echo "$m" >> "$root/etc/vdtest-modules"
    done
    sed "s/@VARIANT@/$v/" "$WORK/init.in" > "$root/init"
    cp "$WORK/profile" "$root/etc/profile"
    echo "$v" > "$root/etc/vdtest-variant"
    echo "root:x:0:0:root:/root:/bin/sh" > "$root/etc/passwd"
    mkdir -p "$root/etc/acpi/PWRF"
    printf '#!/bin/sh\necho "vdtest: ACPI power button, powering off" > /dev/console\nsync\npoweroff -f\n' \
        > "$root/etc/acpi/PWRF/00000080"
    chmod 755 "$root/etc/acpi/PWRF/00000080"
    chmod 755 "$root/init"
    # Deterministic-enough archive; root-owned entries.
    (cd "$root" && find . -print0 | LC_ALL=C sort -z |
        cpio --null -o -H newc -R 0:0 --quiet) | gzip -6 -n > "$WORK/initrd-$v.img"
}

build_initrd A
build_initrd B
cp "$KERNEL" "$WORK/vmlinuz"
echo "$KVER" > "$WORK/kernel-version"

# The decompressed ELF vmlinux boots through QEMU's PVH entry point and skips
# the in-guest xz decompression, which costs ~3 s under TCG. Find the payload
# by its magic, decompress, and keep it only if it is an ELF with the PVH note.
extract_vmlinux() {
    local magic tool off
    for pair in "fd377a585a00:xz -dc" "1f8b0800:gzip -dc" "28b52ffd:zstd -qdc"; do
        magic=${pair%%:*}; tool=${pair#*:}
        command -v "${tool%% *}" >/dev/null || continue
        for off in $(od -An -v -tx1 -w1 "$KERNEL" | tr -d ' \n' |
                     grep -ob "$magic" | cut -d: -f1 | head -n 3); do
            (( off % 2 == 0 )) || continue   # a match across byte boundaries
            off=$((off / 2))
            if tail -c +$((off + 1)) "$KERNEL" | $tool > "$WORK/vmlinux" 2>/dev/null ||
               [[ -s $WORK/vmlinux ]]; then
                if [[ "$(head -c 4 "$WORK/vmlinux" | od -An -tx1 | tr -d ' ')" == 7f454c46 ]]; then
                    return 0
                fi
            fi
        done
    done
    return 1
}
if extract_vmlinux; then
    echo "build-guest.sh: extracted uncompressed vmlinux for PVH boot" >&2
else
    echo "build-guest.sh: could not extract vmlinux; vmlinux = bzImage (slower boot)" >&2
    cp "$KERNEL" "$WORK/vmlinux"
fi

# Move into place; the .img files last so a half-built cache never looks complete.
mv -f "$WORK/vmlinuz" "$OUTDIR/vmlinuz"
mv -f "$WORK/vmlinux" "$OUTDIR/vmlinux"
mv -f "$WORK/kernel-version" "$OUTDIR/kernel-version"
mv -f "$WORK/initrd-A.img" "$OUTDIR/initrd-A.img"
mv -f "$WORK/initrd-B.img" "$OUTDIR/initrd-B.img"
echo "build-guest.sh: built $OUTDIR (kernel $KVER, modules: ${ORDER[*]})" >&2
