#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringMatcher>
#include <QStringView>

#include <optional>
#include <vector>

namespace c1 {

// What the filter box looks for: the trimmed text, folded once for a case-insensitive substring search of names,
// and (from four characters on) taken as the start of an ID, case-sensitively.
class NameQuery {
public:
    static constexpr qsizetype MinIdPrefix = 4; // every random ID contains a letter or two: IDs match by prefix only

    explicit NameQuery(const QString& text = {});

    bool isEmpty() const { return m_text.isEmpty(); }
    const QString& text() const { return m_text; }
    bool matchesName(QStringView foldedName) const { return m_folder.indexIn(foldedName) >= 0; }
    bool matchesId(QStringView id) const { return m_text.size() >= MinIdPrefix && id.startsWith(m_text); }

private:
    QString m_text;
    QString m_folded;
    QStringMatcher m_folder; // case-sensitive over case-folded text
};

// The children of one tree container as the filter proxy reads them, laid out contiguously in row order: a kind tag,
// a sort key, the case-folded name and the ID of each row. Rows are appended as pages arrive; any other change clears
// the table and it is built again. A keystroke then reads a few flat arrays instead of chasing 100,000 nodes and
// their strings, and a sort compares prepared bytes instead of walking names (about 100 bytes a row).
class NameTable {
public:
    NameTable();

    int size() const { return int(m_tags.size()); }
    // Changes whenever the table is cleared (and differs between tables): a cache of per-row results built for one
    // version stays valid while rows are only appended.
    quint64 version() const { return m_version; }

    void clear();
    void append(QStringView name, QStringView id, quint8 tag);

    quint8 tag(int row) const { return m_tags[size_t(row)]; }
    // NameCollator::fastSortKey() of the row's name; empty when the name is off the fast path.
    QByteArrayView sortKey(int row) const;
    // NameCollator::compareKeys() of two rows' keys, mostly decided by their first eight bytes held as one integer;
    // std::nullopt when either row has no key.
    std::optional<int> compareKeys(int left, int right) const;

    // Extends `hits` (one flag per row, 1 = the row matches) to size().
    void match(const NameQuery& query, std::vector<quint8>& hits) const;

    qsizetype bytesUsed() const; // the table's heap, for the memory benchmark and tests

private:
    static QStringView slice(const QString& text, const std::vector<quint32>& ends, int row);

    quint64 m_version = 0;
    std::vector<quint8> m_tags;
    QByteArray m_keys;
    std::vector<quint32> m_keyEnds;
    std::vector<quint64> m_keyHeads; // the first eight bytes of each key, big-endian, zero-padded
    QString m_folded; // the case-folded names, back to back
    std::vector<quint32> m_foldedEnds;
    QString m_ids;
    std::vector<quint32> m_idEnds;
};

} // namespace c1
