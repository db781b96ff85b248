#include "edit/EditDialog.h"

#include "api/Session.h"
#include "create/AnnotationsEditor.h"
#include "create/FieldStatus.h"
#include "create/FormProblems.h"
#include "workflows/CreateFlow.h"
#include "workflows/EditFields.h"
#include "workflows/EditFlow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

const QStringList& identityMatchings()
{
    static const QStringList values { QString(), u"APP_USER_IDENTITY_MATCHING_STRICT"_s,
        u"APP_USER_IDENTITY_MATCHING_DISPLAY_NAME"_s, u"APP_USER_IDENTITY_MATCHING_CUSTOM"_s };
    return values;
}

bool isMultiLine(const QString& path)
{
    return path == u"description"_s || path == u"instructions"_s;
}

bool isPolicyId(const QString& path)
{
    return path == u"grantPolicyId"_s || path == u"revokePolicyId"_s || path == u"certifyPolicyId"_s;
}

} // namespace

EditDialog::EditDialog(const EditTarget& target, Session* session, QWidget* parent)
    : QDialog(parent)
    , m_flow(new EditFlow(target, session, this))
{
    setObjectName(u"editDialog"_s);
    switch (target.kind) {
    case EditTarget::Kind::App:
        setWindowTitle(tr("Edit App"));
        break;
    case EditTarget::Kind::ResourceType:
        setWindowTitle(tr("Edit Resource Type"));
        break;
    case EditTarget::Kind::Resource:
        setWindowTitle(tr("Edit Resource"));
        break;
    }
    auto* layout = new QVBoxLayout(this);
    const bool production = session && session->profile().production;
    m_parts.addBanner(layout,
        production ? tr("Production tenant (%1): changes are saved for real.").arg(session->tenantHost()) : QString());
    m_managedBy = new QLabel(this);
    m_managedBy->setObjectName(u"managedByBanner"_s);
    m_managedBy->setWordWrap(true);
    m_managedBy->setStyleSheet(u"QLabel { background: #fff4ce; color: #5c4300; padding: 6px; border-radius: 3px; }"_s);
    m_managedBy->hide();
    layout->addWidget(m_managedBy);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"editScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the fields fit the width; only scroll down
    m_form = new QWidget;
    m_form->setObjectName(u"editForm"_s);
    buildForm(m_form);
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);

    m_changes = new QLabel(this);
    m_changes->setObjectName(u"changesLabel"_s);
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::PlainText);
    layout->addWidget(m_changes);

    // A problem is never only below the fold: said beside the buttons, and scrolled into view as it appears.
    auto* summary = new QLabel(this);
    summary->setObjectName(u"problemSummary"_s);
    summary->setStyleSheet(u"QLabel { color: #c62828; }"_s);
    layout->addWidget(summary);
    m_problems = new FormProblems(scroll, summary, this);

    m_conflictBox = new QGroupBox(tr("Changed meanwhile"), this);
    m_conflictBox->setObjectName(u"conflictBox"_s);
    auto* conflictLayout = new QVBoxLayout(m_conflictBox);
    m_conflictTable = new QTableWidget(0, 4, m_conflictBox);
    m_conflictTable->setObjectName(u"conflictTable"_s);
    m_conflictTable->setAccessibleName(tr("Values changed meanwhile"));
    m_conflictTable->setHorizontalHeaderLabels(
        { tr("Field"), tr("When the form opened"), tr("Now in the tenant"), tr("Yours") });
    m_conflictTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflictTable->horizontalHeader()->setStretchLastSection(true);
    m_conflictTable->verticalHeader()->hide();
    conflictLayout->addWidget(m_conflictTable);
    auto* conflictButtons = new QHBoxLayout;
    auto* keepMine = new QPushButton(tr("&Save Mine Over Theirs"), m_conflictBox);
    keepMine->setObjectName(u"keepMineButton"_s);
    keepMine->setAccessibleName(tr("Save mine over theirs"));
    keepMine->setToolTip(tr("Send the fields you changed; the tenant keeps the other fields as they are now."));
    auto* useTheirs = new QPushButton(tr("&Use Their Values"), m_conflictBox);
    useTheirs->setObjectName(u"useTheirsButton"_s);
    useTheirs->setAccessibleName(tr("Use their values"));
    useTheirs->setToolTip(tr("Reload the form with the tenant's values; nothing is sent."));
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(keepMine);
    conflictButtons->addWidget(useTheirs);
    conflictLayout->addLayout(conflictButtons);
    m_conflictBox->hide();
    layout->addWidget(m_conflictBox);

    m_parts.addBottom(layout, tr("&Save"), u"saveButton"_s, this);

    connect(keepMine, &QPushButton::clicked, m_flow, &EditFlow::overwrite);
    connect(useTheirs, &QPushButton::clicked, m_flow, &EditFlow::useTheirs);
    connect(m_parts.action, &QPushButton::clicked, this, &EditDialog::submit);
    connect(m_parts.cancel, &QPushButton::clicked, this, &EditDialog::reject);
    connect(m_flow, &EditFlow::stateChanged, this, &EditDialog::render);
    connect(m_flow, &EditFlow::textChanged, this, &EditDialog::render);
    connect(m_flow, &EditFlow::loaded, this, &EditDialog::setValues);
    connect(m_flow, &EditFlow::conflictFound, this, &EditDialog::showConflict);
    connect(m_flow, &EditFlow::saved, this, [this](const QVariant& value) {
        Q_EMIT saved(value);
        accept();
    });
    render();
    FormProblems::fitToScreen(this, scroll); // resizable, sized to the form on the screen it opens on
    resize(qMax(width(), 640), height()); // room for the annotations' two columns
    m_flow->load(); // the form opens on fresh values
}

