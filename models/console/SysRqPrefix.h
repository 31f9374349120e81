#pragma once

// The Xen-console way to reach SysRq from the keyboard: Ctrl+O arms, the next key is the SysRq command,
// Ctrl+O twice sends a literal Ctrl+O, Escape cancels. Only the state machine: TerminalView feeds it
// key presses and acts on the outcome (the page sends the command as an operation).

#include <QChar>

namespace virtdeck {

class SysRqPrefix
{
public:
    enum class Outcome
    {
        NotHandled,   // not armed and not the prefix: the key goes to the guest as usual
        Armed,        // Ctrl+O: waiting for the command key
        Ignored,      // armed, a key without text (Shift alone...): still armed
        SysRq,        // armed + a command key: key() says which
        LiteralCtrlO, // Ctrl+O twice: send 0x0f to the guest
        Cancelled,    // Escape while armed
        Rejected,     // armed + a key that is no SysRq command: disarmed
    };

    // ctrlO: the key is Ctrl+O. text: the key's text (empty for keys without), escape: the Escape key.
    Outcome press(bool ctrlO, const QString &text, bool escape);
    bool isArmed() const { return m_armed; }
    // The command key of the last SysRq outcome (lower case), or the rejected key.
    QChar key() const { return m_key; }
    void disarm() { m_armed = false; }

private:
    bool m_armed = false;
    QChar m_key;
};

} // namespace virtdeck
