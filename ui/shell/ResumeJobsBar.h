#pragma once

#include "owners/JobJournal.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace c1 {

// A non-modal notice across the main window (under the profile band) offering to resume bulk jobs of the connected
// profile that did not finish: Resume, Discard, or Later. One job at a time, newest first; it hides itself when
// none is left. Never blocks start-up: the main window fills it after the session connects.
class ResumeJobsBar : public QFrame {
    Q_OBJECT
public:
    explicit ResumeJobsBar(QWidget* parent = nullptr);
    ~ResumeJobsBar() override;

    void setJobs(const QList<JobJournal::Summary>& jobs); // shows the first one, hides when empty
    const QList<JobJournal::Summary>& jobs() const { return m_jobs; }
    void removeJob(const QString& path); // handled: shows the next one
    void showError(const QString& message); // e.g. the journal could not be read
    void clear();

Q_SIGNALS:
    void resumeRequested(const QString& journalPath);
    void discardRequested(const QString& journalPath);

private:
    void updateText();

    QList<JobJournal::Summary> m_jobs;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_resume;
    QPushButton* m_discard;
    QPushButton* m_later;
    QString m_error;
};

} // namespace c1
