#pragma once

#include "api/Types.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace c1 {

class C1Client;
class OwnershipScan;

// Finds one user by name, email or ID (every status: disabled and deleted users are listed and marked) and offers
// the matches in a list. The search itself is OwnershipScan::findUsers; this is its view.
class UserFinder : public QWidget {
    Q_OBJECT
public:
    UserFinder(C1Client* client, const QString& what, QWidget* parent = nullptr);

    std::optional<User> currentUser() const;
    QLineEdit* searchField() const { return m_search; }
    QComboBox* matches() const { return m_matches; }
    QPushButton* findButton() const { return m_find; }
    void find(); // searches for the field's text

Q_SIGNALS:
    void userChanged();
    void searched(int matches);

private:
    void onFound(const QList<c1::User>& users, const QString& error);

    OwnershipScan* m_scan;
    QLineEdit* m_search;
    QPushButton* m_find;
    QComboBox* m_matches;
    QList<User> m_users;
};

} // namespace c1
