#include "models/NameTable.h"

#include "models/NameCollator.h"

#include <atomic>

namespace c1 {

namespace {
std::atomic<quint64> s_versions { 0 };

void appendSlice(QString& text, std::vector<quint32>& ends, QStringView piece)
{
    text.append(piece);
    ends.push_back(quint32(text.size()));
}

// Appends `name` case-folded, as QString::toCaseFolded() would, without a temporary string per row.
void appendFolded(QString& text, std::vector<quint32>& ends, QStringView name)
{
    const qsizetype begin = text.size();
    text.append(name);
    QChar* out = text.data() + begin;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c.unicode() < 128) {
            out[i] = QChar(c.unicode() >= 'A' && c.unicode() <= 'Z' ? c.unicode() + 32 : c.unicode());
        } else if (c.isHighSurrogate() && i + 1 < name.size() && name[i + 1].isLowSurrogate()) {
            const char32_t folded = QChar::toCaseFolded(QChar::surrogateToUcs4(c, name[i + 1]));
            out[i] = QChar::highSurrogate(folded);
            out[i + 1] = QChar::lowSurrogate(folded);
            ++i;
        } else {
            out[i] = c.toCaseFolded();
        }
    }
    ends.push_back(quint32(text.size()));
}
} // namespace

NameQuery::NameQuery(const QString& text)
    : m_text(text.trimmed())
    , m_folded(m_text.toCaseFolded())
    , m_folder(m_folded, Qt::CaseSensitive)
{ }

NameTable::NameTable()
    : m_version(++s_versions)
{ }

void NameTable::clear()
{
    m_version = ++s_versions;
    m_tags.clear();
    m_keys.clear();
    m_keyEnds.clear();
    m_keyHeads.clear();
    m_folded.clear();
    m_foldedEnds.clear();
    m_ids.clear();
    m_idEnds.clear();
}

void NameTable::append(QStringView name, QStringView id, quint8 tag)
{
    m_tags.push_back(tag);
    const QByteArray key = NameCollator::fastSortKey(name);
    m_keys.append(key);
    m_keyEnds.push_back(quint32(m_keys.size()));
    quint64 head = 0;
    for (qsizetype i = 0; i < 8; ++i)
        head = (head << 8) | (i < key.size() ? quint8(key[i]) : 0);
    m_keyHeads.push_back(head);
    appendFolded(m_folded, m_foldedEnds, name);
    appendSlice(m_ids, m_idEnds, id);
}

QStringView NameTable::slice(const QString& text, const std::vector<quint32>& ends, int row)
{
    const quint32 begin = row > 0 ? ends[size_t(row) - 1] : 0;
    return QStringView(text).sliced(begin, ends[size_t(row)] - begin);
}

QByteArrayView NameTable::sortKey(int row) const
{
    const quint32 begin = row > 0 ? m_keyEnds[size_t(row) - 1] : 0;
    return QByteArrayView(m_keys).sliced(begin, m_keyEnds[size_t(row)] - begin);
}

std::optional<int> NameTable::compareKeys(int left, int right) const
{
    const quint64 leftHead = m_keyHeads[size_t(left)];
    const quint64 rightHead = m_keyHeads[size_t(right)];
    if (leftHead == 0 || rightHead == 0)
        return std::nullopt; // an empty key: the name is off the fast path (or empty)
    if (leftHead != rightHead)
        return leftHead < rightHead ? -1 : 1;
    // A zero byte inside a head is only ever the length of a run of zeros: equal heads need the whole keys.
    return NameCollator::compareKeys(sortKey(left), sortKey(right));
}

void NameTable::match(const NameQuery& query, std::vector<quint8>& hits) const
{
    const int rows = size();
    hits.reserve(size_t(rows));
    for (int row = int(hits.size()); row < rows; ++row) {
        const bool hit
            = query.matchesName(slice(m_folded, m_foldedEnds, row)) || query.matchesId(slice(m_ids, m_idEnds, row));
        hits.push_back(hit ? 1 : 0);
    }
}

qsizetype NameTable::bytesUsed() const
{
    const auto vectorBytes = [](const auto& v) { return qsizetype(v.capacity() * sizeof(v[0])); };
    return m_keys.capacity() + (m_folded.capacity() + m_ids.capacity()) * qsizetype(sizeof(QChar)) + vectorBytes(m_tags)
        + vectorBytes(m_keyEnds) + vectorBytes(m_keyHeads) + vectorBytes(m_foldedEnds) + vectorBytes(m_idEnds);
}

} // namespace c1
