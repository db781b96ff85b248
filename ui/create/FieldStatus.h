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

// The text of a server error for a form: the translated message and, when known, the request ID.
QString serverErrorText(const ApiError& error);

} // namespace c1
