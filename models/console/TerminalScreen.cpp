#include "console/TerminalScreen.h"

#include <vterm.h>

#include <algorithm>

namespace virtdeck {

namespace {

TerminalColor colorFromVterm(const VTermColor &c, bool foreground)
{
    if (foreground ? VTERM_COLOR_IS_DEFAULT_FG(&c) : VTERM_COLOR_IS_DEFAULT_BG(&c))
        return {};
    if (VTERM_COLOR_IS_INDEXED(&c))
        return TerminalColor::indexed(c.indexed.idx);
    return TerminalColor::rgb(c.rgb.red, c.rgb.green, c.rgb.blue);
}

VTermColor colorToVterm(TerminalColor c, const VTermColor &defaultColor)
{
    VTermColor out = defaultColor;
    switch (c.kind()) {
    case TerminalColor::Kind::Default: break;
    case TerminalColor::Kind::Indexed: vterm_color_indexed(&out, uint8_t(c.index())); break;
    case TerminalColor::Kind::Rgb:
        vterm_color_rgb(&out, uint8_t(c.red()), uint8_t(c.green()), uint8_t(c.blue()));
        break;
    }
    return out;
}

// Appends one libvterm cell to line (clusters go to line.clusters).
void appendCell(TerminalLine &line, const VTermScreenCell &v, bool continuation)
{
    TerminalCell c;
    c.fg = colorFromVterm(v.fg, true);
    c.bg = colorFromVterm(v.bg, false);
    quint8 a = 0;
    if (v.attrs.bold)
        a |= TerminalCell::Bold;
    if (v.attrs.underline == VTERM_UNDERLINE_DOUBLE)
        a |= TerminalCell::DoubleUnderline;
    else if (v.attrs.underline)
        a |= TerminalCell::Underline;
    if (v.attrs.italic)
        a |= TerminalCell::Italic;
    if (v.attrs.blink)
        a |= TerminalCell::Blink;
    if (v.attrs.reverse)
        a |= TerminalCell::Reverse;
    if (v.attrs.strike)
        a |= TerminalCell::Strike;
    c.attrs = a;
    if (continuation || v.chars[0] == uint32_t(-1)) {
        c.width = 0;
    } else {
        c.width = v.width == 2 ? 2 : 1;
        if (v.chars[0] != 0 && v.chars[1] != 0) {
            std::u32string cluster;
            for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && v.chars[i]; ++i)
                cluster += char32_t(v.chars[i]);
            c.ch = TerminalCell::ClusterFlag | char32_t(line.clusters.size());
            line.clusters.push_back(std::move(cluster));
        } else {
            c.ch = v.chars[0];
        }
    }
    line.cells.push_back(c);
}

bool lastColumnWritten(const VTermScreenCell *cells, int cols)
{
    if (cols <= 0)
        return false;
    const uint32_t ch = cells[cols - 1].chars[0];
    return ch != 0 && ch != uint32_t(' ');
}

} // namespace

// libvterm's C callbacks, forwarded to the screen (user data).
struct TerminalScreen::Callbacks
{
    static TerminalScreen *self(void *user) { return static_cast<TerminalScreen *>(user); }

    static int damage(VTermRect rect, void *user)
    {
        self(user)->damageRows(rect.start_row, rect.end_row);
        return 1;
    }
    static int moveCursor(VTermPos, VTermPos, int visible, void *user)
    {
        TerminalScreen *s = self(user);
        s->m_damage.cursorMoved = true;
        s->m_cursorVisible = visible;
        return 1;
    }
    static int setTermProp(VTermProp prop, VTermValue *value, void *user)
    {
        TerminalScreen *s = self(user);
        switch (prop) {
        case VTERM_PROP_ALTSCREEN:
            s->m_altScreen = value->boolean;
            s->damageRows(0, s->m_rows);
            break;
        case VTERM_PROP_CURSORVISIBLE:
            s->m_cursorVisible = value->boolean;
            s->m_damage.cursorMoved = true;
            break;
        case VTERM_PROP_TITLE: {
            // Bounded: a title longer than a line is someone's garbage.
            const QString title = QString::fromUtf8(value->string ? value->string : "").left(256);
            if (title != s->m_title) {
                s->m_title = title;
                Q_EMIT s->titleChanged(title);
            }
            break;
        }
        default: break;
        }
        return 1;
    }
    static int bell(void *user)
    {
        self(user)->m_bell = true;
        return 1;
    }
    static int pushLine(int cols, const VTermScreenCell *cells, void *user)
    {
        self(user)->pushLine(cols, cells);
        return 1;
    }
    static int popLine(int cols, VTermScreenCell *cells, void *user)
    {
        return self(user)->popLine(cols, cells) ? 1 : 0;
    }
    static void output(const char *s, size_t len, void *user)
    {
        TerminalScreen *screen = self(user);
        // A guest asking for answers in a loop must not grow this without bound.
        if (screen->m_pendingOutput.size() < 64 * 1024)
            screen->m_pendingOutput.append(s, qsizetype(len));
    }
};

