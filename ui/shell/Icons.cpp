#include "shell/Icons.h"

#include <QHash>
#include <QString>

namespace c1 {

QIcon icon(QStringView name)
{
    // QIcon is implicitly shared; caching avoids re-parsing the SVG for every action and tree row.
    static QHash<QString, QIcon> cache;
    const QString key = name.toString();
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, QIcon(QStringLiteral(":/icons/") + key + QStringLiteral(".svg")));
    return *it;
}

} // namespace c1
