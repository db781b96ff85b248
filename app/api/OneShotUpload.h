#pragma once

#include <QByteArray>
#include <QIODevice>

namespace c1 {

// The body of a POST as an upload device that cannot be rewound. QNetworkAccessManager silently re-sends a request
// whose connection closed before an answer arrived, if it can rewind the upload; for a POST without an idempotency
// key that could create something twice. With this device (and DoNotBufferUploadDataAttribute) Qt cannot, and the
// reply fails instead: the caller then reads whether the POST took effect (docs/api-facts.md §2).
class OneShotUpload : public QIODevice {
    Q_OBJECT
public:
    OneShotUpload(QByteArray data, QObject* parent);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace c1
