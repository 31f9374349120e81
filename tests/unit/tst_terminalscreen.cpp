// The terminal screen model (libvterm + own scrollback) without any window: text, colours, cursor,
// erase, wrap, alternate screen, UTF-8 split across reads, scrollback limit, search, keys, bad input.

#include "console/TerminalScreen.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <cstdio>

using namespace virtdeck;

Q_DECLARE_METATYPE(TerminalColor)

namespace {
// Resident memory of this process in KiB (Linux).
qint64 residentKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &l : lines) {
        if (l.startsWith("VmRSS:"))
            return l.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QByteArray numberedLines(int from, int count)
{
    QByteArray out;
    for (int i = from; i < from + count; ++i)
        out += "line " + QByteArray::number(i) + "\r\n";
    return out;
}
} // namespace

class TestTerminalScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void text_data();
    void text();
    void colours_data();
    void colours();
    void cursor_data();
    void cursor();
    void wideCharacters();
    void alternateScreen();
    void utf8SplitAcrossReads_data();
    void utf8SplitAcrossReads();
    void escapeSplitAcrossReads();
    void scrollbackLimit_data();
    void scrollbackLimit();
    void resizeKeepsLines();
    void search_data();
    void search();
    void searchInScrollback();
    void selectionTextAndTranscript();
    void damage();
    void keys_data();
    void keys();
    void paste();
    void answersQueries();
    void resetForNewBoot();
    void clear();
    void badInput_data();
    void badInput();
    void floodKeepsMemoryBounded();
};

void TestTerminalScreen::text_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QByteArray("hello") << QStringLiteral("hello");
    QTest::newRow("CR LF") << QByteArray("a\r\nb") << QStringLiteral("a\nb");
    QTest::newRow("LF alone keeps the column") << QByteArray("ab\ncd") << QStringLiteral("ab\n  cd");
    QTest::newRow("cursor position CUP") << QByteArray("\x1b[3;5HX") << QStringLiteral("\n\n    X");
    QTest::newRow("cursor back and overwrite") << QByteArray("abcdef\x1b[3DX") << QStringLiteral("abcXef");
    QTest::newRow("backspace overwrite") << QByteArray("abc\bX") << QStringLiteral("abX");
    QTest::newRow("tab stop") << QByteArray("a\tb") << QStringLiteral("a       b");
    QTest::newRow("erase whole line") << QByteArray("abcdef\r\x1b[2K") << QString();
    QTest::newRow("erase to end of line") << QByteArray("abcdef\x1b[3D\x1b[K") << QStringLiteral("abc");
    QTest::newRow("erase to start of line") << QByteArray("abcdef\x1b[3D\x1b[1K") << QStringLiteral("    ef");
    QTest::newRow("erase display") << QByteArray("a\r\nb\x1b[2J") << QString();
    QTest::newRow("erase below") << QByteArray("a\r\nb\r\nc\x1b[2;1H\x1b[J") << QStringLiteral("a");
    QTest::newRow("delete character") << QByteArray("abcd\x1b[3D\x1b[P") << QStringLiteral("acd");
    QTest::newRow("insert character") << QByteArray("abcd\x1b[3D\x1b[@") << QStringLiteral("a bcd");
    QTest::newRow("wrap at the last column")
        << QByteArray(85, 'x')
        << QString(QString(80, QLatin1Char('x')) + QLatin1Char('\n') + QString(5, QLatin1Char('x')));
    QTest::newRow("no wrap with DECAWM off")
        << QByteArray("\x1b[?7l" + QByteArray(85, 'x')) << QString(80, QLatin1Char('x'));
    QTest::newRow("UTF-8") << QByteArray("h\xc3\xa9llo \xe2\x82\xac") << QStringLiteral("héllo €");
    QTest::newRow("UTF-8 four bytes") << QByteArray("\xf0\x9f\x98\x80!") << QStringLiteral("😀!");
    QTest::newRow("invalid UTF-8 shows U+FFFD") << QByteArray("a\xff"
                                                              "b")
                                                << QStringLiteral("a\uFFFDb");
    QTest::newRow("truncated UTF-8 sequence") << QByteArray("a\xe2\x82"
                                                            "b")
                                              << QStringLiteral("a\uFFFDb");
    QTest::newRow("combining mark") << QByteArray("e\xcc\x81!") << QStringLiteral("e\u0301!");
    QTest::newRow("long numbers in text stay whole")
        << QByteArray("n=12345678901234567890;1;2;3;4;5;6;7;8;9;0;1;2;3;4;5;6;7")
        << QStringLiteral("n=12345678901234567890;1;2;3;4;5;6;7;8;9;0;1;2;3;4;5;6;7");
    QTest::newRow("NUL and BEL are not text") << QByteArray("a\0b\x07"
                                                            "c",
                                                            5)
                                              << QStringLiteral("abc");
    QTest::newRow("scroll region") << QByteArray("1\r\n2\r\n3\x1b[1;2r\x1b[2;1H\n")
                                   << QStringLiteral("2\n\n3");
}

