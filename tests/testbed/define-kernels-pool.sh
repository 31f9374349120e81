#!/bin/bash
# define-kernels-pool.sh URI DIR [GUEST_DIR]
#
# Defines and starts a dir storage pool named 'kernels' at DIR whose volumes are
# kernel/initrd pairs named like a distro's /boot:
#     vmlinuz-6.1.0-test-a  initrd.img-6.1.0-test-a   (banner variant=A)
#     vmlinuz-6.1.0-test-b  initrd.img-6.1.0-test-b   (banner variant=B)
# Both vmlinuz-* volumes are the same kernel (GUEST_DIR/vmlinux, the
# decompressed PVH image: same kernel, faster boot); only the initrd differs, so
# a test that switches to the -b pair sees the banner change.
# Files are copies, not hard links into the shared cache: a test that wipes,
# uploads to or deletes a volume must never damage the cache other beds use.
# Idempotent: an existing 'kernels' pool is just started and refreshed.
set -euo pipefail
# CI environments may lack the sbin directories (libvirtd, ip live there).
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
URI=${1:?usage: define-kernels-pool.sh URI DIR [GUEST_DIR]}
DIR=${2:?usage: define-kernels-pool.sh URI DIR [GUEST_DIR]}
GDIR=${3:-${VIRTDECK_TESTBED_CACHE:-/var/tmp/virtdeck-testbed}/guest}
v() { timeout 30 virsh -q -c "$URI" "$@" </dev/null; }

for f in vmlinux initrd-A.img initrd-B.img; do
    [[ -s $GDIR/$f ]] || { echo "define-kernels-pool.sh: $GDIR/$f missing (run build-guest.sh)" >&2; exit 1; }
done
mkdir -p "$DIR"
DIR=$(readlink -f "$DIR")
place() { # SRC DST: copy unless an identical file is already there
    cmp -s "$1" "$2" 2>/dev/null && return 0
    cp --sparse=always "$1" "$2.tmp" && mv -f "$2.tmp" "$2"
}
for v in a b; do
    V=${v^^}
    place "$GDIR/vmlinux" "$DIR/vmlinuz-6.1.0-test-$v"
    place "$GDIR/initrd-$V.img" "$DIR/initrd.img-6.1.0-test-$v"
done

if ! v pool-info kernels >/dev/null 2>&1; then
    v pool-define-as kernels dir --target "$DIR" >/dev/null
fi
state=$(v pool-info kernels | awk -F': *' '/^State/ {print $2}')
[[ $state == running ]] || v pool-start kernels >/dev/null
v pool-refresh kernels >/dev/null
v vol-list kernels
