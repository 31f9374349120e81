#include "boot/CmdlineToggles.h"

#include <algorithm>

namespace virtdeck {

namespace {

bool isLogLevelValue(const QString &v)
{
    return v.size() == 1 && v.at(0) >= QLatin1Char('0') && v.at(0) <= QLatin1Char('7');
}

bool keyIs(const CmdlineToken &t, const char *key)
{
    return t.normalizedKey() == QLatin1String(key);
}

// Longest common subsequence of two token lists by text: pairs (old index, new index), ascending. Falls
// back to matching a common prefix and suffix when the lists are too long for the table.
QList<std::pair<qsizetype, qsizetype>> alignTokens(const QStringList &a, const QStringList &b)
{
    QList<std::pair<qsizetype, qsizetype>> pairs;
    const qsizetype n = a.size(), m = b.size();
    if (n * m > 1'000'000) {
        qsizetype p = 0;
        while (p < n && p < m && a[p] == b[p]) {
            pairs << std::pair{p, p};
            ++p;
        }
        qsizetype s = 0;
        QList<std::pair<qsizetype, qsizetype>> tail;
        while (s < n - p && s < m - p && a[n - 1 - s] == b[m - 1 - s]) {
            tail.prepend(std::pair{n - 1 - s, m - 1 - s});
            ++s;
        }
        return pairs + tail;
    }
    std::vector<std::vector<int>> len(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            len[size_t(i)][size_t(j)] =
                a[i] == b[j] ? len[size_t(i + 1)][size_t(j + 1)] + 1
                             : std::max(len[size_t(i + 1)][size_t(j)], len[size_t(i)][size_t(j + 1)]);
        }
    }
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            pairs << std::pair{i, j};
            ++i;
            ++j;
        } else if (len[size_t(i + 1)][size_t(j)] >= len[size_t(i)][size_t(j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return pairs;
}

} // namespace

CmdlineToggles::CmdlineToggles(const QString &text)
{
    setText(text);
}

void CmdlineToggles::setText(const QString &text)
{
    m_line = KernelCmdline::parse(text);
    recomputeRest();
}

bool CmdlineToggles::isManaged(const CmdlineToken &t)
{
    if (!t.hasValue) {
        return keyIs(t, "single") || keyIs(t, "ro") || keyIs(t, "rw") || keyIs(t, "quiet") ||
               keyIs(t, "sysrq_always_enabled");
    }
    if (keyIs(t, "selinux"))
        return t.value == QLatin1String("0");
    if (keyIs(t, "init"))
        return t.value == rescueShellPath();
    if (keyIs(t, "loglevel"))
        return isLogLevelValue(t.value);
    if (keyIs(t, "console"))
        return !t.value.isEmpty();
    return keyIs(t, "root") || keyIs(t, "sysrq_always_enabled");
}

void CmdlineToggles::recomputeRest()
{
    m_restSlots.clear();
    const qsizetype end = m_line.initArgsStart();
    const auto &tokens = m_line.tokens();
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i >= end || !isManaged(tokens[i]))
            m_restSlots << i;
    }
}

void CmdlineToggles::replaceAll(const std::function<bool(const CmdlineToken &)> &pred,
                                const QStringList &tokens)
{
    qsizetype at = m_line.removeIf(pred);
    if (at < 0)
        at = m_line.initArgsStart();
    for (const QString &t : tokens)
        m_line.insert(at++, t);
    recomputeRest();
}

bool CmdlineToggles::selinuxOff() const
{
    return m_line.lastValue(QStringLiteral("selinux")) == QStringLiteral("0");
}

void CmdlineToggles::setSelinuxOff(bool on)
{
    if (on == selinuxOff())
        return;
    if (on)
        replaceAll([](const CmdlineToken &t) { return keyIs(t, "selinux"); }, {QStringLiteral("selinux=0")});
    else
        replaceAll([](const CmdlineToken &t) { return keyIs(t, "selinux") && t.value == QLatin1String("0"); },
                   {});
}

bool CmdlineToggles::singleUser() const
{
    return m_line.hasFlag(QStringLiteral("single"));
}