TerminalScreen::TerminalScreen(int rows, int cols, QObject *parent)
    : QObject(parent)
    , m_rows(std::clamp(rows, 1, MaxRows))
    , m_cols(std::clamp(cols, 1, MaxCols))
{
    m_vt = vterm_new(m_rows, m_cols);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(m_vt, &Callbacks::output, this);
    m_screen = vterm_obtain_screen(m_vt);
    m_state = vterm_obtain_state(m_vt);
    static const VTermScreenCallbacks callbacks = {
        &Callbacks::damage,
        nullptr, // moverect: the damage of the moved area is enough, the view repaints rows
        &Callbacks::moveCursor,
        &Callbacks::setTermProp,
        &Callbacks::bell,
        nullptr, // resize
        &Callbacks::pushLine,
        &Callbacks::popLine,
    };
    vterm_screen_set_callbacks(m_screen, &callbacks, this);
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(m_screen, 1);
    vterm_screen_reset(m_screen, 1);
    m_damage = {};
}

TerminalScreen::~TerminalScreen()
{
    vterm_free(m_vt);
}

void TerminalScreen::feed(const char *data, qsizetype length)
{
    if (length <= 0)
        return;
    m_inFeed = true;
    m_filter.process(data, length,
                     [this](const char *piece, qsizetype n) { vterm_input_write(m_vt, piece, size_t(n)); });
    vterm_screen_flush_damage(m_screen);
    m_inFeed = false;
    m_bytesFed += length;
    if (std::exchange(m_bell, false))
        Q_EMIT bell();
    flushOutput();
    if (!m_damage.isEmpty())
        Q_EMIT changed();
}

void TerminalScreen::flushOutput()
{
    if (m_pendingOutput.isEmpty())
        return;
    const QByteArray out = std::exchange(m_pendingOutput, QByteArray());
    Q_EMIT output(out);
}

void TerminalScreen::damageRows(int first, int lastExclusive)
{
    if (lastExclusive <= first)
        return;
    if (m_damage.firstRow < 0 || first < m_damage.firstRow)
        m_damage.firstRow = first;
    m_damage.lastRow = std::max(m_damage.lastRow, lastExclusive - 1);
}

void TerminalScreen::pushLine(int cols, const void *rawCells)
{
    const auto *cells = static_cast<const VTermScreenCell *>(rawCells);
    ++m_damage.scrolledLines;
    if (m_scrollbackLimit <= 0) {
        ++m_dropped;
        return;
    }
    // Reuse the storage of the line that falls off the end: a flood recycles instead of allocating.
    TerminalLine line;
    if (int(m_scrollback.size()) >= m_scrollbackLimit) {
        line = std::move(m_scrollback.front());
        m_scrollback.pop_front();
        ++m_dropped;
        line.clear();
    }
    int used = cols;
    while (used > 0 && (cells[used - 1].chars[0] == 0 || cells[used - 1].chars[0] == uint32_t(' ')) &&
           VTERM_COLOR_IS_DEFAULT_BG(&cells[used - 1].bg) && !cells[used - 1].attrs.reverse &&
           !cells[used - 1].attrs.underline && !cells[used - 1].attrs.strike)
        --used;
    line.cells.reserve(size_t(used));
    for (int col = 0; col < used; ++col)
        appendCell(line, cells[col], false);
    line.wrapped = lastColumnWritten(cells, cols);
    m_scrollback.push_back(std::move(line));
}

