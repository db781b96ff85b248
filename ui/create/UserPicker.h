#pragma once

#include "create/SearchPicker.h"

namespace c1 {

// Chooses C1 users: search by name or email (POST /api/v1/search/users, debounced), or paste user IDs
// (27 letters and digits, separated by spaces, commas or new lines). Chosen users show as "name — email".
class UserPicker : public SearchPicker {
    Q_OBJECT
public:
    explicit UserPicker(QWidget* parent = nullptr);

    QStringList userIds() const { return keys(); }
    QList<User> users() const; // chosen users whose details are known
    void addUser(const User& user);

protected:
    Parsed parse(const QString& text) const override;
    CallHandle search(const QString& query) override;
    CallHandle resolve(const QStringList& keys) override;
    QString placeholder() const override;
    QString tooManyText(int maximum) const override;
    QString notFoundText(const QString& key) const override;

private:
    static Entry entryFor(const User& user);
};

} // namespace c1