void CmdlineToggles::setSingleUser(bool on)
{
    m_line.setFlag(QStringLiteral("single"), on);
    recomputeRest();
}

QString CmdlineToggles::root() const
{
    return m_line.lastValue(QStringLiteral("root")).value_or(QString());
}

void CmdlineToggles::setRoot(const QString &device)
{
    const QString d = device.trimmed();
    if (d == root() && m_line.indexesOf(QStringLiteral("root")).size() <= 1)
        return;
    replaceAll([](const CmdlineToken &t) { return keyIs(t, "root"); },
               d.isEmpty() ? QStringList()
                           : QStringList{KernelCmdline::formatToken(QStringLiteral("root"), d)});
}

CmdlineToggles::RootMode CmdlineToggles::rootMode() const
{
    RootMode mode = RootMode::Unset;
    const auto &tokens = m_line.tokens();
    const qsizetype end = m_line.initArgsStart();
    for (qsizetype i = 0; i < end; ++i) {
        if (tokens[i].hasValue)
            continue;
        if (keyIs(tokens[i], "ro"))
            mode = RootMode::ReadOnly;
        else if (keyIs(tokens[i], "rw"))
            mode = RootMode::ReadWrite;
    }
    return mode;
}

void CmdlineToggles::setRootMode(RootMode mode)
{
    QStringList token;
    if (mode == RootMode::ReadOnly)
        token << QStringLiteral("ro");
    else if (mode == RootMode::ReadWrite)
        token << QStringLiteral("rw");
    replaceAll([](const CmdlineToken &t) { return !t.hasValue && (keyIs(t, "ro") || keyIs(t, "rw")); },
               token);
}

QStringList CmdlineToggles::consoles() const
{
    QStringList out = m_line.values(QStringLiteral("console"));
    out.removeAll(QString());
    return out;
}

void CmdlineToggles::setConsoles(const QStringList &consoles)
{
    if (consoles == this->consoles())
        return;
    QStringList tokens;
    for (const QString &c : consoles) {
        if (!c.trimmed().isEmpty())
            tokens << KernelCmdline::formatToken(QStringLiteral("console"), c.trimmed());
    }
    replaceAll([](const CmdlineToken &t) { return keyIs(t, "console") && t.hasValue && !t.value.isEmpty(); },
               tokens);
}

bool CmdlineToggles::sysrqAlwaysEnabled() const
{
    return !m_line.indexesOf(QStringLiteral("sysrq_always_enabled")).isEmpty();
}

void CmdlineToggles::setSysrqAlwaysEnabled(bool on)
{
    if (on == sysrqAlwaysEnabled())
        return;
    replaceAll([](const CmdlineToken &t) { return keyIs(t, "sysrq_always_enabled"); },
               on ? QStringList{QStringLiteral("sysrq_always_enabled")} : QStringList());
}

bool CmdlineToggles::quiet() const
{
    return m_line.hasFlag(QStringLiteral("quiet"));
}

void CmdlineToggles::setQuiet(bool on)
{
    m_line.setFlag(QStringLiteral("quiet"), on);
    recomputeRest();
}

std::optional<int> CmdlineToggles::logLevel() const
{
    const std::optional<QString> v = m_line.lastValue(QStringLiteral("loglevel"));
    if (v && isLogLevelValue(*v))
        return v->toInt();
    return std::nullopt;
}

void CmdlineToggles::setLogLevel(std::optional<int> level)
{
    if (level == logLevel())
        return;
    QStringList tokens;
    if (level && *level >= 0 && *level <= 7)
        tokens << QStringLiteral("loglevel=%1").arg(*level);
    replaceAll([](const CmdlineToken &t) { return keyIs(t, "loglevel"); }, tokens);
}

bool CmdlineToggles::rescueShell() const
{
    return m_line.lastValue(QStringLiteral("init")) == rescueShellPath();
}

