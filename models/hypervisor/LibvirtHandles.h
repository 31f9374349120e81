#pragma once

// RAII owners for libvirt objects. They exist only on a connection's worker thread (or the event loop
// thread inside a callback): no virDomainPtr or virConnectPtr ever leaves its worker.

#include <libvirt/libvirt.h>

#include <memory>

namespace virtdeck {

struct DomainDeleter
{
    void operator()(virDomainPtr d) const
    {
        if (d)
            virDomainFree(d);
    }
};
struct StreamDeleter
{
    void operator()(virStreamPtr s) const
    {
        if (s)
            virStreamFree(s);
    }
};
struct StoragePoolDeleter
{
    void operator()(virStoragePoolPtr p) const
    {
        if (p)
            virStoragePoolFree(p);
    }
};
struct StorageVolDeleter
{
    void operator()(virStorageVolPtr v) const
    {
        if (v)
            virStorageVolFree(v);
    }
};
struct FreeDeleter
{
    void operator()(void *p) const { free(p); }
};

using DomainHandle = std::unique_ptr<virDomain, DomainDeleter>;
using StreamHandle = std::unique_ptr<virStream, StreamDeleter>;
using StoragePoolHandle = std::unique_ptr<virStoragePool, StoragePoolDeleter>;
using StorageVolHandle = std::unique_ptr<virStorageVol, StorageVolDeleter>;
// For strings libvirt allocates with malloc (virDomainGetXMLDesc, virConnectGetHostname...).
using CString = std::unique_ptr<char, FreeDeleter>;

} // namespace virtdeck
