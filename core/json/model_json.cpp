#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/json/probe_json.h"

#include "ipsecdoctor/json/certificate_json.h"

#include "certificate_json_detail.h"
#include "ipsecdoctor/json/json_reader.h"
#include "logs_json.h"
#include "transport_json.h"
#include "vpn_json.h"

#include "ipsecdoctor/util/hex.h"

#include <algorithm>

namespace ipsecdoctor {

using json_detail::Reader;
using nlohmann::json;

namespace {

json serviceToJson(const ServiceInfo& s) {
    return json{
        {"name", s.name},
        {"display_name", s.displayName},
        {"present", s.present},
        {"state", serviceStateId(s.state)},
        {"start_type", startTypeId(s.startType)},
        {"delayed_auto_start", s.delayedAutoStart},
        {"trigger_start", s.triggerStart},
        {"dependencies", s.dependencies},
        {"dependents", s.dependents},
        {"win32_exit_code", s.win32ExitCode},
        {"service_exit_code", s.serviceSpecificExitCode},
        {"process_id", s.processId},
        {"account", s.account},
    };
}

std::vector<std::string> stringList(Reader& r, const json& obj, const std::string& path, const char* key) {
    std::vector<std::string> out;
    const auto* arr = r.array(obj, path, key);
    if (!arr) {
        return out;
    }
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const auto& v = (*arr)[i];
        if (!v.is_string()) {
            r.fail(path + "." + key + "[" + std::to_string(i) + "]", "expected a string");
            return {};
        }
        out.push_back(v.get<std::string>());
    }
    return out;
}

ServiceInfo serviceFromJson(Reader& r, const json& j, const std::string& path) {
    ServiceInfo s;
    s.name = r.string(j, path, "name");
    if (r.ok() && s.name.empty()) {
        r.fail(path + ".name", "empty");
    }
    s.displayName = r.string(j, path, "display_name", false);
    s.present = r.boolean(j, path, "present", true);
    s.state = r.enumeration(j, path, "state", serviceStateFromId, ServiceState::Stopped);
    s.startType = r.enumeration(j, path, "start_type", startTypeFromId, StartType::Manual);
    s.delayedAutoStart = r.boolean(j, path, "delayed_auto_start");
    s.triggerStart = r.boolean(j, path, "trigger_start");
    s.dependencies = stringList(r, j, path, "dependencies");
    s.dependents = stringList(r, j, path, "dependents");
    s.win32ExitCode = static_cast<std::uint32_t>(r.integer(j, path, "win32_exit_code", 0, UINT32_MAX));
    s.serviceSpecificExitCode =
        static_cast<std::uint32_t>(r.integer(j, path, "service_exit_code", 0, UINT32_MAX));
    s.processId = static_cast<std::uint32_t>(r.integer(j, path, "process_id", 0, UINT32_MAX));
    s.account = r.string(j, path, "account", false);
    return s;
}

} // namespace

namespace json_detail {

json machineToJson(const MachineInfo& m) {
    return json{{"hostname", m.hostname}, {"os_name", m.osName},    {"os_version", m.osVersion},
                {"os_build", m.osBuild},  {"elevated", m.elevated}, {"app_version", m.appVersion}};
}

MachineInfo machineFromJson(Reader& r, const json& obj, const std::string& path) {
    MachineInfo m;
    m.hostname = r.string(obj, path, "hostname", false);
    m.osName = r.string(obj, path, "os_name", false);
    m.osVersion = r.string(obj, path, "os_version", false);
    m.osBuild = r.string(obj, path, "os_build", false);
    m.elevated = r.boolean(obj, path, "elevated");
    m.appVersion = r.string(obj, path, "app_version", false);
    return m;
}

} // namespace json_detail

json toJson(const Connection& c) {
    return json{{"profile", c.profile},
                {"tunnel", tunnelTypeId(c.tunnel)},
                {"auth", vpnAuthMethodId(c.auth)},
                {"server", c.server},
                {"origin", connectionOriginId(c.origin)}};
}

