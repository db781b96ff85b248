#pragma once

#include "api/C1Client.h"

#include <QPointer>
#include <QVariant>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTimer;

namespace c1 {

// The shared body of UserPicker and EntitlementPicker: a search field (debounced search as one types, or pasted
// IDs), a result list, and the list of chosen entries shown as "name — detail", removable.
// Typed IDs that parse count as chosen at once (Enter turns them into entries); typed IDs that do not parse are
// the picker's problem(), so a form can refuse to send them.
class SearchPicker : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QString key; // user ID, or "<appId>/<entitlementId>"
        QString title; // name (empty until resolved)
        QString detail; // email, app
        QVariant value; // User or AppEntitlement once known
        bool resolved = false;
        QString problem; // e.g. not found
    };

    explicit SearchPicker(QWidget* parent = nullptr);
    ~SearchPicker() override;

    void setClient(C1Client* client);
    C1Client* client() const { return m_client; }
    void setMaximum(int maximum); // 0 = no limit
    void setDebounceMs(int ms);

    // Chosen keys, with valid typed IDs not yet turned into entries.
    QStringList keys() const;
    QList<Entry> entries() const { return m_selected; }
    int count() const { return int(keys().size()); }
    void clear();
    void removeKey(const QString& key);
    // Empty when valid, else the first problem (typed text that is not an ID, a not-found ID, too many).
    QString problem() const;
    // Turns valid typed IDs into entries; returns false (and keeps the text) when some do not parse.
    bool commitTyped();
    void setReadOnly(bool readOnly);

    QLineEdit* searchEdit() const { return m_edit; }
    QListWidget* resultsList() const { return m_results; }
    QListWidget* selectedList() const { return m_list; }

Q_SIGNALS:
    void changed();
    void searchFinished(int results); // for tests and status: a search answered (or failed: -1)

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

    struct Parsed {
        bool isIdInput = false; // the text is meant as IDs, not a search query
        QStringList keys; // valid keys
        QString problem; // first invalid token
    };
    virtual Parsed parse(const QString& text) const = 0;
    // Starts a search for `query`; the subclass hands the answer to showResults().
    virtual CallHandle search(const QString& query) = 0;
    // Looks up names of pasted keys; the subclass hands answers to resolveEntries().
    virtual CallHandle resolve(const QStringList& keys) = 0;
    virtual QString placeholder() const = 0;
    virtual QString tooManyText(int maximum) const = 0;
    virtual QString notFoundText(const QString& key) const = 0;

    // Sets the search field's hint, and makes the field wide enough to show all of it.
    void setPlaceholder(const QString& text);
    void showResults(const QList<Entry>& results, const QString& error = {});
    // Fills names of chosen entries; keys of `asked` missing from `found` are marked not found (unless error).
    void resolveEntries(const QStringList& asked, const QList<Entry>& found, bool failed);
    void addEntry(const Entry& entry);

private:
    void onTextEdited();
    void runSearch();
    void addTyped();
    void addResult(QListWidgetItem* item);
    void removeSelected();
    void refreshList();
    void updateProblem();

    QPointer<C1Client> m_client;
    QLineEdit* m_edit;
    QPushButton* m_addButton;
    QListWidget* m_results;
    QListWidget* m_list;
    QPushButton* m_removeButton;
    QLabel* m_status;
    QTimer* m_debounce;
    CallHandle m_searchCall;
    QList<CallHandle> m_resolveCalls;
    QList<Entry> m_selected;
    QList<Entry> m_lastResults;
    int m_maximum = 0;
    bool m_readOnly = false;
    QString m_problem;
};

} // namespace c1
