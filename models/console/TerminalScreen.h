#pragma once

// The terminal's screen model: libvterm parses the guest's bytes into a grid of cells; this class keeps
// its own bounded scrollback ring, tracks damage, searches, copies text, and encodes keys into the bytes
// a terminal sends. No widgets: ConsoleSession feeds it, TerminalView paints it, tests drive it directly.

#include "console/TerminalInputFilter.h"
#include "console/TerminalLine.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <deque>
#include <memory>
#include <optional>

struct VTerm;
struct VTermScreen;
struct VTermState;

namespace virtdeck {

class TerminalScreen : public QObject
{
    Q_OBJECT
public:
    enum class Key
    {
        Enter,
        Tab,
        Backspace,
        Escape,
        Up,
        Down,
        Left,
        Right,
        Insert,
        Delete,
        Home,
        End,
        PageUp,
        PageDown,
        Function // Function: F1..F12 (functionNumber)
    };
    enum Modifier
    {
        NoModifier = 0,
        Shift = 1,
        Alt = 2,
        Ctrl = 4
    };
    Q_DECLARE_FLAGS(Modifiers, Modifier)

    struct Cursor
    {
        int row = 0;
        int col = 0;
        bool visible = true;
    };
    // Rows of the live screen changed since the last takeDamage(); scrolled: lines went to scrollback.
    struct Damage
    {
        int firstRow = -1;
        int lastRow = -1; // inclusive
        int scrolledLines = 0;
        bool cursorMoved = false;
        bool isEmpty() const { return firstRow < 0 && scrolledLines == 0 && !cursorMoved; }
    };
    // A place in the whole text: line is absolute (firstLineNumber() is the oldest line still kept,
    // numbers never get reused when old lines are dropped), col is a cell column.
    struct Position
    {
        qint64 line = 0;
        int col = 0;
        friend auto operator<=>(const Position &, const Position &) = default;
    };
    struct Match
    {
        Position start;
        int length = 0; // in cells
    };

    static constexpr int DefaultScrollbackLines = 10000;
    static constexpr int MaxScrollbackLines = 1000000;
    static constexpr int MaxRows = 500;
    static constexpr int MaxCols = 1000;

    explicit TerminalScreen(int rows = 24, int cols = 80, QObject *parent = nullptr);
    ~TerminalScreen() override;

    // Bytes from the guest. Any bytes are fine: invalid UTF-8 shows U+FFFD, a UTF-8 sequence or an escape
    // sequence split across calls is joined. Emits changed() at most once per call.
    void feed(const QByteArray &bytes) { feed(bytes.constData(), bytes.size()); }
    void feed(const char *data, qsizetype length);
    qint64 bytesFed() const { return m_bytesFed; }

    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    // Clamped to 1..MaxRows and 1..MaxCols. Rows that no longer fit go to the scrollback and come back
    // when the screen grows.
    void setSize(int rows, int cols);

    int scrollbackLimit() const { return m_scrollbackLimit; }
    void setScrollbackLimit(int lines);
    int scrollbackCount() const { return int(m_scrollback.size()); }
    // Absolute number of line(0).
    qint64 firstLineNumber() const { return m_dropped; }
    // scrollbackCount() + rows().
    int lineCount() const { return scrollbackCount() + m_rows; }
    // index 0 is the oldest scrollback line; scrollbackCount() + r is row r of the live screen.
    TerminalLine line(int index) const;
    TerminalLine screenLine(int row) const;
    TerminalCell cell(int row, int col) const;
    QString lineText(int index) const { return line(index).text(); }
    // The live screen's rows, joined with '\n', trailing spaces and trailing empty rows removed.
    QString screenText() const;
    // Scrollback and screen as plain text (soft-wrapped lines joined), for "Save transcript".
    QString transcript() const;
    // Text from start (inclusive) to end (exclusive), lines joined with '\n' unless soft-wrapped.
    QString text(Position start, Position end) const;

    Cursor cursor() const;
    bool isAltScreen() const { return m_altScreen; }
    QString title() const { return m_title; }

    Damage takeDamage();

    // The next occurrence of needle after `from` (or before it, backwards), searching scrollback and
    // screen line by line.
    std::optional<Match> find(const QString &needle, Position from, bool backwards,
                              Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;

    // Empties screen and scrollback, resets modes.
    void clear();
    // Before a fresh boot prints on a screen the old one left in any state: leaves the alternate screen,
    // resets modes and pen, starts a new line; the text stays.
    void resetForNewBoot();

    // Keyboard: the bytes go out through output().
    void sendKey(Key key, Modifiers modifiers = NoModifier, int functionNumber = 0);
    void sendText(const QString &text, Modifiers modifiers = NoModifier);
    // Pasted text: newlines become CR, other control characters are dropped, and the guest's bracketed
    // paste mode is honoured.
    void sendPaste(const QString &text);

Q_SIGNALS:
    void changed();
    // Bytes for the guest: keys, paste, and libvterm's answers to queries (cursor position, device
    // attributes).
    void output(const QByteArray &bytes);
    void bell();
    void titleChanged(const QString &title);
    void cleared();

private:
    struct Callbacks;
    friend struct Callbacks;

    void pushLine(int cols, const void *cells);
    bool popLine(int cols, void *cells);
    void damageRows(int first, int lastExclusive);
    void flushOutput();
    void trimScrollback();

    TerminalInputFilter m_filter;
    VTerm *m_vt = nullptr;
    VTermScreen *m_screen = nullptr;
    VTermState *m_state = nullptr;
    int m_rows = 0;
    int m_cols = 0;
    int m_scrollbackLimit = DefaultScrollbackLines;
    std::deque<TerminalLine> m_scrollback;
    qint64 m_dropped = 0;
    qint64 m_bytesFed = 0;
    Damage m_damage;
    bool m_altScreen = false;
    bool m_cursorVisible = true;
    QString m_title;
    QByteArray m_pendingOutput;
    bool m_inFeed = false;
    bool m_bell = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(TerminalScreen::Modifiers)

} // namespace virtdeck
