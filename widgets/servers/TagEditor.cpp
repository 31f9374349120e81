#include "servers/TagEditor.h"

#include "common/MessageBar.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace virtdeck {

TagEditor::TagEditor(OperationQueue *queue, MessageBar *messages, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_messages(messages)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("tagEdit"));
    m_edit->setPlaceholderText(tr("web, site-en, production"));
    m_save = new QPushButton(tr("Save tags"), this);
    m_save->setObjectName(QStringLiteral("saveTags"));
    m_revert = new QPushButton(tr("Revert"), this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("tagHint"));
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_save);
    row->addWidget(m_revert);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    connect(m_edit, &QLineEdit::textEdited, this, &TagEditor::validate);
    connect(m_edit, &QLineEdit::returnPressed, this, &TagEditor::save);
    connect(m_save, &QPushButton::clicked, this, &TagEditor::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_base = m_server.metadata.tags;
        m_edit->setText(m_base.join(QStringLiteral(", ")));
        setServer(m_server);
    });
}

bool TagEditor::isEditing() const
{
    return m_edit->text() != m_base.join(QStringLiteral(", "));
}

void TagEditor::setServer(const DomainSnapshot &server)
{
    const bool sameServer = server.uuid == m_server.uuid && server.uri == m_server.uri;
    const bool editing = sameServer && isEditing();
    m_server = server;
    if (!editing) {
        m_base = server.metadata.tags;
        m_edit->setText(m_base.join(QStringLiteral(", ")));
    }
    const QString refusal = m_queue->refusalFor(server.ref());
    const bool blocked = !refusal.isEmpty() || !server.metadataError.isEmpty();
    m_edit->setReadOnly(blocked);
    m_edit->setToolTip(!refusal.isEmpty() ? refusal
                       : !server.metadataError.isEmpty()
                           ? tr("The server's virtdeck metadata cannot be read: %1").arg(server.metadataError)
                           : tr("Tags are kept in the server's own definition, so every console sees them."));
    validate();
}

void TagEditor::validate()
{
    const Result<QStringList> tags = ServerMetadata::parseTagList(m_edit->text());
    const bool changed = isEditing();
    m_save->setEnabled(changed && tags.ok() && !m_edit->isReadOnly());
    m_revert->setEnabled(changed);
    m_hint->setVisible(!tags.ok() || m_edit->isReadOnly());
    if (!tags.ok())
        m_hint->setText(tags.error().message);
    else if (m_edit->isReadOnly())
        m_hint->setText(m_edit->toolTip());
}

void TagEditor::save()
{
    const Result<QStringList> tags = ServerMetadata::parseTagList(m_edit->text());
    if (!tags) {
        m_messages->showError(tags.error());
        return;
    }
    QStringList sortedBase = m_base;
    QStringList sortedNew = tags.value();
    sortedBase.sort();
    sortedNew.sort();
    if (sortedBase == sortedNew) { // only spacing or order changed: nothing to store
        m_edit->setText(m_base.join(QStringLiteral(", ")));
        validate();
        return;
    }
    // Only the difference from where the edit started is stored: a tag added meanwhile elsewhere stays.
    const Result<QString> id = Lifecycle::enqueueSetTags(*m_queue, m_server, tags.value(), m_base);
    if (!id) {
        m_messages->showError(id.error());
        return;
    }
    m_messages->showMessage(MessageBar::Level::Information, tr("Saving the tags of %1…").arg(m_server.name));
    // The list shows the resulting tags when libvirt reports the metadata change.
    QStringList added = tags.value();
    QStringList removed = m_base;
    for (const QString &t : tags.value())
        removed.removeAll(t);
    for (const QString &t : std::as_const(m_base))
        added.removeAll(t);
    m_base = Lifecycle::editedTags(m_server.metadata.tags, added, removed);
    m_edit->setText(m_base.join(QStringLiteral(", ")));
    validate();
}

} // namespace virtdeck
