#include "core/Result.h"

namespace virtdeck {

QString Error::toString() const
{
    if (detail.isEmpty() || detail == message)
        return message;
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace virtdeck
