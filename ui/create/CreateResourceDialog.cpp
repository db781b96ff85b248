#include "create/CreateResourceDialog.h"

#include "ui_CreateResourceDialog.h"

#include "api/Paging.h"
#include "api/Session.h"
#include "create/CreateFormBinding.h"
#include "create/FieldStatus.h"
#include "create/FormProblems.h"
#include "edit/NewResourceTypeDialog.h"
#include "owners/OwnerRules.h"

#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace c1 {

CreateResourceDialog::CreateResourceDialog(
    Session* session, const QString& appId, const QString& resourceTypeId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateResourceDialog>())
    , m_session(session)
    , m_fixedAppId(appId)
    , m_fixedTypeId(appId.isEmpty() ? QString() : resourceTypeId)
    , m_flow(new CreateFlow(CreateFlow::Kind::Resource, session, this))
{
    m_ui->setupUi(this);
    m_problems = new FormProblems(m_ui->scrollArea, m_ui->problemSummary, this);
    m_binding = new CreateFormBinding(
        m_flow, CreateFormBinding::widgetsOf(*m_ui, m_problems), [this] { validate(); }, [this] { submit(); }, this);
    CreateFormBinding::showProductionBanner(
        m_ui->productionBanner, session, tr("Production tenant (%1): the resource is created for real."));
    m_ui->ownersPicker->setClient(session ? session->client() : nullptr);
    m_ui->ownersPicker->setMaximum(ownerRules::maxOwnersPerKind);

    const bool chooseApp = m_fixedAppId.isEmpty();
    const bool chooseType = m_fixedTypeId.isEmpty();
    for (QWidget* w : { static_cast<QWidget*>(m_ui->appLabel), static_cast<QWidget*>(m_ui->appCombo) })
        w->setVisible(chooseApp);
    for (QWidget* w :
        { static_cast<QWidget*>(m_ui->resourceTypeLabel), static_cast<QWidget*>(m_ui->resourceTypeCombo) })
        w->setVisible(chooseType);
    if (chooseApp) {
        m_ui->appCombo->completer()->setFilterMode(Qt::MatchContains);
        m_ui->appCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_ui->appCombo->lineEdit()->setPlaceholderText(tr("Loading apps…"));
        m_ui->appCombo->lineEdit()->setObjectName(QStringLiteral("appEdit"));
        m_ui->appCombo->lineEdit()->setAccessibleName(m_ui->appCombo->accessibleName());
        connect(m_ui->appCombo, &QComboBox::currentIndexChanged, this, [this] {
            loadTypes(this->appId());
            validate();
        });
        connect(m_ui->appCombo, &QComboBox::editTextChanged, this, [this] {
            m_touched.insert(m_ui->appCombo);
            validate();
        });
    }
    connect(m_ui->resourceTypeCombo, &QComboBox::currentIndexChanged, this, &CreateResourceDialog::validate);
    // An app without a resource type cannot have resources: offer to create the type right here.
    m_createType = new QPushButton(tr("Create a Resource &Type First…"), this);
    m_createType->setObjectName(QStringLiteral("createTypeButton"));
    m_createType->setAccessibleName(tr("Create a resource type first"));
    m_createType->setToolTip(tr("Resources live in a resource type: create one in this app, then the resource."));
    m_createType->hide();
    m_ui->formLayout->insertRow(4, QString(), m_createType);
    connect(m_createType, &QPushButton::clicked, this, &CreateResourceDialog::createTypeFirst);
    connect(m_ui->displayNameEdit, &QLineEdit::textEdited, this, [this] {
        m_touched.insert(m_ui->displayNameEdit);
        validate();
    });
    connect(m_flow, &CreateFlow::resourceCreated, this, [this](const AppResource& resource) {
        Q_EMIT resourceCreated(resource);
        accept();
    });

    updateTargetLabel();
    if (chooseApp)
        loadApps();
    else if (chooseType)
        loadTypes(m_fixedAppId);
    m_ui->displayNameEdit->setFocus();
    validate();
    FormProblems::fitToScreen(this, m_ui->scrollArea);
}

