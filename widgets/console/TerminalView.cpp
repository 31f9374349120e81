#include "console/TerminalView.h"

#include "console/TerminalKeys.h"
#include "console/TerminalSearchBar.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

#include <cmath>

namespace virtdeck {

namespace {
QString cellText(const TerminalLine &line, int col)
{
    const std::u32string cps = line.codePoints(col);
    return cps.empty() ? QStringLiteral(" ") : QString::fromUcs4(cps.data(), qsizetype(cps.size()));
}

bool sameLook(const TerminalCell &a, const TerminalCell &b)
{
    return a.fg == b.fg && a.bg == b.bg && a.attrs == b.attrs;
}

bool isWordCell(const TerminalLine &line, int col)
{
    const std::u32string cps = line.codePoints(col);
    if (cps.empty())
        return false;
    const QChar c = cps[0] < 0x10000 ? QChar(char16_t(cps[0])) : QChar(u'x');
    return c.isLetterOrNumber() || QStringLiteral("-_./~:@%+=").contains(c);
}
} // namespace

TerminalView::TerminalView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_repaintTimer(new QTimer(this))
    , m_searchBar(new TerminalSearchBar(this))
{
    setObjectName(QStringLiteral("terminalView"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent, true);

    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_font.setStyleHint(QFont::TypeWriter);
    m_font.setFixedPitch(true);
    m_font.setKerning(false);
    m_font.setPointSize(m_fontPointSize);
    updateFontMetrics();

    // Coalescing: the first change starts the timer, later ones within the interval ride along.
    m_repaintTimer->setSingleShot(true);
    m_repaintTimer->setInterval(RepaintIntervalMs);
    connect(m_repaintTimer, &QTimer::timeout, this, &TerminalView::repaintNow);

    m_searchBar->hide();
    connect(m_searchBar, &TerminalSearchBar::findRequested, this,
            [this](const QString &text, bool backwards, bool cs) {
                m_searchBar->setNotFound(!findNext(text, backwards, cs));
            });
    connect(m_searchBar, &TerminalSearchBar::closed, this, [this] { setFocus(Qt::OtherFocusReason); });
}

TerminalView::~TerminalView() = default;

void TerminalView::setScreen(TerminalScreen *screen)
{
    if (m_screen)
        disconnect(m_screen, nullptr, this, nullptr);
    m_screen = screen;
    clearSelection();
    m_follow = true;
    if (screen) {
        connect(screen, &TerminalScreen::changed, this, &TerminalView::scheduleRepaint);
        connect(screen, &TerminalScreen::cleared, this, [this] {
            clearSelection();
            m_lastMatch.reset();
            m_follow = true;
        });
        fitScreenToViewport();
    }
    syncScrollBar();
    viewport()->update();
}

void TerminalView::scheduleRepaint()
{
    if (!m_repaintTimer->isActive())
        m_repaintTimer->start();
}

void TerminalView::repaintNow()
{
    if (m_screen)
        m_screen->takeDamage();
    ++m_repaintRequests;
    syncScrollBar();
    viewport()->update();
}

void TerminalView::setFontPointSize(int points)
{
    points = std::clamp(points, MinFontPointSize, MaxFontPointSize);
    if (points == m_fontPointSize)
        return;
    m_fontPointSize = points;
    m_font.setPointSize(points);
    m_fontReady.fill(false);
    updateFontMetrics();
    fitScreenToViewport();
    syncScrollBar();
    viewport()->update();
    Q_EMIT fontPointSizeChanged(points);
}

void TerminalView::updateFontMetrics()
{
    const QFontMetricsF fm(m_font, this);
    m_cellWidth = std::max<qreal>(1.0, fm.horizontalAdvance(QLatin1Char('M')));
    m_cellHeight = std::max<qreal>(1.0, std::ceil(fm.height()));
    m_ascent = fm.ascent();
}

const QFont &TerminalView::fontFor(const TerminalCell &cell)
{
    const int bits = (cell.has(TerminalCell::Bold) ? 1 : 0) | (cell.has(TerminalCell::Italic) ? 2 : 0) |
                     (cell.has(TerminalCell::Underline) || cell.has(TerminalCell::DoubleUnderline) ? 4 : 0) |
                     (cell.has(TerminalCell::Strike) ? 8 : 0);
    if (!m_fontReady[size_t(bits)]) {
        QFont f = m_font;
        f.setBold(bits & 1);
        f.setItalic(bits & 2);
        f.setUnderline(bits & 4);
        f.setStrikeOut(bits & 8);
        m_fonts[size_t(bits)] = f;
        m_fontReady[size_t(bits)] = true;
    }
    return m_fonts[size_t(bits)];
}

void TerminalView::fitScreenToViewport()
{
    if (!m_screen)
        return;
    const int cols = std::max(1, int(viewport()->width() / m_cellWidth));
    const int rows = std::max(1, int(viewport()->height() / m_cellHeight));
    if (rows == m_screen->rows() && cols == m_screen->cols())
        return;
    m_screen->setSize(rows, cols);
    Q_EMIT screenSizeChanged(m_screen->rows(), m_screen->cols());
}

void TerminalView::syncScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    m_syncing = true;
    if (!m_screen) {
        bar->setRange(0, 0);
    } else {
        const int max = m_screen->scrollbackCount();
        bar->setRange(0, max);
        bar->setPageStep(std::max(1, m_screen->rows()));
        bar->setSingleStep(1);
        const qint64 wanted = m_follow ? max : m_topAbsolute - m_screen->firstLineNumber();
        bar->setValue(int(std::clamp<qint64>(wanted, 0, max)));
        if (!m_follow && bar->value() == max)
            m_follow = true;
    }
    m_syncing = false;
}

void TerminalView::scrollContentsBy(int, int)
{
    if (!m_syncing && m_screen) {
        const int value = verticalScrollBar()->value();
        m_follow = value >= verticalScrollBar()->maximum();
        m_topAbsolute = m_screen->firstLineNumber() + value;
    }
    viewport()->update();
}

int TerminalView::topLine() const
{
    if (!m_screen)
        return 0;
    // Following: the live screen, even before the coalesced scroll bar update caught up.
    if (m_follow)
        return m_screen->scrollbackCount();
    return std::clamp(verticalScrollBar()->value(), 0, m_screen->scrollbackCount());
}

void TerminalView::scrollToBottom()
{
    m_follow = true;
    syncScrollBar();
    viewport()->update();
}

void TerminalView::scrollLines(int delta)
{
    syncScrollBar(); // the bar may lag behind a following view by one coalescing interval
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + delta);
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    fitScreenToViewport();
    syncScrollBar();
    placeSearchBar();
}

