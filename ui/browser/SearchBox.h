#pragma once

#include "api/C1Client.h"
#include "models/TreePath.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace c1 {

// Server-side search of apps (POST /api/v1/search/apps) or resources (POST /api/v1/search/app_resources).
// A 27-character ID searches by ID ("Go to ID"); a single hit for an ID is activated at once. Activating a
// result emits its path so the browser can locate it in the tree.
class SearchBox : public QWidget {
    Q_OBJECT
public:
    enum class Scope { Apps, Resources };
    Q_ENUM(Scope)

    explicit SearchBox(QWidget* parent = nullptr);
    ~SearchBox() override;

    void setClient(C1Client* client);
    void setScope(Scope scope);
    Scope scope() const;
    void search(); // runs the text in the line edit
    void clearResults();
    QLineEdit* lineEdit() const { return m_edit; }
    QListWidget* results() const { return m_results; }

    static constexpr int ResultPageSize = 50;

Q_SIGNALS:
    void resultActivated(const c1::TreePath& path);
    void searchFinished(int hits);

private:
    void addResult(const QString& text, const QString& tooltip, const TreePath& path);
    void finish(const ApiError* error, const QString& nextPageToken, bool byId);
    void activateItem(QListWidgetItem* item);

    QLineEdit* m_edit;
    QComboBox* m_scope;
    QToolButton* m_button;
    QListWidget* m_results;
    QLabel* m_status;
    QPointer<C1Client> m_client;
    CallHandle m_call;
};

} // namespace c1
