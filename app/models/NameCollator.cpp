#include "models/NameCollator.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace c1 {

namespace {

// Primary weights of the fast path, in the Unicode root collation's order: space, then punctuation
// (_ - , ; : ! ? . ' " ( ) [ ] { } @ * / \ & # % ` ^ + < = > | ~ $), then digits (compared as numbers), then letters
// without case. 0 = not on the fast path.
constexpr int DigitWeight = 60;
constexpr int LetterWeight = 100;

constexpr std::array<quint8, 128> weights()
{
    std::array<quint8, 128> w {};
    w[' '] = 1;
    const char punctuation[] = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
    for (int i = 0; punctuation[i]; ++i)
        w[size_t(punctuation[i])] = quint8(10 + i);
    for (char c = '0'; c <= '9'; ++c)
        w[size_t(c)] = DigitWeight;
    for (char c = 'a'; c <= 'z'; ++c) {
        w[size_t(c)] = quint8(LetterWeight + (c - 'a'));
        w[size_t(c - 'a' + 'A')] = quint8(LetterWeight + (c - 'a'));
    }
    return w;
}
constexpr std::array<quint8, 128> Weights = weights();

bool onFastPath(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 128 || Weights[c.unicode()] == 0)
            return false;
    }
    return true;
}

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// Both texts are on the fast path.
int fastCompare(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            // Numbers by value: leading zeros skipped, then the longer number is larger, then digit by digit.
            while (i < a.size() && a[i] == u'0')
                ++i;
            while (j < b.size() && b[j] == u'0')
                ++j;
            const qsizetype startA = i, startB = j;
            while (i < a.size() && isDigit(a[i]))
                ++i;
            while (j < b.size() && isDigit(b[j]))
                ++j;
            if (i - startA != j - startB)
                return i - startA < j - startB ? -1 : 1;
            for (qsizetype k = 0; k < i - startA; ++k) {
                if (a[startA + k] != b[startB + k])
                    return a[startA + k] < b[startB + k] ? -1 : 1;
            }
            continue;
        }
        const int wa = Weights[a[i].unicode()];
        const int wb = Weights[b[j].unicode()];
        if (wa != wb)
            return wa < wb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

} // namespace

NameCollator::NameCollator(const QLocale& locale)
{
    // The C locale compares code points and ignores numeric mode: collate as English then.
    const QLocale effective = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    m_collator.setLocale(effective);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    const QLocale::Language language = effective.language();
    m_fast = language == QLocale::English || language == QLocale::German || language == QLocale::French;
}

QByteArray NameCollator::fastSortKey(QStringView name)
{
    // One weight byte per character; a run of digits becomes DigitWeight, the count of its digits without leading
    // zeros, then those digits: the same comparisons fastCompare() makes, in the same order.
    QByteArray key;
    key.reserve(name.size() + 2);
    qsizetype i = 0;
    while (i < name.size()) {
        const QChar c = name[i];
        if (c.unicode() >= 128 || Weights[c.unicode()] == 0)
            return {};
        if (!isDigit(c)) {
            key.append(char(Weights[c.unicode()]));
            ++i;
            continue;
        }
        while (i < name.size() && name[i] == u'0')
            ++i;
        const qsizetype start = i;
        while (i < name.size() && isDigit(name[i]))
            ++i;
        if (i - start > 255)
            return {}; // the length no longer fits its byte: QCollator decides
        key.append(char(DigitWeight));
        key.append(char(quint8(i - start)));
        for (qsizetype k = start; k < i; ++k)
            key.append(char(name[k].unicode()));
    }
    return key;
}

int NameCollator::compareKeys(QByteArrayView left, QByteArrayView right)
{
    const qsizetype common = std::min(left.size(), right.size());
    if (common > 0) {
        if (const int c = std::memcmp(left.data(), right.data(), size_t(common)))
            return c < 0 ? -1 : 1;
    }
    return left.size() == right.size() ? 0 : (left.size() < right.size() ? -1 : 1);
}

int NameCollator::compare(QStringView left, QStringView right) const
{
    if (m_fast && onFastPath(left) && onFastPath(right))
        return fastCompare(left, right);
    return m_collator.compare(left, right);
}

} // namespace c1
