#include "boot/KernelCmdline.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace virtdeck {

namespace {

// The kernel's isspace() on ASCII; 0xA0 is handled by a warning (see validate()).
bool isSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\v' || u == u'\f' || u == u'\r';
}

// Keys that legitimately appear several times: each occurrence adds something.
const QSet<QString> &repeatableKeys()
{
    static const QSet<QString> keys = {
        QStringLiteral("console"),       QStringLiteral("ip"),
        QStringLiteral("nameserver"),    QStringLiteral("hugepagesz"),
        QStringLiteral("hugepages"),     QStringLiteral("memmap"),
        QStringLiteral("acpi_osi"),      QStringLiteral("rd.lvm.lv"),
        QStringLiteral("rd.luks.uuid"),  QStringLiteral("rd.luks.name"),
        QStringLiteral("rd.md.uuid"),    QStringLiteral("rd.dm.uuid"),
        QStringLiteral("rd.driver.pre"), QStringLiteral("rd.driver.blacklist")};
    return keys;
}

QString controlName(char16_t u)
{
    switch (u) {
    case u'\n': return KernelCmdline::tr("a line break");
    case u'\r': return KernelCmdline::tr("a carriage return");
    case u'\t': return KernelCmdline::tr("a tab");
    case 0: return KernelCmdline::tr("a NUL byte");
    default: return QStringLiteral("U+%1").arg(QString::number(uint(u), 16).toUpper(), 4, QLatin1Char('0'));
    }
}

bool isControl(char16_t u)
{
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0);
}

// Whether the UTF-8 form of code point cp contains the byte 0xA0.
bool utf8HasA0(char32_t cp)
{
    if (cp < 0x80)
        return false;
    if (cp < 0x800)
        return (0x80 | (cp & 0x3f)) == 0xa0;
    if (cp < 0x10000)
        return (0x80 | ((cp >> 6) & 0x3f)) == 0xa0 || (0x80 | (cp & 0x3f)) == 0xa0;
    return (0x80 | ((cp >> 12) & 0x3f)) == 0xa0 || (0x80 | ((cp >> 6) & 0x3f)) == 0xa0 ||
           (0x80 | (cp & 0x3f)) == 0xa0;
}

} // namespace

QString CmdlineToken::normalizedKey() const
{
    QString k = key;
    k.replace(QLatin1Char('-'), QLatin1Char('_'));
    return k;
}

CmdlineLimit CmdlineLimit::forGuest(const QString &arch, const QString &osType, const QString &domainType)
{
    // COMMAND_LINE_SIZE of each architecture (Linux 6.1), which includes the terminating NUL.
    struct Arch
    {
        const char *prefix;
        int size;
        const char *name;
    };
    static const Arch table[] = {{"x86_64", 2048, "x86"}, {"i686", 2048, "x86"},
                                 {"i386", 2048, "x86"},   {"aarch64", 2048, "arm64"},
                                 {"arm", 1024, "arm"},    {"ppc", 2048, "powerpc"},
                                 {"s390", 4096, "s390"},  {"riscv", 1024, "riscv"},
                                 {"mips", 4096, "mips"},  {"loongarch", 4096, "loongarch"}};
    CmdlineLimit limit;
    int size = 2048;
    QString name = QStringLiteral("x86");
    bool known = false;
    for (const Arch &a : table) {
        if (arch.startsWith(QLatin1String(a.prefix))) {
            size = a.size;
            name = QLatin1String(a.name);
            known = true;
            break;
        }
    }
    limit.maxBytes = size - 1;
    limit.what =
        known ? KernelCmdline::tr("a Linux kernel on %1 (COMMAND_LINE_SIZE %2, final NUL included)")
                    .arg(name)
                    .arg(size)
              : KernelCmdline::tr("a Linux kernel (COMMAND_LINE_SIZE %1 assumed for an unknown architecture)")
                    .arg(size);
    // Xen paravirtualised guests get their command line through the start info page: 1024 bytes.
    const bool xenPv = domainType == QLatin1String("xen") &&
                       (osType == QLatin1String("linux") || osType == QLatin1String("xen"));
    if (xenPv && limit.maxBytes > 1023) {
        limit.maxBytes = 1023;
        limit.what =
            KernelCmdline::tr("a Xen paravirtualised guest (MAX_GUEST_CMDLINE 1024, final NUL included)");
    }
    return limit;
}

