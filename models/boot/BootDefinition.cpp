#include "boot/BootDefinition.h"

#include <QList>
#include <QXmlStreamReader>

#include <algorithm>

namespace virtdeck {

namespace {

// Where one element sits in the text.
struct Span
{
    qsizetype start = -1;        // the '<' of its start tag
    qsizetype contentStart = -1; // after the start tag
    qsizetype contentEnd = -1;   // the '<' of its end tag
    qsizetype end = -1;          // after its end tag (or after "/>")
    bool selfClosing = false;
    bool found() const { return start >= 0; }
};

struct Layout
{
    QString root;
    Span os, kernel, initrd, cmdline;
};

enum class Tracked
{
    None,
    Os,
    Kernel,
    Initrd,
    Cmdline
};

struct Edit
{
    qsizetype from;
    qsizetype to;
    QString text;
};

bool startsAt(const QString &s, qsizetype pos, QLatin1String what)
{
    return QStringView(s).mid(pos).startsWith(what);
}

bool isNameEnd(QChar c)
{
    return c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('>');
}

// Skips to just after `until`, or returns -1 when the document ends first.
qsizetype skipPast(const QString &s, qsizetype from, QLatin1String until)
{
    const qsizetype at = s.indexOf(until, from);
    return at < 0 ? -1 : at + until.size();
}

// A DOCTYPE may hold an internal subset in brackets and quoted literals.
qsizetype skipDoctype(const QString &s, qsizetype pos)
{
    int brackets = 0;
    for (qsizetype i = pos + 2; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            i = s.indexOf(c, i + 1);
            if (i < 0)
                return -1;
        } else if (c == QLatin1Char('[')) {
            ++brackets;
        } else if (c == QLatin1Char(']')) {
            --brackets;
        } else if (c == QLatin1Char('>') && brackets <= 0) {
            return i + 1;
        }
    }
    return -1;
}

// Reads a start tag at pos: its name, where it ends, whether it closes itself. -1 when malformed.
qsizetype readStartTag(const QString &s, qsizetype pos, QString &name, bool &selfClosing)
{
    qsizetype i = pos + 1;
    while (i < s.size() && !isNameEnd(s.at(i)))
        ++i;
    name = s.mid(pos + 1, i - pos - 1);
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('>')) {
            selfClosing = false;
            return i + 1;
        }
        if (c == QLatin1Char('/') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('>')) {
            selfClosing = true;
            return i + 2;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            i = s.indexOf(c, i + 1);
            if (i < 0)
                return -1;
        }
        ++i;
    }
    return -1;
}

Tracked classify(const QList<Tracked> &stack, const QString &root, const QString &name, const Layout &layout)
{
    if (stack.size() == 1 && root == QLatin1String("domain") && name == QLatin1String("os") &&
        !layout.os.found())
        return Tracked::Os;
    if (stack.size() != 2 || stack.last() != Tracked::Os)
        return Tracked::None;
    // libvirt reads the first of each; later duplicates are left alone.
    if (name == QLatin1String("kernel") && !layout.kernel.found())
        return Tracked::Kernel;
    if (name == QLatin1String("initrd") && !layout.initrd.found())
        return Tracked::Initrd;
    if (name == QLatin1String("cmdline") && !layout.cmdline.found())
        return Tracked::Cmdline;
    return Tracked::None;
}

Span *spanOf(Layout &layout, Tracked t)
{
    switch (t) {
    case Tracked::Os: return &layout.os;
    case Tracked::Kernel: return &layout.kernel;
    case Tracked::Initrd: return &layout.initrd;
    case Tracked::Cmdline: return &layout.cmdline;
    case Tracked::None: break;
    }
    return nullptr;
}

