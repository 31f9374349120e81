#pragma once

// A Linux kernel command line as an ordered list of tokens that keeps every byte of the text it was
// parsed from (spacing, quotes, unknown options), so text -> tokens -> text is the identity. Splits the
// way the kernel's own parser (lib/cmdline.c next_arg) does. Edits touch only the tokens they name.
// Validation says what the kernel and the hypervisor accept. Used by CmdlineToggles, BootOperations and
// the boot page.

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace virtdeck {

struct CmdlineToken
{
    QString prefix; // the whitespace before the token, exactly as written
    QString text;   // the token exactly as written, quotes included
    QString key;    // the parameter name the kernel sees (text before the first '=', leading quote removed)
    QString value;  // the value the kernel sees (quotes around it removed)
    bool hasValue = false;

    // The key with '-' read as '_' (the kernel treats both as the same in parameter names).
    QString normalizedKey() const;
    friend bool operator==(const CmdlineToken &, const CmdlineToken &) = default;
};

struct CmdlineIssue
{
    enum class Severity
    {
        Warning,
        Error
    };
    Severity severity = Severity::Error;
    QString message;   // translated, says what is allowed
    int position = -1; // character index in the text, -1 when not about one place
    friend bool operator==(const CmdlineIssue &, const CmdlineIssue &) = default;
};

// How long a command line may be for one guest: the kernel's COMMAND_LINE_SIZE of its architecture
// (which counts the final NUL), or the hypervisor's own limit when that is lower (Xen PV: 1024).
struct CmdlineLimit
{
    int maxBytes = 2047; // longest accepted text in UTF-8 bytes (COMMAND_LINE_SIZE - 1)
    QString what;        // translated: "x86 (COMMAND_LINE_SIZE 2048)"

    // arch: os/type@arch ("x86_64", "aarch64"...); osType: os/type ("hvm", "xen", "linux");
    // domainType: domain@type ("kvm", "xen"...).
    static CmdlineLimit forGuest(const QString &arch, const QString &osType = {},
                                 const QString &domainType = {});
};

class KernelCmdline
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::KernelCmdline)
public:
    KernelCmdline() = default;
    static KernelCmdline parse(const QString &text);
    QString toString() const;

    const QList<CmdlineToken> &tokens() const { return m_tokens; }
    qsizetype size() const { return m_tokens.size(); }
    bool isEmpty() const { return m_tokens.isEmpty(); }
    QString trailing() const { return m_trailing; }

    // Index of the bare "--" token after which everything goes to init, or size() when there is none.
    qsizetype initArgsStart() const;
    // Indexes of tokens (before "--") whose normalized key is key.
    QList<qsizetype> indexesOf(const QString &key) const;
    bool hasFlag(const QString &key) const; // the key without a value
    std::optional<QString> lastValue(const QString &key) const;
    QStringList values(const QString &key) const;

    // Edits. Other tokens keep their text and spacing.
    void removeAt(qsizetype index);
    // Inserts a token (written as given) before index; index == size() appends.
    void insert(qsizetype index, const QString &tokenText);
    void append(const QString &tokenText) { insert(m_tokens.size(), tokenText); }
    void replaceAt(qsizetype index, const QString &tokenText);
    // Removes the tokens pred selects; returns the index the first one had (or -1).
    qsizetype removeIf(const std::function<bool(const CmdlineToken &)> &pred);
    // Writes key=value in place of the first token with that key and removes the others; appends when
    // there is none.
    void setValue(const QString &key, const QString &value);
    void setFlag(const QString &key, bool on);

    // key or key=value, the value quoted when it holds spaces ("a b" -> key="a b").
    static QString formatToken(const QString &key, const std::optional<QString> &value);
    static CmdlineToken tokenFromText(const QString &prefix, const QString &text);

    // Everything wrong with the text (errors block writing it; warnings are shown).
    QList<CmdlineIssue> validate(const CmdlineLimit &limit = {}) const;
    static QList<CmdlineIssue> validate(const QString &text, const CmdlineLimit &limit = {});
    // The first error as an Error value, or success.
    static Status check(const QString &text, const CmdlineLimit &limit = {});
    static bool hasErrors(const QList<CmdlineIssue> &issues);

    friend bool operator==(const KernelCmdline &, const KernelCmdline &) = default;

private:
    QList<CmdlineToken> m_tokens;
    QString m_trailing; // whitespace after the last token
};

} // namespace virtdeck
