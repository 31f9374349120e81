#pragma once

// Sits between the guest's bytes and libvterm: passes them on in place, except that it (1) holds back a
// UTF-8 sequence cut at the end of a read until the rest arrives (libvterm 0.1 decodes each write on its
// own and would show two U+FFFD), and (2) drops CSI parameters past the 16 libvterm has room for, and
// digits past 9 per parameter (libvterm counts parameters without a bound and writes past its array:
// a guest printing "\e[1;1;1;...m" would crash the console). Used by TerminalScreen::feed.

#include <QByteArray>
#include <QtGlobal>

#include <functional>

namespace virtdeck {

class TerminalInputFilter
{
public:
    // libvterm keeps 16 parameters; the last one needs no separator after it.
    static constexpr int MaxSeparators = 15;
    static constexpr int MaxDigits = 9;

    // Calls sink with consecutive pieces of data that are safe to give libvterm in that order.
    void process(const char *data, qsizetype length,
                 const std::function<void(const char *, qsizetype)> &sink);
    // Bytes held back (an incomplete UTF-8 sequence), at most 3.
    qsizetype pending() const { return m_carry.size(); }
    void reset();

private:
    void scan(const char *data, qsizetype length, const std::function<void(const char *, qsizetype)> &sink);
    static qsizetype incompleteUtf8Tail(const char *data, qsizetype length);

    enum class State : quint8
    {
        Normal,
        Escape,
        Csi
    };
    State m_state = State::Normal;
    int m_separators = 0;
    int m_digits = 0;
    bool m_overflow = false;
    QByteArray m_carry;
};

} // namespace virtdeck
