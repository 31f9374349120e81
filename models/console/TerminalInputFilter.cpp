#include "console/TerminalInputFilter.h"

#include <cstring>

namespace virtdeck {

namespace {
// Bytes a UTF-8 sequence starting with lead needs in total; 0 for anything that is not a lead byte.
int utf8Length(unsigned char lead)
{
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}
} // namespace

void TerminalInputFilter::reset()
{
    m_state = State::Normal;
    m_separators = 0;
    m_digits = 0;
    m_overflow = false;
    m_carry.clear();
}

qsizetype TerminalInputFilter::incompleteUtf8Tail(const char *data, qsizetype length)
{
    // Look back over at most 3 bytes for the lead byte of the last sequence.
    for (qsizetype back = 1; back <= 3 && back <= length; ++back) {
        const auto c = static_cast<unsigned char>(data[length - back]);
        if ((c & 0xc0) == 0x80)
            continue; // a continuation byte: keep looking for its lead
        const int needed = utf8Length(c);
        return needed > back ? back : 0;
    }
    return 0;
}

void TerminalInputFilter::process(const char *data, qsizetype length,
                                  const std::function<void(const char *, qsizetype)> &sink)
{
    if (length <= 0)
        return;
    if (!m_carry.isEmpty()) {
        // Complete the held-back sequence with the continuation bytes that follow, then go on.
        const int needed = utf8Length(static_cast<unsigned char>(m_carry.at(0)));
        qsizetype take = 0;
        while (m_carry.size() + take < needed && take < length &&
               (static_cast<unsigned char>(data[take]) & 0xc0) == 0x80)
            ++take;
        QByteArray joined = std::exchange(m_carry, QByteArray());
        joined.append(data, take);
        data += take;
        length -= take;
        if (joined.size() < needed && length == 0) {
            m_carry = joined; // still incomplete, and nothing else came
            return;
        }
        scan(joined.constData(), joined.size(), sink);
    }
    const qsizetype tail = incompleteUtf8Tail(data, length);
    scan(data, length - tail, sink);
    if (tail > 0)
        m_carry = QByteArray(data + length - tail, tail);
}

void TerminalInputFilter::scan(const char *data, qsizetype length,
                               const std::function<void(const char *, qsizetype)> &sink)
{
    const char *segment = data;
    const char *end = data + length;
    const char *p = data;
    while (p < end) {
        if (m_state == State::Normal) {
            // Fast path: plain text up to the next ESC. (In UTF-8 mode libvterm takes no C1 CSI 0x9b,
            // even after S8C1T: checked with libvterm 0.1.4.)
            const char *esc = static_cast<const char *>(memchr(p, 0x1b, size_t(end - p)));
            if (!esc)
                break;
            p = esc + 1;
            m_state = State::Escape;
            continue;
        }
        const auto c = static_cast<unsigned char>(*p);
        bool drop = false;
        if (c == 0x1b) {
            m_state = State::Escape;
        } else if (c == 0x18 || c == 0x1a) {
            m_state = State::Normal; // CAN / SUB cancel a sequence
        } else if (m_state == State::Escape) {
            if (c == '[') {
                m_state = State::Csi;
                m_separators = m_digits = 0;
                m_overflow = false;
            } else if (c >= 0x20) {
                m_state = State::Normal; // other escapes: libvterm bounds them itself
            }
        } else if (c >= '0' && c <= '9') {
            drop = m_overflow || ++m_digits > MaxDigits;
        } else if (c == ';' || c == ':') {
            // Past the last parameter libvterm has room for, drop the rest of the list (dropping only
            // the separators would glue later digits onto the 16th parameter and change its meaning).
            m_digits = 0;
            if (++m_separators > MaxSeparators)
                m_overflow = true;
            drop = m_overflow;
        } else if (c >= 0x40 && c <= 0x7e) {
            m_state = State::Normal; // the final byte
        }
        // Anything else (C0 controls, intermediates, leaders, high bytes) leaves the state alone: this
        // stays inside the sequence at least as long as libvterm does.
        if (drop) {
            if (p > segment)
                sink(segment, p - segment);
            segment = p + 1;
        }
        ++p;
    }
    if (end > segment)
        sink(segment, end - segment);
}

} // namespace virtdeck
