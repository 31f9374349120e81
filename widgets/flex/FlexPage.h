#pragma once

// The Flex page of the selected server: a share spin box and slider with a live preview of the target
// vCPUs, memory and CPU weight, each marked "now" or "at next boot" (and why), the host's free
// capacity in shares, the refusal when the target does not fit, Apply (one flex operation) and, while
// the server has changes waiting for a restart, "Reboot now". Created by MainWindow among the server
// pages (pageId "flex").

#include "common/ServerPage.h"
#include "flex/FlexPlan.h"

#include <QPointer>

class QGridLayout;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace virtdeck {

class MessageBar;
class ShareProfileStore;

class FlexPage : public ServerPage
{
    Q_OBJECT
public:
    FlexPage(const Services &services, const ShareProfileStore *profiles, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("flex"); }
    QString pageTitle() const override { return tr("Flex"); }
    void setServer(const std::optional<DomainSnapshot> &server) override;

    // The plan shown (for tests and the window's status bar).
    const FlexPlan &plan() const { return m_plan; }
    void setTargetShares(int shares);

private:
    struct Row
    {
        QLabel *current = nullptr;
        QLabel *target = nullptr;
        QLabel *when = nullptr;
        QLabel *why = nullptr;
    };
    Row addRow(QGridLayout *grid, int row, const QString &name, const QString &key);
    void showRow(const Row &row, const FlexResource &resource);
    void updatePreview();
    void apply();
    void rebootNow();
    void watch(const QString &operationId);

    const ShareProfileStore *m_profiles;
    std::optional<DomainSnapshot> m_server;
    FlexPlan m_plan;
    MessageBar *m_messages = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_current = nullptr;
    QSpinBox *m_spin = nullptr;
    QSlider *m_slider = nullptr;
    Row m_vcpus;
    Row m_memory;
    Row m_weight;
    QLabel *m_ceiling = nullptr;
    QLabel *m_capacity = nullptr;
    QLabel *m_refusal = nullptr;
    QLabel *m_pending = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_reboot = nullptr;
    QString m_watched; // the flex operation this page started, reported when it finishes
};

} // namespace virtdeck
