#pragma once

#include "api/Types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

// Small, tolerant readers and writers of JSON fields shared by the API layer's .cpp files (not a contract).
// Every reader accepts null, a missing key or a value of another type and answers the empty value.
namespace c1::json {

inline QString str(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

inline bool boolean(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString() == QLatin1StringView("true");
    return false;
}

inline qint64 int64(const QJsonObject& o, QLatin1StringView key)
{
    return parseInt64(o.value(key));
}

inline QStringList strList(const QJsonObject& o, QLatin1StringView key)
{
    QStringList out;
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return out;
    const QJsonArray array = v.toArray();
    out.reserve(array.size());
    for (const QJsonValue& item : array) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}

inline QDateTime time(const QJsonObject& o, QLatin1StringView key)
{
    return parseTimestamp(o.value(key));
}

inline QJsonObject object(const QJsonObject& o, QLatin1StringView key)
{
    return o.value(key).toObject();
}

inline Annotations annotations(const QJsonObject& o, QLatin1StringView key)
{
    Annotations out;
    const QJsonObject map = o.value(key).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isString())
            out.insert(it.key(), it.value().toString());
        else if (it.value().isDouble() || it.value().isBool())
            out.insert(it.key(), it.value().toVariant().toString());
    }
    return out;
}

// Writers: only what is set.
inline void put(QJsonObject& o, QLatin1StringView key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}
inline void put(QJsonObject& o, QLatin1StringView key, bool value)
{
    if (value)
        o.insert(key, true);
}
inline void putInt64(QJsonObject& o, QLatin1StringView key, qint64 value)
{
    if (value != 0)
        o.insert(key, QString::number(value));
}
inline void put(QJsonObject& o, QLatin1StringView key, const QDateTime& value)
{
    if (value.isValid())
        o.insert(key, formatTimestamp(value));
}
inline void put(QJsonObject& o, QLatin1StringView key, const QStringList& value)
{
    if (!value.isEmpty())
        o.insert(key, QJsonArray::fromStringList(value));
}
inline void put(QJsonObject& o, QLatin1StringView key, const Annotations& value)
{
    if (value.isEmpty())
        return;
    QJsonObject map;
    for (auto it = value.begin(); it != value.end(); ++it)
        map.insert(it.key(), it.value());
    o.insert(key, map);
}

inline QJsonArray refs(const QList<EntitlementRef>& refs)
{
    QJsonArray out;
    for (const EntitlementRef& ref : refs)
        out.append(QJsonObject { { QLatin1StringView("appId"), ref.appId }, { QLatin1StringView("id"), ref.id } });
    return out;
}

inline QJsonArray userRefs(const QStringList& ids)
{
    QJsonArray out;
    for (const QString& id : ids)
        out.append(QJsonObject { { QLatin1StringView("id"), id } });
    return out;
}

} // namespace c1::json
