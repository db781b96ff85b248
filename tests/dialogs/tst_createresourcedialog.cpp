// CreateResourceDialog against an in-process sandbox tenant: a given app and type, or chosen from combo boxes
// filled from the tenant; validation at the fields; the request on the wire.
#include "dialogs/FormsTestSupport.h"

#include "create/CreateResourceDialog.h"
#include "create/UserPicker.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace c1;
using namespace Qt::StringLiterals;

class TestCreateResourceDialog : public QObject {
    Q_OBJECT
    test::TestTenant m_tenant;
    QString m_appId;
    AppResourceType m_type;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tenant.start());
        m_appId = m_tenant.server()->appIds().constFirst();
        const QList<AppResourceType> types = m_tenant.resourceTypes(m_appId);
        QVERIFY(!types.isEmpty());
        m_type = types.constFirst();
    }

    void createsInGivenType()
    {
        const QList<User> users = m_tenant.users();
        QVERIFY(users.size() >= 2);
        CreateResourceDialog dialog(m_tenant.session(), m_appId, m_type.id);
        QSignalSpy created(&dialog, &CreateResourceDialog::resourceCreated);
        dialog.setTargetNames(QStringLiteral("Some app"), m_type.displayName);
        dialog.show();
        QVERIFY(dialog.findChild<QComboBox*>(QStringLiteral("appCombo"))->isHidden());
        QVERIFY(dialog.findChild<QComboBox*>(QStringLiteral("resourceTypeCombo"))->isHidden());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("targetLabel"))->text().contains(QStringLiteral("Some app")));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), QStringLiteral("db-prod-7"));
        QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit")), QStringLiteral("DB"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("matchBatonIdEdit")), QStringLiteral("db:7"));
        auto* owners = dialog.findChild<UserPicker*>(QStringLiteral("ownersPicker"));
        QTest::keyClicks(owners->searchEdit(), users.at(1).id);
        QTest::keyClick(owners->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(owners->users().size(), 1, 10000);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("annotationsTable"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addAnnotationButton")), Qt::LeftButton);
        table->item(0, 0)->setText(QStringLiteral("managed_by"));
        table->item(0, 1)->setText(QStringLiteral("console"));
        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
        QVERIFY2(create->isEnabled(), qPrintable(dialog.problem()));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(created.wait(10000));
        const AppResource resource = created.at(0).at(0).value<AppResource>();
        QCOMPARE(resource.displayName, QStringLiteral("db-prod-7"));
        QCOMPARE(resource.appId, m_appId);
        QCOMPARE(resource.appResourceTypeId, m_type.id);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QString path = QStringLiteral("/api/v1/apps/%1/resource_types/%2/resources").arg(m_appId, m_type.id);
        const QJsonObject body = m_tenant.lastBody(QStringLiteral("POST"), path);
        QCOMPARE(body,
            QJsonObject({ { u"displayName"_s, u"db-prod-7"_s }, { u"description"_s, u"DB"_s },
                { u"matchBatonId"_s, u"db:7"_s }, { u"resourceOwnerUserIds"_s, QJsonArray { users.at(1).id } },
                { u"annotations"_s, QJsonObject { { u"managed_by"_s, u"console"_s } } } }));
        bool listed = false;
        for (const AppResource& r : m_tenant.resources(m_appId, m_type.id))
            listed = listed || r.id == resource.id;
        QVERIFY(listed);
        QStringList owning;
        for (const QStringList& role : m_tenant.server()->ownersOf(m_appId, m_type.id, resource.id))
            owning += role;
        QVERIFY(owning.contains(QStringLiteral("user/") + users.at(1).id));
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
        const QString name = tookEffect ? u"ambiguous-made"_s : u"ambiguous-lost"_s;
        const QString path = u"/api/v1/apps/%1/resource_types/%2/resources"_s.arg(m_appId, m_type.id);
        CreateResourceDialog dialog(m_tenant.session(), m_appId, m_type.id);
        dialog.createdCheck()->setDelaysMs({ 50, 100 });
        QSignalSpy created(&dialog, &CreateResourceDialog::resourceCreated);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), name);
        {
            test::FaultyPost fault(m_tenant.server(), path,
                tookEffect ? test::FaultyPost::Fault::DropAfterEffect : test::FaultyPost::Fault::DropBeforeEffect);
            dialog.submit();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
            QCOMPARE(fault.posts(), 1); // never re-sent
        }
        const auto named = [this, &name] {
            int n = 0;
            for (const AppResource& r : m_tenant.resources(m_appId, m_type.id))
                n += r.displayName == name ? 1 : 0;
            return n;
        };
        QCOMPARE(named(), tookEffect ? 1 : 0);
        QCOMPARE(dialog.createdCheck()->searches(), tookEffect ? 1 : 3);
        if (tookEffect) {
            QCOMPARE(created.count(), 1);
            QCOMPARE(created.at(0).at(0).value<AppResource>().displayName, name);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            return;
        }
        QCOMPARE(created.count(), 0);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("serverErrorLabel"))->text().contains(u"most likely"_s));
        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(created.wait(10000));
        QCOMPARE(named(), 1);
    }

    void choosesAppAndType()
    {
        CreateResourceDialog dialog(m_tenant.session());
        QSignalSpy loaded(&dialog, &CreateResourceDialog::choicesLoaded);
        QSignalSpy created(&dialog, &CreateResourceDialog::resourceCreated);
        dialog.show();
        auto* apps = dialog.findChild<QComboBox*>(QStringLiteral("appCombo"));
        auto* types = dialog.findChild<QComboBox*>(QStringLiteral("resourceTypeCombo"));
        QVERIFY(!apps->isHidden());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(apps->count(), m_tenant.server()->appIds().size());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), QStringLiteral("Chosen"));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled()); // no app yet
        // Typing an unknown app name is refused at the field.
        QTest::keyClicks(apps->lineEdit(), QStringLiteral("No such app at all"));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("appError"))->isHidden());
        apps->setCurrentIndex(apps->findData(m_appId));
        QTRY_VERIFY_WITH_TIMEOUT(types->count() > 0, 10000);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("appError"))->isHidden());
        types->setCurrentIndex(types->findData(m_type.id));
        QCOMPARE(dialog.appId(), m_appId);
        QCOMPARE(dialog.resourceTypeId(), m_type.id);
        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
        QVERIFY2(create->isEnabled(), qPrintable(dialog.problem()));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(created.wait(10000));
        QCOMPARE(created.at(0).at(0).value<AppResource>().appResourceTypeId, m_type.id);
        QCOMPARE(m_tenant.lastBody(QStringLiteral("POST"), QStringLiteral("/resources")),
            QJsonObject({ { u"displayName"_s, u"Chosen"_s } }));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorLabel");
        QTest::newRow("empty name") << "name"
                                    << ""
                                    << "displayNameError";
        QTest::newRow("26-char owner ID") << "owners" << QString(26, QLatin1Char('a')) << "ownersError";
        QTest::newRow("c1/ prefix") << "annotationKey"
                                    << "c1/x"
                                    << "annotationsError";
        QTest::newRow("value with a space") << "annotationValue"
                                            << "a b"
                                            << "annotationsError";
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, errorLabel);
        CreateResourceDialog dialog(m_tenant.session(), m_appId, m_type.id);
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit"));
        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
        QTest::keyClicks(name, QStringLiteral("ok"));
        QVERIFY(create->isEnabled());
        if (field == QLatin1String("name")) {
            name->selectAll();
            QTest::keyClick(name, Qt::Key_Backspace);
        } else if (field == QLatin1String("owners")) {
            QTest::keyClicks(dialog.findChild<UserPicker*>(QStringLiteral("ownersPicker"))->searchEdit(), value);
        } else {
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addAnnotationButton")), Qt::LeftButton);
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("annotationsTable"));
            table->item(0, 0)->setText(field == QLatin1String("annotationKey") ? value : QStringLiteral("k"));
            table->item(0, 1)->setText(field == QLatin1String("annotationValue") ? value : QStringLiteral("v"));
        }
        auto* label = dialog.findChild<QLabel*>(errorLabel);
        QVERIFY(!label->isHidden());
        QVERIFY(!label->text().isEmpty());
        QVERIFY(!create->isEnabled());
    }

    void readOnlyAndNames()
    {
        test::TestTenant readOnly;
        QVERIFY(readOnly.start(test::TenantSetup::readOnlyProfile()));
        CreateResourceDialog dialog(readOnly.session());
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), QStringLiteral("x"));
        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
        QVERIFY(!create->isEnabled());
        QVERIFY(create->toolTip().contains(QStringLiteral("read-only")));
        const QStringList offenders = test::unnamedInteractiveWidgets(&dialog);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestCreateResourceDialog)
#include "tst_createresourcedialog.moc"
