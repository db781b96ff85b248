#pragma once

// A QNetworkAccessManager that answers every request with one canned reply (status, headers, body, or a network
// error) without any socket, so that C1Client's own reply mapping (ApiCall) can be fed any bytes a server might
// send. Counts what was "sent".

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstring>

#include <utility>

namespace c1::test {

struct CannedAnswer {
    int status = 200; // 0: no HTTP answer at all
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

class CannedReply : public QNetworkReply {
    Q_OBJECT
public:
    CannedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest& request, const CannedAnswer& answer,
        QObject* parent)
        : QNetworkReply(parent)
        , m_body(answer.body)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (answer.status > 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
            setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QStringLiteral("Reason %1").arg(answer.status));
        }
        for (const auto& [name, value] : answer.headers)
            setRawHeader(name, value);
        const QNetworkReply::NetworkError error = answer.error;
        QTimer::singleShot(0, this, [this, error] {
            if (error != NoError) {
                setError(error, QStringLiteral("canned network error %1").arg(int(error)));
                Q_EMIT errorOccurred(error);
            }
            setFinished(true);
            Q_EMIT finished();
        });
    }

    void abort() override { }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QNetworkReply::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_offset);
        if (count <= 0)
            return m_offset >= m_body.size() ? -1 : 0;
        std::memcpy(data, m_body.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

class CannedNetwork : public QNetworkAccessManager {
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    void setAnswer(CannedAnswer answer) { m_answer = std::move(answer); }
    int requestCount() const { return m_requests; }

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request, QIODevice*) override
    {
        ++m_requests;
        return new CannedReply(operation, request, m_answer, this);
    }

private:
    CannedAnswer m_answer;
    int m_requests = 0;
};

} // namespace c1::test
