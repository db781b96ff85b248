#include "shell/ResumeJobsBar.h"

#include "shell/Icons.h"
#include "workflows/UnfinishedBulkJobs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace c1 {

ResumeJobsBar::ResumeJobsBar(UnfinishedBulkJobs* source, QWidget* parent)
    : QFrame(parent)
    , m_jobs(source)
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
        if (!jobs().isEmpty())
            Q_EMIT resumeRequested(jobs().constFirst().path);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_jobs && !jobs().isEmpty())
            m_jobs->discard(jobs().constFirst().path);
    });
    connect(m_later, &QPushButton::clicked, this, &QWidget::hide);
    connect(source, &UnfinishedBulkJobs::changed, this, &ResumeJobsBar::updateText);
    updateText();
}

ResumeJobsBar::~ResumeJobsBar() = default;

const QList<JobJournal::Summary>& ResumeJobsBar::jobs() const
{
    static const QList<JobJournal::Summary> none;
    return m_jobs ? m_jobs->jobs() : none;
}

void ResumeJobsBar::updateText()
{
    const QList<JobJournal::Summary>& all = jobs();
    if (all.isEmpty()) {
        hide();
        return;
    }
    const JobJournal::Summary& job = all.constFirst();
    const QLocale locale;
    const QString operation = job.operation == BulkOperation::Add ? tr("adding owners") : tr("removing owners");
    QString text = tr("A bulk job (%1 on %n target(s)) did not finish: %2 of %3 rows are still to be written. "
                      "Last saved %4.",
        nullptr, job.targets)
                       .arg(operation, locale.toString(job.pending), locale.toString(job.rows),
                           locale.toString(job.updatedAt.toLocalTime(), QLocale::ShortFormat));
    if (all.size() > 1)
        text += QLatin1Char(' ') + tr("(%n more unfinished job(s) after this one.)", nullptr, int(all.size() - 1));
    if (!m_jobs->error().isEmpty())
        text += QLatin1Char('\n') + m_jobs->error();
    m_text->setText(text);
    m_text->setAccessibleName(text);
    show();
}

} // namespace c1
