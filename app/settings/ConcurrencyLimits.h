#pragma once

namespace c1 {

// Parallel requests of an owner job or a check (Profile::concurrency), defined once: the settings, the profile
// store and the owner-change engine all clamp to this range.
namespace requestConcurrency {
inline constexpr int minimum = 1;
inline constexpr int maximum = 64; // an upper bound: the adaptive limiter finds the pace below it
constexpr int clamp(int n)
{
    return n < minimum ? minimum : (n > maximum ? maximum : n);
}
} // namespace requestConcurrency

} // namespace c1
