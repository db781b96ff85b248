// The create and edit forms on the screen they open on (issue 14, item 4): each dialog is resizable and sized to its
// content within the screen's available area (not a fixed 640×720), and a problem is never only below the fold: it
// scrolls into view as it appears, and a summary line beside the buttons names it. The search fields' hints show
// whole.
#include "dialogs/FormsTestSupport.h"

#include "create/AnnotationsEditor.h"
#include "create/CreateAppDialog.h"
#include "create/CreateResourceDialog.h"
#include "edit/EditDialog.h"
#include "shell/Translations.h"
#include "workflows/EditFlow.h"

#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTableWidget>
#include <QToolButton>

using namespace c1;

namespace {

// The part of a line edit where its text (and placeholder) is drawn, as QLineEdit::paintEvent computes it: the
// style's contents rectangle less the text margins, the action buttons beside the text and the 2-pixel margins.
int textWidth(const QLineEdit* edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->contentsRect();
    option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    QRect r = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    r = r.marginsRemoved(edit->textMargins());
    for (const QToolButton* button : edit->findChildren<QToolButton*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!button->isVisibleTo(edit))
            continue;
        if (button->geometry().center().x() < edit->width() / 2)
            r.setLeft(std::max(r.left(), button->geometry().right() + 1));
        else
            r.setRight(std::min(r.right(), button->geometry().left() - 1));
    }
    return r.width() - 2 * 2;
}

} // namespace

class TestCreateFormsFit : public QObject {
    Q_OBJECT
    test::TestTenant m_tenant;

