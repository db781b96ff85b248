#pragma once

#include <initializer_list>
#include <utility>

#include "sandbox/SandboxEntities.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace c1 {

// The request rules the sandbox enforces like C1 does (docs/api-facts.md §2, §3). Each returns an empty string when
// the value is valid, else the message of a google.rpc.Status INVALID_ARGUMENT.
class SandboxValidation {
public:
    static bool isId(const QString& id); // ^[a-zA-Z0-9]{27}$
    static QString id(const QString& field, const QString& value);
    // The first problem among several {field, value} IDs, checked in order; empty when all are valid.
    static QString ids(std::initializer_list<std::pair<QString, QString>> fieldsAndValues);
    // annotations: a JSON object of ≤16 string entries; keys ^[A-Za-z][A-Za-z0-9._/-]{0,127}$ not starting with
    // "c1/"; values ≤256 characters of URL-safe ASCII; ≤4096 bytes serialized. Parsed into *out when valid.
    static QString annotations(const QJsonValue& value, SandboxAnnotations* out);
    static QString displayName(const QString& field, const QJsonValue& value, QString* out);
    static QString optionalString(const QString& field, const QJsonValue& value, QString* out);
    static QString optionalBool(const QString& field, const QJsonValue& value, bool* out);
    // A policy ID: empty or a 27-character ID.
    static QString optionalId(const QString& field, const QJsonValue& value, QString* out);
    // An int32 ≥ 0 given as a JSON number (absent or null = 0).
    static QString nonNegativeInt32(const QString& field, const QJsonValue& value, int* out);

    static const QStringList& identityMatchings(); // APP_USER_IDENTITY_MATCHING_* of the spec
    static const QStringList& resourceTypeKinds(); // CreateManuallyManagedResourceType's resourceType enum

    // An update mask in its JSON form (google.protobuf.FieldMask): ONE comma-separated string of lowerCamelCase
    // field paths. Refuses a missing or empty mask, an empty or snake_case path, a repeated path, a path in
    // `immutable` (the object's read-only fields) and any path not in `updatable`. Parsed into *out when valid.
    static QString updateMask(const QString& request, const QJsonValue& value, const QStringList& updatable,
        const QStringList& immutable, QStringList* out);
};

} // namespace c1
