#pragma once

#include <QLoggingCategory>

// The sandbox layer's logging category, "c1.sandbox" (defined in SandboxServer.cpp).
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
