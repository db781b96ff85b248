#include "api/RequestLog.h"

#include "base/ReplyMapping.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

constexpr qsizetype kMaxKept = 4096;

QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

RequestLog::RequestLog(int capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{ }

QByteArray RequestLog::redact(const QByteArray& text)
{
    return redactSecrets(text);
}

void RequestLog::append(RequestLogEntry entry)
{
    entry.requestBody = redact(entry.requestBody.left(kMaxKept));
    entry.responseExcerpt = redact(entry.responseExcerpt.left(kMaxKept));
    const int excess = int(m_entries.size()) + 1 - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(entry));
    endInsertRows();
}

void RequestLog::clear()
{
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

const RequestLogEntry& RequestLog::entry(int row) const
{
    Q_ASSERT(row >= 0 && row < size());
    return m_entries[size_t(row)];
}

QString RequestLog::curlCommand(int row) const
{
    if (row < 0 || row >= size())
        return {};
    const RequestLogEntry& e = entry(row);
    QStringList parts { u"curl"_s };
    if (e.method != u"GET"_s)
        parts << u"-X"_s << e.method;
    parts << shellQuote(e.url);
    // Double quotes so that the shell expands the variable; the token itself is never written out.
    parts << u"-H \"Authorization: Bearer $C1_TOKEN\""_s;
    parts << u"-H 'Accept: application/json'"_s;
    if (e.method != u"GET"_s) {
        parts << u"-H 'Content-Type: application/json'"_s;
        const QByteArray body = e.requestBody.isEmpty() ? QByteArray("{}") : e.requestBody;
        parts << u"--data-raw"_s << shellQuote(QString::fromUtf8(body));
    }
    return parts.join(u' ');
}

int RequestLog::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : size();
}

int RequestLog::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant RequestLog::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestLogEntry& e = entry(index.row());
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Time:
            return e.time.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
        case Column::Method:
            return e.method;
        case Column::Path: {
            const QUrl url(e.url);
            const QString query = url.query(QUrl::FullyDecoded);
            return query.isEmpty() ? url.path() : url.path() + u'?' + query;
        }
        case Column::Status:
            if (e.httpStatus == 0)
                return e.error.isEmpty() ? u"…"_s : e.error;
            return e.error.isEmpty() ? QString::number(e.httpStatus) : QString::number(e.httpStatus) + u' ' + e.error;
        case Column::Duration:
            return tr("%1 ms").arg(e.durationMs);
        case Column::Attempt:
            return e.attempt;
        case Column::RequestId:
            return e.requestId;
        case Column::Size:
            return formatBytes(e.responseBytes);
        case Column::Protocol:
            return e.protocol;
        case Column::Count:
            break;
        }
    } else if (role == Qt::UserRole) { // raw values for sorting
        switch (column) {
        case Column::Time:
            return e.time;
        case Column::Method:
            return e.method;
        case Column::Path:
            return e.url;
        case Column::Status:
            return e.httpStatus;
        case Column::Duration:
            return e.durationMs;
        case Column::Attempt:
            return e.attempt;
        case Column::RequestId:
            return e.requestId;
        case Column::Size:
            return e.responseBytes;
        case Column::Protocol:
            return e.protocol;
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        QString tip = e.method + u' ' + e.url;
        if (!e.error.isEmpty())
            tip += u'\n' + e.error;
        if (column == Column::Size)
            tip += u'\n' + tr("Sent %1, received %2").arg(formatBytes(e.requestBytes), formatBytes(e.responseBytes));
        return tip;
    } else if (role == Qt::TextAlignmentRole) {
        if (column == Column::Status || column == Column::Duration || column == Column::Attempt
            || column == Column::Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RequestLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Method:
        return tr("Method");
    case Column::Path:
        return tr("Path");
    case Column::Status:
        return tr("Status");
    case Column::Duration:
        return tr("Duration");
    case Column::Attempt:
        return tr("Attempt");
    case Column::RequestId:
        return tr("Request ID");
    case Column::Size:
        return tr("Size");
    case Column::Protocol:
        return tr("Protocol");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace c1
