#pragma once

// Shared by the libFuzzer targets (tests/fuzz): invariants that abort (so libFuzzer records a crash and the corpus
// replay test fails), and small helpers for cutting a fuzz input into fields.

#include "auth/Ed25519Key.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace c1::fuzz {

[[noreturn]] inline void fail(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", file, line, what);
    std::abort();
}

// The key of auth-vectors.json (seed 01 02 … 20).
inline Ed25519Key vectorKey()
{
    QByteArray seed(32, Qt::Uninitialized);
    for (int i = 0; i < 32; ++i)
        seed[i] = char(i + 1);
    return *Ed25519Key::fromSeed(seed);
}

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The first `count` fields separated by '\n'; the last field keeps any further newlines. Missing fields are empty.
inline QList<QByteArray> fields(const QByteArray& input, int count)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    for (int i = 0; i < count - 1; ++i) {
        const qsizetype newline = input.indexOf('\n', from);
        if (newline < 0) {
            out.append(input.mid(from));
            from = input.size();
        } else {
            out.append(input.mid(from, newline - from));
            from = newline + 1;
        }
    }
    out.append(input.mid(from));
    return out;
}

// The product logs refusals at info level; a fuzzer would print millions of lines.
inline void quietLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("c1.*=false\nqt.*=false"));
}

} // namespace c1::fuzz

#define C1_FUZZ_CHECK(condition) ((condition) ? void(0) : c1::fuzz::fail(#condition, __FILE__, __LINE__))

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