// Finds /domain/os and its kernel, initrd and cmdline in a document already known to be well-formed.
Result<Layout> scan(const QString &s)
{
    Layout layout;
    QList<Tracked> stack;
    qsizetype pos = 0;
    const Error malformed(BootDefinition::tr("The server's definition (domain XML) could not be read."),
                          BootDefinition::tr("not well-formed XML"));
    while (pos < s.size()) {
        pos = s.indexOf(QLatin1Char('<'), pos);
        if (pos < 0)
            break;
        if (startsAt(s, pos, QLatin1String("<!--"))) {
            pos = skipPast(s, pos + 4, QLatin1String("-->"));
        } else if (startsAt(s, pos, QLatin1String("<![CDATA["))) {
            pos = skipPast(s, pos + 9, QLatin1String("]]>"));
        } else if (startsAt(s, pos, QLatin1String("<?"))) {
            pos = skipPast(s, pos + 2, QLatin1String("?>"));
        } else if (startsAt(s, pos, QLatin1String("<!"))) {
            pos = skipDoctype(s, pos);
        } else if (startsAt(s, pos, QLatin1String("</"))) {
            const qsizetype gt = s.indexOf(QLatin1Char('>'), pos);
            if (gt < 0 || stack.isEmpty())
                return malformed;
            if (Span *span = spanOf(layout, stack.takeLast())) {
                span->contentEnd = pos;
                span->end = gt + 1;
            }
            pos = gt + 1;
        } else {
            QString name;
            bool selfClosing = false;
            const qsizetype after = readStartTag(s, pos, name, selfClosing);
            if (after < 0)
                return malformed;
            if (stack.isEmpty() && layout.root.isEmpty())
                layout.root = name;
            const Tracked t = classify(stack, layout.root, name, layout);
            if (Span *span = spanOf(layout, t)) {
                span->start = pos;
                span->selfClosing = selfClosing;
                span->contentStart = after;
                if (selfClosing) {
                    span->contentEnd = after;
                    span->end = after;
                }
            }
            if (!selfClosing)
                stack << t;
            pos = after;
        }
        if (pos < 0)
            return malformed;
    }
    return layout;
}

// Decodes element content: entity and character references, CDATA sections; comments dropped.
Result<QString> decode(const QString &s, const Span &span)
{
    if (!span.found() || span.selfClosing)
        return QString();
    QString out;
    qsizetype i = span.contentStart;
    const qsizetype end = span.contentEnd;
    while (i < end) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('&')) {
            const qsizetype semi = s.indexOf(QLatin1Char(';'), i);
            const QString ref = s.mid(i + 1, semi - i - 1);
            if (ref == QLatin1String("lt"))
                out += QLatin1Char('<');
            else if (ref == QLatin1String("gt"))
                out += QLatin1Char('>');
            else if (ref == QLatin1String("amp"))
                out += QLatin1Char('&');
            else if (ref == QLatin1String("quot"))
                out += QLatin1Char('"');
            else if (ref == QLatin1String("apos"))
                out += QLatin1Char('\'');
            else if (ref.startsWith(QLatin1Char('#'))) {
                bool ok = false;
                const uint cp = ref.startsWith(QLatin1String("#x")) ? ref.mid(2).toUInt(&ok, 16)
                                                                    : ref.mid(1).toUInt(&ok, 10);
                if (!ok)
                    return Error(BootDefinition::tr(
                                     "The server's definition has a character reference that is not valid."),
                                 ref);
                const char32_t ucs = cp;
                out += QString::fromUcs4(&ucs, 1);
            } else {
                return Error(BootDefinition::tr(
                                 "The server's boot settings use an XML entity virtdeck does not know."),
                             ref);
            }
            i = semi + 1;
        } else if (startsAt(s, i, QLatin1String("<![CDATA["))) {
            const qsizetype close = s.indexOf(QLatin1String("]]>"), i);
            out += s.mid(i + 9, close - i - 9);
            i = close + 3;
        } else if (startsAt(s, i, QLatin1String("<!--"))) {
            i = s.indexOf(QLatin1String("-->"), i) + 3;
        } else if (c == QLatin1Char('<')) {
            return Error(BootDefinition::tr("The server's boot settings hold unexpected markup."),
                         s.mid(span.start, span.end - span.start));
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

// "\n" + the indentation of the line span starts on, or "" when span does not start its own line.
QString lineIndent(const QString &s, const Span &span)
{
    qsizetype i = span.start - 1;
    while (i >= 0 && (s.at(i) == QLatin1Char(' ') || s.at(i) == QLatin1Char('\t')))
        --i;
    if (i >= 0 && s.at(i) == QLatin1Char('\n'))
        return s.mid(i, span.start - i);
    return {};
}

// Where removing span starts: its line break and indentation go with it.
qsizetype removalStart(const QString &s, const Span &span)
{
    const QString indent = lineIndent(s, span);
    return span.start - indent.size();
}

Status wellFormed(const QString &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        return Error(BootDefinition::tr("The server's definition (domain XML) could not be read."),
                     reader.errorString());
    return {};
}

QString element(const QString &name, const QString &text)
{
    return QLatin1Char('<') + name + QLatin1Char('>') + BootDefinition::escape(text) + QStringLiteral("</") +
           name + QLatin1Char('>');
}

// Sets the content of an existing element (a self-closing one is rewritten whole).
void setContent(QList<Edit> &edits, const QString &name, const Span &span, const QString &text)
{
    if (span.selfClosing)
        edits << Edit{span.start, span.end, element(name, text)};
    else
        edits << Edit{span.contentStart, span.contentEnd, BootDefinition::escape(text)};
}

} // namespace

