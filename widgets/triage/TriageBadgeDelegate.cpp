#include "triage/TriageBadgeDelegate.h"

#include "servers/ServerListModel.h"
#include "triage/TriageEngine.h"

#include <QPainter>

namespace virtdeck {

TriageBadgeDelegate::TriageBadgeDelegate(TriageEngine *engine, QObject *parent)
    : ServerItemDelegate(parent)
    , m_engine(engine)
{}

int TriageBadgeDelegate::openCount(const QModelIndex &index, int *worstSeverity) const
{
    if (!m_engine ||
        index.data(ServerListModel::RowKindRole).toInt() != int(ServerListModel::RowKind::Server))
        return 0;
    const ServerRef ref{index.data(ServerListModel::UriRole).toString(),
                        index.data(ServerListModel::UuidRole).toString(),
                        {}};
    int count = 0;
    int worst = int(TriageSeverity::Notice);
    for (const TriageFinding &f : m_engine->findingsOf(ref)) {
        if (m_engine->isAcknowledged(f))
            continue;
        ++count;
        worst = std::min(worst, int(f.severity));
    }
    if (worstSeverity)
        *worstSeverity = worst;
    return count;
}

void TriageBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    ServerItemDelegate::paint(painter, option, index);
    int worst = 0;
    const int count = openCount(index, &worst);
    if (count == 0)
        return;
    const QString text = QString::number(count);
    const int h = std::max(10, option.rect.height() - 6);
    const int w = std::max(h, option.fontMetrics.horizontalAdvance(text) + 8);
    const QRect badge(option.rect.right() - w - 3, option.rect.center().y() - h / 2, w, h);
    const QColor colour = worst == int(TriageSeverity::Critical)  ? QColor(0xc6, 0x28, 0x28)
                          : worst == int(TriageSeverity::Warning) ? QColor(0xe6, 0x8a, 0x00)
                                                                  : QColor(0x55, 0x77, 0xaa);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace virtdeck
