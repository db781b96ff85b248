#include "api/Types.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;

class TestValidate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void isId_data();
    void isId();
    void annotationKey_data();
    void annotationKey();
    void annotationValue_data();
    void annotationValue();
    void annotations_data();
    void annotations();
};

void TestValidate::isId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("27 alphanumerics") << u"2Jq5aBcDeFgHiJkLmNoPqRsTuVw"_s << true;
    QTest::newRow("digits only") << u"123456789012345678901234567"_s << true;
    QTest::newRow("26") << u"2Jq5aBcDeFgHiJkLmNoPqRsTuV"_s << false;
    QTest::newRow("28") << u"2Jq5aBcDeFgHiJkLmNoPqRsTuVwX"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dash") << u"2Jq5aBcDeFgHiJkLmNoPqRsTu-w"_s << false;
    QTest::newRow("space") << u"2Jq5aBcDeFgHiJkLmNoPqRsTu w"_s << false;
    QTest::newRow("slash") << u"2Jq5aBcDeFgHiJkLmNoPqRsTu/w"_s << false;
    QTest::newRow("non-ASCII letter") << u"2Jq5aBcDeFgHiJkLmNoPqRsTuÄw"_s << false;
    QTest::newRow("full-width digit") << u"2Jq5aBcDeFgHiJkLmNoPqRsTu１w"_s << false;
}

void TestValidate::isId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(validate::isId(id), valid);
}

void TestValidate::annotationKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"managed_by"_s << true;
    QTest::newRow("all allowed characters") << u"Iac.tool/version-2_x"_s << true;
    QTest::newRow("one letter") << u"a"_s << true;
    QTest::newRow("128") << u"k"_s.repeated(128) << true;
    QTest::newRow("129") << u"k"_s.repeated(129) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("starts with a digit") << u"1key"_s << false;
    QTest::newRow("starts with a dot") << u".key"_s << false;
    QTest::newRow("space") << u"my key"_s << false;
    QTest::newRow("colon") << u"a:b"_s << false;
    QTest::newRow("tilde") << u"a~b"_s << false;
    QTest::newRow("non-ASCII") << u"schlüssel"_s << false;
    QTest::newRow("reserved c1/") << u"c1/owner"_s << false;
    QTest::newRow("C1/ is not reserved") << u"C1/owner"_s << true;
    QTest::newRow("c1 without slash") << u"c1x"_s << true;
}

void TestValidate::annotationKey()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    const QString problem = validate::annotationKey(key);
    QCOMPARE(problem.isEmpty(), valid);
}

void TestValidate::annotationValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("unreserved") << u"Abc-1.2_3~x"_s << true;
    QTest::newRow("256") << u"v"_s.repeated(256) << true;
    QTest::newRow("257") << u"v"_s.repeated(257) << false;
    QTest::newRow("space") << u"a b"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("percent") << u"a%20b"_s << false;
    QTest::newRow("plus") << u"a+b"_s << false;
    QTest::newRow("non-ASCII") << u"café"_s << false;
}

void TestValidate::annotationValue()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(validate::annotationValue(value).isEmpty(), valid);
}

void TestValidate::annotations_data()
{
    QTest::addColumn<Annotations>("annotations");
    QTest::addColumn<QString>("mentions"); // a word the message must contain; empty = valid

    QTest::newRow("none") << Annotations {} << QString();
    QTest::newRow("well-known keys") << Annotations { { u"managed_by"_s, u"terraform"_s },
        { u"iac_workspace"_s, u"prod"_s } }
                                     << QString();

    Annotations sixteen, seventeen;
    for (int i = 0; i < 17; ++i) {
        if (i < 16)
            sixteen.insert(u"k%1"_s.arg(i), u"v"_s);
        seventeen.insert(u"k%1"_s.arg(i), u"v"_s);
    }
    QTest::newRow("16 entries") << sixteen << QString();
    QTest::newRow("17 entries") << seventeen << u"17"_s;

    // 16 entries of 100-character keys and 150-character values: each valid, 4000+ bytes in all.
    Annotations big;
    for (int i = 0; i < 16; ++i)
        big.insert(u"k%1"_s.arg(i, 2, 10, QChar(u'0')) + u"x"_s.repeated(98), u"v"_s.repeated(150));
    QTest::newRow("over 4096 bytes") << big << u"4096"_s;
    Annotations justUnder;
    for (int i = 0; i < 10; ++i)
        justUnder.insert(u"k%1"_s.arg(i) + u"x"_s.repeated(100), u"v"_s.repeated(256)); // 10 × ~370 bytes
    QTest::newRow("under 4096 bytes") << justUnder << QString();

    QTest::newRow("bad key named") << Annotations { { u"ok"_s, u"v"_s }, { u"c1/x"_s, u"v"_s } } << u"c1/x"_s;
    QTest::newRow("bad value names its key") << Annotations { { u"team"_s, u"a b"_s } } << u"team"_s;
}

void TestValidate::annotations()
{
    QFETCH(Annotations, annotations);
    QFETCH(QString, mentions);
    const QString problem = validate::annotations(annotations);
    if (mentions.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY(!problem.isEmpty());
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
    }
}

QTEST_GUILESS_MAIN(TestValidate)
#include "tst_validate.moc"
