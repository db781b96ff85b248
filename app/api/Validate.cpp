// The validate:: helpers of Types.h (docs/api-facts.md §2 and the spec's object-annotations text).
#include "api/Types.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace c1::validate {

namespace {

constexpr int kMaxEntries = 16;
constexpr int kMaxKeyLength = 128;
constexpr int kMaxValueLength = 256;
constexpr int kMaxSerializedBytes = 4096;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(c1::validate)
};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool isId(const QString& id)
{
    if (id.size() != 27)
        return false;
    for (const QChar c : id) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c))
            return false;
    }
    return true;
}

QString annotationKey(const QString& key)
{
    if (key.isEmpty())
        return Tr::tr("An annotation key must not be empty.");
    if (key.size() > kMaxKeyLength)
        return Tr::tr("The annotation key “%1…” is longer than %2 characters.").arg(key.left(24)).arg(kMaxKeyLength);
    if (!isAsciiLetter(key.front()))
        return Tr::tr("The annotation key “%1” must start with a letter (A–Z, a–z).").arg(key);
    for (const QChar c : key) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'.' && c != u'_' && c != u'/' && c != u'-')
            return Tr::tr("The annotation key “%1” may only contain letters, digits and . _ / -").arg(key);
    }
    if (key.startsWith(u"c1/"_s))
        return Tr::tr("The annotation key “%1” starts with “c1/”, which is reserved for C1.").arg(key);
    return {};
}

QString annotationValue(const QString& value)
{
    if (value.size() > kMaxValueLength)
        return Tr::tr("An annotation value is longer than %1 characters.").arg(kMaxValueLength);
    for (const QChar c : value) {
        // URL-safe ASCII: the unreserved characters of RFC 3986.
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'.' && c != u'_' && c != u'~' && c != u'-')
            return Tr::tr("The annotation value “%1” may only contain letters, digits and . _ ~ -").arg(value);
    }
    return {};
}

QString annotations(const Annotations& annotations)
{
    if (annotations.size() > kMaxEntries)
        return Tr::tr("There are %1 annotations; at most %2 are allowed.").arg(annotations.size()).arg(kMaxEntries);
    QJsonObject object;
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        QString problem = annotationKey(it.key());
        if (problem.isEmpty()) {
            problem = annotationValue(it.value());
            if (!problem.isEmpty())
                problem = Tr::tr("Annotation “%1”: %2").arg(it.key(), problem);
        }
        if (!problem.isEmpty())
            return problem;
        object.insert(it.key(), it.value());
    }
    const qsizetype bytes = QJsonDocument(object).toJson(QJsonDocument::Compact).size();
    if (bytes > kMaxSerializedBytes)
        return Tr::tr("The annotations take %1 bytes; at most %2 are allowed.").arg(bytes).arg(kMaxSerializedBytes);
    return {};
}

} // namespace c1::validate
