#include "connect/ConnectDialog.h"

#include "hypervisor/LibvirtUri.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace virtdeck {

ConnectDialog::ConnectDialog(const QStringList &recentUris, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a hypervisor"));
    m_uri = new QComboBox(this);
    m_uri->setObjectName(QStringLiteral("uriEdit"));
    m_uri->setEditable(true);
    m_uri->setInsertPolicy(QComboBox::NoInsert);
    m_uri->addItems(recentUris);
    m_uri->setCurrentText(recentUris.value(0, QStringLiteral("qemu:///system")));
    m_uri->setMinimumContentsLength(44);
    m_uri->lineEdit()->setPlaceholderText(QStringLiteral("qemu+ssh://user@host/system"));

    auto *examples = new QLabel(
        tr("Examples: <tt>qemu:///system</tt> (this machine), <tt>qemu+ssh://root@kvm-01/system</tt>, "
           "<tt>xen+ssh://root@xen-01/system</tt>, <tt>test:///default</tt>"),
        this);
    examples->setWordWrap(true);
    examples->setTextFormat(Qt::RichText);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("uriStatus"));
    m_status->setWordWrap(true);

    m_autoconnect = new QCheckBox(tr("Connect when virtdeck starts"), this);
    m_autoconnect->setObjectName(QStringLiteral("autoconnectCheck"));
    m_autoconnect->setChecked(true);
    m_readOnly = new QCheckBox(tr("Read-only (look, change nothing)"), this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyCheck"));
    m_readOnly->setToolTip(
        tr("Opens the connection read-only: every action that changes a server is disabled."));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&URI:"), m_uri);
    form->addRow(QString(), examples);
    form->addRow(QString(), m_status);
    form->addRow(QString(), m_autoconnect);
    form->addRow(QString(), m_readOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_uri, &QComboBox::currentTextChanged, this, &ConnectDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!LibvirtUri::validate(m_uri->currentText()).ok())
            return;
        Q_EMIT connectRequested(connection());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

SavedConnection ConnectDialog::connection() const
{
    SavedConnection c;
    c.uri = LibvirtUri::validate(m_uri->currentText()).valueOr(m_uri->currentText().trimmed());
    c.autoconnect = m_autoconnect->isChecked();
    c.readOnly = m_readOnly->isChecked();
    return c;
}

void ConnectDialog::setUri(const QString &uri)
{
    m_uri->setCurrentText(uri);
}

void ConnectDialog::validate()
{
    const Result<QString> r = LibvirtUri::validate(m_uri->currentText());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(r.ok());
    if (r.ok()) {
        m_status->setText(tr("Connects to %1.").arg(LibvirtUri::displayName(r.value()).toHtmlEscaped()));
        m_status->setStyleSheet(QString());
    } else {
        m_status->setText(r.error().message.toHtmlEscaped());
        m_status->setStyleSheet(QStringLiteral("color: palette(link);"));
    }
}

} // namespace virtdeck
