#include "common/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace virtdeck {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("messageBarDetails"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(QStringLiteral("messageBarClose"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Dismiss"));
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("messageBarDetailText"));
    m_detail->setReadOnly(true);
    m_detail->setMaximumHeight(90);
    m_detail->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_detail);

    connect(m_detailsButton, &QToolButton::toggled, m_detail, &QWidget::setVisible);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        clearMessage();
        Q_EMIT dismissed();
    });
    hide();
}

void MessageBar::showMessage(Level level, const QString &text, const QString &detail)
{
    m_level = level;
    m_text->setText(text);
    m_detail->setPlainText(detail);
    m_detailsButton->setVisible(!detail.isEmpty() && detail != text);
    m_detailsButton->setChecked(false);
    applyLevelStyle();
    show();
}

void MessageBar::showError(const Error &error)
{
    showMessage(Level::Error, error.message, error.detail);
}

void MessageBar::clearMessage()
{
    m_text->clear();
    m_detail->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

QString MessageBar::detail() const
{
    return m_detail->toPlainText();
}

void MessageBar::applyLevelStyle()
{
    // Tinted backgrounds in the spirit of KMessageWidget; readable on light and dark palettes.
    QString colour;
    switch (m_level) {
    case Level::Information: colour = QStringLiteral("rgba(61, 174, 233, 60)"); break;
    case Level::Positive: colour = QStringLiteral("rgba(39, 174, 96, 60)"); break;
    case Level::Warning: colour = QStringLiteral("rgba(246, 116, 0, 60)"); break;
    case Level::Error: colour = QStringLiteral("rgba(218, 68, 83, 70)"); break;
    }
    setStyleSheet(QStringLiteral("QFrame#messageBar { background: %1; border-radius: 4px; }").arg(colour));
}

} // namespace virtdeck