namespace {

/// Unknown tunnel or sign-in values (a newer version's) read as "unknown": the connection is
/// still judged, with fewer preconditions known.
Connection connectionFromJson(Reader& r, const json& j, const std::string& path) {
    Connection c;
    c.profile = r.string(j, path, "profile", false);
    c.server = r.string(j, path, "server", false);
    c.tunnel = tunnelTypeFromId(r.string(j, path, "tunnel", false)).value_or(TunnelType::Unknown);
    c.auth = vpnAuthMethodFromId(r.string(j, path, "auth", false)).value_or(VpnAuthMethod::Unknown);
    c.origin = connectionOriginFromId(r.string(j, path, "origin", false)).value_or(ConnectionOrigin::Chosen);
    return c;
}

/// An unknown method (a newer version's) reads as none: the connection's method is used. A CERTREQ
/// entry that is not a SHA-1 makes the bundle malformed: it would decide which CA is "missing".
CertificateChoice certificateChoiceFromJson(Reader& r, const json& j, const std::string& path) {
    CertificateChoice c;
    if (!j.is_object()) {
        r.fail(path, "expected an object");
        return c;
    }
    c.auth = r.string(j, path, "auth", false);
    if (c.auth != "machine-cert" && c.auth != "user-cert" && c.auth != "psk" && c.auth != "eap-mschapv2") {
        c.auth.clear();
    }
    c.server = r.string(j, path, "server", false);
    if (const auto* list = r.array(j, path, "certreq_ca_sha1", false)) {
        c.certreqCaSha1.emplace();
        for (const auto& item : *list) {
            if (!item.is_string() || !isSha1Hex(item.get<std::string>()) || c.certreqCaSha1->size() >= 64) {
                r.fail(path + ".certreq_ca_sha1", "a list of at most 64 SHA-1 hashes");
                return c;
            }
            c.certreqCaSha1->push_back(item.get<std::string>());
        }
    }
    return c;
}

} // namespace

json toJson(const SystemSnapshot& snapshot) {
    json services = json::array();
    for (const auto& s : snapshot.services) {
        services.push_back(serviceToJson(s));
    }
    json errors = json::array();
    for (const auto& e : snapshot.errors) {
        errors.push_back({{"area", e.area}, {"target", e.target}, {"code", e.code}, {"native", e.native}});
    }
    json out{
        {"schema_version", snapshot.schemaVersion},
        {"collected_at", snapshot.collectedAt},
        {"machine", json_detail::machineToJson(snapshot.machine)},
        {"services", services},
        {"errors", errors},
        {"certificates", toJson(snapshot.certificates)},
    };
    if (snapshot.logs) {
        out["logs"] = json_detail::logsToJson(*snapshot.logs);
    }
    if (snapshot.probe) {
        out["probe"] = toJson(*snapshot.probe);
    }
    if (snapshot.vpn) {
        out["vpn"] = json_detail::vpnToJson(*snapshot.vpn);
    }
    if (snapshot.transport) {
        out["transport"] = json_detail::transportToJson(*snapshot.transport);
    }
    if (snapshot.connection) {
        out["connection"] = toJson(*snapshot.connection);
    }
    if (snapshot.certificateChoice && !snapshot.certificateChoice->empty()) {
        const auto& c = *snapshot.certificateChoice;
        json choice{{"auth", c.auth}, {"server", c.server}};
        if (c.certreqCaSha1) {
            choice["certreq_ca_sha1"] = *c.certreqCaSha1;
        }
        out["certificate_choice"] = std::move(choice);
    }
    return out;
}

json toJson(const Finding& f) {
    return json{
        {"id", f.id},
        {"subject", f.subject},
        {"severity", severityId(f.severity)},
        {"step", stepId(f.step)},
        {"phase", ikePhaseId(f.phase)},
        {"evidence", f.evidence},
        {"remediations", f.remediations},
    };
}

json toJson(const std::vector<Finding>& findings) {
    json out = json::array();
    for (const auto& f : findings) {
        out.push_back(toJson(f));
    }
    return out;
}

