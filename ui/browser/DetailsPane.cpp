#include "browser/DetailsPane.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace c1 {

using NodeKind = AppTreeModel::NodeKind;

namespace {

// The API's enum constants in words (the create form's words where it has them). A constant not listed (a newer API)
// shows as it came.
struct EnumName {
    const char* value;
    const char* text;
};
constexpr EnumName kEnumNames[] = {
    { "APP_ACCESS_MODEL_UNSPECIFIED", QT_TRANSLATE_NOOP("c1::DetailsPane", "Not specified") },
    { "APP_ACCESS_MODEL_CLASSIC", QT_TRANSLATE_NOOP("c1::DetailsPane", "Classic") },
    { "APP_ACCESS_MODEL_HYBRID", QT_TRANSLATE_NOOP("c1::DetailsPane", "Hybrid") },
    { "APP_ACCESS_MODEL_SPARSE", QT_TRANSLATE_NOOP("c1::DetailsPane", "Sparse") },
    { "APP_USER_IDENTITY_MATCHING_UNSPECIFIED", QT_TRANSLATE_NOOP("c1::DetailsPane", "Not specified") },
    { "APP_USER_IDENTITY_MATCHING_STRICT", QT_TRANSLATE_NOOP("c1::DetailsPane", "Strict") },
    { "APP_USER_IDENTITY_MATCHING_DISPLAY_NAME", QT_TRANSLATE_NOOP("c1::DetailsPane", "Display name") },
    { "APP_USER_IDENTITY_MATCHING_CUSTOM", QT_TRANSLATE_NOOP("c1::DetailsPane", "Custom") },
    { "NHI_TYPE_UNSPECIFIED", QT_TRANSLATE_NOOP("c1::DetailsPane", "Not specified") },
    { "NHI_TYPE_APP_REGISTRATION", QT_TRANSLATE_NOOP("c1::DetailsPane", "App registration") },
    { "NHI_TYPE_ASSUMABLE_ROLE", QT_TRANSLATE_NOOP("c1::DetailsPane", "Assumable role") },
    { "NHI_TYPE_MANAGED_IDENTITY", QT_TRANSLATE_NOOP("c1::DetailsPane", "Managed identity") },
    { "APP_ENTITLEMENT_PURPOSE_VALUE_UNSPECIFIED", QT_TRANSLATE_NOOP("c1::DetailsPane", "Not specified") },
    { "APP_ENTITLEMENT_PURPOSE_VALUE_ASSIGNMENT", QT_TRANSLATE_NOOP("c1::DetailsPane", "Assignment") },
    { "APP_ENTITLEMENT_PURPOSE_VALUE_PERMISSION", QT_TRANSLATE_NOOP("c1::DetailsPane", "Permission") },
    { "APP_ENTITLEMENT_PURPOSE_VALUE_OWNERSHIP", QT_TRANSLATE_NOOP("c1::DetailsPane", "Ownership") },
};

// Labels go above their values once the widest label would take more than this share of the pane's width (or a
// whole ID would not fit beside it), and back beside them below the lower share: the gap keeps a scroll bar that
// comes and goes from flipping the layout.
constexpr double kWrapAbove = 0.5;
constexpr double kUnwrapBelow = 0.44;
constexpr double kUnwrapFit = 0.94;

} // namespace