void CmdlineToggles::setRescueShell(bool on)
{
    if (on == rescueShell())
        return;
    if (on)
        replaceAll([](const CmdlineToken &t) { return keyIs(t, "init"); },
                   {KernelCmdline::formatToken(QStringLiteral("init"), rescueShellPath())});
    else
        replaceAll([](const CmdlineToken &t) { return keyIs(t, "init") && t.value == rescueShellPath(); },
                   {});
}

QString CmdlineToggles::restText() const
{
    QString out;
    const auto &tokens = m_line.tokens();
    for (qsizetype slot : m_restSlots) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += tokens[slot].text;
    }
    return out;
}

void CmdlineToggles::setRestText(const QString &text)
{
    const KernelCmdline typed = KernelCmdline::parse(text);
    const QList<CmdlineToken> &fresh = typed.tokens();
    const QList<CmdlineToken> &old = m_line.tokens();
    QStringList oldRest, newRest;
    for (qsizetype slot : m_restSlots)
        oldRest << old[slot].text;
    for (const CmdlineToken &t : fresh)
        newRest << t.text;
    const auto pairs = alignTokens(oldRest, newRest);
    QList<qsizetype> matchOfOld(oldRest.size(), -1);
    for (const auto &[o, n] : pairs)
        matchOfOld[o] = n;
    // The index in newRest of the next kept token at or after old slot j (or newRest.size()).
    auto nextKept = [&](qsizetype j) {
        for (; j < oldRest.size(); ++j) {
            if (matchOfOld[j] >= 0)
                return matchOfOld[j];
        }
        return newRest.size();
    };

    QStringList out;         // token texts of the new line, in order
    QList<bool> fromRest;    // whether each belongs to the free text
    QList<QString> prefixes; // the spacing kept for tokens that were already there
    qsizetype nextNew = 0, slotIndex = 0;
    auto emitNew = [&](qsizetype upTo) {
        for (; nextNew < upTo; ++nextNew) {
            out << newRest[nextNew];
            fromRest << true;
            prefixes << QString();
        }
    };
    for (qsizetype i = 0; i < old.size(); ++i) {
        const bool isSlot = slotIndex < m_restSlots.size() && m_restSlots[slotIndex] == i;
        if (!isSlot) {
            out << old[i].text;
            fromRest << false;
            prefixes << old[i].prefix;
            continue;
        }
        const qsizetype match = matchOfOld[slotIndex];
        if (match >= 0) {
            emitNew(match);
            out << newRest[match];
            fromRest << true;
            prefixes << old[i].prefix;
            nextNew = match + 1;
        } else {
            // A token the user changed or deleted: new tokens typed in its place land here.
            emitNew(nextKept(slotIndex + 1));
        }
        ++slotIndex;
        if (slotIndex == m_restSlots.size())
            emitNew(newRest.size()); // typed after the last one: right behind it
    }
    if (m_restSlots.isEmpty()) {
        // No free text yet: new options go before the init arguments, i.e. at the end of the options.
        const qsizetype at = m_line.initArgsStart();
        QStringList head = out.mid(0, at), tail = out.mid(at);
        QList<bool> fHead = fromRest.mid(0, at), fTail = fromRest.mid(at);
        QList<QString> pHead = prefixes.mid(0, at), pTail = prefixes.mid(at);
        out = head;
        fromRest = fHead;
        prefixes = pHead;
        emitNew(newRest.size());
        out += tail;
        fromRest += fTail;
        prefixes += pTail;
    }

    QString composed;
    const QString leading = old.isEmpty() ? QString() : old.first().prefix;
    for (qsizetype i = 0; i < out.size(); ++i) {
        QString prefix = prefixes[i];
        if (i == 0)
            prefix = leading;
        else if (prefix.isEmpty())
            prefix = QStringLiteral(" ");
        composed += prefix;
        composed += out[i];
    }
    composed += m_line.trailing();
    m_line = KernelCmdline::parse(composed);
    if (m_line.size() != out.size()) {
        // An unclosed quote swallowed the tokens after it: fall back to what the controls do not show.
        recomputeRest();
        return;
    }
    m_restSlots.clear();
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (fromRest[i])
            m_restSlots << i;
    }
}

} // namespace virtdeck