void TestTerminalScreen::text()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    TerminalScreen screen(24, 80);
    screen.feed(input);
    QCOMPARE(screen.screenText(), expected);
}

void TestTerminalScreen::colours_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<TerminalColor>("fg");
    QTest::addColumn<TerminalColor>("bg");
    QTest::addColumn<int>("attrs");

    const TerminalColor none;
    QTest::newRow("default") << QByteArray("X") << none << none << 0;
    QTest::newRow("red foreground (16 colours)")
        << QByteArray("\x1b[31mX") << TerminalColor::indexed(1) << none << 0;
    QTest::newRow("bright foreground") << QByteArray("\x1b[91mX") << TerminalColor::indexed(9) << none << 0;
    QTest::newRow("green background") << QByteArray("\x1b[42mX") << none << TerminalColor::indexed(2) << 0;
    QTest::newRow("256 colours") << QByteArray("\x1b[38;5;200;48;5;17mX") << TerminalColor::indexed(200)
                                 << TerminalColor::indexed(17) << 0;
    QTest::newRow("24-bit colour") << QByteArray("\x1b[38;2;10;20;30mX") << TerminalColor::rgb(10, 20, 30)
                                   << none << 0;
    QTest::newRow("bold") << QByteArray("\x1b[1mX") << none << none << int(TerminalCell::Bold);
    QTest::newRow("underline") << QByteArray("\x1b[4mX") << none << none << int(TerminalCell::Underline);
    QTest::newRow("reverse") << QByteArray("\x1b[7mX") << none << none << int(TerminalCell::Reverse);
    QTest::newRow("bold underline reverse")
        << QByteArray("\x1b[1;4;7mX") << none << none
        << int(TerminalCell::Bold | TerminalCell::Underline | TerminalCell::Reverse);
    QTest::newRow("SGR 0 resets") << QByteArray("\x1b[1;31;44m\x1b[0mX") << none << none << 0;
    QTest::newRow("SGR 39 and 49 reset colours")
        << QByteArray("\x1b[31;44m\x1b[39;49mX") << none << none << 0;
    QTest::newRow("more than 16 SGR parameters keep the first 16")
        << QByteArray("\x1b[0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;31;1;4;7;44mX") << TerminalColor::indexed(1) << none
        << 0;
    QTest::newRow("SGR 22 ends bold")
        << QByteArray("\x1b[1;4m\x1b[22mX") << none << none << int(TerminalCell::Underline);
}

void TestTerminalScreen::colours()
{
    QFETCH(QByteArray, input);
    QFETCH(TerminalColor, fg);
    QFETCH(TerminalColor, bg);
    QFETCH(int, attrs);
    TerminalScreen screen(24, 80);
    screen.feed(input);
    const TerminalCell c = screen.cell(0, 0);
    QCOMPARE(c.ch, U'X');
    QVERIFY(c.fg == fg);
    QVERIFY(c.bg == bg);
    QCOMPARE(int(c.attrs), attrs);
    // The pen applies to what is written next, not to the cell after it.
    QVERIFY(screen.cell(0, 1).ch == 0);
}

