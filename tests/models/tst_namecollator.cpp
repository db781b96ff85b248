// NameCollator: its ASCII fast path must give exactly QCollator's order (numeric, case-insensitive) in the locales
// where it is used, and every other name must go to QCollator.
#include "models/NameCollator.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;

namespace {

int sign(int value)
{
    return (value > 0) - (value < 0);
}

const QStringList Names {
    u"GitHub"_s,
    u"github"_s,
    u"GITHUB"_s,
    u"Git Hub"_s,
    u"Git-Hub"_s,
    u"Git_Hub"_s,
    u"Git.Hub"_s,
    u"GitHub 2"_s,
    u"GitHub 10"_s,
    u"GitHub 010"_s,
    u"GitHub 9"_s,
    u"GitHub 99999999999999999999"_s,
    u"GitHub 100000000000000000000"_s,
    u"App 2"_s,
    u"App 10"_s,
    u"App10"_s,
    u"App 1a"_s,
    u"App 1 a"_s,
    u"App"_s,
    u"app "_s,
    u"1Password"_s,
    u"10Password"_s,
    u"2fa"_s,
    u"api-gateway"_s,
    u"api_gateway"_s,
    u"api gateway"_s,
    u"apigateway"_s,
    u"api.gateway"_s,
    u"api:gateway"_s,
    u"api,gateway"_s,
    u"api;gateway"_s,
    u"api!gateway"_s,
    u"api?gateway"_s,
    u"api'gateway"_s,
    u"api\"gateway"_s,
    u"api(gateway)"_s,
    u"api[gateway]"_s,
    u"api{gateway}"_s,
    u"api@gateway"_s,
    u"api*gateway"_s,
    u"api/gateway"_s,
    u"api\\gateway"_s,
    u"api&gateway"_s,
    u"api#gateway"_s,
    u"api%gateway"_s,
    u"api`gateway"_s,
    u"api^gateway"_s,
    u"api+gateway"_s,
    u"api<gateway"_s,
    u"api=gateway"_s,
    u"api>gateway"_s,
    u"api|gateway"_s,
    u"api~gateway"_s,
    u"api$gateway"_s,
    u"Engineering 4501"_s,
    u"Engineering 451"_s,
    u"Engineering"_s,
    u"engineering 0"_s,
    u"Zoom"_s,
    u"zoom"_s,
    u"AWS Production"_s,
    u"AWS Staging"_s,
    u"AWS-Production"_s,
    u"a"_s,
    u"B"_s,
    u"_"_s,
    u"-"_s,
    u" "_s,
    u""_s,
    u"0"_s,
    u"00"_s,
    u"Éclair"_s,
    u"Eclair"_s,
    u"Zoë"_s,
    u"Zoe"_s,
    u"Ärger"_s,
    u"Arger"_s,
    u"straße"_s,
    u"strasse"_s,
    u"日本"_s,
    u"Office 365"_s,
};

} // namespace

class TstNameCollator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void agreesWithQCollator_data();
    void agreesWithQCollator();
    void order_data();
    void order();
    void otherLocalesUseTheCollator();
    void sortKeysOrderAsCompare();
    void sortKeysOnlyOnTheFastPath();
};

void TstNameCollator::agreesWithQCollator_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en") << u"en_US"_s;
    QTest::newRow("de") << u"de_DE"_s;
    QTest::newRow("fr") << u"fr_FR"_s;
    QTest::newRow("C") << u"C"_s;
}

void TstNameCollator::agreesWithQCollator()
{
    QFETCH(QString, locale);
    const NameCollator names { QLocale(locale) };
    QVERIFY(names.hasFastPath());
    QCollator reference(QLocale(locale).language() == QLocale::C ? QLocale(QLocale::English) : QLocale(locale));
    reference.setNumericMode(true);
    reference.setCaseSensitivity(Qt::CaseInsensitive);
    int checked = 0;
    for (const QString& a : Names) {
        for (const QString& b : Names) {
            const int expected = sign(reference.compare(a, b));
            QVERIFY2(sign(names.compare(a, b)) == expected,
                qPrintable(u"\"%1\" vs \"%2\": QCollator says %3"_s.arg(a, b).arg(expected)));
            ++checked;
        }
    }
    QCOMPARE(checked, int(Names.size() * Names.size()));
}

