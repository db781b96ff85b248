#include "handover/UserFinder.h"

#include "shell/Icons.h"
#include "workflows/OwnershipScan.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace c1 {

UserFinder::UserFinder(C1Client* client, const QString& what, QWidget* parent)
    : QWidget(parent)
    , m_scan(new OwnershipScan(client, this))
    , m_search(new QLineEdit(this))
    , m_find(new QPushButton(icon(u"search"), tr("Find"), this))
    , m_matches(new QComboBox(this))
{
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Name, email or user ID"));
    m_search->setAccessibleName(tr("Search for the %1").arg(what));
    m_search->setClearButtonEnabled(true);
    if (auto* clear = m_search->findChild<QAction*>(u"_q_qlineeditclearaction"_s))
        clear->setText(tr("Clear the search")); // the clear button's name for screen readers
    m_find->setObjectName(u"findButton"_s);
    m_find->setAccessibleName(tr("Find the %1").arg(what));
    m_matches->setObjectName(u"matchesCombo"_s);
    m_matches->setAccessibleName(tr("Matching users for the %1").arg(what));
    m_matches->setMinimumContentsLength(30);
    m_matches->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_find);
    layout->addWidget(m_matches, 3);
    connect(m_find, &QPushButton::clicked, this, &UserFinder::find);
    connect(m_search, &QLineEdit::returnPressed, this, &UserFinder::find);
    connect(m_scan, &OwnershipScan::usersFound, this, &UserFinder::onFound);
    connect(m_matches, &QComboBox::currentIndexChanged, this, &UserFinder::userChanged);
}

void UserFinder::find()
{
    m_matches->clear();
    m_users.clear();
    m_matches->setPlaceholderText(tr("Searching…"));
    m_scan->findUsers(m_search->text());
}

void UserFinder::onFound(const QList<User>& users, const QString& error)
{
    m_users = users;
    m_matches->clear();
    for (const User& user : users) {
        QString text = user.displayName.isEmpty() ? user.id : user.displayName;
        if (!user.email.isEmpty())
            text += u" <"_s + user.email + u'>';
        if (const QString status = OwnershipScan::statusText(user); !status.isEmpty())
            text += u" — "_s + status;
        m_matches->addItem(user.isEnabled() ? QIcon() : icon(u"warning"), text, user.id);
        m_matches->setItemData(m_matches->count() - 1, user.id, Qt::ToolTipRole);
    }
    m_matches->setPlaceholderText(!error.isEmpty() ? error : users.isEmpty() ? tr("No user found") : QString());
    Q_EMIT searched(int(users.size()));
    Q_EMIT userChanged();
}

std::optional<User> UserFinder::currentUser() const
{
    const int i = m_matches->currentIndex();
    if (i < 0 || i >= m_users.size())
        return std::nullopt;
    return m_users.at(i);
}

} // namespace c1