EditDialog::~EditDialog() = default;

void EditDialog::buildForm(QWidget* form)
{
    auto* layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const QString& path : EditFields::paths(m_flow->target().kind)) {
        QWidget* field = nullptr;
        if (path == u"annotations"_s) {
            auto* editor = new AnnotationsEditor(form);
            connect(editor, &AnnotationsEditor::changed, this, &EditDialog::validate);
            field = editor;
        } else if (path == u"identityMatching"_s) {
            auto* combo = new QComboBox(form);
            combo->addItem(tr("Tenant default"), QString());
            combo->addItem(tr("Strict"), identityMatchings().at(1));
            combo->addItem(tr("Display name"), identityMatchings().at(2));
            combo->addItem(tr("Custom"), identityMatchings().at(3));
            connect(combo, &QComboBox::currentIndexChanged, this, &EditDialog::validate);
            field = combo;
        } else if (path == u"monthlyCostUsd"_s) {
            auto* spin = new QSpinBox(form);
            spin->setRange(0, INT_MAX);
            spin->setPrefix(u"$ "_s);
            connect(spin, &QSpinBox::valueChanged, this, &EditDialog::validate);
            field = spin;
        } else if (path == u"strictAccessEntitlementProvisioning"_s) {
            auto* check = new QCheckBox(tr("On"), form);
            connect(check, &QCheckBox::toggled, this, &EditDialog::validate);
            field = check;
        } else if (isMultiLine(path)) {
            auto* text = new QPlainTextEdit(form);
            text->setTabChangesFocus(true);
            text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
            connect(text, &QPlainTextEdit::textChanged, this, &EditDialog::validate);
            field = text;
        } else {
            auto* line = new QLineEdit(form);
            connect(line, &QLineEdit::textChanged, this, &EditDialog::validate);
            field = line;
        }
        field->setObjectName(path + (path == u"annotations"_s ? u"Editor"_s : u"Edit"_s));
        field->setAccessibleName(EditFields::label(path));
        m_fields.insert(path, field);
        auto* label = new QLabel(EditFields::label(path) + u':', form);
        label->setBuddy(field);
        layout->addRow(label, field);
        if (path == u"displayName"_s || isPolicyId(path)) { // said under the field (annotations say their own)
            QLabel* error = makeProblemLabel(path + u"Error"_s, form);
            layout->addRow(static_cast<QWidget*>(nullptr), error);
            m_fieldErrors.insert(path, error);
        }
    }
}

QVariantMap EditDialog::values() const
{
    QVariantMap values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QWidget* w = it.value();
        if (auto* line = qobject_cast<QLineEdit*>(w))
            values.insert(it.key(), line->text().trimmed());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
            values.insert(it.key(), text->toPlainText().trimmed());
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            values.insert(it.key(), combo->currentData().toString());
        else if (auto* spin = qobject_cast<QSpinBox*>(w))
            values.insert(it.key(), spin->value());
        else if (auto* check = qobject_cast<QCheckBox*>(w))
            values.insert(it.key(), check->isChecked());
        else if (auto* editor = qobject_cast<AnnotationsEditor*>(w)) {
            QVariantMap map;
            const Annotations annotations = editor->annotations();
            for (auto a = annotations.cbegin(); a != annotations.cend(); ++a)
                map.insert(a.key(), a.value());
            values.insert(it.key(), map);
        }
    }
    return values;
}