CmdlineToken KernelCmdline::tokenFromText(const QString &prefix, const QString &text)
{
    // Mirrors next_arg() in the kernel's lib/cmdline.c: an opening quote is skipped, the key ends at the
    // first '=' (not counting one in first place), quotes around the value and a closing quote of a
    // quoted token are dropped.
    CmdlineToken t;
    t.prefix = prefix;
    t.text = text;
    QStringView args(text);
    bool quoted = false;
    if (args.startsWith(QLatin1Char('"'))) {
        args = args.mid(1);
        quoted = true;
    }
    const qsizetype end = args.size();
    const bool lastIsQuote = end > 0 && args.at(end - 1) == QLatin1Char('"');
    qsizetype equals = 0;
    for (qsizetype i = 1; i < end; ++i) {
        if (args.at(i) == QLatin1Char('=')) {
            equals = i;
            break;
        }
    }
    if (equals == 0) {
        const qsizetype keyEnd = quoted && lastIsQuote ? end - 1 : end;
        t.key = args.left(keyEnd).toString();
        return t;
    }
    t.key = args.left(equals).toString();
    t.hasValue = true;
    qsizetype vs = equals + 1;
    qsizetype ve = end;
    if (vs < end && args.at(vs) == QLatin1Char('"')) {
        ++vs;
        if (lastIsQuote)
            ve = end - 1;
    }
    if (quoted && lastIsQuote)
        ve = std::min(ve, end - 1);
    if (ve < vs)
        ve = vs;
    t.value = args.mid(vs, ve - vs).toString();
    return t;
}

KernelCmdline KernelCmdline::parse(const QString &text)
{
    KernelCmdline line;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    for (;;) {
        const qsizetype wsStart = pos;
        while (pos < n && isSeparator(text.at(pos)))
            ++pos;
        if (pos >= n) {
            line.m_trailing = text.mid(wsStart);
            break;
        }
        const qsizetype start = pos;
        bool inQuote = false;
        while (pos < n) {
            const QChar c = text.at(pos);
            if (!inQuote && isSeparator(c))
                break;
            if (c == QLatin1Char('"'))
                inQuote = !inQuote;
            ++pos;
        }
        line.m_tokens << tokenFromText(text.mid(wsStart, start - wsStart), text.mid(start, pos - start));
    }
    return line;
}

QString KernelCmdline::toString() const
{
    QString out;
    for (const CmdlineToken &t : m_tokens) {
        out += t.prefix;
        out += t.text;
    }
    out += m_trailing;
    return out;
}

qsizetype KernelCmdline::initArgsStart() const
{
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        if (m_tokens[i].text == QLatin1String("--"))
            return i;
    }
    return m_tokens.size();
}

QList<qsizetype> KernelCmdline::indexesOf(const QString &key) const
{
    QString wanted = key;
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    QList<qsizetype> out;
    const qsizetype end = initArgsStart();
    for (qsizetype i = 0; i < end; ++i) {
        if (m_tokens[i].normalizedKey() == wanted)
            out << i;
    }
    return out;
}

bool KernelCmdline::hasFlag(const QString &key) const
{
    const QList<qsizetype> idx = indexesOf(key);
    return std::any_of(idx.begin(), idx.end(), [this](qsizetype i) { return !m_tokens[i].hasValue; });
}

std::optional<QString> KernelCmdline::lastValue(const QString &key) const
{
    const QList<qsizetype> idx = indexesOf(key);
    for (auto it = idx.crbegin(); it != idx.crend(); ++it) {
        if (m_tokens[*it].hasValue)
            return m_tokens[*it].value;
    }
    return std::nullopt;
}

QStringList KernelCmdline::values(const QString &key) const
{
    QStringList out;
    for (qsizetype i : indexesOf(key)) {
        if (m_tokens[i].hasValue)
            out << m_tokens[i].value;
    }
    return out;
}

void KernelCmdline::removeAt(qsizetype index)
{
    if (index < 0 || index >= m_tokens.size())
        return;
    // The first token carries the line's leading whitespace: the next one inherits it.
    if (index == 0 && m_tokens.size() > 1)
        m_tokens[1].prefix = m_tokens[0].prefix;
    m_tokens.removeAt(index);
}

void KernelCmdline::insert(qsizetype index, const QString &tokenText)
{
    index = std::clamp<qsizetype>(index, 0, m_tokens.size());
    QString prefix = QStringLiteral(" ");
    if (index == 0) {
        if (m_tokens.isEmpty()) {
            prefix.clear();
        } else {
            prefix = m_tokens[0].prefix;
            m_tokens[0].prefix = QStringLiteral(" ");
        }
    }
    m_tokens.insert(index, tokenFromText(prefix, tokenText));
}

void KernelCmdline::replaceAt(qsizetype index, const QString &tokenText)
{
    if (index < 0 || index >= m_tokens.size())
        return;
    m_tokens[index] = tokenFromText(m_tokens[index].prefix, tokenText);
}

qsizetype KernelCmdline::removeIf(const std::function<bool(const CmdlineToken &)> &pred)
{
    qsizetype first = -1;
    const qsizetype end = initArgsStart();
    for (qsizetype i = end - 1; i >= 0; --i) {
        if (pred(m_tokens[i])) {
            removeAt(i);
            first = i;
        }
    }
    return first;
}

void KernelCmdline::setValue(const QString &key, const QString &value)
{
    const QList<qsizetype> idx = indexesOf(key);
    const QString token = formatToken(key, value);
    if (idx.isEmpty()) {
        insert(initArgsStart(), token);
        return;
    }
    for (qsizetype i = idx.size() - 1; i >= 1; --i)
        removeAt(idx[i]);
    replaceAt(idx.first(), token);
}

