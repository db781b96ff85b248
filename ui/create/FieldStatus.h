#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace c1 {

struct ApiError;

// Shows a validation problem at its field: the message label under the field shows the text (hidden when
// empty), the field gets a red frame and the "invalid" property, and screen readers get the text as the
// field's accessible description.
void showFieldProblem(QWidget* field, QLabel* label, const QString& problem);

// One pass of a form's validation: each field's problem shown at the field (or kept hidden until the field was
// touched), and the first problem of all kept as the form's.
class FieldChecks {
public:
    void check(QWidget* field, QLabel* label, const QString& problem, bool show = true);
    void also(const QString& problem); // a problem its own widget shows (an editor's table …)
    const QString& first() const { return m_first; }

private:
    QString m_first;
};

// The text of a server error for a form: the translated message and, when known, the request ID.
QString serverErrorText(const ApiError& error);

} // namespace c1
