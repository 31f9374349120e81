#pragma once

// The command line as the boot page's controls see it: typed getters and setters for the options it has
// a control for (SELinux off, single user, root device, ro/rw, consoles, SysRq, log level, rescue shell)
// and "the rest" as free text, all over one KernelCmdline so order and unknown options survive. The free
// text remembers which tokens it owns, so typing in it never duplicates or reorders the others.
// Used by the boot page's CmdlineEditor and by tests.

#include "boot/KernelCmdline.h"

#include <optional>

namespace virtdeck {

class CmdlineToggles
{
public:
    enum class RootMode
    {
        Unset,
        ReadOnly,
        ReadWrite
    };

    explicit CmdlineToggles(const QString &text = {});

    // The whole line (from the definition, or typed elsewhere); the free text is recomputed.
    void setText(const QString &text);
    QString text() const { return m_line.toString(); }
    const KernelCmdline &cmdline() const { return m_line; }

    // Whether a token is one of the options a control shows (it is then left out of the free text).
    static bool isManaged(const CmdlineToken &token);

    bool selinuxOff() const; // the last selinux= is 0
    void setSelinuxOff(bool on);
    bool singleUser() const;
    void setSingleUser(bool on);
    QString root() const;                // the last root= value, empty when none
    void setRoot(const QString &device); // empty removes root=
    RootMode rootMode() const;           // the last of ro / rw
    void setRootMode(RootMode mode);
    QStringList consoles() const; // in order; the last one becomes /dev/console
    void setConsoles(const QStringList &consoles);
    bool sysrqAlwaysEnabled() const;
    void setSysrqAlwaysEnabled(bool on);
    bool quiet() const;
    void setQuiet(bool on);
    std::optional<int> logLevel() const; // loglevel=0..7
    void setLogLevel(std::optional<int> level);
    bool rescueShell() const; // init=/bin/sh
    void setRescueShell(bool on);

    // The options without a control, in their order.
    QString restText() const;
    // Replaces the free text's tokens; tokens kept from the previous free text stay where they were, new
    // ones go next to their neighbours.
    void setRestText(const QString &text);

    static QString rescueShellPath() { return QStringLiteral("/bin/sh"); }

private:
    void recomputeRest();
    // Replaces the tokens pred selects with tokens (at the first one's place, else before "--").
    void replaceAll(const std::function<bool(const CmdlineToken &)> &pred, const QStringList &tokens);

    KernelCmdline m_line;
    QList<qsizetype> m_restSlots; // indexes of m_line's tokens owned by the free text, ascending
};

} // namespace virtdeck
