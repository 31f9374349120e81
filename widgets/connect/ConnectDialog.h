#pragma once

// File → Connect…: a libvirt URI (recent ones offered), "connect at start" and "read-only". The URI is
// checked as the user types (LibvirtUri, no libvirt call); Connect is enabled only for a valid URI and
// the dialog hands the choice to MainWindow, which adds the connection — the dialog never waits on it.

#include "core/Config.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace virtdeck {

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectDialog(const QStringList &recentUris, QWidget *parent = nullptr);

    SavedConnection connection() const;
    void setUri(const QString &uri);

Q_SIGNALS:
    void connectRequested(const virtdeck::SavedConnection &connection);

private:
    void validate();

    QComboBox *m_uri = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_autoconnect = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace virtdeck
