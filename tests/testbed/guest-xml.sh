#!/bin/bash
# guest-xml.sh --name NAME [options]  > guest.xml
#
# Prints the domain XML of a test guest from guest.xml.in, the same template
# Testbed::guestXml() fills, for manual use with virsh (debugging a bed).
#   --name NAME          domain name (required)
#   --vcpus N            current vCPUs (default 1)
#   --max-vcpus N        maximum vCPUs (default 4)
#   --memory MIB         currentMemory (default 128)
#   --max-memory MIB     memory (default 256)
#   --variant A|B        initramfs variant (default A)
#   --cmdline "ARGS"     appended to the fixed kernel command line of guest.xml.in
#   --tap DEV            tap device name (default: none = no NIC)
#   --guest-dir DIR      where build-guest.sh put the guest
#                        (default $VIRTDECK_TESTBED_CACHE/guest or /var/tmp/virtdeck-testbed/guest)
#   --kernel FILE        kernel image (default GUEST_DIR/vmlinux)
#   --initrd FILE        initramfs (default GUEST_DIR/initrd-VARIANT.img)
#   --serial-log FILE    serial console log (default /tmp/NAME.serial.log)
set -euo pipefail
# CI environments may lack the sbin directories (libvirtd, ip live there).
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
HERE=$(dirname "$(readlink -f "$0")")
# bash 5.2 would expand & in ${var//pat/rep} to the match; we want it literal.
shopt -u patsub_replacement 2>/dev/null || true

name='' vcpus=1 maxvcpus=4 mem=128 maxmem=256 variant=A extra='' tap='' kernel='' initrd='' serial=''
gdir=${VIRTDECK_TESTBED_CACHE:-/var/tmp/virtdeck-testbed}/guest
while (( $# )); do
    case "$1" in
        --name) name=$2; shift 2 ;;
        --vcpus) vcpus=$2; shift 2 ;;
        --max-vcpus) maxvcpus=$2; shift 2 ;;
        --memory) mem=$2; shift 2 ;;
        --max-memory) maxmem=$2; shift 2 ;;
        --variant) variant=$2; shift 2 ;;
        --cmdline) extra=$2; shift 2 ;;
        --tap) tap=$2; shift 2 ;;
        --guest-dir) gdir=$2; shift 2 ;;
        --kernel) kernel=$2; shift 2 ;;
        --initrd) initrd=$2; shift 2 ;;
        --serial-log) serial=$2; shift 2 ;;
        *) echo "guest-xml.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
[[ -n $name ]] || { echo "guest-xml.sh: --name is required" >&2; exit 2; }
kernel=${kernel:-$gdir/vmlinux}
initrd=${initrd:-$gdir/initrd-$variant.img}
serial=${serial:-/tmp/$name.serial.log}

iface=
if [[ -n $tap ]]; then
    # Stable MAC per name: 52:54:00 (QEMU's OUI) + 3 bytes of md5(name).
    h=$(echo -n "$name" | md5sum)
    mac="52:54:00:${h:0:2}:${h:2:2}:${h:4:2}"
    iface=$(sed -e "s|@MAC@|$mac|" -e "s|@TAP@|$tap|" "$HERE/interface.xml.in")
fi

esc() { # XML-escape for text nodes / attributes
    local s=$1
    s=${s//&/&amp;}; s=${s//</&lt;}; s=${s//>/&gt;}; s=${s//\'/&apos;}
    printf '%s' "$s"
}
# Placeholder substitution in bash (not sed) so values may contain any character.
xml=$(sed '/^<!--/,/^-->/d' "$HERE/guest.xml.in")
xml=${xml//@NAME@/$(esc "$name")}
xml=${xml//@MEMORY_KIB@/$((mem * 1024))}
xml=${xml//@MAX_MEMORY_KIB@/$((maxmem * 1024))}
xml=${xml//@VCPUS@/$vcpus}
xml=${xml//@MAX_VCPUS@/$maxvcpus}
xml=${xml//@KERNEL@/$(esc "$kernel")}
xml=${xml//@INITRD@/$(esc "$initrd")}
xml=${xml//@CMDLINE_EXTRA@/${extra:+ $(esc "$extra")}}
xml=${xml//@SERIAL_LOG@/$(esc "$serial")}
xml=${xml//@INTERFACE@/$iface}
printf '%s\n' "$xml"
