#include "triage/TriageCapabilities.h"

#include <QDomDocument>

namespace virtdeck::TriageCapabilities {

bool offersKvm(const QString &capabilitiesXml)
{
    QDomDocument doc;
    if (!doc.setContent(capabilitiesXml))
        return false;
    const QDomNodeList guests = doc.documentElement().elementsByTagName(QStringLiteral("guest"));
    for (int g = 0; g < guests.size(); ++g) {
        const QDomElement arch = guests.at(g).firstChildElement(QStringLiteral("arch"));
        for (QDomElement d = arch.firstChildElement(QStringLiteral("domain")); !d.isNull();
             d = d.nextSiblingElement(QStringLiteral("domain"))) {
            if (d.attribute(QStringLiteral("type")) == QLatin1String("kvm"))
                return true;
        }
    }
    return false;
}

} // namespace virtdeck::TriageCapabilities