CreateResourceDialog::~CreateResourceDialog() = default; // calls end silently with their context, this object

void CreateResourceDialog::setTargetNames(const QString& appName, const QString& resourceTypeName)
{
    m_appName = appName;
    m_typeName = resourceTypeName;
    updateTargetLabel();
}

void CreateResourceDialog::updateTargetLabel()
{
    if (m_fixedAppId.isEmpty()) {
        m_ui->targetLabel->hide();
        return;
    }
    const QString app = m_appName.isEmpty() ? m_fixedAppId : m_appName;
    QString text;
    if (m_fixedTypeId.isEmpty())
        text = tr("A manually managed resource in the app %1.").arg(app);
    else
        text = tr("A manually managed resource of the type %1 in the app %2.")
                   .arg(m_typeName.isEmpty() ? m_fixedTypeId : m_typeName, app);
    m_ui->targetLabel->setText(text);
    m_ui->targetLabel->show();
}

QString CreateResourceDialog::appId() const
{
    if (!m_fixedAppId.isEmpty())
        return m_fixedAppId;
    const QString text = m_ui->appCombo->currentText();
    const int current = m_ui->appCombo->currentIndex();
    const int index
        = current >= 0 && m_ui->appCombo->itemText(current) == text ? current : m_ui->appCombo->findText(text);
    return index >= 0 ? m_ui->appCombo->itemData(index).toString() : QString();
}

QString CreateResourceDialog::resourceTypeId() const
{
    if (!m_fixedTypeId.isEmpty())
        return m_fixedTypeId;
    return m_ui->resourceTypeCombo->currentData().toString();
}

void CreateResourceDialog::loadApps()
{
    if (!m_session)
        return;
    C1Client* client = m_session->client();
    auto apps = std::make_shared<QList<App>>();
    m_appsCall = PageStream<App>::start(
        [client](const QString& token, QObject* context, C1Client::Callback<Page<App>> callback) {
            return client->listApps(token, 100, context, std::move(callback));
        },
        this, [apps](QList<App> rows) { apps->append(rows); },
        [this, apps](const ApiError& error) {
            m_appsCall = CallHandle();
            std::sort(apps->begin(), apps->end(), [](const App& a, const App& b) {
                return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
            });
            const QSignalBlocker blocker(m_ui->appCombo);
            m_ui->appCombo->clear();
            for (const App& app : *apps)
                m_ui->appCombo->addItem(app.displayName.isEmpty() ? app.id : app.displayName, app.id);
            m_ui->appCombo->setCurrentIndex(-1);
            m_ui->appCombo->lineEdit()->setPlaceholderText(tr("Type to find an app"));
            m_loadError = error.isError() && error.kind != ApiError::Kind::Canceled
                ? tr("Could not list the apps: %1").arg(CreateFlow::errorTextFor(error))
                : QString();
            validate();
            Q_EMIT choicesLoaded();
        });
}

void CreateResourceDialog::loadTypes(const QString& appId)
{
    m_typesCall.abort();
    m_ui->resourceTypeCombo->clear();
    if (!m_session || appId.isEmpty())
        return;
    C1Client* client = m_session->client();
    auto types = std::make_shared<QList<AppResourceType>>();
    m_typesCall = PageStream<AppResourceType>::start(
        [client, appId](const QString& token, QObject* context, C1Client::Callback<Page<AppResourceType>> callback) {
            return client->listResourceTypes(appId, token, 100, context, std::move(callback));
        },
        this, [types](QList<AppResourceType> rows) { types->append(rows); },
        [this, types](const ApiError& error) {
            m_typesCall = CallHandle();
            if (error.kind == ApiError::Kind::Canceled)
                return; // another app was chosen meanwhile
            std::sort(types->begin(), types->end(), [](const AppResourceType& a, const AppResourceType& b) {
                return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
            });
            const QSignalBlocker blocker(m_ui->resourceTypeCombo);
            m_ui->resourceTypeCombo->clear();
            for (const AppResourceType& type : *types)
                m_ui->resourceTypeCombo->addItem(type.displayName.isEmpty() ? type.id : type.displayName, type.id);
            m_loadError = error.isError()
                ? tr("Could not list the resource types: %1").arg(CreateFlow::errorTextFor(error))
                : QString();
            validate();
            Q_EMIT choicesLoaded();
        });
}