void KernelCmdline::setFlag(const QString &key, bool on)
{
    const QList<qsizetype> idx = indexesOf(key);
    const bool present =
        std::any_of(idx.begin(), idx.end(), [this](qsizetype i) { return !m_tokens[i].hasValue; });
    if (on && !present)
        insert(initArgsStart(), key);
    if (!on) {
        QString wanted = key;
        wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
        removeIf([&](const CmdlineToken &t) { return !t.hasValue && t.normalizedKey() == wanted; });
    }
}

QString KernelCmdline::formatToken(const QString &key, const std::optional<QString> &value)
{
    if (!value)
        return key;
    const bool needsQuotes = std::any_of(value->begin(), value->end(), isSeparator);
    if (needsQuotes)
        return key + QStringLiteral("=\"") + *value + QLatin1Char('"');
    return key + QLatin1Char('=') + *value;
}

QList<CmdlineIssue> KernelCmdline::validate(const CmdlineLimit &limit) const
{
    return validate(toString(), limit);
}

QList<CmdlineIssue> KernelCmdline::validate(const QString &text, const CmdlineLimit &limit)
{
    QList<CmdlineIssue> issues;
    auto add = [&](CmdlineIssue::Severity s, const QString &message, int position) {
        issues << CmdlineIssue{s, message, position};
    };
    const qsizetype bytes = text.toUtf8().size();
    if (bytes > limit.maxBytes) {
        add(CmdlineIssue::Severity::Error,
            tr("The command line is %1 bytes long; %2 accepts at most %3 bytes.")
                .arg(bytes)
                .arg(limit.what.isEmpty() ? tr("the kernel") : limit.what)
                .arg(limit.maxBytes),
            -1);
    }
    // One message per kind of problem is enough: the first place is shown.
    bool control = false, a0 = false;
    qsizetype openQuote = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (!control && isControl(u)) {
            control = true;
            add(CmdlineIssue::Severity::Error,
                tr("The command line contains %1 at position %2; it must be one line of printable characters "
                   "separated by spaces.")
                    .arg(controlName(u))
                    .arg(i + 1),
                int(i));
        }
        if (u == u'"')
            openQuote = openQuote < 0 ? i : -1;
        char32_t cp = u;
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            cp = QChar::surrogateToUcs4(u, text.at(i + 1).unicode());
        if (!a0 && utf8HasA0(cp)) {
            a0 = true;
            add(CmdlineIssue::Severity::Warning,
                tr("The character \"%1\" at position %2 is encoded with the byte 0xA0, which the kernel "
                   "reads as a "
                   "space: the option is cut in two there.")
                    .arg(cp >= 0x10000 ? text.mid(i, 2) : text.mid(i, 1))
                    .arg(i + 1),
                int(i));
        }
        if (cp >= 0x10000)
            ++i;
    }
    if (openQuote >= 0) {
        add(CmdlineIssue::Severity::Error,
            tr("The double quote at position %1 is never closed; quotes come in pairs, around a value that "
               "holds "
               "spaces (key=\"a b\").")
                .arg(openQuote + 1),
            int(openQuote));
    }

    // Conflicting repeats: the kernel normally keeps the last one, which is rarely what was meant.
    const KernelCmdline line = parse(text);
    const qsizetype end = line.initArgsStart();
    QHash<QString, QStringList> seen;
    QStringList order;
    QString lastRootMode;
    bool ro = false, rw = false;
    for (qsizetype i = 0; i < end; ++i) {
        const CmdlineToken &t = line.m_tokens[i];
        const QString key = t.normalizedKey();
        if (!t.hasValue && (key == QLatin1String("ro") || key == QLatin1String("rw"))) {
            (key == QLatin1String("ro") ? ro : rw) = true;
            lastRootMode = key;
            continue;
        }
        if (repeatableKeys().contains(t.key) || key.isEmpty())
            continue;
        if (!seen.contains(key))
            order << key;
        seen[key] << (t.hasValue ? t.value : QString());
    }
    if (ro && rw) {
        add(CmdlineIssue::Severity::Warning,
            tr("Both ro and rw are given; the last one (%1) wins.").arg(lastRootMode), -1);
    }
    for (const QString &key : std::as_const(order)) {
        const QStringList &vals = seen[key];
        QStringList distinct = vals;
        distinct.removeDuplicates();
        if (distinct.size() < 2)
            continue;
        QStringList shown;
        for (const QString &v : distinct)
            shown << (v.isEmpty() ? key : key + QLatin1Char('=') + v);
        add(CmdlineIssue::Severity::Warning,
            tr("%1 is given %2 times with different values (%3); the kernel normally keeps the last one.")
                .arg(key)
                .arg(vals.size())
                .arg(shown.join(QStringLiteral(", "))),
            -1);
    }
    return issues;
}

Status KernelCmdline::check(const QString &text, const CmdlineLimit &limit)
{
    for (const CmdlineIssue &issue : validate(text, limit)) {
        if (issue.severity == CmdlineIssue::Severity::Error)
            return Error(issue.message);
    }
    return {};
}

bool KernelCmdline::hasErrors(const QList<CmdlineIssue> &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const CmdlineIssue &i) { return i.severity == CmdlineIssue::Severity::Error; });
}

} // namespace virtdeck
