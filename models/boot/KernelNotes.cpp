#include "boot/KernelNotes.h"

#include "boot/KernelCmdline.h"
#include "core/AppPaths.h"
#include "core/Config.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QUrl>

#include <algorithm>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::KernelNotes)
};

using json = nlohmann::json;

QString qstr(const json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

bool isVolumeName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) &&
           std::none_of(name.begin(), name.end(), [](QChar c) { return c.isSpace() || c.unicode() < 0x20; });
}

// Reads one kernels[] entry; bad fields are reported and skipped, a bad version drops the entry.
std::optional<KernelNote> readEntry(const json &e, int index, const QString &source, QStringList &problems)
{
    const QString where = QStringLiteral("kernels[%1]").arg(index);
    auto problem = [&](const QString &field, const QString &expected) {
        problems << Text::tr("%1: %2.%3 must be %4.").arg(source, where, field, expected);
    };
    if (!e.is_object()) {
        problems << Text::tr("%1: %2 must be an object with at least a \"version\".").arg(source, where);
        return std::nullopt;
    }
    KernelNote k;
    auto version = e.find("version");
    if (version == e.end() || !version->is_string() || !isVolumeName(qstr(*version))) {
        problem(QStringLiteral("version"),
                Text::tr("a non-empty string without spaces or slashes, e.g. \"6.1.0-13-amd64\""));
        return std::nullopt;
    }
    k.version = qstr(*version);
    auto text = [&](const char *field, QString &out, bool volume) {
        auto it = e.find(field);
        if (it == e.end() || it->is_null())
            return;
        if (!it->is_string() || (volume && !isVolumeName(qstr(*it))))
            problem(QLatin1String(field),
                    volume ? Text::tr("a volume name (no spaces or slashes)") : Text::tr("a string"));
        else
            out = qstr(*it);
    };
    text("kernel", k.kernel, true);
    text("title", k.title, false);
    text("note", k.note, false);
    text("cmdline", k.cmdline, false);
    if (auto it = e.find("initrd"); it != e.end()) {
        if (it->is_null()) {
            k.initrdGiven = true;
        } else if (it->is_string() && isVolumeName(qstr(*it))) {
            k.initrdGiven = true;
            k.initrd = qstr(*it);
        } else {
            problem(QStringLiteral("initrd"), Text::tr("a volume name or null"));
        }
    }
    if (auto it = e.find("recommended"); it != e.end() && !it->is_null()) {
        if (it->is_boolean())
            k.recommended = it->get<bool>();
        else
            problem(QStringLiteral("recommended"), Text::tr("true or false"));
    }
    if (!k.cmdline.isEmpty()) {
        if (Status s = KernelCmdline::check(k.cmdline); !s) {
            problems << Text::tr("%1: %2.cmdline is not a valid command line: %3")
                            .arg(source, where, s.error().message);
            k.cmdline.clear();
        }
    }
    return k;
}
} // namespace

const KernelNote *KernelNotes::find(const QString &version) const
{
    for (const KernelNote &k : kernels) {
        if (k.version == version)
            return &k;
    }
    return nullptr;
}

Result<KernelNotes> KernelNotes::parse(const QByteArray &data, const QString &source)
{
    json doc;
    try {
        doc = json::parse(data.constData(), data.constData() + data.size());
    } catch (const json::exception &e) {
        return Error(Text::tr("The kernel notes %1 are not valid JSON.").arg(source),
                     QString::fromUtf8(e.what()));
    }
    if (!doc.is_object())
        return Error(
            Text::tr("The kernel notes %1 must be a JSON object with \"format\": 1 and a \"kernels\" list.")
                .arg(source));
    KernelNotes notes;
    notes.source = source;
    auto format = doc.find("format");
    if (format == doc.end()) {
        notes.problems
            << Text::tr("%1: \"format\" is missing; format %2 is assumed.").arg(source).arg(Format);
    } else if (!format->is_number_integer() || format->get<long long>() != Format) {
        return Error(
            Text::tr("The kernel notes %1 are written in a format this virtdeck does not read; it reads "
                     "\"format\": %2.")
                .arg(source)
                .arg(Format),
            QString::fromStdString(format->dump()));
    }
    for (const char *field : {"pool", "directory"}) {
        auto it = doc.find(field);
        if (it == doc.end() || it->is_null())
            continue;
        if (!it->is_string())
            notes.problems << Text::tr("%1: \"%2\" must be a string.").arg(source, QLatin1String(field));
        else
            (QLatin1String(field) == QLatin1String("pool") ? notes.pool : notes.directory) = qstr(*it);
    }
    auto kernels = doc.find("kernels");
    if (kernels == doc.end() || !kernels->is_array()) {
        notes.problems << Text::tr("%1: \"kernels\" must be a list of kernel entries.").arg(source);
        return notes;
    }
    int index = 0;
    QString recommended;
    for (const json &e : *kernels) {
        std::optional<KernelNote> k = readEntry(e, index, source, notes.problems);
        if (k && notes.find(k->version)) {
            notes.problems << Text::tr("%1: kernels[%2] repeats version %3; the first entry is kept.")
                                  .arg(source)
                                  .arg(index)
                                  .arg(k->version);
            k.reset();
        }
        if (k && k->recommended) {
            if (recommended.isEmpty()) {
                recommended = k->version;
            } else {
                notes.problems << Text::tr(
                                      "%1: only one kernel can be recommended; %2 is, so kernels[%3] is not.")
                                      .arg(source, recommended)
                                      .arg(index);
                k->recommended = false;
            }
        }
        if (k)
            notes.kernels << *k;
        ++index;
    }
    return notes;
}

Result<KernelNotes> KernelNotes::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        KernelNotes none;
        none.source = path;
        return none;
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error(Text::tr("Cannot read the kernel notes %1.").arg(path), file.errorString());
    return parse(file.readAll(), path);
}

QString KernelNotes::hostKey(const QString &uri)
{
    QString host = QUrl(uri).host().toLower();
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    for (QChar &c : host) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                        c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!ok)
            c = QLatin1Char('_');
    }
    return host;
}

QString KernelNotes::pathFor(const QString &uri, bool demo, const Config *config)
{
    if (config) {
        const QString custom = config->value(QStringLiteral("boot/kernelNotes/") + uri).toString();
        if (!custom.isEmpty())
            return custom;
    }
    if (demo)
        return QStringLiteral(":/demo/kernels.json");
    return AppPaths::configDir() + QStringLiteral("/kernels/") + hostKey(uri) + QStringLiteral(".json");
}

} // namespace virtdeck
