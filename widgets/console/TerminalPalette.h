#pragma once

// Turns the screen model's colours (default, 256-colour index, RGB) into QColors: the 16 ANSI colours of
// the scheme, the 6x6x6 cube, the grey ramp, and bold-as-bright for the first 8. Used by TerminalView.

#include "console/TerminalCell.h"

#include <QColor>

#include <array>

namespace virtdeck {

class TerminalPalette
{
public:
    TerminalPalette();

    QColor foreground() const { return m_fg; }
    QColor background() const { return m_bg; }
    QColor indexed(int index) const { return m_colors[size_t(std::clamp(index, 0, 255))]; }
    // The colours a cell is painted with, after bold-as-bright and reverse video.
    QColor cellForeground(const TerminalCell &cell) const;
    QColor cellBackground(const TerminalCell &cell) const;

private:
    QColor resolve(TerminalColor c, bool foreground, bool bold) const;

    QColor m_fg;
    QColor m_bg;
    std::array<QColor, 256> m_colors;
};

} // namespace virtdeck
