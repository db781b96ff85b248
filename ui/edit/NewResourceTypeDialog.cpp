#include "edit/NewResourceTypeDialog.h"

#include "api/Session.h"
#include "create/FieldStatus.h"
#include "workflows/EditFields.h"
#include "workflows/ResourceTypeFlow.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace c1 {

NewResourceTypeDialog::NewResourceTypeDialog(Session* session, const QString& appId, const QString& appName,
    const QList<AppResourceType>& existingTypes, QWidget* parent)
    : QDialog(parent)
    , m_flow(new ResourceTypeFlow(session, this))
    , m_appId(appId)
{
    setObjectName(u"newResourceTypeDialog"_s);
    setWindowTitle(tr("New Resource Type"));
    m_flow->setExistingTypes(existingTypes);
    auto* layout = new QVBoxLayout(this);
    const bool production = session && session->profile().production;
    m_parts.addBanner(layout,
        production ? tr("Production tenant (%1): the resource type is created for real.").arg(session->tenantHost())
                   : QString());
    auto* target = new QLabel(
        tr("A manually managed resource type in the app %1. Resources are created in a type: an app needs one "
           "before it can have resources.")
            .arg(appName.isEmpty() ? appId : appName),
        this);
    target->setObjectName(u"targetLabel"_s);
    target->setWordWrap(true);
    layout->addWidget(target);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"resourceTypeNameEdit"_s);
    m_name->setAccessibleName(tr("Display name"));
    m_name->setPlaceholderText(tr("e.g. Repositories"));
    m_nameError = makeProblemLabel(u"resourceTypeNameError"_s, this);
    auto* nameLabel = new QLabel(tr("&Display name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameError);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"resourceTypeKindCombo"_s);
    m_kind->setAccessibleName(tr("Kind"));
    for (const QString& kind : CreateResourceTypeRequest::knownResourceTypes())
        m_kind->addItem(ResourceTypeFlow::kindLabel(kind), kind);
    m_kind->setCurrentIndex(m_kind->findData(u"CUSTOM"_s));
    m_kind->setToolTip(tr("Only Custom may occur more than once on an app."));
    m_kindError = makeProblemLabel(u"resourceTypeKindError"_s, this);
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    form->addRow(QString(), m_kindError);
    layout->addLayout(form);
    layout->addStretch(1);
    m_parts.addBottom(layout, tr("&Create"), u"createButton"_s, this);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        validate();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewResourceTypeDialog::validate);
    connect(m_parts.action, &QPushButton::clicked, this, &NewResourceTypeDialog::submit);
    connect(m_parts.cancel, &QPushButton::clicked, this, &NewResourceTypeDialog::reject);
    connect(m_flow, &ResourceTypeFlow::stateChanged, this, &NewResourceTypeDialog::render);
    connect(m_flow, &ResourceTypeFlow::textChanged, this, &NewResourceTypeDialog::render);
    connect(m_flow, &ResourceTypeFlow::created, this, [this](const AppResourceType& type) {
        Q_EMIT created(type);
        accept();
    });
    m_name->setFocus();
    render();
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

NewResourceTypeDialog::~NewResourceTypeDialog() = default;

CreateResourceTypeRequest NewResourceTypeDialog::request() const
{
    CreateResourceTypeRequest r;
    r.displayName = m_name->text().trimmed();
    r.resourceType = m_kind->currentData().toString();
    return r;
}

void NewResourceTypeDialog::validate()
{
    const CreateResourceTypeRequest r = request();
    m_problem = m_flow->problem(m_appId, r);
    const QString nameProblem = EditFields::displayNameProblem(r.displayName);
    showFieldProblem(m_name, m_nameError, m_touched ? nameProblem : QString());
    showFieldProblem(m_kind, m_kindError, nameProblem.isEmpty() ? m_problem : QString());
    const QString blocker = m_flow->blocker(m_problem);
    m_parts.action->setEnabled(m_flow->canCreate(m_problem));
    m_parts.action->setToolTip(blocker);
}

void NewResourceTypeDialog::render()
{
    const bool busy = m_flow->isBusy();
    m_name->setEnabled(!busy);
    m_kind->setEnabled(!busy);
    m_parts.render(busy, m_flow->statusText(), m_flow->errorText());
    validate();
}

void NewResourceTypeDialog::submit()
{
    m_touched = true;
    validate();
    if (!m_parts.action->isEnabled())
        return;
    m_flow->create(m_appId, request());
}

void NewResourceTypeDialog::reject()
{
    if (m_flow->isBusy()) {
        m_flow->cancel(); // the first Cancel stops the request or the check, not the dialog
        return;
    }
    QDialog::reject();
}

} // namespace c1
