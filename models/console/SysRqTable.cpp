#include "console/SysRqTable.h"

#include <linux/input-event-codes.h>

namespace virtdeck {

QList<SysRqCommand> SysRqTable::commands()
{
    QList<SysRqCommand> out;
    auto add = [&out](char key, unsigned int code, const QString &name, const QString &meaning,
                      bool dangerous) {
        out << SysRqCommand{QLatin1Char(key), name, meaning, dangerous, code};
    };
    add('h', KEY_H, tr("Help"), tr("Prints the list of SysRq commands on the console."), false);
    static const unsigned int digitCodes[] = {KEY_0, KEY_1, KEY_2, KEY_3, KEY_4,
                                              KEY_5, KEY_6, KEY_7, KEY_8, KEY_9};
    for (int level = 0; level <= 9; ++level) {
        out << SysRqCommand{QChar(u'0' + level), tr("Log level %1").arg(level),
                            level == 0
                                ? tr("Sets the console log level to 0: only emergency kernel messages "
                                     "reach the console.")
                                : tr("Sets the console log level to %1: kernel messages more urgent than "
                                     "level %1 reach the console (9 shows everything).")
                                      .arg(level),
                            false, digitCodes[level]};
    }
    add('b', KEY_B, tr("Reboot"),
        tr("Reboots at once, without syncing or unmounting disks: unsaved data is lost."), true);
    add('c', KEY_C, tr("Crash"),
        tr("Crashes the kernel on purpose (a crash dump is taken if kdump is set up); the server stops "
           "answering."),
        true);
    add('e', KEY_E, tr("Terminate all"), tr("Sends SIGTERM to every process except init."), true);
    add('f', KEY_F, tr("OOM kill"),
        tr("Runs the out-of-memory killer: kills the process using the most memory."), true);
    add('i', KEY_I, tr("Kill all"), tr("Sends SIGKILL to every process except init."), true);
    add('j', KEY_J, tr("Thaw"), tr("Thaws file systems frozen with fsfreeze."), false);
    add('k', KEY_K, tr("Secure attention key"),
        tr("Kills every program on the current virtual console (SAK)."), true);
    add('l', KEY_L, tr("Backtrace"), tr("Shows a backtrace of every active CPU."), false);
    add('m', KEY_M, tr("Memory"), tr("Shows memory usage."), false);
    add('n', KEY_N, tr("Nice real-time tasks"), tr("Makes real-time tasks run at normal priority."), false);
    add('o', KEY_O, tr("Power off"), tr("Powers the server off at once, without a clean shutdown."), true);
    add('p', KEY_P, tr("Registers"), tr("Shows the current CPU registers and flags."), false);
    add('q', KEY_Q, tr("Timers"), tr("Shows the armed high-resolution timers and clock event devices."),
        false);
    add('r', KEY_R, tr("Unraw"), tr("Takes the keyboard out of raw mode."), false);
    add('s', KEY_S, tr("Sync"), tr("Writes all unsaved data of mounted file systems to disk."), false);
    add('t', KEY_T, tr("Tasks"), tr("Shows every task and its state."), false);
    add('u', KEY_U, tr("Remount read-only"),
        tr("Remounts every file system read-only: programs can no longer write."), true);
    add('w', KEY_W, tr("Blocked tasks"), tr("Shows tasks in uninterruptible (blocked) state."), false);
    add('z', KEY_Z, tr("Ftrace buffer"), tr("Dumps the ftrace buffer."), false);
    return out;
}

std::optional<SysRqCommand> SysRqTable::find(QChar key)
{
    const QChar k = key.toLower();
    for (const SysRqCommand &c : commands()) {
        if (c.key == k)
            return c;
    }
    return std::nullopt;
}

QList<unsigned int> SysRqTable::keycodes(QChar key)
{
    const std::optional<SysRqCommand> c = find(key);
    if (!c)
        return {};
    return {KeyLeftAlt, KeySysRq, c->keycode};
}

} // namespace virtdeck
