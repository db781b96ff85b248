#pragma once

#include "api/Types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace c1 {

// Key/value annotations of a create request (docs/api-facts.md §3): a two-column table with Add and Remove, validated
// live (at most 16 entries, key pattern, no "c1/" prefix, unique keys, URL-safe ASCII values of at most 256
// characters, at most 4096 bytes in all). Offending cells are marked and the first problem is shown below.
// Rows whose key and value are both empty are ignored.
class AnnotationsEditor : public QWidget {
    Q_OBJECT
public:
    explicit AnnotationsEditor(QWidget* parent = nullptr);
    ~AnnotationsEditor() override;

    Annotations annotations() const;
    void setAnnotations(const Annotations& annotations);
    int rowCount() const;
    void addRow(const QString& key = {}, const QString& value = {});
    void setReadOnly(bool readOnly);

    // Empty when valid, else the first problem (translated).
    QString problem() const { return m_problem; }
    bool isValid() const { return m_problem.isEmpty(); }

    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void validate();
    void updateButtons();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_message;
    QString m_problem;
    bool m_updating = false;
};

} // namespace c1