void TestTerminalScreen::cursor_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("col");
    QTest::addColumn<bool>("visible");

    QTest::newRow("start") << QByteArray() << 0 << 0 << true;
    QTest::newRow("after text") << QByteArray("abc") << 0 << 3 << true;
    QTest::newRow("CUP") << QByteArray("\x1b[5;10H") << 4 << 9 << true;
    QTest::newRow("CUU") << QByteArray("\x1b[10;10H\x1b[3A") << 6 << 9 << true;
    QTest::newRow("CUD CUF") << QByteArray("\x1b[2B\x1b[4C") << 2 << 4 << true;
    QTest::newRow("clamped at the edge") << QByteArray("\x1b[99;999H") << 23 << 79 << true;
    QTest::newRow("carriage return") << QByteArray("abc\r") << 0 << 0 << true;
    QTest::newRow("save and restore") << QByteArray("\x1b[3;3H\x1b"
                                                    "7\x1b[9;9H\x1b"
                                                    "8")
                                      << 2 << 2 << true;
    QTest::newRow("hidden") << QByteArray("\x1b[?25l") << 0 << 0 << false;
    QTest::newRow("shown again") << QByteArray("\x1b[?25l\x1b[?25h") << 0 << 0 << true;
}

void TestTerminalScreen::cursor()
{
    QFETCH(QByteArray, input);
    QFETCH(int, row);
    QFETCH(int, col);
    QFETCH(bool, visible);
    TerminalScreen screen(24, 80);
    screen.feed(input);
    QCOMPARE(screen.cursor().row, row);
    QCOMPARE(screen.cursor().col, col);
    QCOMPARE(screen.cursor().visible, visible);
}

void TestTerminalScreen::wideCharacters()
{
    TerminalScreen screen(24, 80);
    screen.feed("\xe6\x97\xa5\xe6\x9c\xac!"); // 日本!
    QCOMPARE(screen.cell(0, 0).ch, U'日');
    QCOMPARE(int(screen.cell(0, 0).width), 2);
    QCOMPARE(screen.screenLine(0).cell(1).width, quint8(0));
    QCOMPARE(screen.cell(0, 2).ch, U'本');
    QCOMPARE(screen.cell(0, 4).ch, U'!');
    QCOMPARE(screen.cursor().col, 5);
    QCOMPARE(screen.screenText(), QStringLiteral("日本!"));
}

void TestTerminalScreen::alternateScreen()
{
    TerminalScreen screen(5, 20);
    screen.feed("shell prompt\r\n$ vi");
    QVERIFY(!screen.isAltScreen());
    screen.feed("\x1b[?1049h\x1b[H\x1b[2J");
    QVERIFY(screen.isAltScreen());
    QCOMPARE(screen.screenText(), QString());
    // Full-screen programs scroll their own screen: nothing goes to the scrollback.
    const int before = screen.scrollbackCount();
    screen.feed(numberedLines(0, 50));
    QCOMPARE(screen.scrollbackCount(), before);
    QVERIFY(screen.screenText().contains(QStringLiteral("line 49")));
    screen.feed("\x1b[?1049l");
    QVERIFY(!screen.isAltScreen());
    QCOMPARE(screen.screenText(), QStringLiteral("shell prompt\n$ vi"));
    QCOMPARE(screen.cursor().row, 1);
    QCOMPARE(screen.cursor().col, 4);
}

void TestTerminalScreen::utf8SplitAcrossReads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two bytes é") << QByteArray("\xc3\xa9") << QStringLiteral("é");
    QTest::newRow("three bytes €") << QByteArray("\xe2\x82\xac") << QStringLiteral("€");
    QTest::newRow("three bytes wide 日") << QByteArray("\xe6\x97\xa5") << QStringLiteral("日");
    QTest::newRow("four bytes 😀") << QByteArray("\xf0\x9f\x98\x80") << QStringLiteral("😀");
}

void TestTerminalScreen::utf8SplitAcrossReads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    // Every split point, and one byte per read.
    for (int split = 1; split < bytes.size(); ++split) {
        TerminalScreen screen(24, 80);
        screen.feed("<" + bytes.left(split));
        screen.feed(bytes.mid(split) + ">");
        QCOMPARE(screen.screenText(), QString(QLatin1Char('<') + expected + QLatin1Char('>')));
    }
    TerminalScreen screen(24, 80);
    for (char b : bytes)
        screen.feed(&b, 1);
    QCOMPARE(screen.screenText(), expected);
}

