#pragma once

#include "api/Types.h"
#include "settings/Profile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace c1 {

class C1Client;
class Handover;
class HandoverRowsModel;
class OwnershipScan;
class UserFinder;

// "Hand Over Ownership…": a view of two workflows (app/workflows). The first tab lists what one person owns
// (OwnershipScan: pick the user, stream, stop, export); the second hands it to a successor (Handover: successor,
// mode, preview of the exact calls with the checks, apply with progress and the propagation countdown, cancel,
// verify now, retry failed, CSV report). An unfinished handover of the profile is offered for resuming at the top.
// Nothing here talks to the tenant. Not modal: the main window stays usable while a handover waits.
class HandoverWindow : public QDialog {
    Q_OBJECT
public:
    HandoverWindow(C1Client* client, Profile profile, QWidget* parent = nullptr);
    ~HandoverWindow() override;

    void setJournalDir(const QString& dir); // where handovers are journaled (default HandoverState::defaultDir())
    void setPropagationWait(int seconds);
    OwnershipScan* scan() const { return m_scan; }
    Handover* handover() const { return m_handover; }
    UserFinder* leaverFinder() const { return m_leaver; }
    UserFinder* successorFinder() const { return m_successor; }

public Q_SLOTS:
    void listOwnership(); // of the chosen person
    void preview();
    void apply();
    void reject() override;

Q_SIGNALS:
    void ownersChanged(const QList<c1::OwnerTarget>& targets);

private:
    void buildOwnedPage(QWidget* page);
    void buildHandoverPage(QWidget* page);
    void newHandover();
    void updateScan();
    void updateHandover();
    void offerResume();
    void resumeOffered();
    void exportOwnership();
    void exportReport();
    void saveAs(const QString& title, const QString& suggested, const std::function<bool(QString, QString*)>& write);

    C1Client* m_client;
    Profile m_profile;
    QString m_dir;
    int m_waitSeconds = 60;
    int m_leftOut = 0; // owned objects without a row in the preview
    OwnershipScan* m_scan;
    Handover* m_handover = nullptr;
    HandoverRowsModel* m_rows = nullptr;

    QFrame* m_resumeBar = nullptr;
    QLabel* m_resumeText = nullptr;
    QPushButton* m_resumeButton = nullptr;
    QString m_resumePath;
    QTabWidget* m_tabs = nullptr;
    UserFinder* m_leaver = nullptr;
    QPushButton* m_listButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QLabel* m_scanProgress = nullptr;
    QTableView* m_ownedView = nullptr;
    QPushButton* m_exportOwned = nullptr;
    UserFinder* m_successor = nullptr;
    QComboBox* m_mode = nullptr;
    QSpinBox* m_wait = nullptr;
    QPushButton* m_previewButton = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_handoverView = nullptr;
    QFrame* m_confirmBox = nullptr; // production profiles: what applying does, and the tenant's name typed
    QLabel* m_confirmText = nullptr;
    QLabel* m_confirmPrompt = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_progressText = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_verifyNowButton = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_exportReport = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace c1
