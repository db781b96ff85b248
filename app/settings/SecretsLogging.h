#pragma once

#include <QLoggingCategory>

namespace c1 {

// The keychain and profile layer's category ("c1.secrets"). Nothing logged under it carries a credential.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

} // namespace c1