void TestTerminalScreen::escapeSplitAcrossReads()
{
    TerminalScreen screen(24, 80);
    const QByteArray seq("\x1b[38;5;196mR");
    for (char b : seq)
        screen.feed(&b, 1);
    QVERIFY(screen.cell(0, 0).fg == TerminalColor::indexed(196));
    QCOMPARE(screen.screenText(), QStringLiteral("R"));
}

void TestTerminalScreen::scrollbackLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("expectedCount");
    QTest::addColumn<QString>("oldest");

    // 24 rows; after N lines + CRLF the cursor sits on an empty last row, so N + 1 - 24 lines scrolled.
    QTest::newRow("under the limit") << 100 << 50 << 27 << QStringLiteral("line 0");
    QTest::newRow("over the limit") << 100 << 1000 << 100 << QStringLiteral("line 877");
    QTest::newRow("no scrollback") << 0 << 1000 << 0 << QString();
    QTest::newRow("default keeps 10,000 lines") << -1 << 12000 << 10000 << QStringLiteral("line 1977");
}

void TestTerminalScreen::scrollbackLimit()
{
    QFETCH(int, limit);
    QFETCH(int, lines);
    QFETCH(int, expectedCount);
    QFETCH(QString, oldest);
    TerminalScreen screen(24, 80);
    if (limit >= 0)
        screen.setScrollbackLimit(limit);
    QVERIFY(screen.scrollbackLimit() >= 0);
    screen.feed(numberedLines(0, lines));
    QCOMPARE(screen.scrollbackCount(), expectedCount);
    if (expectedCount > 0) {
        QCOMPARE(screen.lineText(0), oldest);
        QCOMPARE(screen.firstLineNumber(), qint64(lines + 1 - 24 - expectedCount));
    }
    // The newest line is on the screen, above the cursor.
    QCOMPARE(screen.lineText(screen.scrollbackCount() + 22), QStringLiteral("line %1").arg(lines - 1));
}

void TestTerminalScreen::resizeKeepsLines()
{
    TerminalScreen screen(10, 40);
    screen.feed(numberedLines(0, 30));
    const int before = screen.scrollbackCount();
    screen.setSize(5, 40);
    QCOMPARE(screen.rows(), 5);
    QCOMPARE(screen.scrollbackCount(), before + 5);
    QCOMPARE(screen.lineText(screen.scrollbackCount() + 3), QStringLiteral("line 29"));
    screen.setSize(10, 40);
    QCOMPARE(screen.scrollbackCount(), before);
    QCOMPARE(screen.lineText(screen.scrollbackCount() + 8), QStringLiteral("line 29"));
    // Absurd sizes are clamped, not honoured.
    screen.setSize(100000, 0);
    QCOMPARE(screen.rows(), TerminalScreen::MaxRows);
    QCOMPARE(screen.cols(), 1);
}

void TestTerminalScreen::search_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("fromLine");
    QTest::addColumn<int>("fromCol");
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<int>("line"); // -1: no match
    QTest::addColumn<int>("col");
    QTest::addColumn<int>("length");

    // Screen: "alpha beta" / "Gamma beta" / "delta 日本語 beta"
    QTest::newRow("first") << QStringLiteral("beta") << 0 << 0 << false << false << 0 << 6 << 4;
    QTest::newRow("next on the same line")
        << QStringLiteral("beta") << 0 << 7 << false << false << 1 << 6 << 4;
    QTest::newRow("after wide characters")
        << QStringLiteral("beta") << 1 << 7 << false << false << 2 << 13 << 4;
    QTest::newRow("wide characters") << QStringLiteral("本語") << 0 << 0 << false << false << 2 << 8 << 4;
    QTest::newRow("case-insensitive") << QStringLiteral("gamma") << 0 << 0 << false << false << 1 << 0 << 5;
    QTest::newRow("case-sensitive misses")
        << QStringLiteral("gamma") << 0 << 0 << false << true << -1 << 0 << 0;
    QTest::newRow("backwards from the end")
        << QStringLiteral("beta") << 23 << 0 << true << false << 2 << 13 << 4;
    QTest::newRow("backwards before a column")
        << QStringLiteral("beta") << 1 << 6 << true << false << 0 << 6 << 4;
    QTest::newRow("not there") << QStringLiteral("omega") << 0 << 0 << false << false << -1 << 0 << 0;
}

