#include "sandbox/SandboxHttpMessage.h"

#include "sandbox/SandboxHttpConnection.h"

#include <QUrl>

#include <algorithm>

namespace c1 {

bool SandboxHttpRequest::setTarget(const QByteArray& target)
{
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    if (!rawPath.startsWith('/'))
        return false;
    path = QString::fromLatin1(rawPath);
    query = question >= 0 ? QUrlQuery(QString::fromUtf8(target.mid(question + 1))) : QUrlQuery();
    segments.clear();
    const QList<QByteArray> parts = rawPath.mid(1).split('/');
    for (const QByteArray& part : parts)
        segments.append(QUrl::fromPercentEncoding(part));
    return true;
}

SandboxHttpExchange::SandboxHttpExchange(SandboxHttpConnection* connection, qint32 streamId)
    : m_connection(connection)
    , m_streamId(streamId)
{ }

SandboxHttpExchange::~SandboxHttpExchange()
{
    if (!m_done && m_connection)
        m_connection->drop(m_streamId);
}

void SandboxHttpExchange::respond(const SandboxHttpResponse& response)
{
    if (m_done)
        return;
    m_done = true;
    if (m_connection)
        m_connection->respond(m_streamId, response);
}

void SandboxHttpExchange::respondTruncated(const SandboxHttpResponse& response, qsizetype bodyBytes)
{
    if (m_done)
        return;
    m_done = true;
    if (m_connection)
        m_connection->respond(m_streamId, response, std::max<qsizetype>(0, bodyBytes));
}

void SandboxHttpExchange::drop()
{
    if (m_done)
        return;
    m_done = true;
    if (m_connection)
        m_connection->drop(m_streamId);
}

QObject* SandboxHttpExchange::context() const
{
    return m_connection.data();
}

} // namespace c1
