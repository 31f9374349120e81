#pragma once

// SysRq and NMI as operations: the kinds ("console.sysrq" {key}, "console.nmi", "console.safeReboot"
// {pauseMs}, cancellable while it runs) registered with the OperationQueue, and the calls that enqueue
// them. Used by the console page's SysRq menu, the Ctrl+O prefix and the main window's actions.

#include "core/Result.h"
#include "hypervisor/DomainSnapshot.h"

#include <QString>

namespace virtdeck {

class OperationQueue;
struct OperationConfirmation;

namespace ConsoleOperations {

inline constexpr int DefaultSafeRebootPauseMs = 2000;
inline constexpr int MinSafeRebootPauseMs = 100;
inline constexpr int MaxSafeRebootPauseMs = 60000;

QString sysRqKind();      // "console.sysrq"
QString nmiKind();        // "console.nmi"
QString safeRebootKind(); // "console.safeReboot"

void registerKinds(OperationQueue &queue);

// The questions asked before a dangerous SysRq key (empty for a harmless one) and before a safe reboot;
// the console asks them first, the operations dock again before a retry.
OperationConfirmation sysRqConfirmation(QChar key, const QString &serverName);
OperationConfirmation safeRebootConfirmation(const QString &serverName, int pauseMs);

// Refuses unknown keys before anything is queued.
Result<QString> enqueueSysRq(OperationQueue &queue, const ServerRef &server, QChar key,
                             const QString &reason = {});
Result<QString> enqueueNmi(OperationQueue &queue, const ServerRef &server, const QString &reason = {});
Result<QString> enqueueSafeReboot(OperationQueue &queue, const ServerRef &server,
                                  int pauseMs = DefaultSafeRebootPauseMs, const QString &reason = {});

} // namespace ConsoleOperations
} // namespace virtdeck