void TerminalView::placeSearchBar()
{
    const int width = std::min(viewport()->width(), std::max(360, viewport()->width() / 2));
    m_searchBar->setGeometry(viewport()->x() + viewport()->width() - width, viewport()->y(), width,
                             m_searchBar->sizeHint().height());
}

// --- painting ---------------------------------------------------------------------------------------

void TerminalView::paintEvent(QPaintEvent *)
{
    ++m_paintCount;
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), m_palette.background());
    if (!m_screen)
        return;
    const int top = topLine();
    const int visible = int(std::ceil(viewport()->height() / m_cellHeight));
    const qint64 first = m_screen->firstLineNumber();
    for (int r = 0; r < visible; ++r) {
        const int index = top + r;
        if (index >= m_screen->lineCount())
            break;
        paintLine(p, m_screen->line(index), r * m_cellHeight, first + index);
    }
    paintCursor(p, top);
}

void TerminalView::paintLine(QPainter &p, const TerminalLine &line, qreal y, qint64 absLine)
{
    const int n = std::min(line.size(), m_screen->cols());
    int col = 0;
    while (col < n) {
        const TerminalCell &cell = line.cells[size_t(col)];
        if (cell.width == 0) {
            ++col;
            continue;
        }
        int span = cell.width == 2 ? 2 : 1;
        QString text;
        if (cell.width == 2 || (cell.ch & TerminalCell::ClusterFlag)) {
            text = cellText(line, col);
        } else {
            // A run of single-width cells that look the same: one drawText.
            int end = col;
            while (end < n) {
                const TerminalCell &c = line.cells[size_t(end)];
                if (c.width != 1 || (c.ch & TerminalCell::ClusterFlag) || !sameLook(c, cell))
                    break;
                const char32_t ch = c.ch == 0 ? U' ' : c.ch;
                if (QChar::requiresSurrogates(ch)) {
                    text += QChar(QChar::highSurrogate(ch));
                    text += QChar(QChar::lowSurrogate(ch));
                } else {
                    text += QChar(char16_t(ch));
                }
                ++end;
            }
            span = end - col;
        }
        const QRectF rect(col * m_cellWidth, y, span * m_cellWidth, m_cellHeight);
        const QColor bg = m_palette.cellBackground(cell);
        if (bg != m_palette.background())
            p.fillRect(rect, bg);
        if (!text.trimmed().isEmpty() || cell.has(TerminalCell::Underline) ||
            cell.has(TerminalCell::Strike)) {
            p.setFont(fontFor(cell));
            p.setPen(m_palette.cellForeground(cell));
            p.drawText(QPointF(rect.left(), y + m_ascent), text);
        }
        col += span;
    }
    // Selection and search match on top.
    if (hasSelection()) {
        const Position a = std::min(m_selectionStart, m_selectionEnd);
        const Position b = std::max(m_selectionStart, m_selectionEnd);
        if (absLine >= a.line && absLine <= b.line) {
            const int from = absLine == a.line ? a.col : 0;
            const int to = absLine == b.line ? b.col : m_screen->cols();
            if (to > from) {
                QColor highlight = palette().color(QPalette::Highlight);
                highlight.setAlpha(120);
                p.fillRect(QRectF(from * m_cellWidth, y, (to - from) * m_cellWidth, m_cellHeight), highlight);
            }
        }
    }
}

