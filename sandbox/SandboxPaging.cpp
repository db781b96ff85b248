#include "sandbox/SandboxPaging.h"

#include <QByteArray>

#include <algorithm>

namespace c1 {

int SandboxPaging::clampSize(int requested)
{
    if (requested <= 0)
        return 25;
    return std::clamp(requested, 10, 100);
}

QString SandboxPaging::encodeToken(const QString& scope, quint64 afterSeq)
{
    const QByteArray plain = "v1|" + scope.toUtf8() + '|' + QByteArray::number(afterSeq);
    return QString::fromLatin1(plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<quint64> SandboxPaging::decodeToken(const QString& scope, const QString& token)
{
    if (token.isEmpty())
        return 0;
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray prefix = "v1|" + scope.toUtf8() + '|';
    if (!decoded.decoded.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const quint64 seq = decoded.decoded.mid(prefix.size()).toULongLong(&ok);
    if (!ok || seq == 0)
        return std::nullopt;
    return seq;
}

SandboxPaging::Page SandboxPaging::collect(const std::vector<const SandboxSeqIndex*>& indexes, quint64 afterSeq,
    int size, const std::function<bool(const QString& id)>& accept, const QString& scope)
{
    // Each index is walked from the cursor; a small merge picks the lowest seq among their heads.
    struct Head {
        SandboxSeqIndex::const_iterator it;
        SandboxSeqIndex::const_iterator end;
    };
    std::vector<Head> heads;
    heads.reserve(indexes.size());
    for (const SandboxSeqIndex* index : indexes) {
        if (index)
            heads.push_back({ index->upper_bound(afterSeq), index->end() });
    }
    auto advanceToMatch = [&accept](Head& head) {
        while (head.it != head.end && accept && !accept(head.it->second))
            ++head.it;
    };
    for (Head& head : heads)
        advanceToMatch(head);

    Page page;
    quint64 lastSeq = 0;
    while (true) {
        Head* lowest = nullptr;
        for (Head& head : heads) {
            if (head.it != head.end && (!lowest || head.it->first < lowest->it->first))
                lowest = &head;
        }
        if (!lowest)
            break;
        if (page.ids.size() == size) {
            page.nextPageToken = encodeToken(scope, lastSeq);
            break;
        }
        page.ids.append(lowest->it->second);
        lastSeq = lowest->it->first;
        ++lowest->it;
        advanceToMatch(*lowest);
    }
    return page;
}

} // namespace c1
