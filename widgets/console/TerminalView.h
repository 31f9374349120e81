#pragma once

// Paints a TerminalScreen and turns keys into its input: scrollback through the scroll bar, wheel and
// Shift+PgUp/PgDn, mouse selection with copy (Ctrl+Shift+C) and paste (Ctrl+Shift+V), zoom
// (Ctrl+= / Ctrl+-), search (Ctrl+Shift+F), and the Ctrl+O SysRq prefix. Repaints are coalesced to at most
// one per RepaintIntervalMs however fast the screen changes. ConsolePanel owns one per console session.

#include "console/SysRqPrefix.h"
#include "console/TerminalPalette.h"
#include "console/TerminalScreen.h"

#include <QAbstractScrollArea>
#include <QFont>
#include <QPointer>

#include <array>

class QTimer;

namespace virtdeck {

class TerminalSearchBar;

class TerminalView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    using Position = TerminalScreen::Position;

    static constexpr int DefaultFontPointSize = 11;
    static constexpr int MinFontPointSize = 6;
    static constexpr int MaxFontPointSize = 48;
    static constexpr int RepaintIntervalMs = 16; // ~60 Hz

    explicit TerminalView(QWidget *parent = nullptr);
    ~TerminalView() override;

    // Not owned. The view sizes the screen to its viewport.
    void setScreen(TerminalScreen *screen);
    TerminalScreen *screen() const { return m_screen; }

    int fontPointSize() const { return m_fontPointSize; }
    void setFontPointSize(int points);
    void zoomIn() { setFontPointSize(m_fontPointSize + 1); }
    void zoomOut() { setFontPointSize(m_fontPointSize - 1); }
    QSizeF cellSize() const { return {m_cellWidth, m_cellHeight}; }
    const TerminalPalette &terminalPalette() const { return m_palette; }

    bool hasSelection() const { return m_selectionStart != m_selectionEnd; }
    QString selectedText() const;
    void setSelection(Position start, Position end);
    void clearSelection();
    void selectAll();
    void copy();
    // Sends the clipboard's text to the guest (bracketed paste when the guest asked for it).
    void paste();

    // Scrollback: index of the top visible line (TerminalScreen::line numbering).
    int topLine() const;
    bool isFollowing() const { return m_follow; }
    void scrollToBottom();
    void scrollLines(int delta);

    // Searches from the current match (or the bottom), selects and shows the match; false if none.
    bool findNext(const QString &text, bool backwards, bool caseSensitive = false);
    void showSearch();
    TerminalSearchBar *searchBar() const { return m_searchBar; }

    bool isSysRqArmed() const { return m_sysRq.isArmed(); }
    void cancelSysRq();

    // For tests and benchmarks: paint events handled, and repaints asked for by screen changes.
    int paintCount() const { return m_paintCount; }
    int repaintRequests() const { return m_repaintRequests; }

Q_SIGNALS:
    void sysRqArmedChanged(bool armed);
    void sysRqRequested(QChar key);
    void sysRqRejected(QChar key);
    void fontPointSizeChanged(int points);
    void screenSizeChanged(int rows, int cols);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void scheduleRepaint();
    void repaintNow();
    void syncScrollBar();
    void updateFontMetrics();
    void fitScreenToViewport();
    bool handleViewKeys(QKeyEvent *event);
    bool handleSysRqPrefix(QKeyEvent *event);
    bool isViewShortcut(QKeyEvent *event) const;
    Position positionAt(const QPoint &point) const;
    void selectWordAt(Position pos);
    void paintLine(QPainter &p, const TerminalLine &line, qreal y, qint64 absLine);
    void paintCursor(QPainter &p, int top);
    const QFont &fontFor(const TerminalCell &cell);
    void placeSearchBar();

    QPointer<TerminalScreen> m_screen;
    TerminalPalette m_palette;
    QFont m_font;
    std::array<QFont, 16> m_fonts; // bold | italic << 1 | underline << 2 | strike << 3
    std::array<bool, 16> m_fontReady{};
    int m_fontPointSize = DefaultFontPointSize;
    qreal m_cellWidth = 8;
    qreal m_cellHeight = 16;
    qreal m_ascent = 12;

    QTimer *m_repaintTimer;
    bool m_follow = true;
    qint64 m_topAbsolute = 0; // absolute top line while not following
    bool m_syncing = false;
    qreal m_wheelRemainder = 0;

    Position m_selectionStart;
    Position m_selectionEnd;
    bool m_selecting = false;
    std::optional<TerminalScreen::Match> m_lastMatch;

    SysRqPrefix m_sysRq;
    TerminalSearchBar *m_searchBar;
    int m_paintCount = 0;
    int m_repaintRequests = 0;
};

} // namespace virtdeck
