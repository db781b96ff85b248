#include "models/NameCollator.h"

#include <array>

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

int NameCollator::compare(QStringView left, QStringView right) const
{
    if (m_fast && onFastPath(left) && onFastPath(right))
        return fastCompare(left, right);
    return m_collator.compare(left, right);
}

} // namespace c1
