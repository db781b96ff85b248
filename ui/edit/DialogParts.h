#pragma once

#include <QString>

class QBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace c1 {

// The parts the edit, delete and new-resource-type dialogs share, built in code: the red production banner, the
// busy bar with its text, the server error line and the button row (the action and Cancel).
struct DialogParts {
    QLabel* productionBanner = nullptr;
    QProgressBar* busyBar = nullptr;
    QLabel* busyLabel = nullptr;
    QLabel* serverError = nullptr;
    QPushButton* action = nullptr;
    QPushButton* cancel = nullptr;

    // A banner (hidden when `productionText` is empty) to put at the top of `layout`.
    void addBanner(QBoxLayout* layout, const QString& productionText);
    // The busy bar, the error line and the buttons, at the bottom of `layout`; `actionText` is the main button's
    // text and `actionName` its objectName.
    void addBottom(QBoxLayout* layout, const QString& actionText, const QString& actionName, QWidget* owner);
    // Busy (bar shown, Cancel reads "Cancel request"), status and error texts.
    void render(bool busy, const QString& status, const QString& error);
};

// A line under a field for its problem, hidden while empty (objectName `name`).
QLabel* makeProblemLabel(const QString& name, QWidget* parent);

} // namespace c1
