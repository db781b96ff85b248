#include "create/CreateFormBinding.h"

#include "workflows/CreateFlow.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace c1 {

CreateFormBinding::CreateFormBinding(
    CreateFlow* flow, const Widgets& widgets, std::function<void()> revalidate, QObject* parent)
    : QObject(parent)
    , m_flow(flow)
    , m_w(widgets)
    , m_revalidate(std::move(revalidate))
{
    connect(m_flow, &CreateFlow::stateChanged, this, &CreateFormBinding::render);
    connect(m_flow, &CreateFlow::textChanged, this, &CreateFormBinding::render);
    render();
}

void CreateFormBinding::render()
{
    const bool busy = m_flow->isBusy();
    m_w.form->setEnabled(!busy);
    m_w.busyBar->setVisible(busy);
    m_w.busyLabel->setText(busy ? m_flow->statusText() : QString());
    m_w.cancel->setText(busy ? tr("Cancel request") : tr("Cancel"));
    const QString error = m_flow->errorText();
    m_w.serverError->setText(error);
    m_w.serverError->setVisible(!error.isEmpty());
    if (m_revalidate)
        m_revalidate();
}

void CreateFormBinding::update(const QString& formProblem)
{
    m_w.create->setEnabled(m_flow->canCreate(formProblem));
    m_w.create->setToolTip(m_flow->blocker(formProblem));
}

} // namespace c1
