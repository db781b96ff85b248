#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>

#include <deque>

namespace c1 {

// One HTTP exchange as the request log keeps it. Never holds a secret: the Authorization header, tokens,
// client assertions and secrets are redacted before an entry is made.
struct RequestLogEntry {
    QDateTime time;
    QString method;
    QString url; // full URL, query included (no credentials ever appear in a C1 URL)
    int httpStatus = 0; // 0 = no HTTP answer
    QString error; // short error text, empty on success
    int durationMs = 0;
    int attempt = 1; // 1 = first try; >1 = a retry
    QString requestId;
    qint64 requestBytes = 0;
    qint64 responseBytes = 0;
    QByteArray requestBody; // redacted, at most 4 KiB kept
    QByteArray responseExcerpt; // at most 4 KiB kept
    QString protocol; // "HTTP/2" or "HTTP/1.1" as negotiated; empty when no answer came (no HTTP status)
};

// A bounded, in-memory log of every exchange (newest last), as a table model for the request log dock.
class RequestLog : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Time, Method, Path, Status, Duration, Attempt, RequestId, Size, Protocol, Count };

    explicit RequestLog(int capacity = 5000, QObject* parent = nullptr);

    void append(RequestLogEntry entry); // drops the oldest beyond capacity
    void clear();
    const RequestLogEntry& entry(int row) const;
    int size() const { return int(m_entries.size()); }
    // A curl command line reproducing the request, with "$C1_TOKEN" in place of the bearer token.
    QString curlCommand(int row) const;
    // Replaces secrets in a body or header text: tokens, client_assertion, secret-token:… values.
    static QByteArray redact(const QByteArray& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::deque<RequestLogEntry> m_entries;
    int m_capacity;
};

} // namespace c1
