#include "console/TerminalPalette.h"

namespace virtdeck {

TerminalPalette::TerminalPalette()
    : m_fg(0xd3, 0xd7, 0xcf)
    , m_bg(0x16, 0x16, 0x16)
{
    // The 16 ANSI colours (Tango-like: readable on the dark background).
    static const QRgb ansi[16] = {0x2e3436, 0xcc0000, 0x4e9a06, 0xc4a000, 0x3465a4, 0x75507b,
                                  0x06989a, 0xd3d7cf, 0x555753, 0xef2929, 0x8ae234, 0xfce94f,
                                  0x729fcf, 0xad7fa8, 0x34e2e2, 0xeeeeec};
    for (int i = 0; i < 16; ++i)
        m_colors[size_t(i)] = QColor(ansi[i]);
    static const int level[6] = {0, 95, 135, 175, 215, 255};
    for (int i = 16; i < 232; ++i) {
        const int n = i - 16;
        m_colors[size_t(i)] = QColor(level[n / 36], level[n / 6 % 6], level[n % 6]);
    }
    for (int i = 232; i < 256; ++i) {
        const int g = 8 + (i - 232) * 10;
        m_colors[size_t(i)] = QColor(g, g, g);
    }
}

QColor TerminalPalette::resolve(TerminalColor c, bool foreground, bool bold) const
{
    switch (c.kind()) {
    case TerminalColor::Kind::Default: return foreground ? m_fg : m_bg;
    case TerminalColor::Kind::Indexed: {
        int index = c.index();
        if (foreground && bold && index < 8)
            index += 8;
        return m_colors[size_t(index)];
    }
    case TerminalColor::Kind::Rgb: return QColor(c.red(), c.green(), c.blue());
    }
    return m_fg;
}

QColor TerminalPalette::cellForeground(const TerminalCell &cell) const
{
    const bool bold = cell.has(TerminalCell::Bold);
    return cell.has(TerminalCell::Reverse) ? resolve(cell.bg, false, false) : resolve(cell.fg, true, bold);
}

QColor TerminalPalette::cellBackground(const TerminalCell &cell) const
{
    const bool bold = cell.has(TerminalCell::Bold);
    return cell.has(TerminalCell::Reverse) ? resolve(cell.fg, true, bold) : resolve(cell.bg, false, false);
}

} // namespace virtdeck
