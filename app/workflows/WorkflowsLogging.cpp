#include "workflows/WorkflowsLogging.h"

namespace c1 {
Q_LOGGING_CATEGORY(lcWorkflows, "c1.workflows")
} // namespace c1