bool TerminalScreen::popLine(int cols, void *rawCells)
{
    if (m_scrollback.empty())
        return false;
    auto *cells = static_cast<VTermScreenCell *>(rawCells);
    const TerminalLine line = std::move(m_scrollback.back());
    m_scrollback.pop_back();
    VTermColor defaultFg, defaultBg;
    vterm_state_get_default_colors(m_state, &defaultFg, &defaultBg);
    for (int col = 0; col < cols; ++col) {
        VTermScreenCell &v = cells[col];
        v = VTermScreenCell{};
        const TerminalCell c = line.cell(col);
        const std::u32string cps = line.codePoints(col);
        for (size_t i = 0; i < cps.size() && i < VTERM_MAX_CHARS_PER_CELL; ++i)
            v.chars[i] = uint32_t(cps[i]);
        if (c.width == 0 && col < line.size())
            v.chars[0] = uint32_t(-1);
        // libvterm steps through the row by width: never 0.
        v.width = char(c.width == 2 ? 2 : 1);
        v.attrs.bold = c.has(TerminalCell::Bold);
        v.attrs.underline = c.has(TerminalCell::DoubleUnderline) ? VTERM_UNDERLINE_DOUBLE
                            : c.has(TerminalCell::Underline)     ? VTERM_UNDERLINE_SINGLE
                                                                 : VTERM_UNDERLINE_OFF;
        v.attrs.italic = c.has(TerminalCell::Italic);
        v.attrs.blink = c.has(TerminalCell::Blink);
        v.attrs.reverse = c.has(TerminalCell::Reverse);
        v.attrs.strike = c.has(TerminalCell::Strike);
        v.fg = colorToVterm(c.fg, defaultFg);
        v.bg = colorToVterm(c.bg, defaultBg);
    }
    return true;
}

void TerminalScreen::setSize(int rows, int cols)
{
    rows = std::clamp(rows, 1, MaxRows);
    cols = std::clamp(cols, 1, MaxCols);
    if (rows == m_rows && cols == m_cols)
        return;
    m_rows = rows;
    m_cols = cols;
    vterm_set_size(m_vt, rows, cols);
    vterm_screen_flush_damage(m_screen);
    trimScrollback();
    damageRows(0, m_rows);
    Q_EMIT changed();
}

void TerminalScreen::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = std::clamp(lines, 0, MaxScrollbackLines);
    trimScrollback();
}

void TerminalScreen::trimScrollback()
{
    while (int(m_scrollback.size()) > m_scrollbackLimit) {
        m_scrollback.pop_front();
        ++m_dropped;
    }
}

TerminalLine TerminalScreen::screenLine(int row) const
{
    TerminalLine line;
    if (row < 0 || row >= m_rows)
        return line;
    line.cells.reserve(size_t(m_cols));
    VTermScreenCell v;
    bool continuation = false;
    for (int col = 0; col < m_cols; ++col) {
        vterm_screen_get_cell(m_screen, VTermPos{row, col}, &v);
        appendCell(line, v, continuation);
        continuation = line.cells.back().width == 2;
    }
    const uint32_t last = line.cells.empty() ? 0 : line.cells.back().ch;
    line.wrapped = line.cells.back().width == 0 || (last != 0 && last != U' ');
    return line;
}

TerminalLine TerminalScreen::line(int index) const
{
    const int sb = scrollbackCount();
    if (index < 0)
        return {};
    if (index < sb)
        return m_scrollback[size_t(index)];
    return screenLine(index - sb);
}

TerminalCell TerminalScreen::cell(int row, int col) const
{
    if (row < 0 || row >= m_rows || col < 0 || col >= m_cols)
        return {};
    VTermScreenCell v;
    vterm_screen_get_cell(m_screen, VTermPos{row, col}, &v);
    TerminalLine scratch;
    appendCell(scratch, v, false);
    return scratch.cells.front();
}

QString TerminalScreen::screenText() const
{
    QStringList rows;
    for (int r = 0; r < m_rows; ++r)
        rows << screenLine(r).text();
    while (!rows.isEmpty() && rows.constLast().isEmpty())
        rows.removeLast();
    return rows.join(QLatin1Char('\n'));
}