void TestTerminalScreen::search()
{
    QFETCH(QString, needle);
    QFETCH(int, fromLine);
    QFETCH(int, fromCol);
    QFETCH(bool, backwards);
    QFETCH(bool, caseSensitive);
    QFETCH(int, line);
    QFETCH(int, col);
    QFETCH(int, length);
    TerminalScreen screen(24, 80);
    screen.feed("alpha beta\r\nGamma beta\r\ndelta \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e beta");
    const auto match = screen.find(needle, {fromLine, fromCol}, backwards,
                                   caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    if (line < 0) {
        QVERIFY(!match);
        return;
    }
    QVERIFY(match);
    QCOMPARE(match->start.line, qint64(line));
    QCOMPARE(match->start.col, col);
    QCOMPARE(match->length, length);
}

void TestTerminalScreen::searchInScrollback()
{
    TerminalScreen screen(24, 80);
    screen.setScrollbackLimit(500);
    screen.feed(numberedLines(0, 2000));
    // Dropped lines are gone; kept ones are found with absolute line numbers.
    QVERIFY(!screen.find(QStringLiteral("line 100\n"), {0, 0}, false));
    auto m = screen.find(QStringLiteral("line 1600"), {0, 0}, false);
    QVERIFY(m);
    QCOMPARE(screen.text(m->start, {m->start.line, m->start.col + m->length}), QStringLiteral("line 1600"));
    QVERIFY(m->start.line >= screen.firstLineNumber());
    auto back =
        screen.find(QStringLiteral("line 1999"), {screen.firstLineNumber() + screen.lineCount(), 0}, true);
    QVERIFY(back);
    QCOMPARE(back->start.line, screen.firstLineNumber() + screen.scrollbackCount() + 22);
}

void TestTerminalScreen::selectionTextAndTranscript()
{
    TerminalScreen screen(4, 10);
    screen.feed("first\r\n0123456789abc\r\nlast");
    // A soft-wrapped line is one line in copies and transcripts.
    QCOMPARE(screen.text({0, 0}, {2, 4}), QStringLiteral("first\n0123456789abc"));
    QCOMPARE(screen.text({0, 2}, {0, 4}), QStringLiteral("rs"));
    QCOMPARE(screen.text({1, 8}, {2, 2}), QStringLiteral("89ab"));
    QCOMPARE(screen.transcript(), QStringLiteral("first\n0123456789abc\nlast\n"));
    screen.feed("\r\n" + numberedLines(0, 6));
    QVERIFY(screen.scrollbackCount() > 0);
    QVERIFY(screen.transcript().startsWith(QStringLiteral("first\n0123456789abc\nlast\nline 0\n")));
    QVERIFY(screen.transcript().endsWith(QStringLiteral("line 5\n")));
}

void TestTerminalScreen::damage()
{
    TerminalScreen screen(24, 80);
    QSignalSpy changed(&screen, &TerminalScreen::changed);
    screen.takeDamage();
    screen.feed("\x1b[5;1Hx");
    QCOMPARE(changed.count(), 1);
    TerminalScreen::Damage d = screen.takeDamage();
    QCOMPARE(d.firstRow, 4);
    QCOMPARE(d.lastRow, 4);
    QVERIFY(d.cursorMoved);
    QVERIFY(screen.takeDamage().isEmpty());
    // One feed, one signal, however much it changed.
    screen.feed(numberedLines(0, 100));
    QCOMPARE(changed.count(), 2);
    d = screen.takeDamage();
    QVERIFY(d.scrolledLines > 0);
    // Nothing visible changed: no signal.
    screen.feed("\x1b[0m");
    QCOMPARE(changed.count(), 2);
}

void TestTerminalScreen::keys_data()
{
    QTest::addColumn<QByteArray>("setup"); // fed to the screen first (modes)
    QTest::addColumn<int>("key");          // -1: text
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QByteArray>("expected");

    using K = TerminalScreen::Key;
    QTest::newRow("Enter") << QByteArray() << int(K::Enter) << QString() << 0 << QByteArray("\r");
    QTest::newRow("Backspace is DEL")
        << QByteArray() << int(K::Backspace) << QString() << 0 << QByteArray("\x7f");
    QTest::newRow("Tab") << QByteArray() << int(K::Tab) << QString() << 0 << QByteArray("\t");
    QTest::newRow("Escape") << QByteArray() << int(K::Escape) << QString() << 0 << QByteArray("\x1b");
    QTest::newRow("Up") << QByteArray() << int(K::Up) << QString() << 0 << QByteArray("\x1b[A");
    QTest::newRow("Up in application cursor mode")
        << QByteArray("\x1b[?1h") << int(K::Up) << QString() << 0 << QByteArray("\x1bOA");
    QTest::newRow("Ctrl+Right") << QByteArray() << int(K::Right) << QString() << int(TerminalScreen::Ctrl)
                                << QByteArray("\x1b[1;5C");
    QTest::newRow("Delete") << QByteArray() << int(K::Delete) << QString() << 0 << QByteArray("\x1b[3~");
    QTest::newRow("Page Up") << QByteArray() << int(K::PageUp) << QString() << 0 << QByteArray("\x1b[5~");
    QTest::newRow("F1") << QByteArray() << int(K::Function) << QStringLiteral("1") << 0
                        << QByteArray("\x1bOP");
    QTest::newRow("F5") << QByteArray() << int(K::Function) << QStringLiteral("5") << 0
                        << QByteArray("\x1b[15~");
    QTest::newRow("text") << QByteArray() << -1 << QStringLiteral("ls") << 0 << QByteArray("ls");
    QTest::newRow("UTF-8 text") << QByteArray() << -1 << QStringLiteral("é€") << 0
                                << QByteArray("\xc3\xa9\xe2\x82\xac");
    QTest::newRow("Ctrl+C") << QByteArray() << -1 << QStringLiteral("c") << int(TerminalScreen::Ctrl)
                            << QByteArray("\x03");
    QTest::newRow("Ctrl+D") << QByteArray() << -1 << QStringLiteral("D") << int(TerminalScreen::Ctrl)
                            << QByteArray("\x04");
    QTest::newRow("Ctrl+I is Tab on a serial line")
        << QByteArray() << -1 << QStringLiteral("i") << int(TerminalScreen::Ctrl) << QByteArray("\t");
    QTest::newRow("Ctrl+[") << QByteArray() << -1 << QStringLiteral("[") << int(TerminalScreen::Ctrl)
                            << QByteArray("\x1b");
    QTest::newRow("Ctrl+Space") << QByteArray() << -1 << QStringLiteral(" ") << int(TerminalScreen::Ctrl)
                                << QByteArray("\0", 1);
    QTest::newRow("Alt+x") << QByteArray() << -1 << QStringLiteral("x") << int(TerminalScreen::Alt)
                           << QByteArray("\x1bx");
}

void TestTerminalScreen::keys()
{
    QFETCH(QByteArray, setup);
    QFETCH(int, key);
    QFETCH(QString, text);
    QFETCH(int, modifiers);
    QFETCH(QByteArray, expected);
    TerminalScreen screen(24, 80);
    screen.feed(setup);
    QSignalSpy output(&screen, &TerminalScreen::output);
    const auto mods = TerminalScreen::Modifiers(modifiers);
    if (key < 0)
        screen.sendText(text, mods);
    else
        screen.sendKey(TerminalScreen::Key(key), mods, text.toInt());
    QByteArray all;
    for (const QList<QVariant> &args : std::as_const(output))
        all += args.at(0).toByteArray();
    QCOMPARE(all, expected);
}

void TestTerminalScreen::paste()
{
    TerminalScreen screen(24, 80);
    QSignalSpy output(&screen, &TerminalScreen::output);
    auto sent = [&] {
        QByteArray all;
        for (const QList<QVariant> &args : std::as_const(output))
            all += args.at(0).toByteArray();
        output.clear();
        return all;
    };
    screen.sendPaste(QStringLiteral("echo a\r\necho b\nx\x1b[31m\x07y"));
    QCOMPARE(sent(), QByteArray("echo a\recho b\rx[31my"));
    // The guest asked for bracketed paste.
    screen.feed("\x1b[?2004h");
    screen.sendPaste(QStringLiteral("ls"));
    QCOMPARE(sent(), QByteArray("\x1b[200~ls\x1b[201~"));
}

void TestTerminalScreen::answersQueries()
{
    TerminalScreen screen(24, 80);
    QSignalSpy output(&screen, &TerminalScreen::output);
    // Cursor position report (used by `resize` and shells to learn the size).
    screen.feed("\x1b[5;7H\x1b[6n");
    QCOMPARE(output.count(), 1);
    QCOMPARE(output.at(0).at(0).toByteArray(), QByteArray("\x1b[5;7R"));
}

void TestTerminalScreen::resetForNewBoot()
{
    TerminalScreen screen(5, 20);
    screen.feed("before reboot\r\n\x1b[?1h\x1b[31m\x1b[?1049hvi screen");
    QVERIFY(screen.isAltScreen());
    screen.resetForNewBoot();
    QVERIFY(!screen.isAltScreen());
    QCOMPARE(screen.screenText(), QStringLiteral("before reboot"));
    screen.feed("Linux version");
    QVERIFY(screen.cell(1, 0).fg.isDefault());
    QCOMPARE(screen.screenText(), QStringLiteral("before reboot\nLinux version"));
    QSignalSpy output(&screen, &TerminalScreen::output);
    screen.sendKey(TerminalScreen::Key::Up);
    QCOMPARE(output.at(0).at(0).toByteArray(), QByteArray("\x1b[A"));
}

void TestTerminalScreen::clear()
{
    TerminalScreen screen(24, 80);
    screen.feed(numberedLines(0, 100));
    QSignalSpy cleared(&screen, &TerminalScreen::cleared);
    const qint64 first = screen.firstLineNumber();
    screen.clear();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(screen.scrollbackCount(), 0);
    QCOMPARE(screen.screenText(), QString());
    QCOMPARE(screen.cursor().row, 0);
    QVERIFY(screen.firstLineNumber() > first);
}

void TestTerminalScreen::badInput_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("1 MiB line without a newline") << QByteArray(1 << 20, 'x');
    QTest::newRow("endless CSI parameters") << QByteArray("\x1b[") + QByteArray(1 << 20, '1') + "m";
    QTest::newRow("endless CSI parameter list") << QByteArray("\x1b[") + QByteArray("1;").repeated(1 << 19);
    QTest::newRow("17 SGR parameters")
        << QByteArray("\x1b[1;2;3;4;5;6;7;8;9;0;1;2;3;4;5;6;7;8;9mX").repeated(1000);
    QTest::newRow("endless colon subparameters")
        << QByteArray("\x1b[38") + QByteArray(":2").repeated(1 << 19) + "m";
    QTest::newRow("endless CSI leaders") << QByteArray("\x1b[") + QByteArray(1 << 20, '?') + "h";
    QTest::newRow("endless CSI intermediates") << QByteArray("\x1b[1") + QByteArray(1 << 20, ' ') + "q";
    QTest::newRow("endless ESC intermediates") << QByteArray("\x1b") + QByteArray(1 << 20, '(') + "B";
    QTest::newRow("endless OSC title") << QByteArray("\x1b]0;") + QByteArray(1 << 20, 'a') + "\x07";
    QTest::newRow("endless DCS") << QByteArray("\x1bP") + QByteArray(1 << 20, 'q');
    QTest::newRow("escape storm") << QByteArray("\x1b").repeated(1 << 20);
    QTest::newRow("huge cursor moves") << QByteArray("\x1b[99999999;99999999H\x1b[99999999A\x1b[99999999@X");
    QTest::newRow("huge repeat and scroll") << QByteArray("a\x1b[999999999b\x1b[99999999S\x1b[99999999L");
    QTest::newRow("invalid UTF-8 bytes")
        << QByteArray("\xc0\x80\xed\xa0\x80\xf8\x88\x80\x80\x80\xfe\xff").repeated(50000);
    QByteArray garbage(4 << 20, Qt::Uninitialized);
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
    QTest::newRow("4 MiB of binary garbage") << garbage;
}

