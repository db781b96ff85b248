#include "owners/OwnerIdParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

// One translation context for the whole file, whichever class or function a text is in (lupdate and the run time
// must agree on it: a free Tr::tr() would be filed under the enclosing class by lupdate).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(c1::OwnerIdParser)
};

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0xFEFF || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0x00AD || u == 0x200E
        || u == 0x200F;
}

bool isSeparator(QChar c)
{
    return c == u',' || c == u';' || c == u'\t' || c.isSpace();
}

bool isQuote(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'`':
    case u'<':
    case u'>':
    case 0x201C: // “
    case 0x201D: // ”
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x00AB: // «
    case 0x00BB: // »
        return true;
    default:
        return false;
    }
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAllAsciiAlnum(QStringView s)
{
    for (QChar c : s) {
        if (!isAsciiAlnum(c))
            return false;
    }
    return !s.isEmpty();
}

bool isId(QStringView s)
{
    return s.size() == 27 && isAllAsciiAlnum(s);
}

// Trims quotes, whitespace and invisible characters from both ends; drops invisible characters inside.
QString cleanToken(QStringView token)
{
    qsizetype begin = 0;
    qsizetype end = token.size();
    auto trimmable = [](QChar c) { return isQuote(c) || isInvisible(c) || c.isSpace(); };
    while (begin < end && trimmable(token[begin]))
        ++begin;
    while (end > begin && trimmable(token[end - 1]))
        --end;
    QStringView core = token.mid(begin, end - begin);
    bool hasInvisible = false;
    for (QChar c : core) {
        if (isInvisible(c)) {
            hasInvisible = true;
            break;
        }
    }
    if (!hasInvisible)
        return core.toString();
    QString out;
    out.reserve(core.size());
    for (QChar c : core) {
        if (!isInvisible(c))
            out.append(c);
    }
    return out;
}

bool isHeaderWord(const QString& token)
{
    QString w;
    for (QChar c : token) {
        if (c != u'_' && c != u'-' && c != u' ' && c != u'.')
            w.append(c.toLower());
    }
    static const QSet<QString> words { QStringLiteral("id"), QStringLiteral("ids"), QStringLiteral("userid"),
        QStringLiteral("userids"), QStringLiteral("user"), QStringLiteral("users"), QStringLiteral("email"),
        QStringLiteral("emails"), QStringLiteral("emailaddress"), QStringLiteral("mail"), QStringLiteral("owner"),
        QStringLiteral("owners"), QStringLiteral("ownerid"), QStringLiteral("appid"), QStringLiteral("entitlementid"),
        QStringLiteral("appentitlementid"), QStringLiteral("entitlement"), QStringLiteral("name"),
        QStringLiteral("displayname"), QStringLiteral("app"), QStringLiteral("role") };
    return words.contains(w);
}

QString lengthReason(qsizetype length)
{
    return Tr::tr("%n characters long; C1 IDs have exactly 27 letters and digits", nullptr, int(length));
}

} // namespace

QString ParsedOwner::key() const
{
    switch (type) {
    case Type::UserId:
        return u"u:"_s + value;
    case Type::Email:
        return u"e:"_s + value;
    case Type::Entitlement:
        return u"n:"_s + value;
    case Type::Invalid:
        break;
    }
    return u"x:"_s + text;
}

int OwnerParseResult::count(ParsedOwner::Type type) const
{
    int n = 0;
    for (const ParsedOwner& owner : owners) {
        if (owner.type == type)
            ++n;
    }
    return n;
}

QStringList OwnerParseResult::notes() const
{
    QStringList notes;
    for (int line : headerLines)
        notes << Tr::tr("Line %1 looks like a column header and was skipped.").arg(line);
    if (!duplicates.isEmpty()) {
        QStringList lines;
        for (const ParseDuplicate& d : duplicates) {
            if (lines.size() == 20) {
                lines << QStringLiteral("…");
                break;
            }
            lines << QString::number(d.line);
        }
        notes << Tr::tr("%n duplicate(s) dropped (lines %1).", nullptr, int(duplicates.size()))
                     .arg(lines.join(QStringLiteral(", ")));
    }
    return notes;
}

bool OwnerIdParser::isEmail(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at != text.lastIndexOf(u'@') || at == text.size() - 1)
        return false;
    for (QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'"' || c == u'(' || c == u')' || c == u','
            || c == u';' || c == u'<' || c == u'>' || c == u'[' || c == u']' || c == u'\\')
            return false;
    }
    const QStringView local = text.left(at);
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return false;
    const QStringView domain = text.mid(at + 1);
    if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.') || domain.contains(u".."))
        return false;
    for (QChar c : domain) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.'))
            return false;
    }
    return true;
}

