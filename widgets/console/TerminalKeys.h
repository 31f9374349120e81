#pragma once

// Maps a Qt key press to what a terminal sends: special keys through libvterm (so cursor keys follow the
// guest's application mode), Ctrl and Alt combinations as a serial line understands them, text as UTF-8.
// Used by TerminalView for every key that is not one of its own shortcuts.

class QKeyEvent;

namespace virtdeck {

class TerminalScreen;

namespace TerminalKeys {

// Sends the key's bytes through screen.output(); false if the key sends nothing (a lone modifier).
bool send(TerminalScreen &screen, const QKeyEvent &key);

} // namespace TerminalKeys
} // namespace virtdeck