void TstNameCollator::order_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("expected");
    QTest::newRow("numeric") << u"App 2"_s << u"App 10"_s << -1;
    QTest::newRow("case") << u"github"_s << u"GitHub"_s << 0;
    QTest::newRow("prefix") << u"App"_s << u"App 1"_s << -1;
    QTest::newRow("digits before letters") << u"1Password"_s << u"Asana"_s << -1;
    QTest::newRow("space before letters") << u"Git Hub"_s << u"GitHub"_s << -1;
    QTest::newRow("long numbers") << u"n 100000000000000000000"_s << u"n 99999999999999999999"_s << 1;
}

void TstNameCollator::order()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, expected);
    const NameCollator names { QLocale(QLocale::English) };
    QCOMPARE(sign(names.compare(left, right)), expected);
    QCOMPARE(sign(names.compare(right, left)), -expected);
}

void TstNameCollator::otherLocalesUseTheCollator()
{
    // Danish sorts "aa" as "å", after "z": no fast path there.
    const NameCollator danish { QLocale(QLocale::Danish) };
    QVERIFY(!danish.hasFastPath());
    QVERIFY(danish.compare(u"Aarhus", u"Zealand") > 0);
    QVERIFY(NameCollator(QLocale(QLocale::English)).compare(u"Aarhus", u"Zealand") < 0);
}

void TstNameCollator::sortKeysOrderAsCompare()
{
    // The fixed names, plus random ones drawn from an alphabet heavy in digits, zeros, case and punctuation.
    QStringList names;
    for (const QString& name : Names) {
        if (!NameCollator::fastSortKey(name).isEmpty() || name.isEmpty())
            names << name;
    }
    QRandomGenerator random(20261122);
    const QString alphabet = u"aAbB zZ0012 9_-.:"_s;
    for (int i = 0; i < 400; ++i) {
        QString name;
        const int length = random.bounded(0, 9);
        for (int k = 0; k < length; ++k)
            name += alphabet[random.bounded(int(alphabet.size()))];
        names << name;
    }
    const NameCollator collator { QLocale(QLocale::English) };
    int checked = 0;
    for (const QString& a : std::as_const(names)) {
        const QByteArray keyA = NameCollator::fastSortKey(a);
        for (const QString& b : std::as_const(names)) {
            const QByteArray keyB = NameCollator::fastSortKey(b);
            QVERIFY2(NameCollator::compareKeys(keyA, keyB) == sign(collator.compare(a, b)),
                qPrintable(u"\"%1\" vs \"%2\""_s.arg(a, b)));
            ++checked;
        }
    }
    QVERIFY(checked > 160'000);
}

void TstNameCollator::sortKeysOnlyOnTheFastPath()
{
    QVERIFY(NameCollator::fastSortKey(u"Éclair").isEmpty());
    QVERIFY(NameCollator::fastSortKey(u"日本").isEmpty());
    QVERIFY(NameCollator::fastSortKey(u"tab\there").isEmpty());
    QVERIFY(
        NameCollator::fastSortKey(QString(u"n " + QString(256, u'7'))).isEmpty()); // a digit run past its length byte
    QVERIFY(!NameCollator::fastSortKey(QString(u"n " + QString(255, u'7'))).isEmpty());
    QCOMPARE(NameCollator::fastSortKey(u"App 007"), NameCollator::fastSortKey(u"app 7"));
}

QTEST_GUILESS_MAIN(TstNameCollator)
#include "tst_namecollator.moc"
