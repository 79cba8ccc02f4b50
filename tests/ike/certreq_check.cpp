// The Certificates step against a real server, for tests/ike/test_certreq_charon.py: builds the
// offline CertificateStore from DER files the test made, collects it as the product does, asks
// the server for its CERTREQ with the real IKE probe, and runs the real certificate checks (the
// function the CLI and the GUI use). Prints the findings as JSON; --bundle also writes the
// snapshot as a diagnostic bundle, so that the test can run the CLI itself on it.
//
//   certreq_check --host 127.0.0.1 --auth machine-cert --cert machine-my:FILE.der
//                 [--cert machine-root:FILE.der]... [--bundle OUT.zip]
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/checks/certificate_probe.h"
#include "ipsecdoctor/collect/certificate_collector.h"
#include "ipsecdoctor/ike/probe.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/platform/offline_certificate_store.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/time_format.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <iostream>
#include <string>
#include <vector>

using namespace ipsecdoctor;

namespace {

int usage() {
    std::cerr
        << "usage: certreq_check --host HOST --auth METHOD --cert STORE:FILE.der... [--bundle OUT.zip]\n";
    return 2;
}

} // namespace

int main(int argc, char* argv[]) {
    std::string host;
    std::string bundlePath;
    std::optional<AuthMethod> auth;
    CertificateInventory given;
    given.collected = true;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        const std::string value = argv[i + 1];
        if (option == "--host") {
            host = value;
        } else if (option == "--auth") {
            auth = authMethodFromId(value);
        } else if (option == "--bundle") {
            bundlePath = value;
        } else if (option == "--cert") {
            const auto colon = value.find(':');
            const auto store = certStoreFromId(value.substr(0, colon == std::string::npos ? 0 : colon));
            if (!store) {
                return usage();
            }
            auto der = readFile(value.substr(colon + 1), 1 << 20);
            if (!der) {
                std::cerr << der.error().detail << "\n";
                return 3;
            }
            auto facts = parseCertificate(*der);
            if (!facts) {
                std::cerr << value << ": " << facts.error().detail << "\n";
                return 3;
            }
            CertificateRecord r;
            r.store = *store;
            r.der = std::move(der).value();
            r.facts = std::move(facts).value();
            given.certificates.push_back(std::move(r));
        } else {
            return usage();
        }
    }
    if (host.empty() || !auth || given.certificates.empty()) {
        return usage();
    }

    SystemSnapshot snapshot;
    const auto now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    snapshot.collectedAt = isoFromUnix(now);
    snapshot.machine.hostname = "CERTREQ-LAB";
    OfflineCertificateStore store(given);
    snapshot.certificates = collectCertificates(store, snapshot.errors);

    auto transport = ike::makeSystemUdpTransport();
    const ProbeResult probe = ike::runProbe(certreqProbeOptions(host), *transport);
    CertificateCheckInput input;
    input.authMethod = auth;
    input.serverName = host;
    input.certreqCaSha1 = certreqFromProbe(probe);
    auto findings = checkCertificates(snapshot, input);
    const auto unknown = certreqProbeFindings(probe);
    findings.insert(findings.end(), unknown.begin(), unknown.end());

    nlohmann::json out{{"transport", probe.transport},
                       {"certreq_ca_sha1",
                        input.certreqCaSha1 ? nlohmann::json(*input.certreqCaSha1) : nlohmann::json(nullptr)},
                       {"findings", toJson(findings)}};
    std::cout << out.dump(2) << "\n";
    if (!bundlePath.empty()) {
        if (auto written = exportBundle(bundlePath, snapshot, findings, ""); !written) {
            std::cerr << written.error().detail << "\n";
            return 3;
        }
    }
    return 0;
}
