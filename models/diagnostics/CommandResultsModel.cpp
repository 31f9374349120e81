#include "diagnostics/CommandResultsModel.h"

#include "diagnostics/OutputText.h"

#include <QLocale>

namespace virtdeck {

CommandResultsModel::CommandResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CommandResultsModel::setBatch(CommandBatch *batch)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_batch = batch;
    if (batch) {
        m_connections << connect(batch, &CommandBatch::itemChanged, this, [this](int row) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
        m_connections << connect(batch, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_connections.clear();
            endResetModel();
        });
    }
    endResetModel();
}

BatchItem CommandResultsModel::item(int row) const
{
    if (!m_batch || row < 0 || row >= m_batch->count())
        return {};
    return m_batch->items().at(row);
}

int CommandResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_batch ? 0 : m_batch->count();
}

int CommandResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServerColumn: return tr("Server");
    case EndpointColumn: return tr("Connected to");
    case StateColumn: return tr("State");
    case ExitColumn: return tr("Exit");
    case DurationColumn: return tr("Time");
    case OutputColumn: return tr("Output");
    default: return {};
    }
}

QVariant CommandResultsModel::display(const BatchItem &item, int column) const
{
    switch (column) {
    case ServerColumn: return item.server.name;
    case EndpointColumn: return item.endpoint.isEmpty() ? item.target.host : item.endpoint;
    case StateColumn: return BatchItem::stateName(item.state);
    case ExitColumn:
        if (!item.hasResult)
            return QString();
        if (!item.result.exitSignal.isEmpty())
            return tr("signal %1").arg(item.result.exitSignal);
        return item.result.exitStatus < 0 ? QString() : QString::number(item.result.exitStatus);
    case DurationColumn:
        if (!item.startedAt.isValid() || !item.finishedAt.isValid())
            return QString();
        return tr("%1 s").arg(QLocale().toString(item.startedAt.msecsTo(item.finishedAt) / 1000.0, 'f', 1));
    case OutputColumn:
        if (!item.hasResult)
            return item.error.message;
        if (OutputText::looksBinary(item.result.out))
            return tr("binary output (%1)").arg(OutputText::sizeText(item.result.outBytes));
        {
            QString line = OutputText::firstLine(item.result.out);
            if (line.isEmpty())
                line = OutputText::firstLine(item.result.err);
            return line;
        }
    default: return {};
    }
}

QVariant CommandResultsModel::raw(const BatchItem &item, int column) const
{
    switch (column) {
    case ServerColumn: return item.server.name;
    case EndpointColumn: return display(item, column);
    case StateColumn: return int(item.state);
    case ExitColumn: return item.hasResult ? item.result.exitStatus : -2;
    case DurationColumn:
        return item.startedAt.isValid() && item.finishedAt.isValid() ? item.startedAt.msecsTo(item.finishedAt)
                                                                     : -1;
    case OutputColumn: return display(item, column);
    default: return {};
    }
}

QVariant CommandResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_batch)
        return {};
    const BatchItem &item = m_batch->items().at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(item, index.column());
    case Qt::ToolTipRole:
        return index.column() == OutputColumn || index.column() == StateColumn ? item.error.toString()
                                                                               : QVariant();
    case RawValueRole: return raw(item, index.column());
    case StdoutRole: return OutputText::display(item.result.out);
    case StderrRole: return OutputText::display(item.result.err);
    case ErrorRole: return item.error.message.isEmpty() ? QString() : item.error.toString();
    case StateRole: return int(item.state);
    case IsFailureRole: return item.isFailure();
    default: return {};
    }
}

} // namespace virtdeck
