#pragma once

// Turns libvirt's thread-local last error into an Error value. Called on worker threads right after a
// failed libvirt call, before anything else can overwrite the error.

#include "core/Result.h"

namespace virtdeck {

// message: the translated sentence for users; detail and code come from virGetLastError().
Error libvirtError(const QString &message);
// The libvirt error code of the last failure on this thread (VIR_ERR_OK when none).
int lastLibvirtErrorCode();

} // namespace virtdeck
