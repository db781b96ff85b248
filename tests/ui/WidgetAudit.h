#pragma once

// Accessibility audit for widget trees (tests only): every interactive widget must have an objectName (tests and
// styles find it by name) and an accessibleName (screen readers announce it). Use it on every dialog and view:
//
//     C1_VERIFY_WIDGET_AUDIT(&dialog);
//
// Qt's own inner parts (the line edit of a spin box or combo box, an item view's headers, scroll bars, a line edit's
// clear button, dock title buttons, "qt_…" widgets) and toolbar buttons showing an action (they are announced by the
// action's text) are not audited.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringList>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

namespace c1::test {

inline bool isInteractiveWidget(const QWidget* widget)
{
    if (qobject_cast<const QScrollBar*>(widget))
        return false;
    if (auto* group = qobject_cast<const QGroupBox*>(widget))
        return group->isCheckable();
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget)
        || qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QComboBox*>(widget)
        || qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QAbstractSlider*>(widget)
        || qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QPlainTextEdit*>(widget)
        || qobject_cast<const QTabBar*>(widget);
}

// True for widgets that are parts of another widget rather than controls of their own.
inline bool isInnerPart(const QWidget* widget, const QWidget* root)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    if (auto* button = qobject_cast<const QToolButton*>(widget);
        button && button->defaultAction() && qobject_cast<const QToolBar*>(widget->parentWidget()))
        return true; // a toolbar's button for an action
    for (const QWidget* p = widget->parentWidget(); p && p != root->parentWidget(); p = p->parentWidget()) {
        if (p == widget)
            continue;
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p)
            || qobject_cast<const QAbstractItemView*>(p) // headers, corner button, editors
            || qobject_cast<const QLineEdit*>(p) || qobject_cast<const QTabBar*>(p)
            || p->objectName().startsWith(QLatin1String("qt_")))
            return true;
    }
    return false;
}

// The problems found under `root` (root included), one line each; empty when every control is named.
inline QStringList auditWidgetTree(const QWidget* root)
{
    QStringList problems;
    QList<const QWidget*> widgets { root };
    for (const QWidget* child : root->findChildren<const QWidget*>())
        widgets.append(child);
    for (const QWidget* widget : widgets) {
        if (!isInteractiveWidget(widget) || isInnerPart(widget, root))
            continue;
        const QString what = QString::fromLatin1(widget->metaObject()->className());
        if (widget->objectName().isEmpty())
            problems << QStringLiteral("%1 without objectName (accessibleName “%2”, parent %3)")
                            .arg(what, widget->accessibleName(),
                                widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
        else if (widget->accessibleName().isEmpty())
            problems << QStringLiteral("%1 “%2” without accessibleName").arg(what, widget->objectName());
    }
    return problems;
}

} // namespace c1::test

#define C1_VERIFY_WIDGET_AUDIT(root)                                                                                   \
    do {                                                                                                               \
        const QStringList c1AuditProblems = c1::test::auditWidgetTree(root);                                           \
        QVERIFY2(c1AuditProblems.isEmpty(), qPrintable(c1AuditProblems.join(QLatin1Char('\n'))));                      \
    } while (false)
