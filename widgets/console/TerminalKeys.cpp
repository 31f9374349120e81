#include "console/TerminalKeys.h"

#include "console/TerminalScreen.h"

#include <QKeyEvent>

#include <optional>

namespace virtdeck::TerminalKeys {

bool send(TerminalScreen &screen, const QKeyEvent &event)
{
    using K = TerminalScreen::Key;
    const Qt::KeyboardModifiers qmods = event.modifiers();
    TerminalScreen::Modifiers mods;
    if (qmods & Qt::ShiftModifier)
        mods |= TerminalScreen::Shift;
    if (qmods & Qt::AltModifier)
        mods |= TerminalScreen::Alt;
    if (qmods & Qt::ControlModifier)
        mods |= TerminalScreen::Ctrl;

    std::optional<K> special;
    int function = 0;
    switch (event.key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: special = K::Enter; break;
    case Qt::Key_Tab: special = K::Tab; break;
    case Qt::Key_Backtab:
        special = K::Tab;
        mods |= TerminalScreen::Shift;
        break;
    case Qt::Key_Backspace: special = K::Backspace; break;
    case Qt::Key_Escape: special = K::Escape; break;
    case Qt::Key_Up: special = K::Up; break;
    case Qt::Key_Down: special = K::Down; break;
    case Qt::Key_Left: special = K::Left; break;
    case Qt::Key_Right: special = K::Right; break;
    case Qt::Key_Insert: special = K::Insert; break;
    case Qt::Key_Delete: special = K::Delete; break;
    case Qt::Key_Home: special = K::Home; break;
    case Qt::Key_End: special = K::End; break;
    case Qt::Key_PageUp: special = K::PageUp; break;
    case Qt::Key_PageDown: special = K::PageDown; break;
    default:
        if (event.key() >= Qt::Key_F1 && event.key() <= Qt::Key_F24) {
            special = K::Function;
            function = event.key() - Qt::Key_F1 + 1;
        }
        break;
    }
    if (special) {
        screen.sendKey(*special, mods, function);
        return true;
    }
    if (mods & TerminalScreen::Ctrl) {
        // Ctrl+letter and friends by key, not by text: platforms disagree on the text of Ctrl combos.
        const int key = event.key();
        QString base;
        if (key >= Qt::Key_A && key <= Qt::Key_Z)
            base = QChar(u'a' + (key - Qt::Key_A));
        else if (key == Qt::Key_Space)
            base = QStringLiteral(" ");
        else if (key < 0x80 && key >= 0x20)
            base = QChar(char16_t(key));
        if (!base.isEmpty()) {
            screen.sendText(base, mods & ~TerminalScreen::Modifiers(TerminalScreen::Shift));
            return true;
        }
    }
    QString text = event.text();
    if (text.isEmpty())
        return false;
    if (mods & TerminalScreen::Alt) {
        // Some platforms give Alt+letter a control character as text: use the key instead.
        if (text.size() == 1 && text.at(0).unicode() < 0x20 && event.key() >= Qt::Key_A &&
            event.key() <= Qt::Key_Z)
            text = QString(QChar(u'a' + (event.key() - Qt::Key_A)));
        screen.sendText(text, TerminalScreen::Alt);
    } else {
        screen.sendText(text);
    }
    return true;
}

} // namespace virtdeck::TerminalKeys
