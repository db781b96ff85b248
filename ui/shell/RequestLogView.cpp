#include "shell/RequestLogView.h"

#include "api/RequestLog.h"
#include "shell/Icons.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace c1 {

RequestLogView::RequestLogView(QWidget* parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_copyCurl(new QPushButton(icon(u"copy"), tr("Copy as curl"), this))
    , m_clear(new QPushButton(icon(u"remove"), tr("Clear"), this))
    , m_autoScroll(new QCheckBox(tr("Autoscroll"), this))
    , m_details(new QPlainTextEdit(this))
{
    m_filter->setObjectName(QStringLiteral("requestLogFilter"));
    m_filter->setAccessibleName(tr("Filter the request log"));
    m_filter->setPlaceholderText(tr("Filter by method, path, status or request ID"));
    m_filter->setClearButtonEnabled(true);
    if (auto* clear = m_filter->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the filter")); // the clear button's name for screen readers
    // The leading icon is a button of its own to a screen reader: it gets the field's name.
    QAction* filterIcon = m_filter->addAction(icon(u"filter"), QLineEdit::LeadingPosition);
    filterIcon->setObjectName(QStringLiteral("requestLogFilterIcon"));
    filterIcon->setText(tr("Filter"));
    filterIcon->setToolTip(m_filter->placeholderText());
    for (QObject* button : filterIcon->associatedObjects()) {
        if (auto* widget = qobject_cast<QWidget*>(button); widget && widget != m_filter) {
            widget->setObjectName(QStringLiteral("requestLogFilterIconButton"));
            widget->setAccessibleName(tr("Filter the request log"));
        }
    }

    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurl->setAccessibleName(tr("Copy the selected request as a curl command"));
    m_copyCurl->setToolTip(tr("Copies a curl command that repeats the selected request, with $C1_TOKEN in place "
                              "of the bearer token"));
    m_clear->setObjectName(QStringLiteral("clearLogButton"));
    m_clear->setAccessibleName(tr("Clear the request log"));
    m_autoScroll->setObjectName(QStringLiteral("autoScrollCheck"));
    m_autoScroll->setAccessibleName(tr("Scroll to new requests"));
    m_autoScroll->setChecked(true);

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setObjectName(QStringLiteral("requestLogTable"));
    m_table->setAccessibleName(tr("Requests"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_details->setObjectName(QStringLiteral("requestLogDetails"));
    m_details->setAccessibleName(tr("Details of the selected request"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a request to see its details."));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_autoScroll);
    bar->addWidget(m_copyCurl);
    bar->addWidget(m_clear);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("requestLogSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    // Tab follows the layout: the bar left to right, then the table and the details.
    setTabOrder(m_filter, m_autoScroll);
    setTabOrder(m_autoScroll, m_copyCurl);
    setTabOrder(m_copyCurl, m_clear);
    setTabOrder(m_clear, m_table);
    setTabOrder(m_table, m_details);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_copyCurl, &QPushButton::clicked, this, &RequestLogView::copySelectedAsCurl);
    connect(m_clear, &QPushButton::clicked, this, &RequestLogView::clear);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_autoScroll->isChecked())
            m_table->scrollToBottom();
        updateButtons();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateDetails();
        updateButtons();
    });
    updateButtons();
}

RequestLogView::~RequestLogView() = default;

void RequestLogView::setLog(RequestLog* log)
{
    m_log = log;
    m_proxy->setSourceModel(log);
    if (log) {
        auto* header = m_table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->resizeSection(int(RequestLog::Column::Time), 90);
        header->resizeSection(int(RequestLog::Column::Method), 70);
        header->resizeSection(int(RequestLog::Column::Path), 360);
        header->resizeSection(int(RequestLog::Column::Status), 60);
        header->resizeSection(int(RequestLog::Column::Protocol), 70);
        if (m_autoScroll->isChecked())
            m_table->scrollToBottom();
    }
    updateDetails();
    updateButtons();
}

bool RequestLogView::autoScroll() const
{
    return m_autoScroll->isChecked();
}

void RequestLogView::setAutoScroll(bool on)
{
    m_autoScroll->setChecked(on);
}

void RequestLogView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

int RequestLogView::selectedLogRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!m_log || !current.isValid())
        return -1;
    const QModelIndex source = m_proxy->mapToSource(current);
    return source.isValid() && source.row() < m_log->size() ? source.row() : -1;
}

void RequestLogView::copySelectedAsCurl()
{
    const int row = selectedLogRow();
    if (row >= 0)
        QApplication::clipboard()->setText(m_log->curlCommand(row));
}

void RequestLogView::clear()
{
    if (m_log)
        m_log->clear();
}

QString RequestLogView::detailsText() const
{
    return m_details->toPlainText();
}

void RequestLogView::updateDetails()
{
    const int row = selectedLogRow();
    if (row < 0) {
        m_details->clear();
        return;
    }
    const RequestLogEntry& e = m_log->entry(row);
    const QLocale locale;
    QString text = e.method + QLatin1Char(' ') + e.url + QLatin1Char('\n');
    text += tr("Time: %1").arg(locale.toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")))
        + QLatin1Char('\n');
    text += (e.httpStatus ? tr("Status: %1").arg(e.httpStatus) : tr("Status: no HTTP answer")) + QLatin1Char('\n');
    if (!e.error.isEmpty())
        text += tr("Error: %1").arg(e.error) + QLatin1Char('\n');
    text += tr("Duration: %1 ms").arg(e.durationMs) + QLatin1Char('\n');
    if (!e.protocol.isEmpty())
        text += tr("Protocol: %1").arg(e.protocol) + QLatin1Char('\n');
    if (e.attempt > 1)
        text += tr("Attempt: %1 (a retry)").arg(e.attempt) + QLatin1Char('\n');
    if (!e.requestId.isEmpty())
        text += tr("Request ID: %1").arg(e.requestId) + QLatin1Char('\n');
    text += tr("Sent %1, received %2")
                .arg(locale.formattedDataSize(e.requestBytes), locale.formattedDataSize(e.responseBytes))
        + QLatin1Char('\n');
    if (!e.requestBody.isEmpty())
        text += QLatin1Char('\n') + tr("Request body:") + QLatin1Char('\n') + QString::fromUtf8(e.requestBody)
            + QLatin1Char('\n');
    if (!e.responseExcerpt.isEmpty())
        text += QLatin1Char('\n') + tr("Response:") + QLatin1Char('\n') + QString::fromUtf8(e.responseExcerpt)
            + QLatin1Char('\n');
    m_details->setPlainText(text);
}

void RequestLogView::updateButtons()
{
    m_copyCurl->setEnabled(selectedLogRow() >= 0);
    m_clear->setEnabled(m_log && m_log->size() > 0);
    m_filter->setEnabled(m_log != nullptr);
}

} // namespace c1
