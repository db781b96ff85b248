#include "create/FieldStatus.h"

#include "workflows/CreateFlow.h"

#include <QLabel>
#include <QStyle>
#include <QWidget>

namespace c1 {

void showFieldProblem(QWidget* field, QLabel* label, const QString& problem)
{
    const bool invalid = !problem.isEmpty();
    if (label) {
        label->setProperty("c1ProblemField", QVariant::fromValue<QObject*>(field)); // for FormProblems
        label->setText(problem);
        label->setVisible(invalid);
    }
    if (!field)
        return;
    if (field->property("invalid").toBool() != invalid) {
        field->setProperty("invalid", invalid);
        // Only the field's own frame: the selector keeps a container's children unstyled.
        const QString selector = QStringLiteral("#") + field->objectName();
        field->setStyleSheet(invalid ? selector + QStringLiteral(" { border: 1px solid #c62828; }") : QString());
        field->style()->unpolish(field);
        field->style()->polish(field);
    }
    field->setAccessibleDescription(problem);
}

void FieldChecks::check(QWidget* field, QLabel* label, const QString& problem, bool show)
{
    showFieldProblem(field, label, show ? problem : QString());
    also(problem);
}

void FieldChecks::also(const QString& problem)
{
    if (m_first.isEmpty())
        m_first = problem;
}

QString serverErrorText(const ApiError& error)
{
    return CreateFlow::errorTextFor(error);
}

} // namespace c1
