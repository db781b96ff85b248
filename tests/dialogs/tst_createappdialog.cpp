// CreateAppDialog against an in-process sandbox tenant: every validation rule at its field, the exact request
// on the wire, server errors with request ID, Cancel while busy, read-only profiles, accessible names.
#include "dialogs/FormsTestSupport.h"

#include "create/AnnotationsEditor.h"
#include "create/CreateAppDialog.h"
#include "create/EntitlementPicker.h"
#include "create/UserPicker.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

using namespace c1;
using namespace Qt::StringLiterals;

namespace {
QWidget* byPath(QWidget* root, const QString& path)
{
    QWidget* w = root;
    for (const QString& name : path.split(QLatin1Char('/'))) {
        w = w ? w->findChild<QWidget*>(name) : nullptr;
    }
    return w;
}

// "k=v;k2=v2" into the annotations table through its Add button and cells.
void fillAnnotations(CreateAppDialog& dialog, const QString& spec)
{
    auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addAnnotationButton"));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("annotationsTable"));
    for (const QString& pair : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        QTest::mouseClick(add, Qt::LeftButton);
        const int row = table->rowCount() - 1;
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        table->item(row, 0)->setText(pair.left(eq));
        table->item(row, 1)->setText(pair.mid(eq + 1));
    }
}

QString manyAnnotations(int count, int valueLength)
{
    QStringList pairs;
    for (int i = 0; i < count; ++i)
        pairs.append(QStringLiteral("key%1=").arg(i, 2, 10, QLatin1Char('0')) + QString(valueLength, QLatin1Char('v')));
    return pairs.join(QLatin1Char(';'));
}
} // namespace

