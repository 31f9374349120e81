#pragma once

// virtdeck's command line (QCommandLineParser): --connect URI (repeatable), --read-only, --lang, --demo,
// --help, --version, plus hidden options used by the screenshot script and the startup
// benchmark. Bad input is refused with a message before anything starts.

#include "core/Result.h"

#include <QStringList>

class QCoreApplication;

namespace virtdeck {

struct CommandLineOptions
{
    QStringList connectUris; // validated
    bool readOnly = false;
    QString language;          // "", "en", "fr", "de"
    bool demo = false;         // open the demo fleet in addition
    QString screenshot;        // hidden: save a PNG of the window once the list is painted, then quit
    bool benchStartup = false; // hidden: print the time to the first painted list, then quit
    QString select;            // hidden: select this server (by name) once listed, for screenshots
};

// Parses the arguments of app; on --help/--version prints and returns an Error with code 0 (the caller
// exits 0); on bad input an Error with code 2 and a message.
Result<CommandLineOptions> parseCommandLine(const QStringList &arguments);

QStringList supportedLanguages();

} // namespace virtdeck
