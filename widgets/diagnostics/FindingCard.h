#pragma once

// One finding of a diagnosis shown as a card: severity stripe, title, what was seen, what to do, the
// evidence lines, and a button for the action virtdeck can take. DiagnosePage stacks them and handles
// actionRequested.

#include "diagnostics/Finding.h"

#include <QFrame>

class QPushButton;

namespace virtdeck {

class FindingCard : public QFrame
{
    Q_OBJECT
public:
    explicit FindingCard(const Finding &finding, QWidget *parent = nullptr);

    const Finding &finding() const { return m_finding; }
    // The action button, or nullptr when the finding has no action.
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionRequested(virtdeck::Finding::Action action);

private:
    Finding m_finding;
    QPushButton *m_action = nullptr;
};

} // namespace virtdeck
