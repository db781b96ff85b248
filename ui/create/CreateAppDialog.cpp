#include "create/CreateAppDialog.h"

#include "ui_CreateAppDialog.h"

#include "api/Session.h"
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
    , m_session(session)
{
    m_ui->setupUi(this);
    m_problems = new FormProblems(m_ui->scrollArea, m_ui->problemSummary, this);
    const bool production = session && session->profile().production;
    m_ui->productionBanner->setVisible(production);
    if (production)
        m_ui->productionBanner->setText(
            tr("Production tenant (%1): the app is created for real.").arg(session->tenantHost()));
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
    connect(m_ui->ownersPicker, &SearchPicker::changed, this, &CreateAppDialog::validate);
    connect(m_ui->entitlementOwnersPicker, &SearchPicker::changed, this, &CreateAppDialog::validate);
    connect(m_ui->annotationsEditor, &AnnotationsEditor::changed, this, &CreateAppDialog::validate);
    connect(m_ui->createButton, &QPushButton::clicked, this, &CreateAppDialog::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CreateAppDialog::reject);
    m_check = new CreatedCheck(this);
    connect(m_check, &CreatedCheck::finished, this, &CreateAppDialog::onChecked);
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
    QString first;
    auto check = [&first](QWidget* field, QLabel* label, const QString& problem, bool show = true) {
        showFieldProblem(field, label, show ? problem : QString());
        if (first.isEmpty())
            first = problem;
    };
    const QString name = m_ui->displayNameEdit->text().trimmed();
    check(m_ui->displayNameEdit, m_ui->displayNameError, name.isEmpty() ? tr("Enter a display name.") : QString(),
        m_touched.contains(m_ui->displayNameEdit));
    check(m_ui->ownersPicker->searchEdit(), m_ui->ownersError, m_ui->ownersPicker->problem());
    check(m_ui->entitlementOwnersPicker->searchEdit(), m_ui->entitlementOwnersError,
        m_ui->entitlementOwnersPicker->problem());
    const std::pair<QLineEdit*, QLabel*> policies[] = {
        { m_ui->grantPolicyEdit, m_ui->grantPolicyError },
        { m_ui->revokePolicyEdit, m_ui->revokePolicyError },
        { m_ui->certifyPolicyEdit, m_ui->certifyPolicyError },
    };
    for (const auto& [edit, label] : policies) {
        const QString id = edit->text().trimmed();
        check(edit, label,
            !id.isEmpty() && !validate::isId(id)
                ? tr("A policy ID is 27 letters and digits (this one has %n characters).", nullptr, int(id.size()))
                : QString());
    }
    if (first.isEmpty())
        first = m_ui->annotationsEditor->problem();
    m_problem = first;

    const bool readOnly = m_session && m_session->isReadOnly();
    QString why;
    if (!m_session)
        why = tr("Not connected to a tenant.");
    else if (readOnly)
        why = tr("The profile “%1” is read-only: it cannot create apps.").arg(m_session->profile().name);
    else if (!m_problem.isEmpty())
        why = m_problem;
    m_ui->createButton->setEnabled(!isBusy() && m_session && !readOnly && m_problem.isEmpty());
    m_ui->createButton->setToolTip(why);
    m_problems->update();
}

void CreateAppDialog::submit()
{
    m_touched.insert(m_ui->displayNameEdit);
    validate();
    if (!m_ui->createButton->isEnabled() || !m_session)
        return;
    m_ui->ownersPicker->commitTyped();
    m_ui->entitlementOwnersPicker->commitTyped();
    showServerError(QString());
    m_sent = request();
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    setBusy(true);
    m_call = m_session->client()->createApp(m_sent, this, [this, sentAt](Result<App> result) {
        m_call = CallHandle();
        if (result) {
            setBusy(false);
            Q_EMIT appCreated(result.value());
            accept();
            return;
        }
        if (result.error().isAmbiguous() && m_session) {
            m_sendError = result.error();
            m_ui->busyLabel->setText(CreatedCheck::checkingText(m_sendError, m_sent.displayName));
            m_check->start(sentAt, [this](const QDateTime& since, std::function<void(Result<bool>)> done) {
                AppSearch search;
                search.displayName = m_sent.displayName;
                return m_session->client()->searchApps(
                    search, {}, 0, m_check, [this, since, done = std::move(done)](Result<Page<App>> page) {
                        if (!page)
                            return done(page.error());
                        // Same name, created since the request (a minute of clock difference allowed).
                        for (const App& app : page.value().items) {
                            if (app.displayName == m_sent.displayName
                                && (!app.createdAt.isValid() || app.createdAt >= since.addSecs(-60))) {
                                m_found = app;
                                return done(true);
                            }
                        }
                        done(false);
                    });
            });
            return;
        }
        setBusy(false);
        if (result.error().kind == ApiError::Kind::Canceled) {
            showServerError(tr("Canceled. The tenant may still have created the app: look for it in the app list "
                               "before trying again."));
            return;
        }
        showServerError(serverErrorText(result.error()));
    });
}

bool CreateAppDialog::isBusy() const
{
    return m_call.isRunning() || (m_check && m_check->isRunning());
}

void CreateAppDialog::onChecked(CreatedCheck::Outcome outcome, const QString& error)
{
    setBusy(false);
    switch (outcome) {
    case CreatedCheck::Outcome::Found:
        Q_EMIT appCreated(m_found);
        accept();
        return;
    case CreatedCheck::Outcome::NotFound:
        showServerError(tr("%1 No app named “%2” appeared in the tenant afterwards: it was most likely not created, "
                           "and you can create it again.")
                            .arg(serverErrorText(m_sendError), m_sent.displayName));
        return;
    case CreatedCheck::Outcome::Failed:
    case CreatedCheck::Outcome::Canceled:
        showServerError(tr("%1 Could not check whether the app was created (%2): look for it in the app list before "
                           "trying again.")
                            .arg(serverErrorText(m_sendError), error));
        return;
    }
}

void CreateAppDialog::reject()
{
    if (m_check->isRunning()) {
        m_check->cancel();
        return;
    }
    if (isBusy()) {
        m_call.abort();
        return;
    }
    QDialog::reject();
}

void CreateAppDialog::setBusy(bool busy)
{
    m_ui->formContainer->setEnabled(!busy);
    m_ui->busyBar->setVisible(busy);
    m_ui->busyLabel->setText(busy ? tr("Creating the app…") : QString());
    m_ui->cancelButton->setText(busy ? tr("Cancel request") : tr("Cancel"));
    validate();
    if (busy)
        m_ui->createButton->setEnabled(false);
}

void CreateAppDialog::showServerError(const QString& text)
{
    m_ui->serverErrorLabel->setText(text);
    m_ui->serverErrorLabel->setVisible(!text.isEmpty());
}

} // namespace c1
