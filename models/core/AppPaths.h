#pragma once

// Where virtdeck keeps its files (settings, operations log, history, demo fleet). Everything goes
// through QStandardPaths so tests that enable its test mode never touch a real user's files.

#include <QFileDevice>
#include <QString>

namespace virtdeck::AppPaths {

// Writable application data directory, created on first use (e.g. ~/.local/share/virtdeck).
QString dataDir();
// A subdirectory of dataDir(), created on first use.
QString dataSubdir(const QString &name);
// Writable configuration directory, created on first use (e.g. ~/.config/virtdeck).
QString configDir();
// The settings file (INI format) inside configDir().
QString settingsFile();
// Moves a damaged file aside as NAME.corrupt-YYYYMMDD-HHMMSS (never deletes it); returns the new path
// or an empty string if the rename failed.
QString setAside(const QString &path);

// Settings, schedules and the operations log are the user's own: readable by the user only (0600).
inline constexpr QFileDevice::Permissions PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// Creates `path` empty with PrivateFile permissions when it does not exist, or narrows them when the
// file is readable by others (an older version created it with the umask). QSaveFile keeps the
// permissions of the file it replaces, so QSettings' later writes stay private.
void makePrivate(const QString &path);

} // namespace virtdeck::AppPaths
