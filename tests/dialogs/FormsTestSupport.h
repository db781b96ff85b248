#pragma once
// Shared by the dialog suites (besides the one fixture, support/TestTenant.h): the accessibility walk over a widget
// tree and a sandbox that fails one write.

#include "api/C1Client.h"
#include "api/RequestLog.h"
#include "api/Session.h"
#include "sandbox/SandboxServer.h"
#include "settings/Profile.h"
#include "support/TestTenant.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

namespace c1::test {

// Every interactive widget under `root` (controls a person can reach, not the internals of Qt's composite
// widgets) has an objectName and an accessibleName. Returns the offenders' descriptions.
inline QStringList unnamedInteractiveWidgets(QWidget* root)
{
    QStringList offenders;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
            || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w)
            || qobject_cast<QAbstractItemView*>(w);
        if (!interactive || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QWidget* parent = w->parentWidget();
        bool internal = false;
        for (QWidget* p = parent; p && p != root; p = p->parentWidget()) {
            if (qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QLineEdit*>(p)
                || qobject_cast<QAbstractItemView*>(p))
                internal = true;
        }
        if (internal)
            continue;
        if (w->objectName().isEmpty() || w->accessibleName().isEmpty())
            offenders.append(QStringLiteral("%1 \"%2\" in %3")
                                 .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                     parent ? parent->objectName() : QString()));
    }
    return offenders;
}

// One faulty write: the sandbox drops (or answers 503 to) /api requests until the first POST to `path` has been
// served, then behaves again; counts those POSTs. The ambiguous-create tests use it so that only the create fails,
// never the searches that follow it.
class FaultyPost {
public:
    enum class Fault { DropBeforeEffect, DropAfterEffect, Unavailable };

    FaultyPost(SandboxServer* server, QString path, Fault fault)
        : m_server(server)
    {
        SandboxOptions& options = server->options();
        options.dropAfterEffect = fault == Fault::DropAfterEffect;
        (fault == Fault::Unavailable ? options.failureRate : options.dropRate) = 1.0;
        m_watch = QObject::connect(server, &SandboxServer::requestServed, server,
            [this, path = std::move(path)](const QString& method, const QString& served, int) {
                if (method != QLatin1String("POST") || served != path)
                    return;
                ++m_posts;
                m_server->options().dropRate = 0.0;
                m_server->options().failureRate = 0.0;
            });
    }
    ~FaultyPost()
    {
        QObject::disconnect(m_watch);
        m_server->options().dropRate = 0.0;
        m_server->options().failureRate = 0.0;
        m_server->options().dropAfterEffect = false;
    }
    FaultyPost(const FaultyPost&) = delete;
    FaultyPost& operator=(const FaultyPost&) = delete;

    int posts() const { return m_posts; }

private:
    SandboxServer* m_server;
    QMetaObject::Connection m_watch;
    int m_posts = 0;
};

} // namespace c1::test
