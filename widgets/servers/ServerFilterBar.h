#pragma once

// The filter bar above the server list: free text (name, title, tags, host), state, tag and host
// pickers, and the tree/flat toggle. Drives ServerFilterModel; owned by MainWindow.

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace virtdeck {

class Config;
class ServerFilterModel;
class ServerListModel;

class ServerFilterBar : public QWidget
{
    Q_OBJECT
public:
    ServerFilterBar(ServerListModel *servers, ServerFilterModel *filter, Config *config,
                    QWidget *parent = nullptr);

    QLineEdit *textEdit() const { return m_text; }
    void focusText();

private:
    void refreshTags();
    void refreshHosts();

    ServerListModel *m_servers;
    ServerFilterModel *m_filter;
    Config *m_config;
    QLineEdit *m_text;
    QComboBox *m_state;
    QComboBox *m_tag;
    QComboBox *m_host;
    QToolButton *m_flat;
};

} // namespace virtdeck
