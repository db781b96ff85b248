#include "settings/SecretStore.h"

namespace c1 {

QString SecretStore::describe(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NoBackend:
        return tr("No keychain is available (on Linux: the Secret Service of GNOME Keyring or KWallet). C1 Console "
                  "keeps credentials only in the system keychain, never in a plain file: start or install a "
                  "keychain service and try again.");
    case Error::AccessDenied:
        return tr("Access to the keychain was denied. Unlock the keychain or allow C1 Console to use it, then "
                  "try again.");
    case Error::NotFound:
        return tr("The keychain holds no credentials for this profile. Enter the client ID and secret again.");
    case Error::Other:
        break;
    }
    return tr("The keychain could not be used.");
}

} // namespace c1
