#include "api/TokenSourceBearer.h"

#include "api/C1Client.h"
#include "auth/TokenSource.h"

#include <QCoreApplication>
#include <QTimer>

namespace c1 {

TokenSourceBearer::TokenSourceBearer(TokenSource* source, QObject* parent)
    : QObject(parent)
    , m_source(source)
{ }

void TokenSourceBearer::token(QObject* context, Callback callback)
{
    if (m_source) {
        m_source->token(context, std::move(callback));
        return;
    }
    ApiError error;
    error.kind = ApiError::Kind::Auth;
    error.message = QStringLiteral("The token source is gone.");
    QTimer::singleShot(0, context, [callback = std::move(callback), error] { callback(Result<QString>(error)); });
}

void TokenSourceBearer::invalidate(const QString& token)
{
    if (m_source)
        m_source->invalidate(token);
}

// C1Client's constructor for the real TokenSource lives here, beside the adapter, so that C1Client.cpp itself does
// not reference TokenSource.
C1Client::C1Client(
    QNetworkAccessManager* network, TokenSource* tokens, ClientConfig config, RequestLog* log, QObject* parent)
    : C1Client(network, static_cast<BearerProvider*>(nullptr), std::move(config), log, parent)
{
    if (tokens) {
        auto* adapter = new TokenSourceBearer(tokens, this);
        m_tokens = adapter;
    }
}

} // namespace c1