Expected<SystemSnapshot> snapshotFromJson(const json& j) {
    Reader r;
    SystemSnapshot s;
    s.schemaVersion = static_cast<int>(r.integer(j, "snapshot", "schema_version", 1, 1000, true));
    if (r.ok() && s.schemaVersion > kSnapshotSchemaVersion) {
        return Error::make(ErrorCode::NotSupported,
                           "snapshot schema_version " + std::to_string(s.schemaVersion) +
                               " is newer than this version of IPsec Doctor understands (" +
                               std::to_string(kSnapshotSchemaVersion) + ")");
    }
    s.collectedAt = r.string(j, "snapshot", "collected_at");
    if (const auto* m = r.member(j, "snapshot", "machine", true)) {
        s.machine = json_detail::machineFromJson(r, *m, "snapshot.machine");
    }
    if (const auto* arr = r.array(j, "snapshot", "services", true)) {
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            s.services.push_back(
                serviceFromJson(r, (*arr)[i], "snapshot.services[" + std::to_string(i) + "]"));
        }
    }
    if (const auto* arr = r.array(j, "snapshot", "errors")) {
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            const auto& e = (*arr)[i];
            const std::string path = "snapshot.errors[" + std::to_string(i) + "]";
            CollectionError ce;
            ce.area = r.string(e, path, "area");
            ce.target = r.string(e, path, "target", false);
            ce.code = r.string(e, path, "code");
            ce.native = static_cast<std::uint32_t>(r.integer(e, path, "native", 0, UINT32_MAX));
            s.errors.push_back(std::move(ce));
        }
    }
    if (const auto* certs = r.member(j, "snapshot", "certificates", false)) {
        s.certificates = json_detail::certificatesFromJson(r, *certs, "snapshot.certificates");
    }
    if (const auto* logs = r.member(j, "snapshot", "logs", false); logs && r.ok()) {
        s.logs = json_detail::logsFromJson(r, *logs, "snapshot.logs");
    }
    if (const auto* vpn = r.member(j, "snapshot", "vpn", false)) {
        s.vpn = json_detail::vpnFromJson(r, *vpn, "snapshot.vpn");
    }
    if (const auto* t = r.member(j, "snapshot", "transport", false); t && !t->is_null() && r.ok()) {
        s.transport = json_detail::transportFromJson(r, *t, "snapshot.transport");
    }
    if (const auto* c = r.member(j, "snapshot", "connection", false); c && !c->is_null() && r.ok()) {
        s.connection = connectionFromJson(r, *c, "snapshot.connection");
    }
    if (const auto* c = r.member(j, "snapshot", "certificate_choice", false); c && !c->is_null() && r.ok()) {
        s.certificateChoice = certificateChoiceFromJson(r, *c, "snapshot.certificate_choice");
    }
    if (!r.ok()) {
        return r.error();
    }
    // Optional: bundles written before the probe existed have no "probe" member.
    if (auto it = j.find("probe"); it != j.end() && !it->is_null()) {
        auto probe = probeResultFromJson(*it);
        if (!probe) {
            return Error::make(probe.error().code, "snapshot." + probe.error().detail);
        }
        s.probe = std::move(*probe);
    }
    return s;
}

Expected<Finding> findingFromJson(const json& j) {
    Reader r;
    Finding f;
    const std::string path = "finding";
    f.id = r.string(j, path, "id");
    f.subject = r.string(j, path, "subject", false);
    f.severity = r.enumeration(j, path, "severity", severityFromId, Severity::Ok);
    f.step = r.enumeration(j, path, "step", stepFromId, Step::Services);
    f.phase = r.enumeration(j, path, "phase", ikePhaseFromId, IkePhase::Local);
    if (const auto* ev = r.member(j, path, "evidence", false)) {
        if (!ev->is_object()) {
            r.fail(path + ".evidence", "expected an object");
        } else {
            for (const auto& [key, value] : ev->items()) {
                if (!value.is_string()) {
                    r.fail(path + ".evidence." + key, "expected a string");
                    break;
                }
                f.evidence.emplace(key, value.get<std::string>());
            }
        }
    }
    f.remediations = stringList(r, j, path, "remediations");
    if (!r.ok()) {
        return r.error();
    }
    return f;
}

Expected<std::vector<Finding>> findingsFromJson(const json& j) {
    if (!j.is_array()) {
        return Error::make(ErrorCode::Malformed, "findings: expected an array");
    }
    std::vector<Finding> out;
    for (std::size_t i = 0; i < j.size(); ++i) {
        auto f = findingFromJson(j[i]);
        if (!f) {
            return Error::make(ErrorCode::Malformed,
                               "findings[" + std::to_string(i) + "]: " + f.error().detail);
        }
        out.push_back(std::move(f).value());
    }
    return out;
}

} // namespace ipsecdoctor
