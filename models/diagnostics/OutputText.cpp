#include "diagnostics/OutputText.h"

#include <QCoreApplication>
#include <QLocale>

namespace virtdeck::OutputText {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::OutputText)
};
constexpr QChar Replacement(0xFFFD);
} // namespace

QString display(const QByteArray &bytes, qsizetype maxChars)
{
    QByteArray input = maxChars >= 0 ? bytes.left(maxChars * 4 + 4) : bytes;
    QString text = QString::fromUtf8(input);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            out += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            out += c;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F || (c.unicode() >= 0x80 && c.unicode() < 0xA0))
            out += Replacement;
        else
            out += c;
        if (maxChars >= 0 && out.size() >= maxChars) {
            if (i + 1 < text.size() || input.size() < bytes.size())
                out += QChar(0x2026);
            break;
        }
    }
    return out;
}

bool looksBinary(const QByteArray &bytes)
{
    const qsizetype n = qMin<qsizetype>(bytes.size(), 4096);
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            ++control;
    }
    return n > 0 && control * 10 > n;
}

QString firstLine(const QByteArray &bytes, qsizetype maxChars)
{
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArray line = bytes.mid(start, end - start).trimmed();
        if (!line.isEmpty())
            return display(line, maxChars);
        start = end + 1;
    }
    return {};
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return Text::tr("%n bytes", nullptr, int(bytes));
    const QLocale locale;
    if (bytes < 1024 * 1024)
        return Text::tr("%1 KiB").arg(locale.toString(bytes / 1024.0, 'f', 1));
    if (bytes < qint64(1024) * 1024 * 1024)
        return Text::tr("%1 MiB").arg(locale.toString(bytes / (1024.0 * 1024.0), 'f', 1));
    return Text::tr("%1 GiB").arg(locale.toString(bytes / (1024.0 * 1024.0 * 1024.0), 'f', 1));
}

} // namespace virtdeck::OutputText
