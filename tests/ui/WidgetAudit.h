#pragma once

// Accessibility audit for widget trees (tests only). Use it on every dialog and view:
//
//     C1_VERIFY_WIDGET_AUDIT(&dialog);
//
// It walks every widget under the root and checks what a screen reader is given:
//  - every interactive widget has an objectName (tests and styles find it by name) and an accessibleName;
//  - the parts of a control that are controls of their own, and so announced on their own, have an accessible
//    name too: the line edit of an editable combo box and the buttons of a line edit's actions (its leading icon,
//    its clear button), while they show;
//  - no label's accessible name hides its text: a QLabel that shows text is announced by that text, so an
//    accessible name on it must say at least what it shows (a field's name belongs on its buddy relation instead).
// Qt's other inner parts (the line edit of a spin box, an item view's headers and editors, scroll bars, a tab bar's
// scroll buttons, dock title buttons, "qt_…" widgets) are announced through their control, and toolbar buttons
// showing an action are announced by the action's text.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMovie>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringList>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
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

// What a screen reader announces as the widget's name (its accessible interface's Name).
inline QString announcedName(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Inner parts that are controls of their own: the line edit of an editable combo box, a line edit's action buttons.
inline bool isAnnouncedPart(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    if (auto* edit = qobject_cast<const QLineEdit*>(widget)) {
        auto* combo = qobject_cast<const QComboBox*>(parent);
        return combo && combo->lineEdit() == edit;
    }
    return qobject_cast<const QToolButton*>(widget) && qobject_cast<const QLineEdit*>(parent);
}

// A label's visible text as plain text (rich text rendered, mnemonic ampersands removed).
inline QString labelPlainText(const QLabel* label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
    text.remove(QChar::ObjectReplacementCharacter); // an inline image
    return text.simplified();
}

inline QString describeWidget(const QWidget* widget)
{
    const QString what = QString::fromLatin1(widget->metaObject()->className());
    const QWidget* parent = widget->parentWidget();
    return QStringLiteral("%1 “%2” (parent %3 “%4”)")
        .arg(what, widget->objectName(), parent ? QString::fromLatin1(parent->metaObject()->className()) : QString(),
            parent ? parent->objectName() : QString());
}

// The problems found under `root` (root included), one line each; empty when every control is named and every
// label's text reaches screen readers.
inline QStringList auditWidgetTree(const QWidget* root)
{
    QStringList problems;
    QList<QWidget*> widgets { const_cast<QWidget*>(root) };
    for (QWidget* child : root->findChildren<QWidget*>())
        widgets.append(child);
    for (QWidget* widget : widgets) {
        const QString what = QString::fromLatin1(widget->metaObject()->className());
        if (auto* label = qobject_cast<const QLabel*>(widget)) {
            const QString text = labelPlainText(label);
            const QString name = label->accessibleName().simplified();
            if (!text.isEmpty() && !name.isEmpty() && !name.contains(text))
                problems << QStringLiteral("%1 shows “%2” but is announced as “%3”")
                                .arg(describeWidget(widget), text.left(80), name);
            else if (text.isEmpty() && !name.isEmpty() && label->pixmap().isNull() && !label->movie())
                problems << QStringLiteral("%1 is announced as “%2”, which will hide the text it is given")
                                .arg(describeWidget(widget), name);
            continue;
        }
        if (isAnnouncedPart(widget)) {
            if (widget->isVisibleTo(root) && announcedName(widget).isEmpty())
                problems << QStringLiteral("%1 is announced without a name").arg(describeWidget(widget));
            continue;
        }
        if (!isInteractiveWidget(widget) || isInnerPart(widget, root))
            continue;
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
