#pragma once

// Checks and describes libvirt connection URIs before anything is opened (the GUI thread calls it while
// the user types; it never calls libvirt). Accepts driver[+transport]://[user@][host][:port]/path[?params].

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace virtdeck::LibvirtUri {

// Returns the URI trimmed and normalised, or an Error saying what is wrong and what is allowed.
Result<QString> validate(const QString &text);

// A short human label: "kvm-01.example.net (QEMU/KVM)", "Local QEMU/KVM", "Demo fleet"...
QString displayName(const QString &uri);
// The driver part of the scheme ("qemu", "xen", "test", ...), lower case; empty if not parseable.
QString driver(const QString &uri);
// True for remote transports (ssh, libssh, tls, tcp) or a host name.
bool isRemote(const QString &uri);

QStringList knownDrivers();
QStringList knownTransports();
QStringList knownParameters();

} // namespace virtdeck::LibvirtUri
