// Fuzz target for the kernel command line parser: any input parses, composes back to itself, validates,
// survives the boot page's toggle and free-text edits, and (when valid) goes through a domain XML and
// back unchanged. Aborts on the first broken property so libFuzzer (or the replay driver) reports it.

#include "boot/BootDefinition.h"
#include "boot/CmdlineToggles.h"
#include "boot/KernelCmdline.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace virtdeck;

namespace {
void require(bool condition)
{
    if (!condition)
        std::abort();
}

// Characters XML 1.0 cannot carry at all; validation already refuses the control ones.
bool xmlSafe(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0xfffe || c.unicode() == 0xffff)
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const KernelCmdline line = KernelCmdline::parse(text);
    require(line.toString() == text);
    require(KernelCmdline::parse(line.toString()) == line);
    for (const CmdlineToken &t : line.tokens())
        require(!t.text.isEmpty());

    const QList<CmdlineIssue> issues = line.validate(CmdlineLimit::forGuest(QStringLiteral("x86_64")));
    require(KernelCmdline::hasErrors(issues) ==
            !KernelCmdline::check(text, CmdlineLimit::forGuest(QStringLiteral("x86_64"))).ok());

    // The page's edits: the free text put back as it was leaves the line alone; toggles never crash.
    CmdlineToggles toggles(text);
    const QString rest = toggles.restText();
    toggles.setRestText(rest);
    require(toggles.restText() == rest || rest.contains(QLatin1Char('"')));
    toggles.setSingleUser(!toggles.singleUser());
    toggles.setSelinuxOff(!toggles.selinuxOff());
    toggles.setRoot(size % 2 ? QStringLiteral("/dev/vda1") : QString());
    toggles.setRootMode(CmdlineToggles::RootMode(size % 3));
    toggles.setConsoles({QStringLiteral("ttyS0,115200"), QStringLiteral("tty0")});
    toggles.setLogLevel(size % 2 ? std::optional<int>(int(size % 8)) : std::nullopt);
    toggles.setRescueShell(!toggles.rescueShell());
    toggles.setRestText(rest + QStringLiteral(" x"));
    require(KernelCmdline::parse(toggles.text()).toString() == toggles.text());

    if (!KernelCmdline::hasErrors(issues) && xmlSafe(text) && size < 4096) {
        const QString xml = QStringLiteral("<domain><name>f</name><os><type>hvm</type><kernel>/k</kernel>"
                                           "<cmdline>old</cmdline></os></domain>");
        BootFields f;
        f.kernel = QStringLiteral("/k");
        f.cmdline = text;
        const Result<QString> written = BootDefinition::write(xml, f);
        require(written.ok());
        const Result<BootFields> back = BootDefinition::read(written.value());
        require(back.ok() && back.value() == f.normalized());
    }
    return 0;
}
