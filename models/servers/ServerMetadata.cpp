#include "servers/ServerMetadata.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::ServerMetadata)
};

// Re-serialises the element the reader stands on (start element), children included.
QString captureElement(QXmlStreamReader &reader)
{
    QString out;
    QXmlStreamWriter writer(&out);
    int depth = 0;
    do {
        switch (reader.tokenType()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            writer.writeStartElement(reader.name().toString());
            for (const auto &attr : reader.attributes())
                writer.writeAttribute(attr.name().toString(), attr.value().toString());
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            writer.writeEndElement();
            break;
        case QXmlStreamReader::Characters: writer.writeCharacters(reader.text().toString()); break;
        default: break;
        }
        if (depth == 0)
            break;
        reader.readNext();
    } while (!reader.atEnd());
    return out;
}

Status readSsh(QXmlStreamReader &reader, SshAccess &ssh)
{
    const auto attrs = reader.attributes();
    ssh.host = attrs.value(QLatin1String("host")).toString().trimmed();
    ssh.user = attrs.value(QLatin1String("user")).toString().trimmed();
    const QString port = attrs.value(QLatin1String("port")).toString().trimmed();
    if (!port.isEmpty()) {
        bool ok = false;
        ssh.port = port.toInt(&ok);
        if (!ok || ssh.port < 1 || ssh.port > 65535)
            return Error(
                Text::tr("The SSH port in the server's metadata is not a number between 1 and 65535."), port);
    }
    reader.skipCurrentElement();
    return {};
}
} // namespace

Result<ServerMetadata> ServerMetadata::parse(const QString &xml)
{
    ServerMetadata meta;
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement())
        return Error(Text::tr("The server's virtdeck metadata is not XML."), reader.errorString());
    if (reader.name() != QLatin1String("server"))
        return Error(Text::tr("The server's virtdeck metadata does not start with a <server> element."),
                     reader.name().toString());
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == QLatin1String("tags")) {
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("tag")) {
                    const QString tag = reader.readElementText().trimmed();
                    if (validateTag(tag) && !meta.tags.contains(tag))
                        meta.tags << tag;
                } else {
                    reader.skipCurrentElement();
                }
            }
        } else if (name == QLatin1String("shares")) {
            const QString text = reader.readElementText().trimmed();
            bool ok = false;
            const int n = text.toInt(&ok);
            if (!ok || n < 1)
                return Error(Text::tr("The share count in the server's metadata is not a positive number."),
                             text);
            meta.shares = n;
        } else if (name == QLatin1String("ssh")) {
            if (Status s = readSsh(reader, meta.ssh); !s)
                return s.error();
        } else {
            meta.unknownElements << captureElement(reader);
        }
    }
    if (reader.hasError())
        return Error(Text::tr("The server's virtdeck metadata is not well-formed XML."),
                     reader.errorString());
    return meta;
}

QString ServerMetadata::toXml() const
{
    // libvirt wants the element unqualified: virDomainSetMetadata puts it in our namespace under the key
    // given with it (a prefixed element is refused with "failed to create a new XML namespace").
    QString out;
    QXmlStreamWriter writer(&out);
    writer.writeStartElement(QStringLiteral("server"));
    if (!tags.isEmpty()) {
        writer.writeStartElement(QStringLiteral("tags"));
        for (const QString &tag : tags)
            writer.writeTextElement(QStringLiteral("tag"), tag);
        writer.writeEndElement();
    }
    if (shares)
        writer.writeTextElement(QStringLiteral("shares"), QString::number(*shares));
    if (!ssh.isEmpty()) {
        writer.writeEmptyElement(QStringLiteral("ssh"));
        if (!ssh.host.isEmpty())
            writer.writeAttribute(QStringLiteral("host"), ssh.host);
        if (ssh.port)
            writer.writeAttribute(QStringLiteral("port"), QString::number(ssh.port));
        if (!ssh.user.isEmpty())
            writer.writeAttribute(QStringLiteral("user"), ssh.user);
    }
    writer.writeCharacters(QString()); // closes a pending empty element before the raw ones
    QString unknown = unknownElements.join(QString());
    writer.writeEndElement();
    // Unknown elements go back verbatim just before the closing tag.
    const qsizetype close = out.lastIndexOf(QLatin1String("</server>"));
    if (close >= 0 && !unknown.isEmpty())
        out.insert(close, unknown);
    else if (!unknown.isEmpty()) // <server/> collapsed
        out = QStringLiteral("<server>") + unknown + QStringLiteral("</server>");
    return out;
}

Status ServerMetadata::validateTag(const QString &tag)
{
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}_.:/+@-]{1,64}$"));
    if (tag.isEmpty())
        return Error(Text::tr("A tag cannot be empty."));
    if (tag.size() > MaxTagLength)
        return Error(Text::tr("A tag has at most %1 characters.").arg(MaxTagLength), tag);
    if (!allowed.match(tag).hasMatch())
        return Error(
            Text::tr(
                "The tag \"%1\" has a character that is not allowed; use letters, digits and - _ . : / + @.")
                .arg(tag));
    return {};
}

Result<QStringList> ServerMetadata::parseTagList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList tags;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (Status s = validateTag(part); !s)
            return s.error();
        if (!tags.contains(part))
            tags << part;
    }
    if (tags.size() > MaxTags)
        return Error(Text::tr("A server has at most %1 tags.").arg(MaxTags));
    return tags;
}

} // namespace virtdeck
