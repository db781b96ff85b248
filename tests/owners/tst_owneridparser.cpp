#include "owners/OwnerIdParser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using c1::OwnerIdParser;
using c1::ParsedOwner;

namespace {

const QString kA = u"2aAbCdEfGhIjKlMnOpQrStUvWxY"_s; // 27
const QString kB = u"2bBbCdEfGhIjKlMnOpQrStUvWxY"_s;
const QString kC = u"2cCbCdEfGhIjKlMnOpQrStUvWxY"_s;

QString typeLetter(ParsedOwner::Type type)
{
    switch (type) {
    case ParsedOwner::Type::UserId:
        return u"U"_s;
    case ParsedOwner::Type::Email:
        return u"E"_s;
    case ParsedOwner::Type::Entitlement:
        return u"N"_s;
    case ParsedOwner::Type::Invalid:
        return u"X"_s;
    }
    return {};
}

// "U:<value>@<line>" for valid owners, "X:<text>@<line>" for invalid ones.
QStringList describe(const c1::OwnerParseResult& result)
{
    QStringList out;
    for (const ParsedOwner& o : result.owners) {
        out << typeLetter(o.type) + u':' + (o.type == ParsedOwner::Type::Invalid ? o.text : o.value) + u'@'
                + QString::number(o.line);
    }
    return out;
}

QString makeId(int n)
{
    QString s = QString::number(n).rightJustified(10, u'0');
    return QString(u"u"_s + s + u"ZZZZZZZZZZZZZZZZZZZZZZZZZZZ"_s).left(27);
}

} // namespace

class TstOwnerIdParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void reasons_data();
    void reasons();
    void duplicatesAreReported();
    void headerOnlyOnFirstLine();
    void cancelStopsEarly();
    void bigPaste();
};

void TstOwnerIdParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("entitlements");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<int>("lines");

    QTest::newRow("empty") << QString() << false << QStringList {} << 0 << 0;
    QTest::newRow("blank lines") << u"\n\n  \n\t\n"_s << false << QStringList {} << 0 << 4;
    QTest::newRow("one id") << kA << false << QStringList { u"U:"_s + kA + u"@1"_s } << 0 << 1;
    QTest::newRow("crlf column") << kA + u"\r\n"_s + kB + u"\r\n"_s << false
                                 << QStringList { u"U:"_s + kA + u"@1"_s, u"U:"_s + kB + u"@2"_s } << 0 << 2;
    QTest::newRow("old mac cr") << kA + u"\r"_s + kB << false
                                << QStringList { u"U:"_s + kA + u"@1"_s, u"U:"_s + kB + u"@2"_s } << 0 << 2;
    QTest::newRow("bom") << u"\uFEFF"_s + kA + u"\n"_s << false << QStringList { u"U:"_s + kA + u"@1"_s } << 0 << 1;
    QTest::newRow("quotes") << u"\""_s + kA + u"\",'"_s + kB + u"'\n“"_s + kC + u"”"_s << false
                            << QStringList { u"U:"_s + kA + u"@1"_s, u"U:"_s + kB + u"@1"_s, u"U:"_s + kC + u"@2"_s }
                            << 0 << 2;
    QTest::newRow("trailing commas") << kA + u",,,\n"_s + kB + u";;\n"_s << false
                                     << QStringList { u"U:"_s + kA + u"@1"_s, u"U:"_s + kB + u"@2"_s } << 0 << 2;
    QTest::newRow("spreadsheet tabs, users")
        << kA + u"\t"_s + kB + u"\t\n"_s << false << QStringList { u"U:"_s + kA + u"@1"_s, u"U:"_s + kB + u"@1"_s } << 0
        << 1;
    QTest::newRow("two-column range, entitlements")
        << kA + u"\t"_s + kB + u"\r\n"_s + kA + u"\t"_s + kC + u"\r\n"_s << true
        << QStringList { u"N:"_s + kA + u"/"_s + kB + u"@1"_s, u"N:"_s + kA + u"/"_s + kC + u"@2"_s } << 0 << 2;
    QTest::newRow("colon and slash refs")
        << kA + u":"_s + kB + u" "_s + kA + u"/"_s + kC << false
        << QStringList { u"N:"_s + kA + u"/"_s + kB + u"@1"_s, u"N:"_s + kA + u"/"_s + kC + u"@1"_s } << 0 << 1;
    QTest::newRow("colon and slash are the same ref") << kA + u":"_s + kB + u"\n"_s + kA + u"/"_s + kB << true
                                                      << QStringList { u"N:"_s + kA + u"/"_s + kB + u"@1"_s } << 1 << 2;
    QTest::newRow("mixed emails and ids")
        << u"Ada@Example.com, "_s + kA + u"\n<bob@example.org>; grace@example.co.uk"_s << false
        << QStringList { u"E:ada@example.com@1"_s, u"U:"_s + kA + u"@1"_s, u"E:bob@example.org@2"_s,
               u"E:grace@example.co.uk@2"_s }
        << 0 << 2;
    QTest::newRow("email case duplicates")
        << u"ada@example.com\nADA@EXAMPLE.COM"_s << false << QStringList { u"E:ada@example.com@1"_s } << 1 << 2;
    QTest::newRow("id case is significant")
        << kA + u"\n"_s + kA.toLower() << false
        << QStringList { u"U:"_s + kA + u"@1"_s, u"U:"_s + kA.toLower() + u"@2"_s } << 0 << 2;
    QTest::newRow("26 and 28 chars") << kA.left(26) + u"\n"_s + kA + u"Z"_s << false
                                     << QStringList { u"X:"_s + kA.left(26) + u"@1"_s, u"X:"_s + kA + u"Z@2"_s } << 0
                                     << 2;
    QTest::newRow("unicode junk") << u"héllo✓ "_s + kA << false
                                  << QStringList { u"X:héllo✓@1"_s, u"U:"_s + kA + u"@1"_s } << 0 << 1;
    QTest::newRow("zero-width space inside an id")
        << kA.left(10) + u"\u200B"_s + kA.mid(10) << false << QStringList { u"U:"_s + kA + u"@1"_s } << 0 << 1;
    QTest::newRow("nbsp separates") << kA + u"\u00A0"_s + kB << false
                                    << QStringList { u"U:"_s + kA + u"@1"_s, u"U:"_s + kB + u"@1"_s } << 0 << 1;
    QTest::newRow("duplicates") << kA + u"\n"_s + kB + u"\n"_s + kA + u"\n"_s + kA << false
                                << QStringList { u"U:"_s + kA + u"@1"_s, u"U:"_s + kB + u"@2"_s } << 2 << 4;
    QTest::newRow("header user_id") << u"user_id\n"_s + kA << false << QStringList { u"U:"_s + kA + u"@2"_s } << 0 << 2;
    QTest::newRow("header two columns") << u"\n\"App ID\"\t\"Entitlement ID\"\n"_s + kA + u"\t"_s + kB << true
                                        << QStringList { u"N:"_s + kA + u"/"_s + kB + u"@3"_s } << 0 << 3;
    QTest::newRow("header email, name") << u"Email,Name\nada@example.com,Ada"_s << false
                                        << QStringList { u"E:ada@example.com@2"_s, u"X:Ada@2"_s } << 0 << 2;
    QTest::newRow("bad emails") << u"a@b, @example.com, ada@, a@@b.com, ada@localhost, ada@exa..com"_s << false
                                << QStringList { u"X:a@b@1"_s, u"X:@example.com@1"_s, u"X:ada@@1"_s, u"X:a@@b.com@1"_s,
                                       u"X:ada@localhost@1"_s, u"X:ada@exa..com@1"_s }
                                << 0 << 1;
    QTest::newRow("bad refs") << kA + u":"_s + kB.left(26) + u" "_s + kA + u":"_s + kB + u":"_s + kC << true
                              << QStringList { u"X:"_s + kA + u":"_s + kB.left(26) + u"@1"_s,
                                     u"X:"_s + kA + u":"_s + kB + u":"_s + kC + u"@1"_s }
                              << 0 << 1;
    QTest::newRow("three ids on a tab line are not a ref")
        << kA + u"\t"_s + kB + u"\t"_s + kC << true
        << QStringList { u"U:"_s + kA + u"@1"_s, u"U:"_s + kB + u"@1"_s, u"U:"_s + kC + u"@1"_s } << 0 << 1;
}

void TstOwnerIdParser::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, entitlements);
    QFETCH(QStringList, expected);
    QFETCH(int, duplicates);
    QFETCH(int, lines);

    OwnerIdParser::Options options;
    options.expect = entitlements ? c1::OwnerKind::Entitlement : c1::OwnerKind::User;
    const c1::OwnerParseResult result = OwnerIdParser::parse(text, options);
    QCOMPARE(describe(result), expected);
    QCOMPARE(result.duplicates.size(), duplicates);
    QCOMPARE(result.lineCount, lines);
    for (const ParsedOwner& o : result.owners)
        QCOMPARE(o.reason.isEmpty(), o.type != ParsedOwner::Type::Invalid);
}

