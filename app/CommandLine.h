#pragma once

// virtdeck's command line (QCommandLineParser): libvirt URIs as arguments or with --connect (repeatable),
// --read-only, --lang, --demo, --run-schedules (no window), --help, --version, plus hidden options used by
// the screenshot script and the startup benchmark. Bad input is refused with a message before anything
// starts. Called by main() before the Application exists, so a refused command line changes nothing.

#include "core/Result.h"

#include <QStringList>

class QCoreApplication;

namespace virtdeck {

struct CommandLineOptions
{
    QStringList connectUris; // validated, from the arguments and --connect
    bool readOnly = false;
    QString language;          // "", "en", "fr", "de"
    bool demo = false;         // open the demo fleet in addition
    bool runSchedules = false; // run the due scheduled flex rules without a window, then exit
    QString screenshot;        // hidden: save a PNG of the window once the list is painted, then quit
    bool benchStartup = false; // hidden: print the time to the first painted list, then quit
    QString select;            // hidden: select this server (by name) once listed, for screenshots
    QString page;              // hidden: with --select, show this page ("console", "charts"...)
    int delayMs = 0;           // hidden: with --screenshot, wait this long after the list is painted
};

// Parses the arguments of app; on --help/--version prints and returns an Error with code 0 (the caller
// exits 0); on bad input an Error with code 2 and a message.
Result<CommandLineOptions> parseCommandLine(const QStringList &arguments);

QStringList supportedLanguages();

} // namespace virtdeck
