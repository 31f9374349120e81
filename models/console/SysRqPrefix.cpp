#include "console/SysRqPrefix.h"

#include "console/SysRqTable.h"

#include <QString>

namespace virtdeck {

SysRqPrefix::Outcome SysRqPrefix::press(bool ctrlO, const QString &text, bool escape)
{
    if (!m_armed) {
        if (!ctrlO)
            return Outcome::NotHandled;
        m_armed = true;
        return Outcome::Armed;
    }
    if (ctrlO) {
        m_armed = false;
        return Outcome::LiteralCtrlO;
    }
    if (escape) {
        m_armed = false;
        return Outcome::Cancelled;
    }
    if (text.isEmpty())
        return Outcome::Ignored;
    m_armed = false;
    m_key = text.at(0).toLower();
    return text.size() == 1 && SysRqTable::isCommand(m_key) ? Outcome::SysRq : Outcome::Rejected;
}

} // namespace virtdeck
