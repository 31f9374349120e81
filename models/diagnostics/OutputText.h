#pragma once

// Turns what a remote command wrote (any bytes: binary, broken UTF-8, megabytes) into text that is safe
// to show in a table, a text view or a saved report. Pure functions, used by the report, the command
// table and the parsers.

#include <QByteArray>
#include <QString>

namespace virtdeck::OutputText {

// UTF-8 decoded (invalid sequences become U+FFFD), CR LF made LF, and every control character except
// LF and TAB shown as U+FFFD so a binary dump cannot drive a terminal or break a view. maxChars >= 0
// cuts the text and appends an ellipsis.
QString display(const QByteArray &bytes, qsizetype maxChars = -1);
// Heuristic: NUL bytes, or more than a tenth of control characters in the first 4 KiB.
bool looksBinary(const QByteArray &bytes);
// The first non-empty line, cleaned as display() does and cut to maxChars.
QString firstLine(const QByteArray &bytes, qsizetype maxChars = 120);
// "512 bytes", "3.4 KiB", "1.5 MiB" (translated).
QString sizeText(qint64 bytes);

} // namespace virtdeck::OutputText