class TestCreateAppDialog : public QObject {
    Q_OBJECT
    test::TestTenant m_tenant;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tenant.start()); }

    void validation_data()
    {
        QTest::addColumn<QString>("input"); // where: "field=value" or "annotations=k=v;…"
        QTest::addColumn<QString>("fieldPath"); // the widget styled invalid
        QTest::addColumn<QString>("errorLabel"); // the message label at the field ("" = valid)
        const QString id26(26, QLatin1Char('a'));
        const QString id27 = QString(26, QLatin1Char('b')) + QLatin1Char('1');
        QTest::newRow("empty name") << QStringLiteral("name=") << "displayNameEdit"
                                    << "displayNameError";
        QTest::newRow("blank name") << QStringLiteral("name=   ") << "displayNameEdit"
                                    << "displayNameError";
        QTest::newRow("26-char owner ID") << (QStringLiteral("owners=") + id26) << "ownersPicker/searchEdit"
                                          << "ownersError";
        QTest::newRow("28-char owner ID")
            << (QStringLiteral("owners=") + id27 + QLatin1Char('x')) << "ownersPicker/searchEdit"
            << "ownersError";
        QTest::newRow("one bad ID of two")
            << (QStringLiteral("owners=") + id27 + QLatin1Char(',') + id26) << "ownersPicker/searchEdit"
            << "ownersError";
        QTest::newRow("bad entitlement ref") << (QStringLiteral("entitlements=") + id27 + QLatin1Char('/') + id26)
                                             << "entitlementOwnersPicker/searchEdit"
                                             << "entitlementOwnersError";
        QTest::newRow("26-char grant policy") << (QStringLiteral("grant=") + id26) << "grantPolicyEdit"
                                              << "grantPolicyError";
        QTest::newRow("revoke policy with symbol")
            << (QStringLiteral("revoke=") + id26 + QLatin1Char('!')) << "revokePolicyEdit"
            << "revokePolicyError";
        QTest::newRow("28-char certify policy")
            << (QStringLiteral("certify=") + id27 + QLatin1Char('c')) << "certifyPolicyEdit"
            << "certifyPolicyError";
        QTest::newRow("bad annotation key") << QStringLiteral("annotations=1abc=v") << "annotationsTable"
                                            << "annotationsError";
        QTest::newRow("key with space") << QStringLiteral("annotations=my key=v") << "annotationsTable"
                                        << "annotationsError";
        QTest::newRow("c1/ prefix") << QStringLiteral("annotations=c1/managed=v") << "annotationsTable"
                                    << "annotationsError";
        QTest::newRow("value without key") << QStringLiteral("annotations==v") << "annotationsTable"
                                           << "annotationsError";
        QTest::newRow("duplicate key") << QStringLiteral("annotations=k=v;k=w") << "annotationsTable"
                                       << "annotationsError";
        QTest::newRow("17 annotations") << (QStringLiteral("annotations=") + manyAnnotations(17, 1))
                                        << "annotationsTable"
                                        << "annotationsError";
        QTest::newRow("value with a space") << QStringLiteral("annotations=k=a b") << "annotationsTable"
                                            << "annotationsError";
        QTest::newRow("value with slash") << QStringLiteral("annotations=k=a/b") << "annotationsTable"
                                          << "annotationsError";
        QTest::newRow("257-char value") << (QStringLiteral("annotations=k=") + QString(257, QLatin1Char('v')))
                                        << "annotationsTable"
                                        << "annotationsError";
        // 16 entries of key "keyNN" and a 245-character value serialize to exactly 4097 bytes.
        QTest::newRow("4097 bytes") << (QStringLiteral("annotations=") + manyAnnotations(16, 245)) << "annotationsTable"
                                    << "annotationsError";
        // Valid inputs: no message, Create enabled.
        QTest::newRow("4081 bytes ok") << (QStringLiteral("annotations=") + manyAnnotations(16, 244))
                                       << "annotationsTable"
                                       << "";
        QTest::newRow("16 annotations ok")
            << (QStringLiteral("annotations=") + manyAnnotations(16, 1)) << "annotationsTable"
            << "";
        QTest::newRow("URL-safe value ok")
            << QStringLiteral("annotations=managed_by=terraform-1.5_x~y") << "annotationsTable"
            << "";
        QTest::newRow("27-char policy ok") << (QStringLiteral("grant=") + id27) << "grantPolicyEdit"
                                           << "";
        QTest::newRow("name search is no ID") << QStringLiteral("owners=Ann Smith") << "ownersPicker/searchEdit"
                                              << "";
    }
    void validation()
    {
        QFETCH(QString, input);
        QFETCH(QString, fieldPath);
        QFETCH(QString, errorLabel);
        CreateAppDialog dialog(m_tenant.session());
        dialog.show();
        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit"));
        QVERIFY(create && name);
        QVERIFY(!create->isEnabled()); // nothing typed yet
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("displayNameError"))->isHidden()); // not nagging at once

        const qsizetype eq = input.indexOf(QLatin1Char('='));
        const QString field = input.left(eq);
        const QString value = input.mid(eq + 1);
        if (field == QLatin1String("name")) {
            QTest::keyClicks(name, QStringLiteral("x"));
            QTest::keyClick(name, Qt::Key_Backspace);
            QTest::keyClicks(name, value);
        } else {
            QTest::keyClicks(name, QStringLiteral("Valid name"));
            QVERIFY(create->isEnabled());
            if (field == QLatin1String("annotations"))
                fillAnnotations(dialog, value);
            else if (field == QLatin1String("owners"))
                QTest::keyClicks(byPath(&dialog, QStringLiteral("ownersPicker/searchEdit")), value);
            else if (field == QLatin1String("entitlements"))
                QTest::keyClicks(byPath(&dialog, QStringLiteral("entitlementOwnersPicker/searchEdit")), value);
            else
                QTest::keyClicks(dialog.findChild<QLineEdit*>(field + QStringLiteral("PolicyEdit")), value);
        }
        QWidget* styled = byPath(&dialog, fieldPath);
        QVERIFY2(styled, qPrintable(fieldPath));
        if (errorLabel.isEmpty()) {
            QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
            QVERIFY(!styled->property("invalid").toBool());
            QVERIFY(create->isEnabled());
            return;
        }
        auto* label = dialog.findChild<QLabel*>(errorLabel);
        QVERIFY(label);
        QVERIFY2(!label->isHidden(), qPrintable(errorLabel));
        QVERIFY(!label->text().isEmpty());
        QVERIFY(styled->property("invalid").toBool());
        QCOMPARE(styled->accessibleDescription(), label->text());
        QVERIFY(!create->isEnabled());
        QVERIFY(!create->toolTip().isEmpty());
        QVERIFY(!dialog.problem().isEmpty());
        // Nothing is sent for an invalid form, even when asked.
        const int before = m_tenant.server()->requestCount();
        dialog.submit();
        QVERIFY(!dialog.isBusy());
        QCOMPARE(m_tenant.server()->requestCount(), before);
    }

    void createsWithEveryField()
    {
        const QList<User> users = m_tenant.users();
        QVERIFY(users.size() >= 3);
        const QList<AppEntitlement> entitlements = m_tenant.entitlements(m_tenant.server()->appIds().constFirst());
        QVERIFY(!entitlements.isEmpty());
        const AppEntitlement entitlement = entitlements.constFirst();

        CreateAppDialog dialog(m_tenant.session());
        QSignalSpy created(&dialog, &CreateAppDialog::appCreated);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), QStringLiteral("Payroll"));
        QTest::keyClicks(
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit")), QStringLiteral("Salaries"));
        // Owners: two pasted IDs, resolved to names.
        auto* owners = dialog.findChild<UserPicker*>(QStringLiteral("ownersPicker"));
        QTest::keyClicks(owners->searchEdit(), users.at(0).id + QStringLiteral(", ") + users.at(1).id);
        QTest::keyClick(owners->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(owners->users().size(), 2, 10000);
        QCOMPARE(created.count(), 0); // Return in the picker adds; it does not press Create
        QVERIFY(owners->selectedList()->item(0)->text().contains(users.at(0).displayName));
        // Entitlement owner: searched by name, chosen from the results.
        auto* entitlementPicker = dialog.findChild<EntitlementPicker*>(QStringLiteral("entitlementOwnersPicker"));
        entitlementPicker->setDebounceMs(10);
        QSignalSpy searched(entitlementPicker, &SearchPicker::searchFinished);
        QTest::keyClicks(entitlementPicker->searchEdit(), entitlement.displayName);
        QVERIFY(searched.wait(10000));
        QVERIFY(entitlementPicker->resultsList()->count() > 0);
        bool picked = false;
        for (int i = 0; i < entitlementPicker->resultsList()->count() && !picked; ++i) {
            if (entitlementPicker->resultsList()->item(i)->toolTip()
                == EntitlementPicker::keyOf({ entitlement.appId, entitlement.id })) {
                QListWidgetItem* item = entitlementPicker->resultsList()->item(i);
                QTest::mouseClick(entitlementPicker->resultsList()->viewport(), Qt::LeftButton, {},
                    entitlementPicker->resultsList()->visualItemRect(item).center());
                picked = true;
            }
        }
        QVERIFY(picked);
        QCOMPARE(entitlementPicker->refs(), (QList<EntitlementRef> { { entitlement.appId, entitlement.id } }));
        dialog.findChild<QComboBox*>(QStringLiteral("identityMatchingCombo"))->setCurrentIndex(2);
        QTest::keyClicks(
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("instructionsEdit")), QStringLiteral("Ask HR"));
        auto* cost = dialog.findChild<QSpinBox*>(QStringLiteral("monthlyCostSpin"));
        cost->selectAll();
        QTest::keyClicks(cost, QStringLiteral("12"));
        QCOMPARE(cost->value(), 12);
        dialog.findChild<QComboBox*>(QStringLiteral("strictProvisioningCombo"))->setCurrentIndex(1);
        fillAnnotations(dialog, QStringLiteral("managed_by=console;team=payroll-1"));

        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
        QVERIFY2(create->isEnabled(), qPrintable(dialog.problem()));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(created.wait(10000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const App app = created.at(0).at(0).value<App>();
        QCOMPARE(app.displayName, QStringLiteral("Payroll"));
        QVERIFY(validate::isId(app.id));
        QVERIFY(m_tenant.server()->appIds().contains(app.id));

        // The body on the wire, with the spec's field names and nothing else.
        const QJsonObject body = m_tenant.lastBody(QStringLiteral("POST"), QStringLiteral("/api/v1/apps"));
        QStringList keys = body.keys();
        keys.sort();
        QCOMPARE(keys,
            (QStringList { u"annotations"_s, u"appEntitlementOwnerRefs"_s, u"description"_s, u"displayName"_s,
                u"identityMatching"_s, u"instructions"_s, u"monthlyCostUsd"_s, u"owners"_s,
                u"strictAccessEntitlementProvisioning"_s }));
        QCOMPARE(body.value(QStringLiteral("displayName")).toString(), QStringLiteral("Payroll"));
        QCOMPARE(body.value(QStringLiteral("description")).toString(), QStringLiteral("Salaries"));
        QCOMPARE(body.value(QStringLiteral("owners")).toArray(), QJsonArray({ users.at(0).id, users.at(1).id }));
        const QJsonObject ref = body.value(QStringLiteral("appEntitlementOwnerRefs")).toArray().at(0).toObject();
        QCOMPARE(ref.value(QStringLiteral("appId")).toString(), entitlement.appId);
        QCOMPARE(ref.value(QStringLiteral("id")).toString(), entitlement.id);
        QCOMPARE(body.value(QStringLiteral("identityMatching")).toString(),
            QStringLiteral("APP_USER_IDENTITY_MATCHING_DISPLAY_NAME"));
        QCOMPARE(body.value(QStringLiteral("instructions")).toString(), QStringLiteral("Ask HR"));
        QVERIFY(body.value(QStringLiteral("monthlyCostUsd")).isDouble());
        QCOMPARE(body.value(QStringLiteral("monthlyCostUsd")).toInt(), 12);
        QCOMPARE(body.value(QStringLiteral("strictAccessEntitlementProvisioning")), QJsonValue(true));
        QCOMPARE(body.value(QStringLiteral("annotations")).toObject(),
            QJsonObject({ { u"managed_by"_s, u"console"_s }, { u"team"_s, u"payroll-1"_s } }));
        // The owners reached the tenant.
        QStringList appOwners;
        for (const QStringList& role : m_tenant.server()->ownersOf(app.id))
            appOwners += role;
        QVERIFY(appOwners.contains(QStringLiteral("user/") + users.at(0).id));
        QVERIFY(appOwners.contains(QStringLiteral("ent/") + entitlement.appId + QLatin1Char('/') + entitlement.id));
    }

    void minimalRequestSendsOnlyTheName()
    {
        CreateAppDialog dialog(m_tenant.session());
        QSignalSpy created(&dialog, &CreateAppDialog::appCreated);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), QStringLiteral("  Bare  "));
        dialog.findChild<QComboBox*>(QStringLiteral("strictProvisioningCombo"))->setCurrentIndex(2);
        dialog.submit();
        QVERIFY(created.wait(10000));
        const QJsonObject body = m_tenant.lastBody(QStringLiteral("POST"), QStringLiteral("/api/v1/apps"));
        QCOMPARE(body,
            QJsonObject({ { u"displayName"_s, u"Bare"_s }, { u"strictAccessEntitlementProvisioning"_s, false } }));
    }

    void serverErrorKeepsInput()
    {
        CreateAppDialog dialog(m_tenant.session());
        QSignalSpy created(&dialog, &CreateAppDialog::appCreated);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), QStringLiteral("Flaky"));
        dialog.createdCheck()->setDelaysMs({ 20, 20 });
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("serverErrorLabel"));
        {
            // 503 for the create only: a POST is not retried blindly, and the check then finds no such app.
            test::FaultyPost fault(m_tenant.server(), u"/api/v1/apps"_s, test::FaultyPost::Fault::Unavailable);
            dialog.submit();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
            QCOMPARE(fault.posts(), 1);
        }
        QVERIFY(error->text().contains(u"503"_s) || error->text().contains(u"unavailable"_s, Qt::CaseInsensitive));
        QCOMPARE(created.count(), 0);
        QVERIFY(!error->isHidden());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit"))->text(), QStringLiteral("Flaky"));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
        QCOMPARE(dialog.result(), 0);
    }

    void ambiguousFailureIsCheckedBeforeAnythingIsSentAgain_data()
    {
        QTest::addColumn<bool>("tookEffect");
        QTest::newRow("dropped after the tenant created it") << true;
        QTest::newRow("dropped before") << false;
    }

    void ambiguousFailureIsCheckedBeforeAnythingIsSentAgain()
    {
        QFETCH(bool, tookEffect);
        const QString name = tookEffect ? u"Ambiguous Created"_s : u"Ambiguous Lost"_s;
        CreateAppDialog dialog(m_tenant.session());
        dialog.createdCheck()->setDelaysMs({ 50, 100 });
        QSignalSpy created(&dialog, &CreateAppDialog::appCreated);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), name);
        {
            test::FaultyPost fault(m_tenant.server(), u"/api/v1/apps"_s,
                tookEffect ? test::FaultyPost::Fault::DropAfterEffect : test::FaultyPost::Fault::DropBeforeEffect);
            dialog.submit();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
            QCOMPARE(fault.posts(), 1); // never re-sent
        }
        const auto named = [this, &name] { // apps of that exact name in the tenant, -1 if it cannot be read
            int n = -1;
            bool done = false;
            AppSearch search;
            search.displayName = name;
            m_tenant.client()->searchApps(search, {}, 0, this, [&](Result<Page<App>> result) {
                done = true;
                if (result)
                    n = int(std::count_if(result.value().items.cbegin(), result.value().items.cend(),
                        [&name](const App& app) { return app.displayName == name; }));
            });
            return QTest::qWaitFor([&done] { return done; }, 10000) ? n : -1;
        };
        QCOMPARE(named(), tookEffect ? 1 : 0);
        if (tookEffect) {
            QCOMPARE(created.count(), 1);
            QCOMPARE(created.at(0).at(0).value<App>().displayName, name);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.createdCheck()->searches(), 1);
            return;
        }
        QCOMPARE(dialog.createdCheck()->searches(), 3); // the index may lag: three looks before saying "not created"
        QCOMPARE(created.count(), 0);
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("serverErrorLabel"));
        QVERIFY(error->text().contains(u"most likely not created"_s));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit"))->text(), name);
        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton); // and now it is created, once
        QVERIFY(created.wait(10000));
        QCOMPARE(named(), 1);
    }

    void cancelWhileChecking()
    {
        CreateAppDialog dialog(m_tenant.session());
        dialog.createdCheck()->setDelaysMs({ 60000, 60000 }); // it waits between searches: Cancel must stop that
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), QStringLiteral("Halfway"));
        test::FaultyPost fault(m_tenant.server(), u"/api/v1/apps"_s, test::FaultyPost::Fault::DropBeforeEffect);
        dialog.submit();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.createdCheck()->searches(), 1, 10000);
        QVERIFY(dialog.isBusy());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QCOMPARE(rejected.count(), 0);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("serverErrorLabel"))->text().contains(u"Could not check"_s));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
    }

    void cancelWhileBusy()
    {
        m_tenant.server()->options().latencyMs = 3000;
        CreateAppDialog dialog(m_tenant.session());
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QSignalSpy created(&dialog, &CreateAppDialog::appCreated);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), QStringLiteral("Slow"));
        dialog.submit();
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.findChild<QProgressBar*>(QStringLiteral("busyBar"))->isHidden());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("formContainer"))->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isBusy());
        m_tenant.server()->options().latencyMs = 0;
        QCOMPARE(rejected.count(), 0); // the first Cancel stops the request, not the dialog
        QCOMPARE(created.count(), 0);
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("serverErrorLabel"))->isHidden());
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit"))->text(), QStringLiteral("Slow"));
        QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("formContainer"))->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QCOMPARE(rejected.count(), 1);
    }

    void readOnlyProfileCannotCreate()
    {
        test::TestTenant readOnly;
        QVERIFY(readOnly.start(test::TenantSetup::readOnlyProfile()));
        CreateAppDialog dialog(readOnly.session());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), QStringLiteral("Nope"));
        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
        QVERIFY(!create->isEnabled());
        QVERIFY(create->toolTip().contains(QStringLiteral("read-only")));
        const int before = readOnly.server()->requestCount();
        dialog.submit();
        QCOMPARE(readOnly.server()->requestCount(), before);
    }

    void everyInteractiveWidgetIsNamed()
    {
        CreateAppDialog dialog(m_tenant.session());
        dialog.show();
        fillAnnotations(dialog, QStringLiteral("a=b"));
        const QStringList offenders = test::unnamedInteractiveWidgets(&dialog);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestCreateAppDialog)
#include "tst_createappdialog.moc"
