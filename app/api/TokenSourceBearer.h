#pragma once

#include "api/BearerProvider.h"

#include <QObject>
#include <QPointer>

namespace c1 {

class TokenSource;

// Adapts the auth layer's TokenSource to C1Client's BearerProvider. Kept in its own file so that C1Client links
// without TokenSource (the API tests use a scripted provider).
class TokenSourceBearer : public QObject, public BearerProvider {
    Q_OBJECT
public:
    explicit TokenSourceBearer(TokenSource* source, QObject* parent = nullptr);

    void token(QObject* context, Callback callback) override;
    void invalidate(const QString& token) override;

private:
    QPointer<TokenSource> m_source;
};

} // namespace c1
