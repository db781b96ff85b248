#pragma once

#include "api/C1Client.h"

#include <QSet>

#include <functional>

namespace c1 {

template <typename T>
using PageFetch = std::function<CallHandle(const QString& pageToken, QObject* context, C1Client::Callback<Page<T>>)>;

// Follows nextPageToken to the end (docs/api-facts.md §2), handing each page's rows to onPage as they arrive, then
// calling onDone once: with a default ApiError (kind None) at the end, the first error, Kind::Paging if a token
// comes back twice, or Kind::Canceled after abort(). Nothing is called once `context` is destroyed.
template <typename T> class PageStream : public Abortable {
public:
    using OnPage = std::function<void(QList<T> rows)>;
    using OnDone = std::function<void(const ApiError& error)>;

    static CallHandle start(PageFetch<T> fetch, QObject* context, OnPage onPage, OnDone onDone)
    {
        auto* stream = new PageStream(std::move(fetch), context, std::move(onPage), std::move(onDone));
        stream->next(QString());
        return CallHandle(stream);
    }

    void abort() override
    {
        if (m_finished)
            return;
        m_current.abort(); // the page callback reports Canceled and finishes the stream
    }

private:
    PageStream(PageFetch<T> fetch, QObject* context, OnPage onPage, OnDone onDone)
        : Abortable(context)
        , m_fetch(std::move(fetch))
        , m_onPage(std::move(onPage))
        , m_onDone(std::move(onDone))
    { }

    void next(const QString& token)
    {
        m_current = m_fetch(token, this, [this](Result<Page<T>> result) {
            if (!result) {
                finish(result.error());
                return;
            }
            Page<T> page = result.takeValue();
            const QString nextToken = page.nextPageToken;
            m_onPage(std::move(page.items));
            if (m_finished)
                return;
            if (nextToken.isEmpty()) {
                finish(ApiError {});
            } else if (m_seen.contains(nextToken)) {
                ApiError error;
                error.kind = ApiError::Kind::Paging;
                error.message = QStringLiteral("The server repeated a page token; the listing was stopped.");
                finish(error);
            } else {
                m_seen.insert(nextToken);
                next(nextToken);
            }
        });
    }

    void finish(const ApiError& error)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_onDone(error);
        deleteLater();
    }

    PageFetch<T> m_fetch;
    OnPage m_onPage;
    OnDone m_onDone;
    CallHandle m_current;
    QSet<QString> m_seen;
    bool m_finished = false;
};

} // namespace c1
