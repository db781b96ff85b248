#include "edit/EditActions.h"

#include "api/Session.h"
#include "browser/BrowserView.h"
#include "browser/DetailsPane.h"
#include "edit/DeleteDialog.h"
#include "edit/EditDialog.h"
#include "edit/NewResourceTypeDialog.h"
#include "models/AppTreeModel.h"
#include "shell/Icons.h"
#include "workflows/DeleteFlow.h"
#include "workflows/EditFlow.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

QString nameOf(const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<App>())
        return value.value<App>().displayName;
    if (value.metaType() == QMetaType::fromType<AppResourceType>())
        return value.value<AppResourceType>().displayName;
    if (value.metaType() == QMetaType::fromType<AppResource>())
        return value.value<AppResource>().displayName;
    return {};
}

} // namespace

EditActions::EditActions(BrowserView* browser, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_browser(browser)
    , m_dialogParent(dialogParent)
{
    setObjectName(u"editActions"_s);
    m_newType = new QAction(icon(u"resource-type"), tr("New Resource &Type…"), this);
    m_newType->setObjectName(u"actionNewResourceType"_s);
    m_newType->setIconText(tr("New Type")); // the toolbar's short label
    m_newType->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_edit = new QAction(tr("&Edit…"), this);
    m_edit->setObjectName(u"actionEditObject"_s);
    m_edit->setIconText(tr("Edit")); // the toolbar's; the menu names the object, and so does the tooltip
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete = new QAction(icon(u"remove"), tr("&Delete…"), this);
    m_delete->setObjectName(u"actionDeleteObject"_s);
    m_delete->setIconText(tr("Delete"));
    m_delete->setShortcut(QKeySequence::Delete);
    for (QAction* action : { m_newType, m_edit, m_delete })
        action->setShortcutContext(Qt::WindowShortcut);
    connect(m_newType, &QAction::triggered, this, &EditActions::newResourceType);
    connect(m_edit, &QAction::triggered, this, &EditActions::editCurrent);
    connect(m_delete, &QAction::triggered, this, &EditActions::deleteCurrent);
    connect(browser, &BrowserView::currentChanged, this, &EditActions::update);
    update();
}

EditActions::~EditActions() = default;

void EditActions::install(QMenu* create, QMenu* edit, QToolBar* toolBar)
{
    if (create)
        create->addAction(m_newType);
    if (edit) {
        edit->addSeparator();
        edit->addAction(m_edit);
        edit->addAction(m_delete);
    }
    if (toolBar) {
        // Beside New Resource…, before Bulk Assign and Edit/Delete at the end of the create group.
        QAction* before = nullptr;
        const QList<QAction*> actions = toolBar->actions();
        for (QAction* a : actions) {
            if (a->objectName() == u"actionBulkAssign"_s)
                before = a;
        }
        toolBar->insertAction(before, m_newType);
        toolBar->insertAction(before, m_edit);
        toolBar->insertAction(before, m_delete);
    }
    m_browser->setExtraContextActions({ m_newType, m_edit, m_delete });
}

Session* EditActions::writableSession() const
{
    return m_writeEnabled ? m_session.data() : nullptr;
}

void EditActions::setSession(Session* session)
{
    m_session = session;
    update();
}

void EditActions::setWriteEnabled(bool enabled, const QString& why)
{
    m_writeEnabled = enabled;
    m_whyNot = why;
    update();
}

EditTarget EditActions::currentTarget() const
{
    const BrowserSelection s = m_browser->currentSelection();
    if (s.isApp())
        return EditTarget::app(s.app.id, s.app.displayName);
    if (s.isResourceType())
        return EditTarget::resourceType(s.app.id, s.resourceType.id, s.resourceType.displayName);
    if (s.isResource())
        return EditTarget::resource(s.app.id, s.resourceType.id, s.resource.id, s.resource.displayName);
    return {};
}

void EditActions::update()
{
    const BrowserSelection s = m_browser->currentSelection();
    const EditTarget target = currentTarget();
    const bool hasApp = s.valid && !s.app.id.isEmpty();
    const bool hasTarget = s.valid && target.isValid() && !target.appId.isEmpty();
    QString what;
    if (target.isValid()) {
        switch (target.kind) {
        case EditTarget::Kind::App:
            what = tr("app");
            break;
        case EditTarget::Kind::ResourceType:
            what = tr("resource type");
            break;
        case EditTarget::Kind::Resource:
            what = tr("resource");
            break;
        }
    }
    m_edit->setText(!hasTarget                              ? tr("&Edit…")
            : target.kind == EditTarget::Kind::App          ? tr("&Edit App…")
            : target.kind == EditTarget::Kind::ResourceType ? tr("&Edit Resource Type…")
                                                            : tr("&Edit Resource…"));
    m_delete->setText(!hasTarget                            ? tr("&Delete…")
            : target.kind == EditTarget::Kind::App          ? tr("&Delete App…")
            : target.kind == EditTarget::Kind::ResourceType ? tr("&Delete Resource Type…")
                                                            : tr("&Delete Resource…"));
    const QString selectFirst = tr("Select an app, a resource type or a resource first.");
    auto apply = [this](QAction* action, bool possible, const QString& tip, const QString& whyNotPossible) {
        const bool enabled = m_writeEnabled && possible;
        action->setEnabled(enabled);
        const QString why = !m_writeEnabled ? m_whyNot : whyNotPossible;
        action->setToolTip(enabled ? tip : tip + u'\n' + why);
        action->setStatusTip(enabled ? tip : why);
    };
    apply(m_newType, hasApp, tr("Create a manually managed resource type in the selected app"),
        tr("Select an app first."));
    apply(m_edit, hasTarget, hasTarget ? tr("Change the selected %1").arg(what) : tr("Change the selected object"),
        selectFirst);
    apply(m_delete, hasTarget, hasTarget ? tr("Delete the selected %1").arg(what) : tr("Delete the selected object"),
        selectFirst);
}

QList<AppResourceType> EditActions::loadedTypes(const QString& appId) const
{
    QList<AppResourceType> types;
    AppTreeModel* model = m_browser->model();
    const QModelIndex app = model->indexForPath(TreePath::app(appId));
    if (!app.isValid())
        return types;
    for (int row = 0; row < model->rowCount(app); ++row) {
        const QModelIndex child = model->index(row, 0, app);
        if (model->kindAt(child) == AppTreeModel::NodeKind::ResourceType)
            types.append(child.data(AppTreeModel::ValueRole).value<AppResourceType>());
    }
    return types;
}

void EditActions::newResourceType()
{
    const BrowserSelection s = m_browser->currentSelection();
    if (s.valid && !s.app.id.isEmpty())
        openNewResourceType(s.app.id);
}

NewResourceTypeDialog* EditActions::openNewResourceType(const QString& appId)
{
    Session* session = writableSession();
    if (!session || appId.isEmpty())
        return nullptr;
    const QModelIndex app = m_browser->model()->indexForPath(TreePath::app(appId));
    const QString appName = app.isValid() ? m_browser->model()->nameAt(app) : QString();
    auto* dialog = new NewResourceTypeDialog(session, appId, appName, loadedTypes(appId), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<Session> origin = session;
    connect(dialog, &NewResourceTypeDialog::created, this, [this, origin](const AppResourceType& type) {
        if (!origin || origin != m_session)
            return; // another tenant is shown now
        insertResourceType(type, true);
    });
    dialog->open();
    return dialog;
}

void EditActions::insertResourceType(const AppResourceType& type, bool select)
{
    const QModelIndex index = m_browser->model()->insertResourceType(type);
    if (select) {
        if (index.isValid())
            m_browser->selectSourceIndex(index);
        else
            m_browser->goToPath(TreePath::resourceType(type.appId, type.id));
    }
    Q_EMIT statusMessage(tr("Created the resource type “%1”.").arg(type.displayName));
}

void EditActions::editCurrent()
{
    const EditTarget target = currentTarget();
    if (target.isValid())
        openEdit(target);
}

EditDialog* EditActions::openEdit(const EditTarget& target)
{
    Session* session = writableSession();
    if (!session || !target.isValid())
        return nullptr;
    auto* dialog = new EditDialog(target, session, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<Session> origin = session;
    connect(dialog, &EditDialog::saved, this, [this, origin, target](const QVariant& value) {
        if (origin && origin == m_session)
            applySaved(target, value);
    });
    connect(dialog->flow(), &EditFlow::gone, this, [this, origin, target] {
        if (origin && origin == m_session)
            m_browser->model()->removeNode(target.path());
    });
    dialog->open();
    return dialog;
}

void EditActions::applySaved(const EditTarget& target, const QVariant& value)
{
    AppTreeModel* model = m_browser->model();
    if (value.metaType() == QMetaType::fromType<App>())
        model->insertApp(value.value<App>());
    else if (value.metaType() == QMetaType::fromType<AppResourceType>()) {
        AppResourceType type = value.value<AppResourceType>();
        if (type.appId.isEmpty())
            type.appId = target.appId;
        model->insertResourceType(type);
    } else if (value.metaType() == QMetaType::fromType<AppResource>())
        model->insertResource(value.value<AppResource>());
    refreshDetails(target.path());
    Q_EMIT statusMessage(tr("Saved “%1”.").arg(nameOf(value)));
}

void EditActions::refreshDetails(const TreePath& path)
{
    const BrowserSelection current = m_browser->currentSelection();
    if (current.valid && current.path == path)
        m_browser->detailsPane()->showSelection(current);
}

void EditActions::deleteCurrent()
{
    const EditTarget target = currentTarget();
    if (target.isValid())
        openDelete(target);
}

DeleteDialog* EditActions::openDelete(const EditTarget& target)
{
    Session* session = writableSession();
    if (!session || !target.isValid())
        return nullptr;
    int count = -1;
    bool complete = false;
    if (target.kind == EditTarget::Kind::ResourceType) {
        AppTreeModel* model = m_browser->model();
        const QModelIndex type = model->indexForPath(target.path());
        const AppTreeModel::LoadState state = model->loadState(type);
        if (type.isValid() && state != AppTreeModel::LoadState::NotLoaded) {
            count = 0;
            for (int row = 0; row < model->rowCount(type); ++row)
                count += model->kindAt(model->index(row, 0, type)) == AppTreeModel::NodeKind::Resource ? 1 : 0;
            complete = state == AppTreeModel::LoadState::Complete;
        }
    }
    auto* dialog = new DeleteDialog(target, session, count, complete, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<Session> origin = session;
    connect(dialog, &DeleteDialog::deleted, this, [this, origin, dialog](const EditTarget& deleted) {
        if (origin && origin == m_session)
            applyDeleted(deleted, dialog->flow()->statusText());
    });
    dialog->open();
    return dialog;
}

void EditActions::applyDeleted(const EditTarget& target, const QString& how)
{
    m_browser->model()->removeNode(target.path());
    Q_EMIT statusMessage(how.isEmpty() ? tr("Deleted “%1”.").arg(target.displayName()) : how);
    update();
}

} // namespace c1
