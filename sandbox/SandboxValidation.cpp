#include "sandbox/SandboxValidation.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isUrlSafe(QChar c)
{
    // RFC 3986 unreserved characters.
    return isAsciiAlnum(c) || c == u'-' || c == u'.' || c == u'_' || c == u'~';
}

} // namespace

bool SandboxValidation::isId(const QString& id)
{
    if (id.size() != 27)
        return false;
    return std::all_of(id.cbegin(), id.cend(), isAsciiAlnum);
}

QString SandboxValidation::id(const QString& field, const QString& value)
{
    if (isId(value))
        return {};
    return u"invalid %1: value does not match regex pattern \"^[a-zA-Z0-9]{27}$\""_s.arg(field);
}

QString SandboxValidation::ids(std::initializer_list<std::pair<QString, QString>> fieldsAndValues)
{
    for (const auto& [field, value] : fieldsAndValues) {
        if (QString problem = id(field, value); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString SandboxValidation::annotations(const QJsonValue& value, SandboxAnnotations* out)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        return u"invalid annotations: must be a map of strings"_s;
    const QJsonObject map = value.toObject();
    if (map.size() > 16)
        return u"invalid annotations: at most 16 entries allowed, got %1"_s.arg(map.size());
    if (QJsonDocument(map).toJson(QJsonDocument::Compact).size() > 4096)
        return u"invalid annotations: serialized size exceeds 4096 bytes"_s;
    SandboxAnnotations parsed;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = it.key();
        const bool keyShapeOk = !key.isEmpty() && key.size() <= 128
            && ((key.at(0) >= u'a' && key.at(0) <= u'z') || (key.at(0) >= u'A' && key.at(0) <= u'Z'))
            && std::all_of(key.cbegin(), key.cend(),
                [](QChar c) { return isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'/' || c == u'-'; });
        if (!keyShapeOk)
            return u"invalid annotations: key \"%1\" must match ^[A-Za-z][A-Za-z0-9._/-]{0,127}$"_s.arg(key.left(130));
        if (key.startsWith(u"c1/"_s, Qt::CaseInsensitive))
            return u"invalid annotations: key \"%1\" uses the reserved prefix c1/"_s.arg(key);
        if (!it.value().isString())
            return u"invalid annotations: value of \"%1\" must be a string"_s.arg(key);
        const QString text = it.value().toString();
        if (text.size() > 256)
            return u"invalid annotations: value of \"%1\" is longer than 256 characters"_s.arg(key);
        if (!std::all_of(text.cbegin(), text.cend(), isUrlSafe))
            return u"invalid annotations: value of \"%1\" must be URL-safe ASCII"_s.arg(key);
        parsed.insert(key, text);
    }
    if (out)
        *out = parsed;
    return {};
}

QString SandboxValidation::displayName(const QString& field, const QJsonValue& value, QString* out)
{
    if (!value.isUndefined() && !value.isNull() && !value.isString())
        return u"invalid %1: must be a string"_s.arg(field);
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        return u"invalid %1: value length must be at least 1 runes"_s.arg(field);
    if (text.size() > 1024)
        return u"invalid %1: value length must be at most 1024 runes"_s.arg(field);
    if (out)
        *out = text;
    return {};
}

QString SandboxValidation::optionalString(const QString& field, const QJsonValue& value, QString* out)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        return u"invalid %1: must be a string"_s.arg(field);
    if (out)
        *out = value.toString();
    return {};
}

QString SandboxValidation::optionalBool(const QString& field, const QJsonValue& value, bool* out)
{
    if (value.isUndefined() || value.isNull()) {
        *out = false;
        return {};
    }
    if (!value.isBool())
        return u"invalid %1: must be a boolean"_s.arg(field);
    *out = value.toBool();
    return {};
}

QString SandboxValidation::optionalId(const QString& field, const QJsonValue& value, QString* out)
{
    QString text;
    if (QString problem = optionalString(field, value, &text); !problem.isEmpty())
        return problem;
    if (!text.isEmpty() && !isId(text))
        return id(field, text);
    *out = text;
    return {};
}

QString SandboxValidation::nonNegativeInt32(const QString& field, const QJsonValue& value, int* out)
{
    if (value.isUndefined() || value.isNull()) {
        *out = 0;
        return {};
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 2147483647.0 || number != double(qint64(number)))
        return u"invalid %1: must be a non-negative int32"_s.arg(field);
    *out = int(number);
    return {};
}

const QStringList& SandboxValidation::identityMatchings()
{
    static const QStringList values { u"APP_USER_IDENTITY_MATCHING_UNSPECIFIED"_s,
        u"APP_USER_IDENTITY_MATCHING_STRICT"_s, u"APP_USER_IDENTITY_MATCHING_DISPLAY_NAME"_s,
        u"APP_USER_IDENTITY_MATCHING_CUSTOM"_s };
    return values;
}

const QStringList& SandboxValidation::resourceTypeKinds()
{
    static const QStringList values { u"ROLE"_s, u"GROUP"_s, u"LICENSE"_s, u"PROJECT"_s, u"CATALOG"_s, u"CUSTOM"_s,
        u"VAULT"_s, u"PROFILE_TYPE"_s, u"SESSION_POLICY"_s, u"CLAW_AGENT"_s };
    return values;
}

QString SandboxValidation::updateMask(const QString& request, const QJsonValue& value, const QStringList& updatable,
    const QStringList& immutable, QStringList* out)
{
    const QString field = request + u".UpdateMask"_s;
    if (!value.isUndefined() && !value.isNull() && !value.isString())
        return u"invalid %1: must be a string of comma-separated field paths"_s.arg(field);
    const QString text = value.toString();
    if (text.isEmpty())
        return u"invalid %1: an update mask naming the fields to change is required"_s.arg(field);
    QStringList paths;
    for (const QString& path : text.split(u',')) {
        if (path.isEmpty())
            return u"invalid %1: empty field path"_s.arg(field);
        if (path.contains(u'_'))
            return u"invalid %1: field path \"%2\" must be lowerCamelCase"_s.arg(field, path.left(80));
        if (paths.contains(path))
            return u"invalid %1: field path \"%2\" is repeated"_s.arg(field, path.left(80));
        if (immutable.contains(path))
            return u"invalid %1: field \"%2\" is immutable"_s.arg(field, path);
        if (!updatable.contains(path))
            return u"invalid %1: unknown or not updatable field \"%2\""_s.arg(field, path.left(80));
        paths.append(path);
    }
    *out = paths;
    return {};
}

} // namespace c1
