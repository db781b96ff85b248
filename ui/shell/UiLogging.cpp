#include "shell/UiLogging.h"

namespace c1 {
Q_LOGGING_CATEGORY(lcUi, "c1.ui")
} // namespace c1