void TestTerminalScreen::badInput()
{
    QFETCH(QByteArray, input);
    TerminalScreen screen(24, 80);
    screen.setScrollbackLimit(1000);
    // In pieces of odd sizes, as a stream delivers them.
    for (qsizetype at = 0; at < input.size(); at += 4093)
        screen.feed(input.constData() + at, std::min<qsizetype>(4093, input.size() - at));
    QVERIFY(screen.scrollbackCount() <= 1000);
    QVERIFY(screen.title().size() <= 256);
    // Still a working terminal afterwards.
    screen.feed("\x18\x1b\\");
    screen.resetForNewBoot();
    screen.feed("\rstill alive");
    QVERIFY2(screen.screenLine(screen.cursor().row).text().contains(QStringLiteral("still alive")),
             qPrintable(screen.screenText()));
}

namespace {
// In a process of its own (run by floodKeepsMemoryBounded): feeds 50 MB of log-like output to a screen
// and prints what the process's resident memory grew by and what the scrollback needs.
int floodChild()
{
    TerminalScreen screen(24, 80);
    const QByteArray chunk =
        QByteArray("vdtest-flood 0123456789abcdefghijklmnopqrstuvwxyz \x1b[32mOK\x1b[0m\r\n").repeated(1000);
    // The growth includes the scrollback itself: that is the bound the screen promises.
    const qint64 before = residentKiB();
    qint64 fed = 0;
    while (fed < 50 * 1000 * 1000) {
        screen.feed(chunk);
        fed += chunk.size();
    }
    const qint64 after = residentKiB();
    // What the scrollback needs: its lines' cells (trailing blanks dropped) plus a line's own bookkeeping
    // (TerminalLine, the deque's slot, the allocator's header), rounded up generously to 64 bytes.
    qint64 needBytes = 0;
    for (int i = 0; i < screen.scrollbackCount(); ++i)
        needBytes += qint64(screen.line(i).cells.size() * sizeof(TerminalCell)) + 64 + 64;
    std::printf("fed=%lld scrollback=%d growthKiB=%lld needKiB=%lld last=%s\n", fed, screen.scrollbackCount(),
                after - before, needBytes / 1024, qPrintable(screen.lineText(screen.scrollbackCount() + 22)));
    return 0;
}
} // namespace

