// Stand-in for libFuzzer's main() where libFuzzer is not available (GCC, mingw-w64 under Wine).
// It understands the subset of libFuzzer's command line that our ctest entries use, so both
// builds are driven the same way:
//
//   fuzz_<name> [-runs=N] [-max_total_time=S] [-seed=N] [-max_len=N] [-artifact_prefix=P] PATH...
//
// Each PATH is a corpus folder or a single input file. Every input is run once (in sorted order),
// then N mutants are run: a deterministic PRNG seeded with -seed picks an input and applies 1-4
// mutations (bit flips, interesting values in 16/32-bit little-endian fields, byte insertion and
// deletion, truncation, splicing two inputs). The run stops after N mutants or S seconds. There is
// no coverage feedback: this finds shallow bugs cheaply and replays reproducers; run the Clang
// build for real fuzzing. On a crash the current input is written to <artifact_prefix>crash-<n>.

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FUZZ_MAIN_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define FUZZ_MAIN_ASAN 1
#endif
#if defined(FUZZ_MAIN_ASAN)
#include <sanitizer/common_interface_defs.h>
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

using Bytes = std::vector<std::uint8_t>;

struct Options {
    std::uint64_t runs = 0; // like libFuzzer with files only: replay, no mutation unless asked
    double maxSeconds = 0;  // 0: no time limit
    std::uint64_t seed = 1;
    std::size_t maxLen = 0; // 0: twice the largest input, at least 4096 bytes
    std::string artifactPrefix;
    std::vector<std::filesystem::path> paths;
};

// What the crash handler writes out. Plain globals: a signal handler can reach nothing else.
const Bytes* g_current = nullptr;
std::string g_crashPath;

void dumpCurrentInput() {
    if (g_current == nullptr)
        return;
    if (std::FILE* f = std::fopen(g_crashPath.c_str(), "wb")) {
        if (!g_current->empty()) { // data() of an empty vector may be null, which fwrite may not take
            std::fwrite(g_current->data(), 1, g_current->size(), f);
        }
        std::fclose(f);
        std::fprintf(stderr, "fuzz_main: crashing input (%llu bytes) saved to %s\n",
                     static_cast<unsigned long long>(g_current->size()), g_crashPath.c_str());
    }
}

extern "C" void onFatalSignal(int sig) {
    // Best effort (fopen is not async-signal-safe), but we are dying anyway.
    dumpCurrentInput();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void installCrashHandlers() {
#if defined(FUZZ_MAIN_ASAN)
    // The sanitizers own SIGSEGV and report through their own path; ask them to call us first.
    __sanitizer_set_death_callback(dumpCurrentInput);
    std::signal(SIGABRT, onFatalSignal);
#else
    for (const int sig : {SIGABRT, SIGSEGV, SIGFPE, SIGILL})
        std::signal(sig, onFatalSignal);
#endif
}

bool parseFlag(std::string_view arg, Options& o) {
    const auto eq = arg.find('=');
    if (arg.size() < 2 || arg[0] != '-' || eq == std::string_view::npos)
        return false;
    const std::string name(arg.substr(1, eq - 1));
    const std::string value(arg.substr(eq + 1));
    if (name == "runs")
        o.runs = std::strtoull(value.c_str(), nullptr, 10);
    else if (name == "max_total_time")
        o.maxSeconds = std::strtod(value.c_str(), nullptr);
    else if (name == "seed")
        o.seed = std::strtoull(value.c_str(), nullptr, 10);
    else if (name == "max_len")
        o.maxLen = static_cast<std::size_t>(std::strtoull(value.c_str(), nullptr, 10));
    else if (name == "artifact_prefix")
        o.artifactPrefix = value;
    else
        std::fprintf(stderr, "fuzz_main: ignoring libFuzzer flag %s\n", std::string(arg).c_str());
    return true;
}

bool readInput(const std::filesystem::path& path, Bytes& out) {
    // Sized read rather than istreambuf_iterator, which GCC 12 -O2 -Wnull-dereference misreports.
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        return false;
    const std::streamsize size = in.tellg();
    if (size < 0)
        return false;
    out.resize(static_cast<std::size_t>(size));
    in.seekg(0);
    return static_cast<bool>(in.read(reinterpret_cast<char*>(out.data()), size));
}

// splitmix64: tiny, good enough, and identical on every platform (std:: distributions are not).
struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
};