void TerminalView::paintCursor(QPainter &p, int top)
{
    const TerminalScreen::Cursor c = m_screen->cursor();
    if (!c.visible)
        return;
    const int index = m_screen->scrollbackCount() + c.row;
    const int row = index - top;
    if (row < 0 || row * m_cellHeight >= viewport()->height())
        return;
    const QRectF rect(c.col * m_cellWidth, row * m_cellHeight, m_cellWidth, m_cellHeight);
    if (hasFocus() && !m_sysRq.isArmed()) {
        p.fillRect(rect, m_palette.foreground());
        const TerminalLine line = m_screen->screenLine(c.row);
        const QString text = cellText(line, c.col);
        if (!text.trimmed().isEmpty()) {
            p.setFont(fontFor(line.cell(c.col)));
            p.setPen(m_palette.background());
            p.drawText(QPointF(rect.left(), rect.top() + m_ascent), text);
        }
    } else {
        p.setPen(m_sysRq.isArmed() ? QColor(0xfc, 0xe9, 0x4f) : m_palette.foreground());
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

// --- keys --------------------------------------------------------------------------------------------

bool TerminalView::focusNextPrevChild(bool)
{
    return false; // Tab and Shift+Tab belong to the guest
}

bool TerminalView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // While the terminal has focus, its keys are the guest's (and ours), not the window's shortcuts.
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods != Qt::MetaModifier) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalView::isViewShortcut(QKeyEvent *event) const
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier))
        return key == Qt::Key_C || key == Qt::Key_V || key == Qt::Key_F || key == Qt::Key_Plus;
    if (mods == Qt::ControlModifier)
        return key == Qt::Key_Equal || key == Qt::Key_Plus || key == Qt::Key_Minus || key == Qt::Key_0;
    if (mods == Qt::ShiftModifier)
        return key == Qt::Key_PageUp || key == Qt::Key_PageDown || key == Qt::Key_Home ||
               key == Qt::Key_End || key == Qt::Key_Insert;
    return false;
}

bool TerminalView::handleViewKeys(QKeyEvent *event)
{
    if (!isViewShortcut(event))
        return false;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_C: copy(); break;
    case Qt::Key_V: paste(); break;
    case Qt::Key_Insert: paste(); break; // Shift+Insert
    case Qt::Key_F: showSearch(); break;
    case Qt::Key_Equal:
    case Qt::Key_Plus: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_0: setFontPointSize(DefaultFontPointSize); break;
    case Qt::Key_PageUp: scrollLines(-std::max(1, m_screen ? m_screen->rows() - 1 : 1)); break;
    case Qt::Key_PageDown: scrollLines(std::max(1, m_screen ? m_screen->rows() - 1 : 1)); break;
    case Qt::Key_Home: verticalScrollBar()->setValue(0); break;
    case Qt::Key_End: scrollToBottom(); break;
    default: return false;
    }
    Q_UNUSED(mods)
    return true;
}