QString TerminalScreen::transcript() const
{
    QString out;
    const int total = lineCount();
    // Trailing empty screen rows are not part of what the guest printed.
    int last = total - 1;
    while (last >= scrollbackCount() && screenLine(last - scrollbackCount()).text().isEmpty())
        --last;
    for (int i = 0; i <= last; ++i) {
        const TerminalLine l = line(i);
        out += l.text();
        if (!l.wrapped || i == last)
            out += QLatin1Char('\n');
    }
    return out;
}

QString TerminalScreen::text(Position start, Position end) const
{
    if (end < start)
        std::swap(start, end);
    QString out;
    for (qint64 abs = std::max(start.line, m_dropped); abs <= end.line; ++abs) {
        const qint64 index = abs - m_dropped;
        if (index >= lineCount())
            break;
        const TerminalLine l = line(int(index));
        const int from = abs == start.line ? start.col : 0;
        const int to = abs == end.line ? end.col : -1;
        out += l.text(from, to);
        if (abs != end.line && !l.wrapped)
            out += QLatin1Char('\n');
    }
    return out;
}

TerminalScreen::Cursor TerminalScreen::cursor() const
{
    VTermPos pos;
    vterm_state_get_cursorpos(m_state, &pos);
    return {pos.row, pos.col, m_cursorVisible};
}

TerminalScreen::Damage TerminalScreen::takeDamage()
{
    return std::exchange(m_damage, Damage());
}

std::optional<TerminalScreen::Match> TerminalScreen::find(const QString &needle, Position from,
                                                          bool backwards, Qt::CaseSensitivity cs) const
{
    if (needle.isEmpty())
        return std::nullopt;
    const qint64 first = m_dropped;
    const qint64 last = m_dropped + lineCount() - 1;
    QList<int> columns;
    auto matchAt = [&](qint64 abs, qsizetype at) {
        const int startCol = columns.at(at);
        const int endCol = columns.at(at + needle.size() - 1);
        const TerminalLine l = line(int(abs - first));
        const int width = l.cell(endCol).width == 2 ? 2 : 1;
        return Match{Position{abs, startCol}, endCol + width - startCol};
    };
    if (!backwards) {
        for (qint64 abs = std::max(from.line, first); abs <= last; ++abs) {
            const QString t = line(int(abs - first)).text(0, -1, &columns);
            qsizetype startChar = 0;
            if (abs == from.line) {
                while (startChar < columns.size() && columns.at(startChar) < from.col)
                    ++startChar;
            }
            const qsizetype at = t.indexOf(needle, startChar, cs);
            if (at >= 0)
                return matchAt(abs, at);
        }
    } else {
        for (qint64 abs = std::min(from.line, last); abs >= first; --abs) {
            const QString t = line(int(abs - first)).text(0, -1, &columns);
            qsizetype at = -1;
            if (abs == from.line) {
                // Last match starting before from.col.
                qsizetype limit = 0;
                while (limit < columns.size() && columns.at(limit) < from.col)
                    ++limit;
                if (limit > 0)
                    at = t.left(limit + needle.size() - 1).lastIndexOf(needle, limit - 1, cs);
            } else {
                at = t.lastIndexOf(needle, -1, cs);
            }
            if (at >= 0)
                return matchAt(abs, at);
        }
    }
    return std::nullopt;
}

void TerminalScreen::clear()
{
    m_dropped += qint64(m_scrollback.size()) + m_rows;
    m_scrollback.clear();
    m_filter.reset();
    vterm_screen_reset(m_screen, 1);
    vterm_screen_flush_damage(m_screen);
    m_altScreen = false;
    m_cursorVisible = true;
    damageRows(0, m_rows);
    m_damage.cursorMoved = true;
    Q_EMIT cleared();
    Q_EMIT changed();
}

