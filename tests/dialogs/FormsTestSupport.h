#pragma once
// Shared by the dialog suites (besides the one fixture, support/TestTenant.h, and support/FaultyPost.h): the
// accessibility walk over a widget tree.

#include "support/FaultyPost.h"
#include "support/TestTenant.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

namespace c1::test {

// Every interactive widget under `root` (controls a person can reach, not the internals of Qt's composite
// widgets) has an objectName and an accessibleName. Returns the offenders' descriptions.
inline QStringList unnamedInteractiveWidgets(QWidget* root)
{
    QStringList offenders;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
            || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w)
            || qobject_cast<QAbstractItemView*>(w);
        if (!interactive || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QWidget* parent = w->parentWidget();
        bool internal = false;
        for (QWidget* p = parent; p && p != root; p = p->parentWidget()) {
            if (qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QLineEdit*>(p)
                || qobject_cast<QAbstractItemView*>(p))
                internal = true;
        }
        if (internal)
            continue;
        if (w->objectName().isEmpty() || w->accessibleName().isEmpty())
            offenders.append(QStringLiteral("%1 \"%2\" in %3")
                                 .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                     parent ? parent->objectName() : QString()));
    }
    return offenders;
}

} // namespace c1::test