CreateResourceRequest CreateResourceDialog::request() const
{
    CreateResourceRequest r;
    r.displayName = m_ui->displayNameEdit->text().trimmed();
    r.description = m_ui->descriptionEdit->toPlainText().trimmed();
    r.matchBatonId = m_ui->matchBatonIdEdit->text().trimmed();
    r.resourceOwnerUserIds = m_ui->ownersPicker->userIds();
    r.annotations = m_ui->annotationsEditor->annotations();
    return r;
}

void CreateResourceDialog::validate()
{
    FieldChecks checks;
    if (m_fixedAppId.isEmpty()) {
        QString problem;
        if (m_appsCall.isRunning())
            problem = tr("Loading the apps…");
        else if (!m_loadError.isEmpty() && m_ui->appCombo->count() == 0)
            problem = m_loadError;
        else if (appId().isEmpty())
            problem = m_ui->appCombo->currentText().isEmpty()
                ? tr("Choose an app.")
                : tr("No app is called “%1”.").arg(m_ui->appCombo->currentText());
        checks.check(
            m_ui->appCombo, m_ui->appError, problem, m_touched.contains(m_ui->appCombo) || !m_loadError.isEmpty());
    }
    if (m_fixedTypeId.isEmpty()) {
        QString problem;
        if (m_typesCall.isRunning())
            problem = tr("Loading the resource types…");
        else if (!appId().isEmpty() && !m_loadError.isEmpty() && m_ui->resourceTypeCombo->count() == 0)
            problem = m_loadError;
        else if (!appId().isEmpty() && m_ui->resourceTypeCombo->count() == 0)
            problem = tr("This app has no resource types yet: create one first.");
        else if (resourceTypeId().isEmpty())
            problem = tr("Choose a resource type.");
        checks.check(m_ui->resourceTypeCombo, m_ui->resourceTypeError, problem, !appId().isEmpty());
        if (m_createType) { // validate() already runs while the constructor binds the owners picker
            m_createType->setVisible(!appId().isEmpty() && !m_typesCall.isRunning() && m_loadError.isEmpty()
                && m_ui->resourceTypeCombo->count() == 0);
        }
    }
    checks.check(m_ui->displayNameEdit, m_ui->displayNameError,
        CreateFlow::displayNameProblem(m_ui->displayNameEdit->text()), m_touched.contains(m_ui->displayNameEdit));
    checks.check(m_ui->ownersPicker->searchEdit(), m_ui->ownersError, m_ui->ownersPicker->problem());
    m_problem = m_binding->update(checks);
}

void CreateResourceDialog::createTypeFirst()
{
    const QString app = appId();
    if (!m_session || app.isEmpty())
        return;
    const QString appName = m_fixedAppId.isEmpty() ? m_ui->appCombo->currentText() : m_appName;
    auto* dialog = new NewResourceTypeDialog(m_session, app, appName, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewResourceTypeDialog::created, this, [this, app](const AppResourceType& type) {
        if (appId() != app)
            return;
        {
            const QSignalBlocker blocker(m_ui->resourceTypeCombo);
            m_ui->resourceTypeCombo->addItem(type.displayName.isEmpty() ? type.id : type.displayName, type.id);
            m_ui->resourceTypeCombo->setCurrentIndex(m_ui->resourceTypeCombo->count() - 1);
        }
        validate();
        Q_EMIT resourceTypeCreated(type);
        m_ui->displayNameEdit->setFocus();
    });
    dialog->open();
}

void CreateResourceDialog::submit()
{
    m_touched.insert(m_ui->displayNameEdit);
    m_touched.insert(m_ui->appCombo);
    if (!m_binding->readyToSubmit())
        return;
    m_flow->createResource(appId(), resourceTypeId(), request());
}

void CreateResourceDialog::reject()
{
    if (!m_binding->cancelWhileBusy()) // the first Cancel stops the request or the check, not the dialog
        QDialog::reject();
}

} // namespace c1