void mutate(Bytes& b, const std::vector<Bytes>& pool, Rng& rng) {
    // Values that tend to break length and offset checks in binary formats.
    static constexpr std::uint32_t kInteresting[] = {0,       1,          2,          0x7F,       0x80,
                                                     0xFF,    0x100,      0x7FFF,     0x8000,     0xFFFF,
                                                     0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF};
    const std::size_t n = b.size();
    switch (rng.below(9)) {
    case 0: // flip one bit
        if (n > 0)
            b[rng.below(n)] ^= static_cast<std::uint8_t>(1u << rng.below(8));
        break;
    case 1: // random byte
        if (n > 0)
            b[rng.below(n)] = static_cast<std::uint8_t>(rng.next());
        break;
    case 2: // interesting or nearby value in a 16- or 32-bit little-endian field
        if (n >= 4) {
            std::uint32_t v = kInteresting[rng.below(std::size(kInteresting))];
            if (rng.below(2) == 0)
                v = static_cast<std::uint32_t>(n + rng.below(5) - 2); // around the input size
            const std::size_t width = rng.below(2) == 0 ? 2 : 4;
            const std::size_t at = rng.below(n - width + 1);
            for (std::size_t k = 0; k < width; ++k)
                b[at + k] = static_cast<std::uint8_t>(v >> (8 * k));
        }
        break;
    case 3: { // insert 1-8 random bytes
        const std::size_t at = rng.below(n + 1), count = 1 + rng.below(8);
        Bytes ins(count);
        for (auto& x : ins)
            x = static_cast<std::uint8_t>(rng.next());
        b.insert(b.begin() + static_cast<std::ptrdiff_t>(at), ins.begin(), ins.end());
        break;
    }
    case 4: // delete a run of up to 16 bytes
        if (n > 0) {
            const std::size_t at = rng.below(n), count = 1 + rng.below(std::min<std::size_t>(16, n - at));
            b.erase(b.begin() + static_cast<std::ptrdiff_t>(at),
                    b.begin() + static_cast<std::ptrdiff_t>(at + count));
        }
        break;
    case 5: // truncate
        b.resize(rng.below(n + 1));
        break;
    case 6: { // splice: our head, another input's tail
        const Bytes& other = pool[rng.below(pool.size())];
        b.resize(rng.below(n + 1));
        const std::size_t from = rng.below(other.size() + 1);
        b.insert(b.end(), other.begin() + static_cast<std::ptrdiff_t>(from), other.end());
        break;
    }
    case 7: // copy a chunk of ourselves elsewhere (repeats records, e.g. a second header)
        if (n > 0) {
            const std::size_t from = rng.below(n), count = 1 + rng.below(std::min<std::size_t>(64, n - from));
            const Bytes chunk(b.begin() + static_cast<std::ptrdiff_t>(from),
                              b.begin() + static_cast<std::ptrdiff_t>(from + count));
            b.insert(b.begin() + static_cast<std::ptrdiff_t>(rng.below(n + 1)), chunk.begin(), chunk.end());
        }
        break;
    default: // swap two bytes
        if (n > 1)
            std::swap(b[rng.below(n)], b[rng.below(n)]);
        break;
    }
}

void runOne(const Bytes& input, const std::string& crashPath) {
    g_crashPath = crashPath;
    g_current = &input;
    LLVMFuzzerTestOneInput(input.data(), input.size());
    g_current = nullptr;
}

} // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i)
        if (!parseFlag(argv[i], o))
            o.paths.emplace_back(argv[i]);

    std::vector<std::filesystem::path> files;
    for (const auto& p : o.paths) {
        std::error_code ec;
        if (std::filesystem::is_directory(p, ec)) {
            for (const auto& entry : std::filesystem::directory_iterator(p, ec))
                if (entry.is_regular_file(ec))
                    files.push_back(entry.path());
        } else if (std::filesystem::is_regular_file(p, ec)) {
            files.push_back(p);
        } else {
            std::fprintf(stderr, "fuzz_main: no such corpus folder or file: %s\n", p.string().c_str());
            return 2;
        }
    }
    std::sort(files.begin(), files.end()); // directory order differs between systems

    installCrashHandlers();
    std::vector<Bytes> pool{Bytes{}}; // the empty input is always worth a try
    for (const auto& file : files) {
        Bytes input;
        if (!readInput(file, input)) {
            std::fprintf(stderr, "fuzz_main: cannot read %s\n", file.string().c_str());
            return 2;
        }
        pool.push_back(std::move(input));
    }
    std::size_t maxLen = o.maxLen;
    if (maxLen == 0) {
        maxLen = 4096;
        for (const auto& input : pool)
            maxLen = std::max(maxLen, 2 * input.size());
    }
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < pool.size(); ++i)
        runOne(pool[i], o.artifactPrefix + "crash-input-" + std::to_string(i));

    // Mutants: keep a few of them in the pool (bounded, deterministic) so mutations can stack
    // across iterations and reach past the first check that rejects a single change.
    const std::size_t seeds = pool.size();
    constexpr std::size_t kMaxPool = 512;
    Rng rng{o.seed};
    std::uint64_t done = 0;
    for (; done < o.runs; ++done) {
        if (o.maxSeconds > 0 && (done & 63) == 0 &&
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > o.maxSeconds)
            break;
        Bytes input = pool[rng.below(pool.size())];
        for (std::size_t k = 0, count = 1 + rng.below(4); k < count; ++k)
            mutate(input, pool, rng);
        if (input.size() > maxLen)
            input.resize(maxLen);
        runOne(input, o.artifactPrefix + "crash-seed" + std::to_string(o.seed) + "-" + std::to_string(done));
        if (rng.below(16) == 0) {
            if (pool.size() < kMaxPool)
                pool.push_back(std::move(input));
            else if (seeds < kMaxPool) // replace an earlier mutant, never a corpus input
                pool[seeds + rng.below(kMaxPool - seeds)] = std::move(input);
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("fuzz_main: %llu inputs and %llu mutants (seed %llu) in %.1f s, no crash\n",
                static_cast<unsigned long long>(seeds), static_cast<unsigned long long>(done),
                static_cast<unsigned long long>(o.seed), seconds);
    return 0;
}
