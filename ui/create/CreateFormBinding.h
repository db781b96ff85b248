#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace c1 {

class AnnotationsEditor;
class CreateFlow;
class FieldChecks;
class FormProblems;
class Session;
class SearchPicker;

// What both create dialogs show of their CreateFlow: the form is disabled and a busy bar and text shown while the
// flow sends or checks, Cancel reads "Cancel request" then, the server error label shows the flow's error text,
// and Create is enabled only while the flow can create with the form's current problem (its tooltip says why not).
// It also wires what both forms share: a change of the owners or the annotations validates the form again, Create
// submits and Cancel rejects the dialog.
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
        SearchPicker* owners = nullptr;
        AnnotationsEditor* annotations = nullptr;
        FormProblems* problems = nullptr;
    };
    // The widgets of a create form (Ui::CreateAppDialog, Ui::CreateResourceDialog: both name them alike).
    template <typename Form> static Widgets widgetsOf(const Form& ui, FormProblems* problems)
    {
        return { ui.formContainer, ui.busyBar, ui.busyLabel, ui.serverErrorLabel, ui.createButton, ui.cancelButton,
            ui.ownersPicker, ui.annotationsEditor, problems };
    }

    // `revalidate` is the dialog's validation, run again whenever the flow's state, the owners or the annotations
    // change; `submit` is run by Create. The binding is a child of `dialog`.
    CreateFormBinding(CreateFlow* flow, const Widgets& widgets, std::function<void()> revalidate,
        std::function<void()> submit, QDialog* dialog);

    // The end of a validation pass: adds the annotations' problem to `checks`, sets Create's state for the form's
    // first problem and updates the problem summary. Returns the first problem (empty when the form is valid).
    QString update(FieldChecks& checks);
    // The dialog's reject(): while the flow sends or checks, the first Cancel (or Esc) stops that and keeps the
    // dialog open (true); otherwise false, and the dialog closes.
    bool cancelWhileBusy();
    // Before Create sends: validates the form again; true when Create is enabled, and then the owner typed into the
    // owners' search (not yet chosen) is taken as chosen.
    bool readyToSubmit();

    // The production banner: shown for a production profile, with `text` naming the tenant (its %1).
    static void showProductionBanner(QLabel* banner, const Session* session, const QString& text);

private:
    void render();
    void renderFlow(); // render() without validating the form again

    CreateFlow* m_flow;
    Widgets m_w;
    std::function<void()> m_revalidate;
};

} // namespace c1
