#pragma once

#include "api/Types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace c1 {

class C1Client;
class OwnershipHealth;

// "Ownership Health…": a view of OwnershipHealth (app/workflows) over the whole tenant or the app selected in the
// tree: start, stop, progress, the findings as they come; a finding opens in the tree (double-click or "Show in
// Tree"), and selected findings can go straight to Bulk Assign Owners…. Not modal.
class HealthDialog : public QDialog {
    Q_OBJECT
public:
    // `appId`/`appName`: the app selected in the tree, offered as the scope (empty: only the whole tenant).
    HealthDialog(C1Client* client, const QString& appId, const QString& appName, QWidget* parent = nullptr);
    ~HealthDialog() override;

    OwnershipHealth* health() const { return m_health; }

public Q_SLOTS:
    void startCheck();
    void reject() override;

Q_SIGNALS:
    void showRequested(const c1::OwnerTarget& target);
    void assignRequested(const QList<c1::OwnerTarget>& targets);

private:
    QList<OwnerTarget> selectedTargets() const;
    void update();

    OwnershipHealth* m_health;
    QString m_appId;
    QComboBox* m_scope;
    QPushButton* m_start;
    QPushButton* m_stop;
    QProgressBar* m_bar;
    QLabel* m_progress;
    QTableView* m_view;
    QPushButton* m_show;
    QPushButton* m_assign;
};

} // namespace c1
