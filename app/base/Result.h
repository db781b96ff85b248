#pragma once

#include "base/ApiError.h"

#include <utility>
#include <variant>

namespace c1 {

// A value or the ApiError that prevented it (std::expected is C++23).
template <typename T> class Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<0>(m_data); }
    T& value() { return std::get<0>(m_data); }
    T takeValue() { return std::move(std::get<0>(m_data)); }
    const ApiError& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

// For calls whose success carries nothing (DELETE).
struct Empty { };

} // namespace c1
