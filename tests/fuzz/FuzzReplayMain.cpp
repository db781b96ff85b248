// The main() of a fuzz target when it is not linked with libFuzzer (the normal build): feeds every file of the
// directories and files named on the command line to LLVMFuzzerTestOneInput once, so that the committed seed
// corpus (and every crash found so far) runs as an ordinary regression test. Fails when it found no input.

#include "fuzz/FuzzSupport.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

namespace {

std::vector<std::filesystem::path> inputsOf(const std::filesystem::path& path)
{
    std::vector<std::filesystem::path> out;
    if (std::filesystem::is_directory(path)) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
            if (entry.is_regular_file())
                out.push_back(entry.path());
        }
        std::sort(out.begin(), out.end());
    } else if (std::filesystem::is_regular_file(path)) {
        out.push_back(path);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int runs = 0;
    for (int i = 1; i < argc; ++i) {
        for (const std::filesystem::path& file : inputsOf(argv[i])) {
            std::ifstream stream(file, std::ios::binary);
            const std::vector<char> content { std::istreambuf_iterator<char>(stream),
                std::istreambuf_iterator<char>() };
            std::fprintf(stderr, "%s (%zu bytes)\n", file.c_str(), content.size());
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(content.data()), content.size());
            ++runs;
        }
    }
    std::fprintf(stderr, "%d inputs replayed\n", runs);
    return runs > 0 ? 0 : 1;
}
