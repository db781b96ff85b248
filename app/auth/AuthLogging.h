#pragma once

#include <QLoggingCategory>

namespace c1 {

// The sign-in layer's category ("c1.auth"). Nothing logged under it carries a secret, an assertion or a token.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace c1
