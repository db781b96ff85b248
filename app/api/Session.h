#pragma once

#include "settings/Profile.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace c1 {

class C1Client;
class ClientCredentials;
class RequestLog;
class TokenSource;

// One signed-in connection to a tenant: the profile, its network (proxy, extra CA), token source, API client and
// request log. Widgets receive a Session*; when the profile changes the main window makes a new Session.
class Session : public QObject {
    Q_OBJECT
public:
    // Builds everything for a profile and its secrets (read from the keychain by the caller). Returns nullptr and
    // a translated message in *error for a bad client ID/secret, a bad URL override (http:// to a non-loopback
    // host), or an unreadable CA file. Nothing is sent until the first call.
    static std::unique_ptr<Session> create(
        const Profile& profile, const ProfileSecrets& secrets, QString* error, QObject* parent = nullptr);
    ~Session() override;

    const Profile& profile() const { return m_profile; }
    QString tenantHost() const; // for display
    bool isReadOnly() const { return m_profile.readOnly; }
    QNetworkAccessManager* network() const { return m_network; }
    TokenSource* tokens() const { return m_tokens; }
    C1Client* client() const { return m_client; }
    RequestLog* requestLog() const { return m_log; }

private:
    Session(const Profile& profile, QObject* parent);

    Profile m_profile;
    QNetworkAccessManager* m_network = nullptr;
    TokenSource* m_tokens = nullptr;
    C1Client* m_client = nullptr;
    RequestLog* m_log = nullptr;
};

} // namespace c1
