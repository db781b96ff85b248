#pragma once

#include "api/RequestLog.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace c1 {

// The "Request log" dock: every HTTP exchange of the session (c1::RequestLog, secrets already redacted) in a
// table with a filter box, Copy as curl, Clear, autoscroll, and the details of the selected exchange.
class RequestLogView : public QWidget {
    Q_OBJECT
public:
    explicit RequestLogView(QWidget* parent = nullptr);
    ~RequestLogView() override;

    void setLog(RequestLog* log); // nullptr = no session
    RequestLog* log() const { return m_log; }

    bool autoScroll() const;
    void setAutoScroll(bool on);
    void focusFilter();

    QTableView* table() const { return m_table; }
    QString detailsText() const; // of the selected exchange (tests, the details pane)

public Q_SLOTS:
    void copySelectedAsCurl();
    void clear();

private:
    int selectedLogRow() const; // -1 when nothing is selected
    void updateDetails();
    void updateButtons();

    QPointer<RequestLog> m_log;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QPushButton* m_copyCurl;
    QPushButton* m_clear;
    QCheckBox* m_autoScroll;
    QPlainTextEdit* m_details;
};

} // namespace c1