void TerminalScreen::resetForNewBoot()
{
    // Leave the alternate screen (1049 restores the primary screen and its cursor), then reset what a
    // program may have left behind: cursor keys, keypad, bracketed paste, cursor visibility, autowrap,
    // origin mode, insert mode, scroll region, charset, pen, mouse reporting. Some of these move the
    // cursor, so it is put back afterwards.
    if (m_altScreen)
        feed("\x1b[?1049l");
    const Cursor at = cursor();
    static const char reset[] = "\x1b[!p\x1b[?1l\x1b>\x1b[?2004l\x1b[?25h\x1b[?7h\x1b[?6l\x1b[4l\x1b[r"
                                "\x1b(B\x0f\x1b[0m\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l";
    feed(reset, qsizetype(sizeof reset - 1));
    feed(QByteArray("\x1b[" + QByteArray::number(at.row + 1) + ';' + QByteArray::number(at.col + 1) + 'H'));
    if (at.col != 0)
        feed("\r\n", 2);
}

void TerminalScreen::sendKey(Key key, Modifiers modifiers, int functionNumber)
{
    VTermKey k = VTERM_KEY_NONE;
    switch (key) {
    case Key::Enter: k = VTERM_KEY_ENTER; break;
    case Key::Tab: k = VTERM_KEY_TAB; break;
    case Key::Backspace: k = VTERM_KEY_BACKSPACE; break;
    case Key::Escape: k = VTERM_KEY_ESCAPE; break;
    case Key::Up: k = VTERM_KEY_UP; break;
    case Key::Down: k = VTERM_KEY_DOWN; break;
    case Key::Left: k = VTERM_KEY_LEFT; break;
    case Key::Right: k = VTERM_KEY_RIGHT; break;
    case Key::Insert: k = VTERM_KEY_INS; break;
    case Key::Delete: k = VTERM_KEY_DEL; break;
    case Key::Home: k = VTERM_KEY_HOME; break;
    case Key::End: k = VTERM_KEY_END; break;
    case Key::PageUp: k = VTERM_KEY_PAGEUP; break;
    case Key::PageDown: k = VTERM_KEY_PAGEDOWN; break;
    case Key::Function:
        if (functionNumber < 1 || functionNumber > 24)
            return;
        k = VTermKey(VTERM_KEY_FUNCTION(functionNumber));
        break;
    }
    vterm_keyboard_key(m_vt, k, VTermModifier(int(modifiers) & VTERM_ALL_MODS_MASK));
    if (!m_inFeed)
        flushOutput();
}

void TerminalScreen::sendText(const QString &text, Modifiers modifiers)
{
    QByteArray out;
    const QList<uint> codePoints = text.toUcs4();
    for (uint cp : codePoints) {
        if (modifiers & Ctrl) {
            // What a serial line understands: the C0 control codes (libvterm would send CSI u sequences
            // for several of these, which shells on a serial console do not know).
            char code = 0;
            bool known = true;
            if (cp >= 'a' && cp <= 'z')
                code = char(cp - 'a' + 1);
            else if (cp >= 'A' && cp <= 'Z')
                code = char(cp - 'A' + 1);
            else if (cp == '@' || cp == ' ' || cp == '2')
                code = 0;
            else if (cp == '[' || cp == '3')
                code = 0x1b;
            else if (cp == '\\' || cp == '4')
                code = 0x1c;
            else if (cp == ']' || cp == '5')
                code = 0x1d;
            else if (cp == '^' || cp == '6')
                code = 0x1e;
            else if (cp == '_' || cp == '7' || cp == '-')
                code = 0x1f;
            else if (cp == '?' || cp == '8')
                code = 0x7f;
            else
                known = false;
            if (known) {
                if (modifiers & Alt)
                    out += '\x1b';
                out += code;
                continue;
            }
        }
        if (modifiers & Alt)
            out += '\x1b';
        out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1).toUtf8();
    }
    if (!out.isEmpty())
        Q_EMIT output(out);
}

void TerminalScreen::sendPaste(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            clean += QLatin1Char('\r');
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            clean += QLatin1Char('\r');
        } else if (c == QLatin1Char('\t') || c.unicode() >= 0x20) {
            if (c.unicode() != 0x7f)
                clean += c;
        }
    }
    vterm_keyboard_start_paste(m_vt);
    flushOutput();
    if (!clean.isEmpty())
        Q_EMIT output(clean.toUtf8());
    vterm_keyboard_end_paste(m_vt);
    flushOutput();
}

} // namespace virtdeck
