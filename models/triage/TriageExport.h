#pragma once

// The findings as plain text for a ticket: when it was taken, then per finding its severity, title,
// server and host, since when (absolute time in UTC and how long) and the figures. Used by the triage
// dock's "Copy as text" and by tests.

#include "triage/TriageFinding.h"

#include <QList>

namespace virtdeck::TriageExport {

QString toText(const QList<TriageFinding> &findings, qint64 nowMs);

} // namespace virtdeck::TriageExport
