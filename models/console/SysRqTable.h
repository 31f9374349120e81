#pragma once

// The Linux magic SysRq commands: key, plain meaning, whether it is dangerous (loses work or stops the
// server), and the Linux keycodes virDomainSendKey needs (Alt + SysRq + key). Read by the SysRq menu,
// the Ctrl+O prefix and the console.sysrq operation.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace virtdeck {

struct SysRqCommand
{
    QChar key;       // 'h', '0'..'9', 'b'...
    QString name;    // short, translated: "Reboot"
    QString meaning; // plain sentence, translated
    bool dangerous = false;
    unsigned int keycode = 0; // Linux input keycode of the key (KEY_H = 35...)
};

class SysRqTable
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::SysRqTable)
public:
    // Every command, in menu order: h, 0-9, then the letters alphabetically.
    static QList<SysRqCommand> commands();
    static std::optional<SysRqCommand> find(QChar key);
    static bool isCommand(QChar key) { return find(key).has_value(); }
    // Alt + SysRq + key as Linux keycodes for virDomainSendKey(VIR_KEYCODE_SET_LINUX); empty if unknown.
    static QList<unsigned int> keycodes(QChar key);
    // The keys of the "safe reboot" sequence, in order: r e i s u b.
    static QString safeRebootKeys() { return QStringLiteral("reisub"); }
    static constexpr unsigned int KeyLeftAlt = 56; // KEY_LEFTALT
    static constexpr unsigned int KeySysRq = 99;   // KEY_SYSRQ
};

} // namespace virtdeck
