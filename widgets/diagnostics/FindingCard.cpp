#include "diagnostics/FindingCard.h"

#include "common/Labels.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace virtdeck {

namespace {
QString stripeColor(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Critical: return QStringLiteral("#c0392b");
    case Finding::Severity::Warning: return QStringLiteral("#d68910");
    case Finding::Severity::Info: break;
    }
    return QStringLiteral("#2e86c1");
}
} // namespace

FindingCard::FindingCard(const Finding &finding, QWidget *parent)
    : QFrame(parent)
    , m_finding(finding)
{
    setObjectName(QStringLiteral("finding:") + finding.id);
    setFrameShape(QFrame::StyledPanel);
    setProperty("severity", Finding::severityKey(finding.severity));

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 8, 0);
    auto *stripe = new QFrame(this);
    stripe->setFixedWidth(6);
    stripe->setStyleSheet(QStringLiteral("background-color: %1;").arg(stripeColor(finding.severity)));
    outer->addWidget(stripe);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(4, 6, 0, 6);
    auto *title = Labels::plainText(
        QStringLiteral("%1: %2").arg(Finding::severityName(finding.severity), finding.title), this);
    title->setObjectName(QStringLiteral("findingTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    body->addWidget(title);
    if (!finding.detail.isEmpty())
        body->addWidget(Labels::plainText(finding.detail, this));
    if (!finding.advice.isEmpty()) {
        auto *advice = Labels::plainText(tr("What to do: %1").arg(finding.advice), this);
        advice->setObjectName(QStringLiteral("findingAdvice"));
        body->addWidget(advice);
    }
    if (!finding.evidence.isEmpty()) {
        QStringList shown = finding.evidence.mid(0, 8);
        if (finding.evidence.size() > shown.size())
            shown << tr("… %n more in the report", nullptr, int(finding.evidence.size() - shown.size()));
        auto *evidence = Labels::plainText(shown.join(QLatin1Char('\n')), this);
        evidence->setObjectName(QStringLiteral("findingEvidence"));
        evidence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        body->addWidget(evidence);
    }
    outer->addLayout(body, 1);

    if (finding.action != Finding::Action::None) {
        m_action = new QPushButton(Finding::actionLabel(finding.action), this);
        m_action->setObjectName(QStringLiteral("findingAction"));
        m_action->setProperty("action", Finding::actionKey(finding.action));
        connect(m_action, &QPushButton::clicked, this, [this] { Q_EMIT actionRequested(m_finding.action); });
        outer->addWidget(m_action, 0, Qt::AlignTop);
    }
}

} // namespace virtdeck
