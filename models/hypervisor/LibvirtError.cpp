#include "hypervisor/LibvirtError.h"

#include <libvirt/virterror.h>

namespace virtdeck {

Error libvirtError(const QString &message)
{
    const virErrorPtr err = virGetLastError();
    if (!err)
        return Error(message);
    return Error(message, QString::fromUtf8(err->message ? err->message : ""), err->code);
}

int lastLibvirtErrorCode()
{
    const virErrorPtr err = virGetLastError();
    return err ? err->code : VIR_ERR_OK;
}

} // namespace virtdeck
