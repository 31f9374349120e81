#include "console/TerminalLine.h"

namespace virtdeck {

TerminalCell TerminalLine::cell(int col) const
{
    if (col < 0 || col >= int(cells.size()))
        return {};
    return cells[size_t(col)];
}

std::u32string TerminalLine::codePoints(int col) const
{
    if (col < 0 || col >= int(cells.size()))
        return {};
    const TerminalCell &c = cells[size_t(col)];
    if (c.width == 0 || c.ch == 0)
        return {};
    if (c.ch & TerminalCell::ClusterFlag) {
        const size_t i = c.ch & ~TerminalCell::ClusterFlag;
        return i < clusters.size() ? clusters[i] : std::u32string();
    }
    return std::u32string(1, c.ch);
}

QString TerminalLine::text(int from, int to, QList<int> *columnOfChar) const
{
    const int end = to < 0 ? int(cells.size()) : std::min(to, int(cells.size()));
    QString out;
    out.reserve(std::max(0, end - from));
    if (columnOfChar)
        columnOfChar->clear();
    for (int col = std::max(0, from); col < end; ++col) {
        const TerminalCell &c = cells[size_t(col)];
        if (c.width == 0)
            continue;
        const std::u32string cps = codePoints(col);
        if (cps.empty()) {
            out += QLatin1Char(' ');
            if (columnOfChar)
                columnOfChar->append(col);
            continue;
        }
        for (char32_t cp : cps) {
            const int units = QChar::requiresSurrogates(cp) ? 2 : 1;
            if (units == 2) {
                out += QChar(QChar::highSurrogate(cp));
                out += QChar(QChar::lowSurrogate(cp));
            } else {
                out += QChar(char16_t(cp));
            }
            if (columnOfChar) {
                for (int k = 0; k < units; ++k)
                    columnOfChar->append(col);
            }
        }
    }
    qsizetype trimmed = out.size();
    while (trimmed > 0 && out.at(trimmed - 1) == QLatin1Char(' '))
        --trimmed;
    out.truncate(trimmed);
    if (columnOfChar)
        columnOfChar->resize(trimmed);
    return out;
}

void TerminalLine::clear()
{
    cells.clear();
    clusters.clear();
    wrapped = false;
}

} // namespace virtdeck
