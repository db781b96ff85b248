#include "create/CreateFormBinding.h"

#include "api/Session.h"
#include "create/AnnotationsEditor.h"
#include "create/FieldStatus.h"
#include "create/FormProblems.h"
#include "create/SearchPicker.h"
#include "workflows/CreateFlow.h"

#include <QDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace c1 {

CreateFormBinding::CreateFormBinding(CreateFlow* flow, const Widgets& widgets, std::function<void()> revalidate,
    std::function<void()> submit, QDialog* dialog)
    : QObject(dialog)
    , m_flow(flow)
    , m_w(widgets)
    , m_revalidate(std::move(revalidate))
{
    auto revalidateForm = [this] {
        if (m_revalidate)
            m_revalidate();
    };
    connect(m_w.owners, &SearchPicker::changed, this, revalidateForm);
    connect(m_w.annotations, &AnnotationsEditor::changed, this, revalidateForm);
    connect(m_w.create, &QPushButton::clicked, this, [submit = std::move(submit)] { submit(); });
    connect(m_w.cancel, &QPushButton::clicked, dialog, &QDialog::reject);
    connect(m_flow, &CreateFlow::stateChanged, this, &CreateFormBinding::render);
    connect(m_flow, &CreateFlow::textChanged, this, &CreateFormBinding::render);
    renderFlow(); // the dialog validates its form once it is set up
}

void CreateFormBinding::showProductionBanner(QLabel* banner, const Session* session, const QString& text)
{
    const bool production = session && session->profile().production;
    banner->setVisible(production);
    if (production)
        banner->setText(text.arg(session->tenantHost()));
}

void CreateFormBinding::render()
{
    renderFlow();
    if (m_revalidate)
        m_revalidate();
}

void CreateFormBinding::renderFlow()
{
    const bool busy = m_flow->isBusy();
    m_w.form->setEnabled(!busy);
    m_w.busyBar->setVisible(busy);
    m_w.busyLabel->setText(busy ? m_flow->statusText() : QString());
    m_w.cancel->setText(busy ? tr("Cancel request") : tr("Cancel"));
    const QString error = m_flow->errorText();
    m_w.serverError->setText(error);
    m_w.serverError->setVisible(!error.isEmpty());
}

bool CreateFormBinding::readyToSubmit()
{
    if (m_revalidate)
        m_revalidate();
    if (!m_w.create->isEnabled())
        return false;
    m_w.owners->commitTyped();
    return true;
}

bool CreateFormBinding::cancelWhileBusy()
{
    if (!m_flow->isBusy())
        return false;
    m_flow->cancel();
    return true;
}

QString CreateFormBinding::update(FieldChecks& checks)
{
    checks.also(m_w.annotations->problem());
    const QString formProblem = checks.first();
    m_w.create->setEnabled(m_flow->canCreate(formProblem));
    m_w.create->setToolTip(m_flow->blocker(formProblem));
    m_w.problems->update();
    return formProblem;
}

} // namespace c1