bool TerminalView::handleSysRqPrefix(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool ctrlO = event->key() == Qt::Key_O && mods == Qt::ControlModifier;
    const bool escape = event->key() == Qt::Key_Escape;
    QString text = event->text();
    // Modifier keys alone and control characters are not command keys.
    if (text.size() == 1 && text.at(0).unicode() < 0x20)
        text.clear();
    if (!text.isEmpty() && text.at(0).isSpace())
        text.clear();
    const bool wasArmed = m_sysRq.isArmed();
    switch (m_sysRq.press(ctrlO, text, escape)) {
    case SysRqPrefix::Outcome::NotHandled: return false;
    case SysRqPrefix::Outcome::Ignored:
        // A key without text while armed (Shift, or F1): only modifier keys keep it armed.
        if (event->key() == Qt::Key_Shift || event->key() == Qt::Key_Control || event->key() == Qt::Key_Alt ||
            event->key() == Qt::Key_Meta || event->key() == Qt::Key_AltGr)
            return true;
        m_sysRq.disarm();
        break;
    case SysRqPrefix::Outcome::Armed: break;
    case SysRqPrefix::Outcome::SysRq: Q_EMIT sysRqRequested(m_sysRq.key()); break;
    case SysRqPrefix::Outcome::LiteralCtrlO:
        if (m_screen)
            m_screen->sendText(QStringLiteral("o"), TerminalScreen::Ctrl);
        break;
    case SysRqPrefix::Outcome::Cancelled: break;
    case SysRqPrefix::Outcome::Rejected: Q_EMIT sysRqRejected(m_sysRq.key()); break;
    }
    if (wasArmed != m_sysRq.isArmed()) {
        Q_EMIT sysRqArmedChanged(m_sysRq.isArmed());
        viewport()->update();
    }
    return true;
}

void TerminalView::cancelSysRq()
{
    if (!m_sysRq.isArmed())
        return;
    m_sysRq.disarm();
    Q_EMIT sysRqArmedChanged(false);
    viewport()->update();
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    if (handleSysRqPrefix(event) || handleViewKeys(event)) {
        event->accept();
        return;
    }
    if (!m_screen) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (TerminalKeys::send(*m_screen, *event))
        scrollToBottom();
    event->accept();
}

void TerminalView::inputMethodEvent(QInputMethodEvent *event)
{
    if (m_screen && !event->commitString().isEmpty()) {
        m_screen->sendText(event->commitString());
        scrollToBottom();
    }
    event->accept();
}

void TerminalView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TerminalView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

// --- selection, clipboard, search -------------------------------------------------------------------

TerminalView::Position TerminalView::positionAt(const QPoint &point) const
{
    if (!m_screen)
        return {};
    const int row = std::clamp(int(point.y() / m_cellHeight), 0, std::max(0, m_screen->rows() - 1));
    const int index = std::min(topLine() + row, m_screen->lineCount() - 1);
    const int col = std::clamp(int(std::floor(point.x() / m_cellWidth + 0.5)), 0, m_screen->cols());
    return {m_screen->firstLineNumber() + index, col};
}

QString TerminalView::selectedText() const
{
    if (!m_screen || !hasSelection())
        return {};
    return m_screen->text(std::min(m_selectionStart, m_selectionEnd),
                          std::max(m_selectionStart, m_selectionEnd));
}

void TerminalView::setSelection(Position start, Position end)
{
    m_selectionStart = start;
    m_selectionEnd = end;
    viewport()->update();
}

void TerminalView::clearSelection()
{
    m_selectionStart = m_selectionEnd = Position();
    m_selecting = false;
    viewport()->update();
}

void TerminalView::selectAll()
{
    if (!m_screen)
        return;
    setSelection({m_screen->firstLineNumber(), 0},
                 {m_screen->firstLineNumber() + m_screen->lineCount() - 1, m_screen->cols()});
}