DetailsPane::DetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_scroll(new QScrollArea)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("detailsPane"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->setAccessibleName(tr("Details of the selection"));

    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("detailsPage"));
    auto* pageLayout = new QVBoxLayout(page);
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    m_status->setWordWrap(true);
    pageLayout->addWidget(m_status);
    m_scroll->setObjectName(QStringLiteral("detailsScroll"));
    m_scroll->setAccessibleName(tr("Fields of the selection"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    pageLayout->addWidget(m_scroll, 1);
    m_tabs->addTab(page, tr("Details"));
    clear();
}

DetailsPane::~DetailsPane()
{
    m_call.abort();
}

int DetailsPane::addTab(QWidget* page, const QString& label)
{
    return m_tabs->addTab(page, label);
}

void DetailsPane::setClient(C1Client* client)
{
    m_call.abort();
    m_client = client;
    clear();
}

void DetailsPane::clear()
{
    m_call.abort();
    ++m_serial;
    m_selection = {};
    render();
}

void DetailsPane::showSelection(const BrowserSelection& selection)
{
    m_call.abort();
    ++m_serial;
    m_selection = selection;
    render();
    fetchFull();
}

void DetailsPane::fetchFull()
{
    if (!m_client || !m_selection.valid)
        return;
    const quint64 serial = m_serial;
    const auto accept = [this, serial](auto apply) {
        return [this, serial, apply](auto result) {
            if (serial != m_serial)
                return;
            if (!result) {
                if (result.error().kind != ApiError::Kind::Canceled)
                    m_status->setText(tr("Could not load all details: %1").arg(result.error().userMessage()));
                return;
            }
            apply(result.value());
            m_status->clear();
            render();
            Q_EMIT detailsLoaded(m_selection);
        };
    };
    switch (m_selection.kind) {
    case NodeKind::App:
        m_call = m_client->getApp(m_selection.app.id, this, accept([this](const App& app) { m_selection.app = app; }));
        break;
    case NodeKind::Resource:
        m_call = m_client->getResource(m_selection.resource.appId, m_selection.resource.appResourceTypeId,
            m_selection.resource.id, this,
            accept([this](const AppResource& resource) { m_selection.resource = resource; }));
        break;
    case NodeKind::Entitlement: {
        EntitlementSearch search;
        search.refs.append({ m_selection.entitlement.appId, m_selection.entitlement.id });
        m_call
            = m_client->searchEntitlements(search, QString(), 0, this, accept([this](const Page<AppEntitlement>& page) {
                  for (const AppEntitlement& entitlement : page.items) {
                      if (entitlement.id == m_selection.entitlement.id)
                          m_selection.entitlement = entitlement;
                  }
              }));
        break;
    }
    default:
        return;
    }
    if (m_call.isRunning())
        m_status->setText(tr("Loading details…"));
}

// ---- Rendering ----

void DetailsPane::beginForm(const QString& title, const QString& kind)
{
    auto* heading = new QLabel(QStringLiteral("<b>%1</b> <span>(%2)</span>").arg(title.toHtmlEscaped(), kind));
    heading->setObjectName(QStringLiteral("detailsHeading"));
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    heading->setWordWrap(true);
    m_form->addRow(heading);
}

void DetailsPane::addText(const QString& label, const QString& value, const QString& raw)
{
    if (value.isEmpty())
        return;
    auto* field = new QLabel(value);
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A screen reader reads the value itself; its field label (the buddy in addRow()) labels it.
    if (!raw.isEmpty() && raw != value) {
        field->setToolTip(raw);
        field->setAccessibleDescription(raw);
    }
    addRow(label, field);
}

void DetailsPane::addRow(const QString& label, QWidget* field)
{
    auto* text = new QLabel(label);
    text->setObjectName(QStringLiteral("detailsLabel"));
    text->setBuddy(field);
    m_labelWidth = std::max(m_labelWidth, fontMetrics().horizontalAdvance(label) + 2 * m_form->horizontalSpacing());
    m_form->addRow(text, field);
}

void DetailsPane::addEnum(const QString& label, const QString& value)
{
    for (const EnumName& name : kEnumNames) {
        if (value == QLatin1StringView(name.value)) {
            addText(label, tr(name.text), value);
            return;
        }
    }
    addText(label, value);
}

// A protobuf Duration as JSON ("3600s", "90.5s") in days, hours, minutes and seconds; anything else as it is.
void DetailsPane::addDuration(const QString& label, const QString& value)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,12})(?:\\.\\d+)?s$"));
    const QRegularExpressionMatch match = re.match(value.trimmed());
    if (!match.hasMatch()) {
        addText(label, value);
        return;
    }
    qint64 seconds = match.captured(1).toLongLong();
    const qint64 days = seconds / 86400;
    const int hours = int(seconds % 86400 / 3600);
    const int minutes = int(seconds % 3600 / 60);
    seconds %= 60;
    QStringList parts;
    if (days)
        parts << tr("%n day(s)", nullptr, int(std::min<qint64>(days, std::numeric_limits<int>::max())));
    if (hours)
        parts << tr("%n hour(s)", nullptr, hours);
    if (minutes)
        parts << tr("%n minute(s)", nullptr, minutes);
    if (seconds || parts.isEmpty())
        parts << tr("%n second(s)", nullptr, int(seconds));
    addText(label, QLocale().createSeparatedList(parts), value);
}

