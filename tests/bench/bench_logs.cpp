// Benchmark of the Logs step (ARCHITECTURE.md budget: 100,000 events in under 1 s on one core).
// The records are generated from the shapes of the real samples (Security 4653 of
// tests/data/real-world/eventlog-xml, RemoteAccess 20271, RasClient 20227 as in the Get-EventLog
// sample) with varying times, addresses and codes; then parsed, classified and checked.
//
//   build/native/tests/bench/ipsecdoctor_bench_logs [events]   (Release build for real numbers:
//   cmake -S . -B build/rel -DCMAKE_BUILD_TYPE=Release -DIPSECDOCTOR_BUILD_APP=OFF; measured
//   numbers in docs/logs-step.md)
#include "event_samples.h"

#include "ipsecdoctor/analysis/analysis.h"
#include "ipsecdoctor/checks/log_checks.h"
#include "ipsecdoctor/collect/saved_log.h"
#include "ipsecdoctor/logs/event_classifier.h"
#include "ipsecdoctor/logs/event_xml.h"
#include "ipsecdoctor/util/file_io.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

using namespace ipsecdoctor;

namespace {

std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
        s.replace(at, from.size(), to);
    }
    return s;
}

std::string timeOf(int i) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "2026-11-%02dT%02d:%02d:%02d.%07dZ", 1 + (i / 86400) % 28, (i / 3600) % 24,
                  (i / 60) % 60, i % 60, (i * 7919) % 10000000);
    return buf;
}

} // namespace

int main(int argc, char** argv) {
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    const auto dir = std::filesystem::path(IPSECDOCTOR_TEST_DATA_DIR) / "real-world" / "eventlog-xml";
    auto security = readFile(dir / "ipban_Security-4653_MM-failed_NegotiationTimedOut.xml", 1 << 20);
    auto remote = readFile(dir / "ipban_System-RemoteAccess-20271_RRAS-auth-denied_2024.xml", 1 << 20);
    if (!security || !remote) {
        std::fprintf(stderr, "the real samples are missing under %s\n", dir.string().c_str());
        return 1;
    }
    const char* codes[] = {"809", "13801", "13868", "-2146762495", "691", "789"};
    const char* reasons[] = {"Negotiation timed out", "IKE authentication credentials are unacceptable",
                             "Policy match error", "No policy configured"};
    std::vector<std::string> xmls;
    xmls.reserve(static_cast<std::size_t>(count));
    std::size_t bytes = 0;
    for (int i = 0; i < count; ++i) {
        std::string x;
        switch (i % 3) {
        case 0:
            x = replaceAll(replaceAll(*security, "2020-07-10T17:20:06.687103300Z", timeOf(i)),
                           "Negotiation timed out", reasons[i % 4]);
            x = replaceAll(x, "88.88.88.82", "203.0.113." + std::to_string(i % 250));
            break;
        case 1:
            x = ipsecdoctor::testing::rasDialFailedXml(timeOf(i), codes[i % 6]);
            break;
        default:
            x = replaceAll(*remote, "2024-06-18T14:41:36.317952200Z", timeOf(i));
            break;
        }
        bytes += x.size();
        xmls.push_back(std::move(x));
    }

    // Streaming: each record parsed and classified, then dropped (what a scan of a large log needs).
    // Wall time and CPU time (user+system of this process): on a shared machine the CPU time is
    // what "on one core" means; the wall time includes waiting for the CPU.
    auto cpuSeconds = [] {
        return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
    };
    const double streamCpu = cpuSeconds();
    const auto streamStart = std::chrono::steady_clock::now();
    std::size_t streamed = 0;
    {
        const FailureReasonTable table;
        for (const auto& x : xmls) {
            auto e = parseEventXml(x);
            if (e && classifyEvent(*e, table).category != EventCategory::Irrelevant) {
                ++streamed;
            }
        }
    }
    const double streamSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - streamStart).count();
    std::printf("streaming parse + classify: %.3f s (%.0f events/s, %zu relevant), CPU %.3f s\n",
                streamSeconds, count / streamSeconds, streamed, cpuSeconds() - streamCpu);

    const double startCpu = cpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    SystemSnapshot snapshot;
    snapshot.logs = LogsInfo{};
    snapshot.logs->events.reserve(xmls.size());
    const FailureReasonTable reasonTable;
    std::size_t failures = 0;
    // The product path (collectLogs, readSavedLog): each rendered record is an owned string that
    // the parsed record keeps as its raw XML (moved, not copied), and every record is kept.
    for (auto& x : xmls) {
        auto e = parseEventXml(std::move(x));
        if (!e) {
            std::fprintf(stderr, "parse error: %s\n", e.error().detail.c_str());
            return 1;
        }
        if (classifyEvent(*e, reasonTable).category != EventCategory::Irrelevant) {
            ++failures;
        }
        snapshot.logs->events.push_back(std::move(e).value());
    }
    const auto parsed = std::chrono::steady_clock::now();
    const double parsedCpu = cpuSeconds() - startCpu;
    const auto findings = checkLogs(snapshot);
    const auto end = std::chrono::steady_clock::now();
    const double totalCpu = cpuSeconds() - startCpu;

    const double parseSeconds = std::chrono::duration<double>(parsed - start).count();
    const double totalSeconds = std::chrono::duration<double>(end - start).count();
    std::printf("%d events (%.1f MB of XML), %zu relevant, %zu findings\n", count,
                static_cast<double>(bytes) / 1e6, failures, findings.size());
    std::printf("parse + classify, all records kept: %.3f s (%.0f events/s), CPU %.3f s\n", parseSeconds,
                count / parseSeconds, parsedCpu);
    std::printf("with the checks:  %.3f s (%.0f events/s), CPU %.3f s — budget 1 s for 100,000\n",
                totalSeconds, count / totalSeconds, totalCpu);

    // What diagnose does once the events are in memory (bundle or live): every step's checks, the
    // connection choice and the rules. The events' parsing is measured above.
    const double analysisCpu = cpuSeconds();
    const auto analysisStart = std::chrono::steady_clock::now();
    const auto analysis = analyze(snapshot);
    const double analysisSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - analysisStart).count();
    std::printf("diagnosis (analyze) of the %d events: %.3f s, CPU %.3f s, %zu causes\n", count,
                analysisSeconds, cpuSeconds() - analysisCpu, analysis.diagnosis.causes.size());
    return 0;
}
