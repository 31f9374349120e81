#pragma once

// Edits a server's SSH access override (host name or IP, port, user) kept in its metadata; empty fields
// fall back to the addresses libvirt reports, ~/.ssh/config and the defaults. Checks the input before
// accepting; the caller enqueues the change (DiagnosticsService::setSshAccess). Opened by DiagnosePage
// and the main window's context menu.

#include "servers/ServerMetadata.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace virtdeck {

class SshAccessDialog : public QDialog
{
    Q_OBJECT
public:
    SshAccessDialog(const QString &serverName, const SshAccess &current, QWidget *parent = nullptr);

    SshAccess access() const;

    void accept() override;

private:
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace virtdeck
