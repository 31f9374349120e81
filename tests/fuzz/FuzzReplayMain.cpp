// Replay driver for fuzz targets when libFuzzer is not available (gcc builds, CI's regular suite): feeds
// every file of the corpus folders given on the command line, plus a fixed set of hostile inputs, to
// LLVMFuzzerTestOneInput so crashes found once stay fixed.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void feed(const std::string &bytes)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
}

int main(int argc, char **argv)
{
    size_t files = 0;
    for (int i = 1; i < argc; ++i) {
        std::error_code ec;
        for (const auto &entry : std::filesystem::recursive_directory_iterator(argv[i], ec)) {
            if (!entry.is_regular_file())
                continue;
            std::ifstream in(entry.path(), std::ios::binary);
            feed(std::string(std::istreambuf_iterator<char>(in), {}));
            ++files;
        }
    }
    // Deterministic random inputs: the same run every time, so a failure reproduces.
    std::mt19937 rng(20261122);
    for (int round = 0; round < 20000; ++round) {
        std::string bytes(rng() % 512, '\0');
        for (char &c : bytes)
            c = static_cast<char>(rng() % 4 == 0 ? " =\"'\\\t\n"[rng() % 7] : rng() % 256);
        feed(bytes);
    }
    feed(std::string(1 << 20, 'x'));
    std::printf("replayed %zu corpus files and 20002 generated inputs\n", files);
    return 0;
}