void EditDialog::setValues(const QVariantMap& values)
{
    m_filling = true;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QVariant value = values.value(it.key());
        QWidget* w = it.value();
        if (auto* line = qobject_cast<QLineEdit*>(w))
            line->setText(value.toString());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
            text->setPlainText(value.toString());
        else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            int index = combo->findData(value.toString());
            if (index < 0) { // a value this console does not know: kept, shown as it is
                combo->addItem(value.toString(), value.toString());
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(index);
        } else if (auto* spin = qobject_cast<QSpinBox*>(w))
            spin->setValue(value.toInt());
        else if (auto* check = qobject_cast<QCheckBox*>(w))
            check->setChecked(value.toBool());
        else if (auto* editor = qobject_cast<AnnotationsEditor*>(w)) {
            Annotations annotations;
            const QVariantMap map = value.toMap();
            for (auto a = map.cbegin(); a != map.cend(); ++a)
                annotations.insert(a.key(), a.value().toString());
            editor->setAnnotations(annotations);
        }
    }
    m_filling = false;
    m_conflictBox->hide();
    const QString key = m_flow->managedByKey();
    m_managedBy->setText(key.isEmpty()
            ? QString()
            : tr("“%1” carries the annotation “%2”: another tool (Terraform, for example) manages it and will revert "
                 "these edits at its next run. Change it there instead, or save knowing that.")
                  .arg(m_flow->target().displayName(), key));
    m_managedBy->setVisible(!key.isEmpty());
    validate();
}

void EditDialog::validate()
{
    if (m_filling)
        return;
    const QVariantMap edited = values();
    const QStringList changed = m_flow->changedPaths(edited);
    m_problem = m_flow->problem(edited);
    QStringList lines;
    const QVariantMap original = m_flow->original();
    for (const QString& path : changed)
        lines.append(tr("%1: %2 → %3")
                         .arg(EditFields::label(path), EditFields::display(original.value(path)),
                             EditFields::display(edited.value(path))));
    const bool ready = m_flow->state() == EditFlow::State::Ready || m_flow->state() == EditFlow::State::Conflict;
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        const QString value = edited.value(it.key()).toString();
        QString fieldProblem;
        if (ready && changed.contains(it.key()))
            fieldProblem = it.key() == u"displayName"_s ? EditFields::displayNameProblem(value)
                                                        : CreateFlow::policyIdProblem(value);
        showFieldProblem(m_fields.value(it.key()), it.value(), fieldProblem);
    }
    m_problems->update();
    m_changes->setText(!ready ? QString()
            : lines.isEmpty() ? tr("No changes yet.")
                              : tr("Changes to save:") + u'\n' + lines.join(u'\n'));
    // A wrapped label in a fixed-height dialog gets less than it needs unless it asks for its height.
    m_changes->setMinimumHeight(qMax(0, m_changes->heightForWidth(qMax(m_changes->width(), 300)))); // -1: no text
    const QString blocker = m_flow->blocker(edited);
    m_parts.action->setEnabled(m_flow->canSave(edited) && m_flow->state() != EditFlow::State::Conflict);
    m_parts.action->setToolTip(blocker);
}

void EditDialog::render()
{
    const EditFlow::State state = m_flow->state();
    const bool busy = m_flow->isBusy();
    m_form->setEnabled(!busy && state != EditFlow::State::Gone && state != EditFlow::State::Idle);
    m_conflictBox->setVisible(state == EditFlow::State::Conflict);
    m_conflictBox->setEnabled(!busy);
    m_parts.render(busy, m_flow->statusText(), m_flow->errorText());
    validate();
}

void EditDialog::showConflict()
{
    const QList<EditFlow::Conflict> conflicts = m_flow->conflicts();
    m_conflictTable->setRowCount(int(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const EditFlow::Conflict& c = conflicts.at(row);
        const QStringList cells { EditFields::label(c.path), EditFields::display(c.original),
            EditFields::display(c.theirs),
            c.mineChanged ? EditFields::display(c.mine) : tr("(not changed: theirs stays)") };
        for (int column = 0; column < cells.size(); ++column)
            m_conflictTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_conflictTable->resizeColumnsToContents();
    const int rowsHeight = m_conflictTable->verticalHeader()->length() + m_conflictTable->horizontalHeader()->height();
    m_conflictTable->setMaximumHeight(rowsHeight + 2 * m_conflictTable->frameWidth() + 4);
    m_conflictBox->show();
}

void EditDialog::submit()
{
    validate();
    if (!m_parts.action->isEnabled())
        return;
    m_flow->save(values());
}

void EditDialog::reject()
{
    if (m_flow->isBusy()) {
        m_flow->cancel(); // the first Cancel stops the request, not the dialog
        return;
    }
    QDialog::reject();
}

} // namespace c1
