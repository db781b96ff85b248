#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

namespace c1 {

// Overwrites a buffer's bytes before it is released (for secrets held in QByteArray/QString). A buffer shared with
// another copy is only let go of: the last holder wipes it.
void secureWipe(QByteArray& bytes);
void secureWipe(QString& text);

// A secret that wipes itself: holds a QByteArray or QString, overwrites it when destroyed or replaced, and can be
// moved but not copied (so that no forgotten copy outlives it). The value is read through value(); a copy made
// from it is the reader's to wipe (or to hold in another Secret).
template <typename T> class Secret {
public:
    Secret() = default;
    explicit Secret(T value)
        : m_value(std::move(value))
    { }
    Secret(Secret&& other) noexcept
        : m_value(std::exchange(other.m_value, T()))
    { }
    Secret& operator=(Secret&& other) noexcept
    {
        if (this != &other) {
            wipe();
            m_value = std::exchange(other.m_value, T());
        }
        return *this;
    }
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
    ~Secret() { wipe(); }

    const T& value() const { return m_value; }
    bool isEmpty() const { return m_value.isEmpty(); }
    qsizetype size() const { return m_value.size(); }
    void reset(T value = T())
    {
        wipe();
        m_value = std::move(value);
    }
    void wipe()
    {
        secureWipe(m_value);
        m_value = T();
    }

private:
    T m_value;
};

using SecretBytes = Secret<QByteArray>;
using SecretString = Secret<QString>;

} // namespace c1