void DetailsPane::addId(const QString& field, const QString& label, const QString& id)
{
    if (id.isEmpty())
        return;
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(id);
    edit->setCursorPosition(0); // the start of a long ID shows, not its end
    edit->setObjectName(QStringLiteral("idField_") + field);
    edit->setAccessibleName(label);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* copy = new QToolButton;
    copy->setObjectName(QStringLiteral("copyButton_") + field);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy %1 to the clipboard").arg(label));
    copy->setAccessibleName(tr("Copy %1").arg(label));
    connect(copy, &QToolButton::clicked, this, [this, id, label] {
        QGuiApplication::clipboard()->setText(id);
        m_status->setText(tr("%1 copied.").arg(label));
    });
    layout->addWidget(edit, 1);
    layout->addWidget(copy);
    // The whole ID shows: room for its characters in the fixed font, the frame and the copy button.
    const QFontMetrics mono(edit->font());
    const int idWidth = mono.horizontalAdvance(id) + 4 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 8;
    edit->setMinimumWidth(std::min(idWidth, mono.averageCharWidth() * 40)); // an odd, long ID may still scroll
    m_valueWidth = std::max(m_valueWidth, edit->minimumWidth() + copy->sizeHint().width() + layout->spacing());
    addRow(label, row);
}

void DetailsPane::addTime(const QString& label, const QDateTime& time)
{
    // Short and local (the computer's time zone), with the exact UTC time in the tooltip.
    if (time.isValid()) {
        addText(label, QLocale().toString(time.toLocalTime(), QLocale::ShortFormat),
            time.toUTC().toString(Qt::ISODateWithMs));
    }
}

void DetailsPane::addFlag(const QString& label, bool value)
{
    addText(label, value ? tr("Yes") : tr("No"));
}

void DetailsPane::addList(const QString& label, const QStringList& values)
{
    addText(label, values.join(QStringLiteral(", ")));
}

void DetailsPane::addAnnotations(const Annotations& annotations)
{
    if (annotations.isEmpty())
        return;
    auto* table = new QTableWidget(int(annotations.size()), 2);
    table->setObjectName(QStringLiteral("annotationsTable"));
    table->setAccessibleName(tr("Annotations"));
    table->setHorizontalHeaderLabels({ tr("Key"), tr("Value") });
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    int row = 0;
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it, ++row) {
        table->setItem(row, 0, new QTableWidgetItem(it.key()));
        table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    table->setMinimumHeight(std::min(240, 40 + 28 * int(annotations.size())));
    addRow(tr("Annotations"), table);
}

void DetailsPane::render()
{
    m_content = new QWidget; // setWidget() below deletes the previous one
    m_content->setObjectName(QStringLiteral("detailsContent"));
    m_form = new QFormLayout(m_content);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_labelWidth = 0;
    m_valueWidth = 0;
    if (!m_selection.valid) {
        auto* hint = new QLabel(tr("Select an app, resource type, resource or entitlement to see its details."));
        hint->setWordWrap(true);
        m_form->addRow(hint);
        m_status->clear();
    } else {
        switch (m_selection.kind) {
        case NodeKind::App:
            renderApp(m_selection.app);
            break;
        case NodeKind::ResourceType:
            renderResourceType(m_selection.resourceType);
            break;
        case NodeKind::Resource:
            renderResource(m_selection.resource);
            break;
        case NodeKind::Entitlement:
            renderEntitlement(m_selection.entitlement);
            break;
        case NodeKind::EntitlementGroup:
            beginForm(tr("Entitlements"), tr("group"));
            addId(QStringLiteral("appId"), tr("App ID"), m_selection.app.id);
            break;
        default:
            break;
        }
    }
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows); // the labels are not bold yet; updateRowWrap() decides
    updateRowWrap();
    m_scroll->setWidget(m_content);
}

void DetailsPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateRowWrap();
}

void DetailsPane::updateRowWrap()
{
    if (!m_form)
        return;
    // The scroll area's own width less a scroll bar's, whether one shows or not: its coming and going must not
    // change the answer.
    const QMargins margins = m_form->contentsMargins();
    const int width
        = m_scroll->width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent) - margins.left() - margins.right();
    const int sideBySide = m_labelWidth + m_valueWidth; // what an ID row needs with its label beside it
    if (!m_wrapAll && (m_labelWidth > kWrapAbove * width || sideBySide > width))
        m_wrapAll = true;
    else if (m_wrapAll && m_labelWidth < kUnwrapBelow * width && sideBySide < kUnwrapFit * width)
        m_wrapAll = false;
    const auto policy = m_wrapAll ? QFormLayout::WrapAllRows : QFormLayout::DontWrapRows;
    if (m_form->rowWrapPolicy() == policy)
        return;
    m_form->setRowWrapPolicy(policy);
    // Above its value a label is bold, or labels and values would read as one list.
    for (QLabel* label : m_content->findChildren<QLabel*>(QStringLiteral("detailsLabel"), Qt::FindDirectChildrenOnly)) {
        QFont font = label->font();
        font.setBold(m_wrapAll);
        label->setFont(font);
    }
}

bool DetailsPane::labelsAboveValues() const
{
    return m_wrapAll;
}

void DetailsPane::renderApp(const App& app)
{
    beginForm(app.displayName, tr("app"));
    addId(QStringLiteral("id"), tr("ID"), app.id);
    addText(tr("Name"), app.displayName);
    addText(tr("Description"), app.description);
    addId(QStringLiteral("parentAppId"), tr("Parent app ID"), app.parentAppId);
    addId(QStringLiteral("appAccountId"), tr("Account ID"), app.appAccountId);
    addText(tr("Account name"), app.appAccountName);
    addEnum(tr("Access model"), app.accessModel);
    addEnum(tr("Identity matching"), app.identityMatching);
    addText(tr("Instructions"), app.instructions);
    addText(tr("Users"), QLocale().toString(app.userCount));
    addText(tr("Monthly cost (USD)"), app.monthlyCostUsd ? QLocale().toString(app.monthlyCostUsd) : QString());
    addText(tr("Connector version"), app.connectorVersion ? QString::number(app.connectorVersion) : QString());
    addFlag(tr("Directory"), app.isDirectory);
    addFlag(tr("Manually managed"), app.isManuallyManaged);
    addFlag(tr("Strict entitlement provisioning"), app.strictAccessEntitlementProvisioning);
    addFlag(tr("Connector-sourced ownership"), app.enableConnectorSourcedOwnership);
    addFlag(tr("Revoke grant sources"), app.revokeGrantSources);
    addId(QStringLiteral("grantPolicyId"), tr("Grant policy ID"), app.grantPolicyId);
    addId(QStringLiteral("revokePolicyId"), tr("Revoke policy ID"), app.revokePolicyId);
    addId(QStringLiteral("certifyPolicyId"), tr("Certify policy ID"), app.certifyPolicyId);
    addId(QStringLiteral("defaultRequestCatalogId"), tr("Default request catalog ID"), app.defaultRequestCatalogId);
    addText(tr("Icon URL"), app.iconUrl);
    addText(tr("Logo URI"), app.logoUri);
    addTime(tr("Created"), app.createdAt);
    addTime(tr("Updated"), app.updatedAt);
    addTime(tr("Deleted"), app.deletedAt);
    addAnnotations(app.annotations);
}