    std::unique_ptr<QDialog> make(const QString& form)
    {
        std::unique_ptr<QDialog> dialog;
        if (form == QLatin1String("createapp"))
            dialog = std::make_unique<CreateAppDialog>(m_tenant.session());
        else
            dialog = std::make_unique<CreateResourceDialog>(m_tenant.session());
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("%s was not exposed", qPrintable(form));
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tenant.start()); }

    void forms_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("Create App") << QStringLiteral("createapp");
        QTest::newRow("Create Resource") << QStringLiteral("createresource");
    }

    void fitsTheScreen_data() { forms_data(); }
    // Resizable, within the screen's available area, and as big as the form (no scrolling) unless the screen is too
    // small for it, in which case it takes most of the screen's height.
    void fitsTheScreen()
    {
        QFETCH(QString, form);
        const auto dialog = make(form);
        const QRect available = dialog->screen()->availableGeometry();
        QVERIFY(dialog->isSizeGripEnabled());
        QVERIFY(dialog->maximumWidth() > dialog->width() && dialog->maximumHeight() > dialog->height());
        QVERIFY2(dialog->height() <= available.height() && dialog->width() <= available.width(),
            qPrintable(QStringLiteral("%1×%2 on a screen of %3×%4")
                           .arg(dialog->width())
                           .arg(dialog->height())
                           .arg(available.width())
                           .arg(available.height())));
        auto* scroll = dialog->findChild<QScrollArea*>(QStringLiteral("scrollArea"));
        QVERIFY(scroll);
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0); // every field's width fits
        const bool formFits = scroll->verticalScrollBar()->maximum() == 0;
        QVERIFY2(formFits || dialog->height() >= available.height() * 0.85,
            qPrintable(QStringLiteral("%1 px tall, the form scrolls by %2 px")
                           .arg(dialog->height())
                           .arg(scroll->verticalScrollBar()->maximum())));
    }

    void problemInSight_data() { forms_data(); }
    // An annotation key starting with "c1/" (the last field, below the fold) disables Create: the summary line beside
    // the buttons names it, the form scrolls to its message, and the summary's link goes back to it.
    void problemInSight()
    {
        QFETCH(QString, form);
        const auto dialog = make(form);
        auto* scroll = dialog->findChild<QScrollArea*>(QStringLiteral("scrollArea"));
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("problemSummary"));
        auto* editor = dialog->findChild<AnnotationsEditor*>();
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("annotationsError"));
        QVERIFY(scroll && summary && editor && message);
        QVERIFY(!summary->isVisible()); // nothing wrong yet
        QWidget* viewport = scroll->viewport();
        auto inSight = [viewport](QWidget* widget) {
            return widget->isVisible()
                && viewport->rect().contains(QRect(widget->mapTo(viewport, QPoint(0, 0)), widget->size()));
        };
        scroll->verticalScrollBar()->setValue(0);
        const bool belowTheFold = !inSight(editor);

        editor->addRow(QStringLiteral("c1/owner"), QStringLiteral("someone"));
        QVERIFY(!editor->problem().isEmpty());
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
        QTRY_VERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(editor->problem().toHtmlEscaped()), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QLatin1String("Annotations")), qPrintable(summary->text()));
        QTRY_VERIFY2(inSight(message), belowTheFold ? "scrolled from the top" : "the form fits");

        // Scrolled away again, the summary's link brings it back.
        scroll->verticalScrollBar()->setValue(0);
        if (belowTheFold)
            QVERIFY(!inSight(message));
        Q_EMIT summary->linkActivated(QStringLiteral("#problem"));
        QTRY_VERIFY(inSight(message));

        // Fixed, the summary goes.
        editor->table()->item(editor->rowCount() - 1, 0)->setText(QStringLiteral("owner"));
        QVERIFY(editor->problem().isEmpty());
        QTRY_VERIFY(!summary->isVisible());
    }

    // Edit App: the same rules as the create forms. A name emptied is said under the field and beside the buttons; an
    // annotation key C1 reserves (the last field, below the fold) scrolls into view; fixed, the summary goes.
    void editProblemInSight()
    {
        EditDialog dialog(EditTarget::app(m_tenant.server()->appIds().constFirst()), m_tenant.session());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.flow()->state(), EditFlow::State::Ready, 15000);
        const QRect available = dialog.screen()->availableGeometry();
        QVERIFY(dialog.isSizeGripEnabled());
        QVERIFY(dialog.height() <= available.height() && dialog.width() <= available.width());
        auto* scroll = dialog.findChild<QScrollArea*>(QStringLiteral("editScrollArea"));
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("problemSummary"));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY(scroll && summary && save);
        QVERIFY(!summary->isVisible());
        QWidget* viewport = scroll->viewport();
        auto inSight = [viewport](QWidget* widget) {
            return widget->isVisible()
                && viewport->rect().contains(QRect(widget->mapTo(viewport, QPoint(0, 0)), widget->size()));
        };

        auto* name = qobject_cast<QLineEdit*>(dialog.field(QStringLiteral("displayName")));
        QVERIFY(name);
        name->clear();
        auto* nameError = dialog.findChild<QLabel*>(QStringLiteral("displayNameError"));
        QVERIFY(nameError);
        QTRY_VERIFY(summary->isVisible());
        QVERIFY(!dialog.problem().isEmpty());
        QVERIFY(nameError->isVisible());
        QCOMPARE(nameError->text(), dialog.problem());
        QVERIFY2(summary->text().contains(dialog.problem().toHtmlEscaped()), qPrintable(summary->text()));
        QVERIFY(!save->isEnabled());
        QTRY_VERIFY(inSight(nameError));
        name->setText(QStringLiteral("Renamed"));
        QTRY_VERIFY(!summary->isVisible());
        QVERIFY(!nameError->isVisible());
        QVERIFY(save->isEnabled());

        scroll->verticalScrollBar()->setValue(0);
        auto* editor = dialog.findChild<AnnotationsEditor*>();
        auto* message = editor ? editor->findChild<QLabel*>(QStringLiteral("annotationsError")) : nullptr;
        QVERIFY(editor && message);
        editor->addRow(QStringLiteral("c1/owner"), QStringLiteral("someone"));
        QTRY_VERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(editor->problem().toHtmlEscaped()), qPrintable(summary->text()));
        QTRY_VERIFY(inSight(message));
        QVERIFY(!save->isEnabled());
        dialog.reject();
    }

    // The hint of every search field shows whole (the Create App owner search's used to be cut off), in every
    // language the console speaks (German and French hints are longer than the English ones).
    void placeholdersShowWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("form");
        for (const char* language : { "en", "de", "fr" }) {
            for (const char* form : { "createapp", "createresource" })
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(language), QLatin1String(form))))
                    << QString::fromLatin1(language) << QString::fromLatin1(form);
        }
    }
    void placeholdersShowWhole()
    {
        QFETCH(QString, language);
        QFETCH(QString, form);
        QCOMPARE(Translations::install(language), language);
        const auto restore = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
        const auto dialog = make(form);
        if (auto* editor = dialog->findChild<AnnotationsEditor*>()) {
            // A problem message under the annotations makes the form taller than the dialog: the scroll bar that
            // appears takes its room from the fields, never from their hints.
            editor->addRow(QStringLiteral("c1/owner"), QStringLiteral("finance"));
            QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("problemSummary"))->isVisible());
            QCoreApplication::processEvents();
            // Beside it every field keeps its width: no sideways scrolling, unless the screen is too narrow for the
            // form (then the fields keep their widths and scroll).
            auto* scroll = dialog->findChild<QScrollArea*>(QStringLiteral("scrollArea"));
            if (dialog->width() < dialog->screen()->availableGeometry().width() * 0.85)
                QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        }
        int checked = 0;
        for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
            if (!edit->isVisible() || edit->placeholderText().isEmpty() || !edit->text().isEmpty())
                continue;
            ++checked;
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
            QVERIFY2(needed <= textWidth(edit),
                qPrintable(QStringLiteral("“%1” (%2): %3 px wide, room for %4 px")
                               .arg(edit->placeholderText(), edit->objectName())
                               .arg(needed)
                               .arg(textWidth(edit))));
        }
        QVERIFY(checked >= 2);
    }
};

QTEST_MAIN(TestCreateFormsFit)
#include "tst_createformsfit.moc"