BootFields BootFields::normalized() const
{
    BootFields f = *this;
    for (std::optional<QString> *field : {&f.kernel, &f.initrd, &f.cmdline}) {
        if (*field && (*field)->isEmpty())
            field->reset();
    }
    return f;
}

QString BootDefinition::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\'': out += QLatin1String("&apos;"); break;
        default: out += c;
        }
    }
    return out;
}

Result<BootFields> BootDefinition::read(const QString &xml)
{
    if (Status s = wellFormed(xml); !s)
        return s.error();
    Result<Layout> layout = scan(xml);
    if (!layout)
        return layout.error();
    if (layout->root != QLatin1String("domain"))
        return Error(tr("The server's definition is not a libvirt domain."), layout->root);
    BootFields fields;
    const std::pair<std::optional<QString> *, const Span *> parts[] = {{&fields.kernel, &layout->kernel},
                                                                       {&fields.initrd, &layout->initrd},
                                                                       {&fields.cmdline, &layout->cmdline}};
    for (const auto &[field, span] : parts) {
        if (!span->found())
            continue;
        Result<QString> text = decode(xml, *span);
        if (!text)
            return text.error();
        *field = text.value();
    }
    return fields.normalized();
}

Result<QString> BootDefinition::write(const QString &xml, const BootFields &wanted)
{
    Result<BootFields> current = read(xml);
    if (!current)
        return current.error();
    const BootFields target = wanted.normalized();
    if (current.value() == target)
        return xml;
    const Layout layout = scan(xml).value();
    if (!current->isDirectKernel())
        return Error(
            tr("The server does not boot a kernel directly (no <kernel> in its definition), so virtdeck "
               "does not change how it boots."));
    if (!target.kernel)
        return Error(tr("A server that boots a kernel directly needs a kernel; choose one."));

    QList<Edit> edits;
    if (current->kernel != target.kernel)
        setContent(edits, QStringLiteral("kernel"), layout.kernel, *target.kernel);

    // Elements that appear go right after their predecessor, on their own line with its indentation.
    QString afterKernel;
    if (layout.initrd.found() && target.initrd && current->initrd != target.initrd)
        setContent(edits, QStringLiteral("initrd"), layout.initrd, *target.initrd);
    else if (layout.initrd.found() && !target.initrd)
        edits << Edit{removalStart(xml, layout.initrd), layout.initrd.end, QString()};
    else if (!layout.initrd.found() && target.initrd)
        afterKernel += lineIndent(xml, layout.kernel) + element(QStringLiteral("initrd"), *target.initrd);

    if (layout.cmdline.found() && target.cmdline && current->cmdline != target.cmdline) {
        setContent(edits, QStringLiteral("cmdline"), layout.cmdline, *target.cmdline);
    } else if (layout.cmdline.found() && !target.cmdline) {
        edits << Edit{removalStart(xml, layout.cmdline), layout.cmdline.end, QString()};
    } else if (!layout.cmdline.found() && target.cmdline) {
        const QString text =
            lineIndent(xml, layout.kernel) + element(QStringLiteral("cmdline"), *target.cmdline);
        if (layout.initrd.found() && target.initrd)
            edits << Edit{layout.initrd.end, layout.initrd.end, text};
        else
            afterKernel += text;
    }
    if (!afterKernel.isEmpty())
        edits << Edit{layout.kernel.end, layout.kernel.end, afterKernel};

    // Insertions before removals that start at the same place.
    std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    QString out;
    out.reserve(xml.size() + 256);
    qsizetype cursor = 0;
    for (const Edit &e : std::as_const(edits)) {
        out += QStringView(xml).mid(cursor, e.from - cursor);
        out += e.text;
        cursor = e.to;
    }
    out += QStringView(xml).mid(cursor);
    return out;
}

} // namespace virtdeck
