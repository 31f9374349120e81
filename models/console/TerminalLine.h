#pragma once

// One line of terminal text with its cells, as kept in the scrollback or copied from the live screen.
// TerminalScreen creates them; TerminalView paints them; search and copy read their text.

#include "console/TerminalCell.h"

#include <QList>
#include <QString>

#include <string>
#include <vector>

namespace virtdeck {

struct TerminalLine
{
    std::vector<TerminalCell> cells;      // scrollback lines drop trailing blank cells
    std::vector<std::u32string> clusters; // multi-code-point cells (see TerminalCell::ClusterFlag)
    // The text continued on the next line because it reached the last column. libvterm 0.1 does not
    // report soft wraps, so this is a guess: the last column was written.
    bool wrapped = false;

    int size() const { return int(cells.size()); }
    // The cell at col, or a blank cell past the end.
    TerminalCell cell(int col) const;
    // The code points of one cell (empty for blanks and the second half of wide characters).
    std::u32string codePoints(int col) const;
    // The text of columns [from, to) (to = -1: the end) with trailing spaces removed. columnOfChar, if
    // given, receives for each UTF-16 unit of the result the column it came from.
    QString text(int from = 0, int to = -1, QList<int> *columnOfChar = nullptr) const;
    void clear();
};

} // namespace virtdeck
