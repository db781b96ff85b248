#pragma once

#include "api/C1Client.h"
#include "browser/BrowserSelection.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QTabWidget;

namespace c1 {

// The right side of the browser: a tab widget whose first tab, "Details", shows every field of the selected
// app, resource type, resource or entitlement (timestamps in local time, annotations as a table, IDs with copy
// buttons). What the tree knows shows at once; the full object is fetched and replaces it. Other engineers add
// tabs (e.g. "Owners") through tabs() or addTab().
class DetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget* parent = nullptr);
    ~DetailsPane() override;

    QTabWidget* tabs() const { return m_tabs; }
    int addTab(QWidget* page, const QString& label);

    void setClient(C1Client* client);
    void showSelection(const BrowserSelection& selection);
    void clear();
    const BrowserSelection& selection() const { return m_selection; }
    bool isFetching() const { return m_call.isRunning(); }
    // Whether the fields show their labels above the values (the pane is too narrow to put them side by side).
    bool labelsAboveValues() const;

Q_SIGNALS:
    // The full object arrived (selection's values are complete now).
    void detailsLoaded(const c1::BrowserSelection& selection);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();
    void updateRowWrap();
    void addRow(const QString& label, QWidget* field);
    void fetchFull();
    void beginForm(const QString& title, const QString& kind);
    // `raw`, when given, is the API's own value: the tooltip shows it (an enum constant, a duration in seconds).
    void addText(const QString& label, const QString& value, const QString& raw = {});
    void addEnum(const QString& label, const QString& value);
    void addDuration(const QString& label, const QString& value);
    void addId(const QString& field, const QString& label, const QString& id);
    void addTime(const QString& label, const QDateTime& time);
    void addFlag(const QString& label, bool value);
    void addList(const QString& label, const QStringList& values);
    void addAnnotations(const Annotations& annotations);
    void renderApp(const App& app);
    void renderResourceType(const AppResourceType& type);
    void renderResource(const AppResource& resource);
    void renderEntitlement(const AppEntitlement& entitlement);

    QTabWidget* m_tabs;
    QScrollArea* m_scroll;
    QLabel* m_status;
    QWidget* m_content = nullptr;
    QFormLayout* m_form = nullptr;
    int m_labelWidth = 0; // the widest label of m_form, in pixels
    int m_valueWidth = 0; // the widest value that cannot wrap (an ID and its copy button)
    bool m_wrapAll = false; // labels above their values (a narrow pane)
    QPointer<C1Client> m_client;
    BrowserSelection m_selection;
    CallHandle m_call;
    quint64 m_serial = 0;
};

} // namespace c1
