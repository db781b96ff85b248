#pragma once

#include <QLoggingCategory>

namespace c1 {
Q_DECLARE_LOGGING_CATEGORY(lcUi) // "c1.ui"
} // namespace c1
