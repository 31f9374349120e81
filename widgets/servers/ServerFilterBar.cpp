#include "servers/ServerFilterBar.h"

#include "core/Config.h"
#include "servers/ServerFilterModel.h"
#include "servers/ServerListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace virtdeck {

ServerFilterBar::ServerFilterBar(ServerListModel *servers, ServerFilterModel *filter, Config *config,
                                 QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_filter(filter)
    , m_config(config)
{
    setObjectName(QStringLiteral("filterBar"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Filter by name, title, tag or host…"));
    m_text->setClearButtonEnabled(true);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("filterState"));
    for (auto f : {ServerFilterModel::StateFilter::All, ServerFilterModel::StateFilter::Running,
                   ServerFilterModel::StateFilter::Paused, ServerFilterModel::StateFilter::Stopped,
                   ServerFilterModel::StateFilter::Crashed, ServerFilterModel::StateFilter::NeedsAttention,
                   ServerFilterModel::StateFilter::PendingReboot})
        m_state->addItem(ServerFilterModel::stateFilterName(f), int(f));

    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("filterTag"));
    m_tag->setMinimumContentsLength(12);
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("filterHost"));
    m_host->setMinimumContentsLength(14);

    m_flat = new QToolButton(this);
    m_flat->setObjectName(QStringLiteral("flatToggle"));
    m_flat->setCheckable(true);
    m_flat->setText(tr("Flat list"));
    m_flat->setToolTip(tr("Show all servers in one list with a Host column instead of grouped by host"));
    m_flat->setChecked(servers->isFlat());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_tag);
    layout->addWidget(m_host);
    layout->addWidget(m_flat);

    connect(m_text, &QLineEdit::textChanged, filter, &ServerFilterModel::setText);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStateFilter(ServerFilterModel::StateFilter(m_state->currentData().toInt()));
    });
    connect(m_tag, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTagFilter(m_tag->currentData().toString()); });
    connect(m_host, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setHostFilter(m_host->currentData().toString()); });
    connect(m_flat, &QToolButton::toggled, this, [this](bool flat) {
        m_servers->setFlat(flat);
        m_config->set(Config::Key::FlatServerList, flat);
    });
    connect(servers, &ServerListModel::tagsChanged, this, &ServerFilterBar::refreshTags);
    connect(servers, &ServerListModel::hostUpdated, this, &ServerFilterBar::refreshHosts);
    connect(servers, &QAbstractItemModel::rowsRemoved, this, &ServerFilterBar::refreshHosts);
    refreshTags();
    refreshHosts();
}

void ServerFilterBar::focusText()
{
    m_text->setFocus();
    m_text->selectAll();
}

void ServerFilterBar::refreshTags()
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString &t : m_servers->allTags())
        m_tag->addItem(t, t);
    const int at = m_tag->findData(current);
    m_tag->setCurrentIndex(at < 0 ? 0 : at);
    if (at < 0 && !current.isEmpty())
        m_filter->setTagFilter(QString());
}

void ServerFilterBar::refreshHosts()
{
    const QString current = m_host->currentData().toString();
    const QSignalBlocker block(m_host);
    m_host->clear();
    m_host->addItem(tr("All hosts"), QString());
    for (const QString &uri : m_servers->hostUris())
        m_host->addItem(m_servers->host(uri)->displayName, uri);
    const int at = m_host->findData(current);
    m_host->setCurrentIndex(at < 0 ? 0 : at);
    if (at < 0 && !current.isEmpty())
        m_filter->setHostFilter(QString());
}

} // namespace virtdeck
