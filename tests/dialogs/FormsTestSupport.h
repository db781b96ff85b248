#pragma once
// Shared by the dialog suites (besides the one fixture, support/TestTenant.h, and support/FaultyPost.h): the
// accessibility walk over a widget tree.

#include "support/FaultyPost.h"
#include "support/TestTenant.h"
#include "ui/WidgetAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

namespace c1::test {

// Every interactive widget under `root` has an objectName and an accessibleName, the parts of a control that are
// announced on their own (an editable combo's line edit, a line edit's action buttons) have a name, and no label's
// accessible name hides its text: the accessibility audit of ui/WidgetAudit.h, the one audit every suite uses.
// Returns the problems found, one line each.
inline QStringList unnamedInteractiveWidgets(QWidget* root)
{
    return auditWidgetTree(root);
}

} // namespace c1::test