void DetailsPane::renderResourceType(const AppResourceType& type)
{
    beginForm(type.displayName, tr("resource type"));
    addId(QStringLiteral("id"), tr("ID"), type.id);
    addId(QStringLiteral("appId"), tr("App ID"), type.appId);
    addText(tr("Name"), type.displayName);
    addList(tr("Traits"), type.traitIds);
    addTime(tr("Created"), type.createdAt);
    addTime(tr("Updated"), type.updatedAt);
    addTime(tr("Deleted"), type.deletedAt);
}

void DetailsPane::renderResource(const AppResource& resource)
{
    beginForm(resource.displayName, tr("resource"));
    addId(QStringLiteral("id"), tr("ID"), resource.id);
    addId(QStringLiteral("appId"), tr("App ID"), resource.appId);
    addId(QStringLiteral("appResourceTypeId"), tr("Resource type ID"), resource.appResourceTypeId);
    addText(tr("Name"), resource.displayName);
    addText(tr("Description"), resource.description);
    addText(tr("Custom description"), resource.customDescription);
    addText(tr("External ID"), resource.externalId);
    addText(tr("Match Baton ID"), resource.matchBatonId);
    addId(QStringLiteral("accessConfigId"), tr("Access config ID"), resource.accessConfigId);
    addId(QStringLiteral("parentAppResourceId"), tr("Parent resource ID"), resource.parentAppResourceId);
    addId(QStringLiteral("parentAppResourceTypeId"), tr("Parent resource type ID"), resource.parentAppResourceTypeId);
    addEnum(tr("Non-human identity type"), resource.nhiType);
    addText(tr("Non-human identity detail"), resource.nhiDetail);
    addText(tr("Grants"), QLocale().toString(resource.grantCount));
    if (resource.secretTrait) {
        addId(QStringLiteral("identityAppUserId"), tr("Secret: identity app user ID"),
            resource.secretTrait->identityAppUserId);
        addTime(tr("Secret created"), resource.secretTrait->secretCreatedAt);
        addTime(tr("Secret expires"), resource.secretTrait->secretExpiresAt);
        addTime(tr("Secret last used"), resource.secretTrait->lastUsedAt);
    }
    addTime(tr("Created"), resource.createdAt);
    addTime(tr("Updated"), resource.updatedAt);
    addTime(tr("Deleted"), resource.deletedAt);
    addAnnotations(resource.annotations);
}

void DetailsPane::renderEntitlement(const AppEntitlement& entitlement)
{
    beginForm(entitlement.displayName, tr("entitlement"));
    addId(QStringLiteral("id"), tr("ID"), entitlement.id);
    addId(QStringLiteral("appId"), tr("App ID"), entitlement.appId);
    addId(QStringLiteral("appResourceTypeId"), tr("Resource type ID"), entitlement.appResourceTypeId);
    addId(QStringLiteral("appResourceId"), tr("Resource ID"), entitlement.appResourceId);
    addText(tr("Name"), entitlement.displayName);
    addText(tr("Description"), entitlement.description);
    addText(tr("Alias"), entitlement.alias);
    addText(tr("Slug"), entitlement.slug);
    addEnum(tr("Purpose"), entitlement.purpose);
    addText(tr("External ID"), entitlement.externalId);
    addDuration(tr("Grant duration"), entitlement.durationGrant);
    addText(tr("Grants"), QLocale().toString(entitlement.grantCount));
    addFlag(tr("Manually managed"), entitlement.isManuallyManaged);
    addFlag(tr("Built in"), entitlement.systemBuiltin);
    addId(QStringLiteral("grantPolicyId"), tr("Grant policy ID"), entitlement.grantPolicyId);
    addId(QStringLiteral("revokePolicyId"), tr("Revoke policy ID"), entitlement.revokePolicyId);
    addId(QStringLiteral("certifyPolicyId"), tr("Certify policy ID"), entitlement.certifyPolicyId);
    addTime(tr("Created"), entitlement.createdAt);
    addTime(tr("Updated"), entitlement.updatedAt);
    addTime(tr("Deleted"), entitlement.deletedAt);
    addAnnotations(entitlement.annotations);
}

} // namespace c1
