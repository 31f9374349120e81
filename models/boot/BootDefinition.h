#pragma once

// Reads and rewrites the direct-kernel-boot part of a domain XML (/domain/os/kernel, initrd, cmdline)
// as text: only those elements' contents change (an element is inserted or removed when it appears or
// goes), every other byte of the document stays as libvirt wrote it. Used on workers by BootOperations
// before virDomainDefineXML / virDomainCreateXML, and by tests.

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace virtdeck {

struct BootFields
{
    std::optional<QString> kernel;  // nullopt: no <kernel>, the server does not boot a kernel directly
    std::optional<QString> initrd;  // nullopt: no <initrd>
    std::optional<QString> cmdline; // nullopt: no <cmdline>

    bool isDirectKernel() const { return kernel.has_value() && !kernel->isEmpty(); }
    // libvirt treats an empty element as absent: empty values become nullopt.
    BootFields normalized() const;
    friend bool operator==(const BootFields &, const BootFields &) = default;
};

class BootDefinition
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::BootDefinition)
public:
    // The boot fields of a domain XML (text decoded: entities and CDATA).
    static Result<BootFields> read(const QString &xml);
    // xml with the boot fields set to fields (normalized). Refuses to add a kernel to a server that
    // has none: that would change how it boots.
    static Result<QString> write(const QString &xml, const BootFields &fields);
    // Text escaped the way libvirt writes element content (& < > " ').
    static QString escape(const QString &text);
};

} // namespace virtdeck