ParsedOwner OwnerIdParser::classify(QStringView token, int line)
{
    ParsedOwner owner;
    owner.line = line;
    owner.text = token.toString();

    if (token.contains(u'@')) {
        if (isEmail(token)) {
            owner.type = ParsedOwner::Type::Email;
            owner.value = token.toString().toLower();
        } else {
            owner.reason = Tr::tr("not a valid email address");
        }
        return owner;
    }

    const qsizetype colon = token.indexOf(u':');
    const qsizetype slash = token.indexOf(u'/');
    if (colon >= 0 || slash >= 0) {
        const QChar sep = colon >= 0 ? u':' : u'/';
        const auto parts = token.split(sep);
        if (parts.size() != 2 || (colon >= 0 && slash >= 0)) {
            owner.reason = Tr::tr("an entitlement reference has two IDs: appId:entitlementId");
            return owner;
        }
        const QStringView appId = parts[0];
        const QStringView entId = parts[1];
        if (!isId(appId)) {
            owner.reason
                = Tr::tr("entitlement reference: the app ID is %1")
                      .arg(isAllAsciiAlnum(appId) ? lengthReason(appId.size()) : Tr::tr("not 27 letters and digits"));
            return owner;
        }
        if (!isId(entId)) {
            owner.reason
                = Tr::tr("entitlement reference: the entitlement ID is %1")
                      .arg(isAllAsciiAlnum(entId) ? lengthReason(entId.size()) : Tr::tr("not 27 letters and digits"));
            return owner;
        }
        owner.type = ParsedOwner::Type::Entitlement;
        owner.entitlement = EntitlementRef { appId.toString(), entId.toString() };
        owner.value = owner.entitlement.appId + u'/' + owner.entitlement.id;
        return owner;
    }

    if (isAllAsciiAlnum(token)) {
        if (token.size() == 27) {
            owner.type = ParsedOwner::Type::UserId;
            owner.value = owner.text;
        } else if (token.size() >= 20 && token.size() <= 40) {
            owner.reason = lengthReason(token.size());
        } else {
            owner.reason = Tr::tr("not a user ID, email or entitlement reference");
        }
        return owner;
    }

    for (QChar c : token) {
        if (c.unicode() > 0x7F) {
            owner.reason = Tr::tr("contains “%1” (%2), which cannot appear in an ID or email")
                               .arg(QString(c), u"U+%1"_s.arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
            return owner;
        }
    }
    owner.reason = Tr::tr("not a user ID, email or entitlement reference");
    return owner;
}

OwnerParseResult OwnerIdParser::parse(QStringView text, const Options& options)
{
    OwnerParseResult result;
    QHash<QString, int> firstLineOf;
    QList<QString> tokens;
    bool seenNonEmpty = false;

    qsizetype pos = 0;
    const qsizetype size = text.size();
    int lineNo = 0;
    while (pos < size) {
        qsizetype end = pos;
        while (end < size && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        const QStringView line = text.mid(pos, end - pos);
        ++lineNo;
        if (end < size && text[end] == u'\r' && end + 1 < size && text[end + 1] == u'\n')
            pos = end + 2;
        else
            pos = end + 1;

        if ((lineNo & 0xFFF) == 0 && options.isCanceled && options.isCanceled()) {
            result.canceled = true;
            break;
        }

        tokens.clear();
        qsizetype start = 0;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            if (i == line.size() || isSeparator(line[i])) {
                if (i > start) {
                    QString token = cleanToken(line.mid(start, i - start));
                    if (!token.isEmpty())
                        tokens.append(std::move(token));
                }
                start = i + 1;
            }
        }
        if (tokens.isEmpty())
            continue;
        ++result.nonEmptyLines;

        if (!seenNonEmpty) {
            seenNonEmpty = true;
            if (std::all_of(tokens.cbegin(), tokens.cend(), isHeaderWord)) {
                result.headerLines.append(lineNo);
                continue;
            }
        }

        auto add = [&](ParsedOwner owner) {
            const QString key = owner.key();
            const auto seen = firstLineOf.constFind(key);
            if (seen != firstLineOf.cend()) {
                result.duplicates.append(ParseDuplicate { owner.line, seen.value(), owner.text });
                return;
            }
            firstLineOf.insert(key, owner.line);
            result.owners.append(std::move(owner));
        };

        if (options.expect == OwnerKind::Entitlement && tokens.size() == 2 && isId(tokens[0]) && isId(tokens[1])) {
            ParsedOwner owner;
            owner.type = ParsedOwner::Type::Entitlement;
            owner.line = lineNo;
            owner.text = tokens[0] + u'\t' + tokens[1];
            owner.entitlement = EntitlementRef { tokens[0], tokens[1] };
            owner.value = tokens[0] + u'/' + tokens[1];
            add(std::move(owner));
            continue;
        }
        for (const QString& token : std::as_const(tokens))
            add(classify(token, lineNo));
    }
    result.lineCount = lineNo;
    return result;
}

} // namespace c1
