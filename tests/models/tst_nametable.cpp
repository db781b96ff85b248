// NameTable: the flat per-container layout the filter proxy reads. Matching must equal a case-insensitive substring
// search of the name (or an ID prefix from four characters), and key comparisons must equal NameCollator's order.
#include "models/NameCollator.h"
#include "models/NameTable.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace c1;

class TstNameTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesLikeACaseInsensitiveSearch_data();
    void matchesLikeACaseInsensitiveSearch();
    void extendsHitsOnlyForNewRows();
    void clearGivesANewVersion();
    void keysCompareAsTheCollator();
};

void TstNameTable::matchesLikeACaseInsensitiveSearch_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("ASCII case") << u"GitHub Enterprise"_s << u"HUB ent"_s << true;
    QTest::newRow("umlaut case") << u"Ärzte Portal"_s << u"äRZ"_s << true;
    QTest::newRow("Greek final sigma folds") << u"ΟΔΟΣ"_s << u"οδος"_s << true;
    QTest::newRow("supplementary plane") << u"\U00010400pp"_s << u"\U00010428P"_s << true; // Deseret: 𐐀 folds to 𐐨
    QTest::newRow("no match") << u"Salesforce"_s << u"xyz"_s << false;
    QTest::newRow("not across names") << u"Zoom"_s << u"zoomokta"_s << false;
    QTest::newRow("ID prefix") << u"Zoom"_s << u"2abc"_s << true;
    QTest::newRow("ID prefix is case-sensitive") << u"Zoom"_s << u"2ABC"_s << false;
    QTest::newRow("ID middle is no match") << u"Zoom"_s << u"abcd"_s << false;
    QTest::newRow("short text never matches IDs") << u"Zoom"_s << u"2ab"_s << false;
}

void TstNameTable::matchesLikeACaseInsensitiveSearch()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    NameTable table;
    table.append(u"Okta", u"1xyzzy", 0);
    table.append(name, u"2abcdef", 0);
    std::vector<quint8> hits;
    const NameQuery query(text);
    table.match(query, hits);
    QCOMPARE(hits.size(), size_t(2));
    QCOMPARE(hits[1] != 0, expected);
    // The same answer as a plain search of the row's own strings.
    const auto reference = [&query](const QString& rowName, const QString& id) {
        return rowName.toCaseFolded().contains(query.text().toCaseFolded())
            || (query.text().size() >= NameQuery::MinIdPrefix && id.startsWith(query.text()));
    };
    QCOMPARE(hits[0] != 0, reference(u"Okta"_s, u"1xyzzy"_s));
    QCOMPARE(reference(name, u"2abcdef"_s), expected);
}

void TstNameTable::extendsHitsOnlyForNewRows()
{
    NameTable table;
    table.append(u"App 1", u"id1", 0);
    std::vector<quint8> hits;
    const NameQuery query(u"app"_s);
    table.match(query, hits);
    QCOMPARE(hits, (std::vector<quint8> { 1 }));
    hits[0] = 7; // marks the old flag: it must not be computed again
    table.append(u"Zoom", u"id2", 0);
    table.append(u"app 2", u"id3", 0);
    table.match(query, hits);
    QCOMPARE(hits, (std::vector<quint8> { 7, 0, 1 }));
}

void TstNameTable::clearGivesANewVersion()
{
    NameTable a;
    NameTable b;
    QVERIFY(a.version() != b.version());
    const quint64 before = a.version();
    a.append(u"x", u"id", 3);
    QCOMPARE(a.version(), before); // appending keeps the version
    QCOMPARE(a.tag(0), quint8(3));
    a.clear();
    QVERIFY(a.version() != before);
    QCOMPARE(a.size(), 0);
    QCOMPARE(a.bytesUsed() >= 0, true);
}

void TstNameTable::keysCompareAsTheCollator()
{
    // Random names over an alphabet that makes long shared prefixes (past the eight bytes held as an integer),
    // digit runs and zeros, plus names off the fast path.
    QRandomGenerator random(8);
    const QString alphabet = u"aaaA 0019_z"_s;
    QStringList names { u"Éclair"_s, QString(), u"0"_s, u"00"_s, u"a0"_s, u"a00b"_s };
    for (int i = 0; i < 300; ++i) {
        QString name = random.bounded(2) ? u"Engineering "_s : QString();
        const int length = random.bounded(0, 8);
        for (int k = 0; k < length; ++k)
            name += alphabet[random.bounded(int(alphabet.size()))];
        names << name;
    }
    NameTable table;
    for (const QString& name : std::as_const(names))
        table.append(name, u"id", 0);
    const NameCollator collator { QLocale(QLocale::English) };
    int keyed = 0;
    for (int a = 0; a < table.size(); ++a) {
        for (int b = 0; b < table.size(); ++b) {
            const std::optional<int> order = table.compareKeys(a, b);
            const bool bothKeyed = !names[a].isEmpty() && !names[b].isEmpty() && !names[a].startsWith(u'É')
                && !names[b].startsWith(u'É');
            QCOMPARE(order.has_value(), bothKeyed);
            if (!order)
                continue;
            const int expected = collator.compare(names[a], names[b]);
            QVERIFY2(*order == (expected > 0) - (expected < 0), qPrintable(u"%1 vs %2"_s.arg(names[a], names[b])));
            ++keyed;
        }
    }
    QVERIFY(keyed > 60'000);
}

QTEST_GUILESS_MAIN(TstNameTable)
#include "tst_nametable.moc"
