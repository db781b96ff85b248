#include "create/UserPicker.h"

#include <QLineEdit>
#include <QRegularExpression>

namespace c1 {

namespace {
// Text of at least this many letters and digits in one word is taken as an ID, not a name.
constexpr int idLikeLength = 20;
constexpr int resultLimit = 20;
} // namespace

UserPicker::UserPicker(QWidget* parent)
    : SearchPicker(parent)
{
    setPlaceholder(placeholder());
    searchEdit()->setAccessibleName(tr("Search users or paste user IDs"));
}

QString UserPicker::placeholder() const
{
    return tr("Search by name or email, or paste user IDs");
}

QString UserPicker::tooManyText(int maximum) const
{
    return tr("At most %1 user owners are allowed; %2 are chosen.").arg(maximum).arg(count());
}

QString UserPicker::notFoundText(const QString& key) const
{
    return tr("No user has the ID %1.").arg(key);
}

SearchPicker::Entry UserPicker::entryFor(const User& user)
{
    Entry entry;
    entry.key = user.id;
    entry.title = !user.displayName.isEmpty() ? user.displayName : !user.username.isEmpty() ? user.username : user.id;
    entry.detail = user.email.isEmpty() && !user.emails.isEmpty() ? user.emails.constFirst() : user.email;
    if (!user.isEnabled())
        entry.detail = entry.detail.isEmpty() ? tr("disabled") : tr("%1, disabled").arg(entry.detail);
    entry.value = QVariant::fromValue(user);
    entry.resolved = true;
    return entry;
}

QList<User> UserPicker::users() const
{
    QList<User> result;
    for (const Entry& entry : entries()) {
        if (entry.value.canConvert<User>())
            result.append(entry.value.value<User>());
    }
    return result;
}

void UserPicker::addUser(const User& user)
{
    addEntry(entryFor(user));
}

SearchPicker::Parsed UserPicker::parse(const QString& text) const
{
    Parsed parsed;
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9]+$"));
    const QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return parsed;
    bool allWords = true;
    bool idLike
        = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('\n'));
    for (const QString& token : tokens) {
        allWords = allWords && word.match(token).hasMatch();
        idLike = idLike || token.size() >= idLikeLength;
    }
    parsed.isIdInput = allWords && idLike;
    if (!parsed.isIdInput)
        return parsed;
    for (const QString& token : tokens) {
        if (!validate::isId(token)) {
            parsed.problem = tr(
                "“%1” is not a user ID: IDs are 27 letters and digits (this one has %n).", nullptr, int(token.size()))
                                 .arg(token);
            return parsed;
        }
        if (!parsed.keys.contains(token))
            parsed.keys.append(token);
    }
    return parsed;
}

CallHandle UserPicker::search(const QString& query)
{
    UserSearch request;
    request.query = query;
    return client()->searchUsers(request, QString(), resultLimit, this, [this](Result<Page<User>> result) {
        if (!result) {
            if (result.error().kind != ApiError::Kind::Canceled)
                showResults({}, result.error().userMessage());
            return;
        }
        QList<Entry> found;
        for (const User& user : result.value().items)
            found.append(entryFor(user));
        showResults(found);
    });
}

CallHandle UserPicker::resolve(const QStringList& keys)
{
    UserSearch request;
    request.ids = keys.mid(0, 100);
    const QStringList asked = request.ids;
    return client()->searchUsers(request, QString(), 100, this, [this, asked](Result<Page<User>> result) {
        QList<Entry> found;
        if (result) {
            for (const User& user : result.value().items)
                found.append(entryFor(user));
        }
        resolveEntries(asked, found, !result.ok());
    });
}

} // namespace c1
