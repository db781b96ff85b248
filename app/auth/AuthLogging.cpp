#include "auth/AuthLogging.h"

namespace c1 {

Q_LOGGING_CATEGORY(lcAuth, "c1.auth")

} // namespace c1