void TerminalView::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TerminalView::paste()
{
    if (!m_screen)
        return;
    const QString text = QApplication::clipboard()->text();
    if (!text.isEmpty()) {
        m_screen->sendPaste(text);
        scrollToBottom();
    }
}

void TerminalView::selectWordAt(Position pos)
{
    if (!m_screen)
        return;
    const int index = int(pos.line - m_screen->firstLineNumber());
    const TerminalLine line = m_screen->line(index);
    int col = std::min(pos.col, std::max(0, line.size() - 1));
    if (!isWordCell(line, col))
        return;
    int from = col;
    while (from > 0 && isWordCell(line, from - 1))
        --from;
    int to = col;
    while (to + 1 < line.size() && isWordCell(line, to + 1))
        ++to;
    setSelection({pos.line, from}, {pos.line, to + 1});
}

void TerminalView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton) {
        const Position pos = positionAt(event->position().toPoint());
        m_selectionStart = m_selectionEnd = pos;
        m_selecting = true;
        viewport()->update();
    } else if (event->button() == Qt::MiddleButton && m_screen) {
        const QString text = QApplication::clipboard()->text(QClipboard::Selection);
        if (!text.isEmpty())
            m_screen->sendPaste(text);
    }
    event->accept();
}

void TerminalView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    const QPoint pt = event->position().toPoint();
    // Dragging past the edges scrolls.
    if (pt.y() < 0)
        scrollLines(-1);
    else if (pt.y() > viewport()->height())
        scrollLines(1);
    m_selectionEnd = positionAt(pt);
    viewport()->update();
}

void TerminalView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_selecting) {
        m_selecting = false;
        QClipboard *clipboard = QApplication::clipboard();
        if (hasSelection() && clipboard->supportsSelection())
            clipboard->setText(selectedText(), QClipboard::Selection);
    }
}

void TerminalView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        selectWordAt(positionAt(event->position().toPoint()));
        m_selecting = false;
    }
}

void TerminalView::wheelEvent(QWheelEvent *event)
{
    // Three lines per notch; touchpads send fractions.
    m_wheelRemainder += event->angleDelta().y() / 120.0 * 3.0;
    const int lines = int(m_wheelRemainder);
    m_wheelRemainder -= lines;
    if (lines != 0)
        scrollLines(-lines);
    event->accept();
}

void TerminalView::contextMenuEvent(QContextMenuEvent *event)
{
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("terminalContextMenu"));
    QAction *copyAction = menu->addAction(tr("Copy"), this, &TerminalView::copy);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setEnabled(hasSelection());
    menu->addAction(tr("Paste"), this, &TerminalView::paste)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    menu->addAction(tr("Select all"), this, &TerminalView::selectAll);
    menu->addSeparator();
    menu->addAction(tr("Find…"), this, &TerminalView::showSearch)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    menu->addAction(tr("Zoom in"), this, &TerminalView::zoomIn)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    menu->addAction(tr("Zoom out"), this, &TerminalView::zoomOut)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    menu->popup(event->globalPos());
}

void TerminalView::showSearch()
{
    placeSearchBar();
    m_searchBar->activate();
}

bool TerminalView::findNext(const QString &text, bool backwards, bool caseSensitive)
{
    if (!m_screen || text.isEmpty())
        return false;
    const qint64 first = m_screen->firstLineNumber();
    Position from;
    if (m_lastMatch && m_lastMatch->start.line >= first) {
        from = m_lastMatch->start;
        if (!backwards)
            from.col += 1;
    } else {
        from = backwards ? Position{first + m_screen->lineCount(), 0} : Position{first, 0};
    }
    const auto match =
        m_screen->find(text, from, backwards, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    if (!match)
        return false;
    m_lastMatch = match;
    setSelection(match->start, {match->start.line, match->start.col + match->length});
    // Scroll so the match is visible, a few lines below the top.
    const int index = int(match->start.line - first);
    if (index < topLine() || index >= topLine() + m_screen->rows()) {
        m_follow = false;
        verticalScrollBar()->setValue(std::max(0, index - 3));
    }
    return true;
}

} // namespace virtdeck
