#pragma once

// The optional notes a host's administrator keeps about its kernels: a JSON file per host naming and
// describing them ("2.6.32 — paravirt_ops", "recommended", a suggested command line). Lives in
// AppConfigLocation/kernels/<host>.json (or the path in "boot/kernelNotes/<uri>"); the demo fleet uses
// the shipped :/demo/kernels.json. Parsed with nlohmann/json, each bad field reported by name while the
// good entries are kept. Read by KernelCatalog on a connection's worker.

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace virtdeck {

class Config;

struct KernelNote
{
    QString version;               // the part after vmlinuz-
    QString kernel;                // volume name; empty: vmlinuz-VERSION
    std::optional<QString> initrd; // volume name; nullopt: the field was null (no initrd on purpose)
    bool initrdGiven = false;      // the field was present
    QString title;
    QString note;
    QString cmdline; // suggested for new servers
    bool recommended = false;
    friend bool operator==(const KernelNote &, const KernelNote &) = default;
};

struct KernelNotes
{
    static constexpr int Format = 1;

    QString source; // file path or resource, for messages
    QString pool;   // the pool the notes are about ("" when not said)
    QString directory;
    QList<KernelNote> kernels;
    QStringList problems; // translated, one per bad field or entry (entries with problems are dropped)

    const KernelNote *find(const QString &version) const;

    // Parses a notes document; an Error when it is not JSON or not this format at all.
    static Result<KernelNotes> parse(const QByteArray &json, const QString &source);
    // Reads a file; a missing file is an empty set of notes, not an error.
    static Result<KernelNotes> load(const QString &path);
    // Where the notes of the host behind uri are read from. demo: the connection is the demo fleet.
    static QString pathFor(const QString &uri, bool demo, const Config *config);
    // The file name part for uri's host: "kvm-01.example.net", "localhost" for local URIs.
    static QString hostKey(const QString &uri);
};

} // namespace virtdeck