void TestTerminalScreen::floodKeepsMemoryBounded()
{
    // 50 MB of log-like output: the process grows by what the scrollback needs and not by what went in.
    // Measured in a fresh process: in this one, earlier tests' freed memory would absorb the growth.
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer keeps freed blocks in its quarantine: the process's size says nothing here "
          "(the ordinary build runs this test)");
#endif
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--flood-child")});
    QVERIFY(child.waitForFinished(120000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    const QString out = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    qInfo("%s", qPrintable(out));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("fed=(\\d+) scrollback=(\\d+) growthKiB=(-?\\d+) "
                                          "needKiB=(\\d+) last=(.*)"))
            .match(out);
    QVERIFY2(m.hasMatch(), qPrintable(out));
    const qint64 fedKiB = m.captured(1).toLongLong() / 1024;
    const qint64 growth = m.captured(3).toLongLong();
    const qint64 need = m.captured(4).toLongLong();
    QCOMPARE(m.captured(2).toInt(), TerminalScreen::DefaultScrollbackLines);
    QCOMPARE(m.captured(5), QStringLiteral("vdtest-flood 0123456789abcdefghijklmnopqrstuvwxyz OK"));
    // The scrollback plus 2 MiB for the allocator and libvterm; input kept anywhere would add tens of MiB.
    const qint64 bound = need + 2 * 1024;
    qInfo("fed %lld KiB; grew by %lld KiB; the scrollback needs %lld KiB; bound %lld KiB", fedKiB, growth,
          need, bound);
    QVERIFY2(growth <= bound, qPrintable(QStringLiteral("grew by %1 KiB for %2 KiB of input, bound %3 KiB")
                                             .arg(growth)
                                             .arg(fedKiB)
                                             .arg(bound)));
}

int main(int argc, char *argv[])
{
    if (argc == 2 && qstrcmp(argv[1], "--flood-child") == 0)
        return floodChild();
    QCoreApplication app(argc, argv);
    TestTerminalScreen test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_terminalscreen.moc"
