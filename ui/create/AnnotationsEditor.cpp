#include "create/AnnotationsEditor.h"

#include "create/FieldStatus.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace c1 {

namespace {
constexpr int maxEntries = 16;
const QColor invalidBackground(255, 205, 210);
} // namespace

AnnotationsEditor::AnnotationsEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add annotation"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("annotationsTable"));
    m_table->setAccessibleName(tr("Annotations"));
    m_table->setHorizontalHeaderLabels({ tr("Key"), tr("Value") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, 200);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(90);
    m_add->setObjectName(QStringLiteral("addAnnotationButton"));
    m_add->setAccessibleName(tr("Add annotation"));
    m_remove->setObjectName(QStringLiteral("removeAnnotationButton"));
    m_remove->setAccessibleName(tr("Remove annotation"));
    m_message->setObjectName(QStringLiteral("annotationsError"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
            rows.append(index.row());
        if (rows.isEmpty() && m_table->currentRow() >= 0)
            rows.append(m_table->currentRow());
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        for (int row : rows)
            m_table->removeRow(row);
        validate();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            validate();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AnnotationsEditor::updateButtons);
    updateButtons();
}

AnnotationsEditor::~AnnotationsEditor() = default;

int AnnotationsEditor::rowCount() const
{
    return m_table->rowCount();
}

void AnnotationsEditor::addRow(const QString& key, const QString& value)
{
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    m_updating = false;
    validate();
}

void AnnotationsEditor::setAnnotations(const Annotations& annotations)
{
    m_updating = true;
    m_table->setRowCount(0);
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    m_updating = false;
    validate();
}

Annotations AnnotationsEditor::annotations() const
{
    Annotations result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (!key.isEmpty() || !value.isEmpty())
            result.insert(key, value);
    }
    return result;
}

void AnnotationsEditor::setReadOnly(bool readOnly)
{
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly && m_table->currentRow() >= 0);
}

void AnnotationsEditor::updateButtons()
{
    m_remove->setEnabled(m_add->isEnabled() && m_table->currentRow() >= 0);
}

void AnnotationsEditor::validate()
{
    m_updating = true;
    QString first;
    auto note = [&first](int row, const QString& problem) {
        if (first.isEmpty())
            first = tr("Annotation %1: %2").arg(row + 1).arg(problem);
    };
    QSet<QString> seen;
    Annotations entries;
    int used = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* keyItem = m_table->item(row, 0);
        QTableWidgetItem* valueItem = m_table->item(row, 1);
        if (!keyItem) {
            keyItem = new QTableWidgetItem;
            m_table->setItem(row, 0, keyItem);
        }
        if (!valueItem) {
            valueItem = new QTableWidgetItem;
            m_table->setItem(row, 1, valueItem);
        }
        const QString key = keyItem->text();
        const QString value = valueItem->text();
        QString keyProblem;
        QString valueProblem;
        if (!key.isEmpty() || !value.isEmpty()) {
            ++used;
            if (key.isEmpty())
                keyProblem = tr("enter a key.");
            else if (key.startsWith(QLatin1String("c1/")))
                keyProblem = tr("keys starting with “c1/” are reserved for C1.");
            else
                keyProblem = validate::annotationKey(key);
            if (keyProblem.isEmpty() && seen.contains(key))
                keyProblem = tr("the key “%1” is used twice.").arg(key);
            seen.insert(key);
            valueProblem = validate::annotationValue(value);
            entries.insert(key, value);
        }
        keyItem->setBackground(keyProblem.isEmpty() ? QBrush() : QBrush(invalidBackground));
        keyItem->setToolTip(keyProblem);
        valueItem->setBackground(valueProblem.isEmpty() ? QBrush() : QBrush(invalidBackground));
        valueItem->setToolTip(valueProblem);
        if (!keyProblem.isEmpty())
            note(row, keyProblem);
        if (!valueProblem.isEmpty())
            note(row, valueProblem);
    }
    if (first.isEmpty() && used > maxEntries)
        first = tr("At most %1 annotations are allowed; there are %2.").arg(maxEntries).arg(used);
    if (first.isEmpty() && !entries.isEmpty()) {
        const QString all = validate::annotations(entries);
        if (!all.isEmpty())
            first = all;
    }
    m_updating = false;
    m_problem = first;
    showFieldProblem(m_table, m_message, m_problem);
    updateButtons();
    Q_EMIT changed();
}

} // namespace c1
