#include "settings/SecretsLogging.h"

namespace c1 {

Q_LOGGING_CATEGORY(lcSecrets, "c1.secrets")

} // namespace c1
