#pragma once

// One character cell of the terminal: its character, colours and attributes, packed small because the
// scrollback keeps up to tens of thousands of lines of them. Produced by TerminalScreen, painted by
// TerminalView; TerminalColor keeps a colour as "default", a palette index or 24-bit RGB.

#include <QtGlobal>

namespace virtdeck {

class TerminalColor
{
public:
    enum class Kind : quint8
    {
        Default,
        Indexed,
        Rgb
    };

    constexpr TerminalColor() = default;
    static constexpr TerminalColor indexed(int index)
    {
        return TerminalColor(1u << 24 | quint32(index & 0xff));
    }
    static constexpr TerminalColor rgb(int r, int g, int b)
    {
        return TerminalColor(2u << 24 | quint32(r & 0xff) << 16 | quint32(g & 0xff) << 8 | quint32(b & 0xff));
    }

    constexpr Kind kind() const { return Kind(m_value >> 24); }
    constexpr bool isDefault() const { return kind() == Kind::Default; }
    constexpr int index() const { return int(m_value & 0xff); }
    constexpr int red() const { return int(m_value >> 16 & 0xff); }
    constexpr int green() const { return int(m_value >> 8 & 0xff); }
    constexpr int blue() const { return int(m_value & 0xff); }

    friend constexpr bool operator==(TerminalColor a, TerminalColor b) { return a.m_value == b.m_value; }

private:
    explicit constexpr TerminalColor(quint32 value)
        : m_value(value)
    {}
    quint32 m_value = 0;
};

struct TerminalCell
{
    enum Attribute : quint8
    {
        Bold = 0x01,
        Underline = 0x02,
        Italic = 0x04,
        Blink = 0x08,
        Reverse = 0x10,
        Strike = 0x20,
        DoubleUnderline = 0x40,
    };
    // Set in `ch` when the cell holds several code points (a base and combining marks): the low bits
    // then index TerminalLine::clusters.
    static constexpr char32_t ClusterFlag = 0x80000000u;

    char32_t ch = 0; // 0: never written (blank)
    TerminalColor fg;
    TerminalColor bg;
    quint8 attrs = 0;
    quint8 width = 1; // 1; 2 for the first half of a wide character; 0 for its second half

    bool has(Attribute a) const { return attrs & a; }
    // Blank and without anything that would paint (background, reverse, underline).
    bool isBlank() const
    {
        return (ch == 0 || ch == U' ') && bg.isDefault() &&
               !(attrs & (Reverse | Underline | DoubleUnderline | Strike));
    }
    friend bool operator==(const TerminalCell &, const TerminalCell &) = default;
};

} // namespace virtdeck
