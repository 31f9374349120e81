#include "console/ConsoleBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace virtdeck {

ConsoleBanner::ConsoleBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("consoleBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("consoleBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("consoleBannerAction"));
    m_close->setObjectName(QStringLiteral("consoleBannerClose"));
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, &ConsoleBanner::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    hide();
}

void ConsoleBanner::setMessage(ConsoleSession::BannerLevel level, const QString &text,
                               const QString &actionText)
{
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    QColor background;
    switch (level) {
    case ConsoleSession::BannerLevel::None:
    case ConsoleSession::BannerLevel::Information: background = QColor(0xd9, 0xe8, 0xf6); break;
    case ConsoleSession::BannerLevel::Warning: background = QColor(0xfc, 0xef, 0xc7); break;
    case ConsoleSession::BannerLevel::Error: background = QColor(0xf6, 0xd5, 0xd5); break;
    }
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, Qt::black);
    setPalette(pal);
    setVisible(!text.isEmpty());
}

QString ConsoleBanner::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

QString ConsoleBanner::actionText() const
{
    return m_action->isVisibleTo(this) ? m_action->text() : QString();
}

} // namespace virtdeck
