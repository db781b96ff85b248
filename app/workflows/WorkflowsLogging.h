#pragma once

#include <QLoggingCategory>

namespace c1 {
Q_DECLARE_LOGGING_CATEGORY(lcWorkflows) // "c1.workflows"
} // namespace c1
