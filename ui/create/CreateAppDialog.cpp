#include "create/CreateAppDialog.h"

#include "ui_CreateAppDialog.h"

#include "api/Session.h"
#include "create/CreateFormBinding.h"
#include "create/FieldStatus.h"
#include "create/FormProblems.h"
#include "owners/OwnerRules.h"

#include <QPushButton>

namespace c1 {

namespace {
// The identity matching combo's rows, in the order of the .ui file (row 0 sends nothing).
const char* const identityMatchingValues[] = {
    "",
    "APP_USER_IDENTITY_MATCHING_STRICT",
    "APP_USER_IDENTITY_MATCHING_DISPLAY_NAME",
    "APP_USER_IDENTITY_MATCHING_CUSTOM",
};
} // namespace

CreateAppDialog::CreateAppDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateAppDialog>())
    , m_flow(new CreateFlow(CreateFlow::Kind::App, session, this))
{
    m_ui->setupUi(this);
    m_problems = new FormProblems(m_ui->scrollArea, m_ui->problemSummary, this);
    m_binding = new CreateFormBinding(
        m_flow, CreateFormBinding::widgetsOf(*m_ui, m_problems), [this] { validate(); }, [this] { submit(); }, this);
    CreateFormBinding::showProductionBanner(
        m_ui->productionBanner, session, tr("Production tenant (%1): the app is created for real."));
    C1Client* client = session ? session->client() : nullptr;
    m_ui->ownersPicker->setClient(client);
    m_ui->ownersPicker->setMaximum(ownerRules::maxOwnersPerKind);
    m_ui->entitlementOwnersPicker->setClient(client);
    m_ui->entitlementOwnersPicker->setMaximum(ownerRules::maxOwnersPerKind);
    m_ui->identityMatchingCombo->setItemData(0, tr("The tenant's default identity matching"), Qt::ToolTipRole);
    // Its own size hint leaves "Not set" a few pixels short in some languages (German: cut off).
    m_ui->monthlyCostSpin->setMinimumWidth(
        m_ui->monthlyCostSpin->sizeHint().width() + 2 * m_ui->monthlyCostSpin->fontMetrics().averageCharWidth());

    auto touch = [this](QWidget* field) {
        m_touched.insert(field);
        validate();
    };
    connect(m_ui->displayNameEdit, &QLineEdit::textEdited, this, [this, touch] { touch(m_ui->displayNameEdit); });
    for (QLineEdit* edit : { m_ui->grantPolicyEdit, m_ui->revokePolicyEdit, m_ui->certifyPolicyEdit })
        connect(edit, &QLineEdit::textChanged, this, &CreateAppDialog::validate);
    connect(m_ui->entitlementOwnersPicker, &SearchPicker::changed, this, &CreateAppDialog::validate);
    connect(m_flow, &CreateFlow::appCreated, this, [this](const App& app) {
        Q_EMIT appCreated(app);
        accept();
    });
    m_ui->displayNameEdit->setFocus();
    validate();
    FormProblems::fitToScreen(this, m_ui->scrollArea);
}

CreateAppDialog::~CreateAppDialog() = default; // calls end silently with their context, this object

CreateAppRequest CreateAppDialog::request() const
{
    CreateAppRequest r;
    r.displayName = m_ui->displayNameEdit->text().trimmed();
    r.description = m_ui->descriptionEdit->toPlainText().trimmed();
    r.owners = m_ui->ownersPicker->userIds();
    r.appEntitlementOwnerRefs = m_ui->entitlementOwnersPicker->refs();
    r.grantPolicyId = m_ui->grantPolicyEdit->text().trimmed();
    r.revokePolicyId = m_ui->revokePolicyEdit->text().trimmed();
    r.certifyPolicyId = m_ui->certifyPolicyEdit->text().trimmed();
    const int matching = m_ui->identityMatchingCombo->currentIndex();
    if (matching > 0 && matching < int(std::size(identityMatchingValues)))
        r.identityMatching = QString::fromLatin1(identityMatchingValues[matching]);
    r.instructions = m_ui->instructionsEdit->toPlainText().trimmed();
    if (m_ui->monthlyCostSpin->value() >= 0)
        r.monthlyCostUsd = m_ui->monthlyCostSpin->value();
    switch (m_ui->strictProvisioningCombo->currentIndex()) {
    case 1:
        r.strictAccessEntitlementProvisioning = true;
        break;
    case 2:
        r.strictAccessEntitlementProvisioning = false;
        break;
    default:
        break;
    }
    r.annotations = m_ui->annotationsEditor->annotations();
    return r;
}

void CreateAppDialog::validate()
{
    FieldChecks checks;
    checks.check(m_ui->displayNameEdit, m_ui->displayNameError,
        CreateFlow::displayNameProblem(m_ui->displayNameEdit->text()), m_touched.contains(m_ui->displayNameEdit));
    checks.check(m_ui->ownersPicker->searchEdit(), m_ui->ownersError, m_ui->ownersPicker->problem());
    checks.check(m_ui->entitlementOwnersPicker->searchEdit(), m_ui->entitlementOwnersError,
        m_ui->entitlementOwnersPicker->problem());
    const std::pair<QLineEdit*, QLabel*> policies[] = {
        { m_ui->grantPolicyEdit, m_ui->grantPolicyError },
        { m_ui->revokePolicyEdit, m_ui->revokePolicyError },
        { m_ui->certifyPolicyEdit, m_ui->certifyPolicyError },
    };
    for (const auto& [edit, label] : policies)
        checks.check(edit, label, CreateFlow::policyIdProblem(edit->text()));
    m_problem = m_binding->update(checks);
}

void CreateAppDialog::submit()
{
    m_touched.insert(m_ui->displayNameEdit);
    if (!m_binding->readyToSubmit())
        return;
    m_ui->entitlementOwnersPicker->commitTyped();
    m_flow->createApp(request());
}

void CreateAppDialog::reject()
{
    if (!m_binding->cancelWhileBusy()) // the first Cancel stops the request or the check, not the dialog
        QDialog::reject();
}

} // namespace c1
