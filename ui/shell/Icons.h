#pragma once

#include <QIcon>
#include <QStringView>

namespace c1 {

// The project's own SVG icons, compiled in from resources/icons/ (":/icons/<name>.svg").
// Names: app, resource-type, resource, entitlement, owner, add, remove, refresh, search, filter, goto, settings,
// bulk, copy, log, warning, error, info, lock, profile, quit, theme, connected, disconnected, c1console.
QIcon icon(QStringView name);

} // namespace c1