void TstOwnerIdParser::reasons_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("26") << kA.left(26) << u"26 characters"_s;
    QTest::newRow("28") << kA + u"Z"_s << u"28 characters"_s;
    QTest::newRow("short word") << u"hello"_s << u"not a user ID, email"_s;
    QTest::newRow("email") << u"ada@"_s << u"email"_s;
    QTest::newRow("unicode") << u"ab✓"_s << u"U+2713"_s;
    QTest::newRow("ref app id") << kA.left(20) + u":"_s + kB << u"app ID is 20 characters"_s;
    QTest::newRow("ref entitlement id") << kA + u"/"_s + kB + u"Q"_s << u"entitlement ID is 28 characters"_s;
    QTest::newRow("punctuation") << u"a+b"_s << u"not a user ID, email"_s;
}

void TstOwnerIdParser::reasons()
{
    QFETCH(QString, token);
    QFETCH(QString, reasonContains);
    const ParsedOwner owner = OwnerIdParser::classify(token, 7);
    QCOMPARE(owner.type, ParsedOwner::Type::Invalid);
    QCOMPARE(owner.line, 7);
    QVERIFY2(owner.reason.contains(reasonContains), qPrintable(owner.reason));
}

void TstOwnerIdParser::duplicatesAreReported()
{
    const QString text = kA + u"\n"_s + kB + u"\n\n"_s + kA + u", "_s + kB + u"\n"_s + kA;
    const c1::OwnerParseResult result = OwnerIdParser::parse(text);
    QCOMPARE(result.owners.size(), 2);
    QCOMPARE(result.duplicates.size(), 3);
    QCOMPARE(result.duplicates[0].line, 4);
    QCOMPARE(result.duplicates[0].firstLine, 1);
    QCOMPARE(result.duplicates[1].line, 4);
    QCOMPARE(result.duplicates[1].firstLine, 2);
    QCOMPARE(result.duplicates[2].line, 5);
    const QStringList notes = result.notes();
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().contains(u"4, 4, 5"_s), qPrintable(notes.first()));
}

void TstOwnerIdParser::headerOnlyOnFirstLine()
{
    const c1::OwnerParseResult result = OwnerIdParser::parse(QString(u"  \nemail\n"_s + kA + u"\nemail"_s));
    QCOMPARE(result.headerLines, QList<int> { 2 });
    QCOMPARE(describe(result), (QStringList { u"U:"_s + kA + u"@3"_s, u"X:email@4"_s }));
    QCOMPARE(result.notes().size(), 1);
}

void TstOwnerIdParser::cancelStopsEarly()
{
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += makeId(i) + u'\n';
    OwnerIdParser::Options options;
    options.isCanceled = [] { return true; };
    const c1::OwnerParseResult result = OwnerIdParser::parse(text, options);
    QVERIFY(result.canceled);
    QVERIFY(result.owners.size() < 20000);
}

void TstOwnerIdParser::bigPaste()
{
    // ~2 MB: 40,000 lines of "id,email" with every 100th line repeated and every 1000th malformed.
    QString text;
    text.reserve(2'200'000);
    text += u"user_id,email\r\n"_s;
    int expectedValid = 0;
    int expectedInvalid = 0;
    int expectedDuplicates = 0;
    for (int i = 0; i < 40000; ++i) {
        if (i % 1000 == 999) {
            text += makeId(i).left(26) + u"\r\n"_s;
            ++expectedInvalid;
        } else if (i % 100 == 50) {
            text += makeId(i - 1) + u",\"user"_s + QString::number(i - 1) + u"@example.com\"\r\n"_s;
            expectedDuplicates += 2;
        } else {
            text += makeId(i) + u",\"user"_s + QString::number(i) + u"@example.com\"\r\n"_s;
            expectedValid += 2;
        }
    }
    QVERIFY(text.size() * 2 > 2'000'000 / 1);
    QElapsedTimer timer;
    timer.start();
    const c1::OwnerParseResult result = OwnerIdParser::parse(text);
    qInfo("parsed %lld characters (%d lines) in %lld ms", qint64(text.size()), result.lineCount, timer.elapsed());
    QCOMPARE(result.lineCount, 40001);
    QCOMPARE(result.headerLines, QList<int> { 1 });
    QCOMPARE(result.count(ParsedOwner::Type::UserId) + result.count(ParsedOwner::Type::Email), expectedValid);
    QCOMPARE(result.count(ParsedOwner::Type::Invalid), expectedInvalid);
    QCOMPARE(result.duplicates.size(), expectedDuplicates);
}

QTEST_GUILESS_MAIN(TstOwnerIdParser)
#include "tst_owneridparser.moc"
