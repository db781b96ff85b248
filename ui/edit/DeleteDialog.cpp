#include "edit/DeleteDialog.h"

#include "api/Session.h"
#include "workflows/DeleteFlow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace c1 {

DeleteDialog::DeleteDialog(
    const EditTarget& target, Session* session, int resourceCount, bool complete, QWidget* parent)
    : QDialog(parent)
    , m_flow(new DeleteFlow(target, session, this))
{
    setObjectName(u"deleteDialog"_s);
    switch (target.kind) {
    case EditTarget::Kind::App:
        setWindowTitle(tr("Delete App"));
        break;
    case EditTarget::Kind::ResourceType:
        setWindowTitle(tr("Delete Resource Type"));
        break;
    case EditTarget::Kind::Resource:
        setWindowTitle(tr("Delete Resource"));
        break;
    }
    if (target.kind == EditTarget::Kind::ResourceType)
        m_flow->setResourceCount(resourceCount, complete);
    auto* layout = new QVBoxLayout(this);
    const bool production = session && session->profile().production;
    m_parts.addBanner(layout,
        production ? tr("Production tenant (%1): this deletes for real.").arg(session->tenantHost()) : QString());
    m_consequences = new QLabel(this);
    m_consequences->setObjectName(u"consequencesLabel"_s);
    m_consequences->setWordWrap(true);
    layout->addWidget(m_consequences);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(u"refusalLabel"_s);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(u"QLabel { background: #fff4ce; color: #5c4300; padding: 6px; border-radius: 3px; }"_s);
    m_refusal->hide();
    layout->addWidget(m_refusal);
    m_typePrompt = new QLabel(this);
    m_typePrompt->setObjectName(u"typeNamePrompt"_s);
    m_typePrompt->setWordWrap(true);
    m_typedName = new QLineEdit(this);
    m_typedName->setObjectName(u"typeNameEdit"_s);
    m_typedName->setAccessibleName(tr("Name to confirm"));
    m_typePrompt->setBuddy(m_typedName);
    layout->addWidget(m_typePrompt);
    layout->addWidget(m_typedName);
    layout->addStretch(1);
    m_parts.addBottom(layout, tr("&Delete"), u"deleteButton"_s, this);
    m_parts.action->setDefault(false);
    m_parts.cancel->setDefault(true);
    m_parts.action->setStyleSheet(u"QPushButton:enabled { color: #b3261e; font-weight: bold; }"_s);

    connect(m_typedName, &QLineEdit::textChanged, this, &DeleteDialog::render);
    connect(m_parts.action, &QPushButton::clicked, this, &DeleteDialog::submit);
    connect(m_parts.cancel, &QPushButton::clicked, this, &DeleteDialog::reject);
    connect(m_flow, &DeleteFlow::stateChanged, this, &DeleteDialog::render);
    connect(m_flow, &DeleteFlow::textChanged, this, &DeleteDialog::render);
    connect(m_flow, &DeleteFlow::deleted, this, [this](const EditTarget& deleted) {
        Q_EMIT this->deleted(deleted);
        accept();
    });
    render();
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
    m_flow->prepare();
}

DeleteDialog::~DeleteDialog() = default;

void DeleteDialog::render()
{
    const DeleteFlow::State state = m_flow->state();
    const bool ready = state == DeleteFlow::State::Ready;
    m_consequences->setText(ready ? m_flow->consequences() : QString());
    m_consequences->setVisible(ready);
    const QString refusal = m_flow->refusal();
    m_refusal->setText(refusal);
    m_refusal->setVisible(!refusal.isEmpty() && state != DeleteFlow::State::Loading);
    const bool typeName = ready && refusal.isEmpty() && m_flow->needsTypedName();
    m_typePrompt->setText(tr("Production tenant: type “%1” to confirm.").arg(m_flow->nameToType()));
    m_typePrompt->setVisible(typeName);
    m_typedName->setVisible(typeName);
    m_typedName->setEnabled(!m_flow->isBusy());
    m_parts.render(m_flow->isBusy(), m_flow->statusText(), m_flow->errorText());
    const QString blocker = m_flow->blocker(m_typedName->text());
    m_parts.action->setEnabled(m_flow->canDelete(m_typedName->text()));
    m_parts.action->setToolTip(blocker);
}

void DeleteDialog::submit()
{
    if (!m_parts.action->isEnabled())
        return;
    m_flow->remove(m_typedName->text());
}

void DeleteDialog::reject()
{
    if (m_flow->isBusy()) {
        m_flow->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace c1
