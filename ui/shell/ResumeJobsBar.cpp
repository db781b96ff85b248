#include "shell/ResumeJobsBar.h"

#include "shell/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace c1 {

ResumeJobsBar::ResumeJobsBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_resume(new QPushButton(icon(u"bulk"), tr("&Resume…"), this))
    , m_discard(new QPushButton(icon(u"remove"), tr("&Discard"), this))
    , m_later(new QPushButton(tr("&Later"), this))
{
    setObjectName(QStringLiteral("resumeJobsBar"));
    setAccessibleName(tr("Unfinished bulk jobs"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, tinted.color(QPalette::ToolTipBase));
    tinted.setColor(QPalette::WindowText, tinted.color(QPalette::ToolTipText));
    setPalette(tinted);

    m_icon->setPixmap(icon(u"warning").pixmap(20, 20));
    m_text->setObjectName(QStringLiteral("resumeJobsText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resume->setObjectName(QStringLiteral("resumeJobButton"));
    m_resume->setAccessibleName(tr("Resume the unfinished bulk job"));
    m_discard->setObjectName(QStringLiteral("discardJobButton"));
    m_discard->setAccessibleName(tr("Discard the unfinished bulk job"));
    m_discard->setToolTip(tr("Forget this job: rows it did not write stay unwritten."));
    m_later->setObjectName(QStringLiteral("resumeLaterButton"));
    m_later->setAccessibleName(tr("Hide this notice until the next connection"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_resume);
    layout->addWidget(m_discard);
    layout->addWidget(m_later);

    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (!m_jobs.isEmpty())
            Q_EMIT resumeRequested(m_jobs.constFirst().path);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (!m_jobs.isEmpty())
            Q_EMIT discardRequested(m_jobs.constFirst().path);
    });
    connect(m_later, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

ResumeJobsBar::~ResumeJobsBar() = default;

void ResumeJobsBar::setJobs(const QList<JobJournal::Summary>& jobs)
{
    m_jobs = jobs;
    m_error.clear();
    updateText();
}

void ResumeJobsBar::removeJob(const QString& path)
{
    m_jobs.removeIf([&path](const JobJournal::Summary& job) { return job.path == path; });
    m_error.clear();
    updateText();
}

void ResumeJobsBar::showError(const QString& message)
{
    m_error = message;
    updateText();
}

void ResumeJobsBar::clear()
{
    m_jobs.clear();
    m_error.clear();
    updateText();
}

void ResumeJobsBar::updateText()
{
    if (m_jobs.isEmpty()) {
        hide();
        return;
    }
    const JobJournal::Summary& job = m_jobs.constFirst();
    const QLocale locale;
    const QString operation = job.operation == BulkOperation::Add ? tr("adding owners") : tr("removing owners");
    QString text = tr("A bulk job (%1 on %n target(s)) did not finish: %2 of %3 rows are still to be written. "
                      "Last saved %4.",
        nullptr, job.targets)
                       .arg(operation, locale.toString(job.pending), locale.toString(job.rows),
                           locale.toString(job.updatedAt.toLocalTime(), QLocale::ShortFormat));
    if (m_jobs.size() > 1)
        text += QLatin1Char(' ') + tr("(%n more unfinished job(s) after this one.)", nullptr, int(m_jobs.size() - 1));
    if (!m_error.isEmpty())
        text += QLatin1Char('\n') + m_error;
    m_text->setText(text);
    m_text->setAccessibleName(text);
    show();
}

} // namespace c1
