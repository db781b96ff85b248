#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace c1 {

class CreateFlow;

// What both create dialogs show of their CreateFlow: the form is disabled and a busy bar and text shown while the
// flow sends or checks, Cancel reads "Cancel request" then, the server error label shows the flow's error text,
// and Create is enabled only while the flow can create with the form's current problem (its tooltip says why not).
class CreateFormBinding : public QObject {
    Q_OBJECT
public:
    struct Widgets {
        QWidget* form = nullptr;
        QProgressBar* busyBar = nullptr;
        QLabel* busyLabel = nullptr;
        QLabel* serverError = nullptr;
        QPushButton* create = nullptr;
        QPushButton* cancel = nullptr;
    };

    // `revalidate` is the dialog's validation, run again whenever the flow's state changes.
    CreateFormBinding(CreateFlow* flow, const Widgets& widgets, std::function<void()> revalidate, QObject* parent);

    // Create's state for the form's first problem (empty when the form is valid).
    void update(const QString& formProblem);

private:
    void render();

    CreateFlow* m_flow;
    Widgets m_w;
    std::function<void()> m_revalidate;
};

} // namespace c1
