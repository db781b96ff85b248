#pragma once

#include "owners/JobJournal.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace c1 {

class UnfinishedBulkJobs;

// A non-modal notice across the main window (under the profile band) showing the connected profile's bulk jobs that
// did not finish (UnfinishedBulkJobs, app/workflows): Resume (resumeRequested, for whoever opens the job's dialog),
// Discard (the journal is removed), or Later. One job at a time, newest first; it hides itself when none is left.
// Never blocks start-up: the jobs are found after the session connects.
class ResumeJobsBar : public QFrame {
    Q_OBJECT
public:
    explicit ResumeJobsBar(UnfinishedBulkJobs* source, QWidget* parent = nullptr);
    ~ResumeJobsBar() override;

    const QList<JobJournal::Summary>& jobs() const;

Q_SIGNALS:
    void resumeRequested(const QString& journalPath);

private:
    void updateText();

    QPointer<UnfinishedBulkJobs> m_jobs;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_resume;
    QPushButton* m_discard;
    QPushButton* m_later;
};

} // namespace c1
