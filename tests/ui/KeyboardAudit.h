#pragma once
// Keyboard audits for widget trees (tests only), beside WidgetAudit.h:
//  - tabOrderProblems(): every input widget can be reached with Tab, Tab leaves text editors, and the focus chain
//    visits the input widgets in visual order (the order of their layouts, top to bottom, then left to right);
//  - mnemonicProblems(): labels with a mnemonic have a buddy, and no two visible controls share an Alt+letter.

#include "ui/WidgetAudit.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLayout>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedLayout>
#include <QStackedWidget>

#include <optional>

namespace c1::test {

inline QString widgetName(const QWidget* widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

// Where `widget` sits in `layout` (or a layout nested in it): grid (row, column), form (row, role), box (index).
inline std::optional<QList<int>> layoutPosition(QLayout* layout, const QWidget* widget)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        QList<int> here;
        if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            here = { row, column };
        } else if (auto* form = qobject_cast<QFormLayout*>(layout)) {
            int row = 0;
            QFormLayout::ItemRole role = QFormLayout::LabelRole;
            form->getItemPosition(i, &row, &role);
            here = { row, role == QFormLayout::SpanningRole ? 0 : int(role) };
        } else if (auto* box = qobject_cast<QBoxLayout*>(layout)) {
            const bool reversed
                = box->direction() == QBoxLayout::RightToLeft || box->direction() == QBoxLayout::BottomToTop;
            here = { reversed ? layout->count() - 1 - i : i };
        } else {
            here = { i };
        }
        if (item->widget() == widget)
            return here;
        if (item->layout()) {
            if (auto inner = layoutPosition(item->layout(), widget))
                return here + *inner;
        }
    }
    return std::nullopt;
}

// A key that sorts widgets in reading order: at each level up to `root`, the place in the parent's layout (or
// splitter), else the position on screen.
inline QList<int> visualKey(const QWidget* widget, const QWidget* root)
{
    QList<int> key;
    for (const QWidget* w = widget; w && w != root; w = w->parentWidget()) {
        QWidget* parent = w->parentWidget();
        if (!parent)
            break;
        QList<int> place;
        if (auto* splitter = qobject_cast<QSplitter*>(parent)) {
            place = { splitter->indexOf(const_cast<QWidget*>(w)) };
        } else if (auto position = parent->layout() ? layoutPosition(parent->layout(), w) : std::nullopt) {
            place = *position;
        } else {
            place = { w->geometry().y(), w->geometry().x() };
        }
        key = place + key;
    }
    return key;
}

// The controls a person fills in or presses: visible, enabled, interactive, not a part of another control.
inline QList<QWidget*> inputWidgets(QWidget* root)
{
    QList<QWidget*> found;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (w->isWindow() || !w->isVisibleTo(root) || !w->isEnabled() || !isInteractiveWidget(w)
            || isInnerPart(w, root))
            continue;
        if (auto* button = qobject_cast<QToolButton*>(w); button && qobject_cast<QToolBar*>(w->parentWidget()))
            continue; // toolbar buttons are reached through their actions' shortcuts
        found << w;
    }
    return found;
}

inline bool isReadOnlyText(const QWidget* w)
{
    if (auto* edit = qobject_cast<const QPlainTextEdit*>(w))
        return edit->isReadOnly();
    if (auto* edit = qobject_cast<const QTextEdit*>(w))
        return edit->isReadOnly();
    return false;
}

inline QStringList tabOrderProblems(QWidget* root)
{
    QStringList problems;
    const QList<QWidget*> inputs = inputWidgets(root);
    QList<QWidget*> reachable;
    for (QWidget* w : inputs) {
        if (!(w->focusPolicy() & Qt::TabFocus)) {
            problems << QStringLiteral("%1 cannot be reached with Tab").arg(widgetName(w));
            continue;
        }
        reachable << w;
        bool trapsTab = false;
        if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
            trapsTab = !plain->tabChangesFocus();
        else if (auto* rich = qobject_cast<QTextEdit*>(w))
            trapsTab = !rich->tabChangesFocus();
        if (trapsTab && !isReadOnlyText(w))
            problems << QStringLiteral("Tab does not leave %1 (setTabChangesFocus)").arg(widgetName(w));
    }

    // The focus chain, restricted to those widgets, against their visual order.
    QList<QWidget*> chain;
    for (QWidget* w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain()) {
        if (reachable.contains(w) && !chain.contains(w))
            chain << w;
    }
    if (chain.size() != reachable.size())
        problems << QStringLiteral("the focus chain misses %1 of %2 input widgets")
                        .arg(reachable.size() - chain.size())
                        .arg(reachable.size());
    QList<QWidget*> visual = chain;
    std::stable_sort(visual.begin(), visual.end(),
        [root](QWidget* a, QWidget* b) { return visualKey(a, root) < visualKey(b, root); });
    if (chain != visual) {
        QStringList tab, seen;
        for (QWidget* w : std::as_const(chain))
            tab << widgetName(w);
        for (QWidget* w : std::as_const(visual))
            seen << widgetName(w);
        problems << QStringLiteral("tab order differs from visual order:\n  tab:    %1\n  visual: %2")
                        .arg(tab.join(QStringLiteral(", ")), seen.join(QStringLiteral(", ")));
    }
    return problems;
}

// The Alt+letter of a text ("&Name" → 'n'), or a null QChar.
inline QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Mnemonics within one scope (a window's controls and its menu bar titles, or one menu): unique, and a label's
// mnemonic leads somewhere (its buddy).
inline QStringList mnemonicProblems(QWidget* root)
{
    QStringList problems;
    QMap<QChar, QStringList> owners;
    auto note = [&owners](const QString& text, const QString& who) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            owners[c] << who + QStringLiteral(" “") + text + QStringLiteral("”");
    };
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (w->isWindow() || !w->isVisibleTo(root))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (mnemonicOf(label->text()).isNull())
                continue;
            if (!label->buddy())
                problems << QStringLiteral("label %1 “%2” has a mnemonic but no buddy")
                                .arg(widgetName(label), label->text());
            note(label->text(), widgetName(label));
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (!qobject_cast<QToolBar*>(w->parentWidget()))
                note(button->text(), widgetName(button));
        } else if (auto* group = qobject_cast<QGroupBox*>(w); group && group->isCheckable()) {
            note(group->title(), widgetName(group));
        }
    }
    if (auto* window = qobject_cast<QMainWindow*>(root); window && window->menuBar()) {
        for (QAction* menu : window->menuBar()->actions())
            note(menu->text(), QStringLiteral("menu"));
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() > 1)
            problems
                << QStringLiteral("Alt+%1 is shared by %2").arg(it.key().toUpper(), it->join(QStringLiteral(", ")));
    }
    return problems;
}

} // namespace c1::test
