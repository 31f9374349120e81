#pragma once

// The built-in demo fleet: a libvirt test-driver XML shipped in the resources, written to the data
// directory and opened through the real test:// driver. Used on first start and by tests.

#include "core/Result.h"

#include <QString>

namespace virtdeck::DemoFleet {

// Writes a pristine copy of the fleet file and returns its test:/// URI.
Result<QString> prepare();
// The path prepare() writes to.
QString filePath();
bool isDemoUri(const QString &uri);

} // namespace virtdeck::DemoFleet
