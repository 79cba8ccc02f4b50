#include "transport_json.h"

#include "ipsecdoctor/knowledge/wfp_providers.h"

namespace ipsecdoctor::json_detail {

using nlohmann::json;

namespace {

// A PC has a few dozen providers and a handful of IKE sockets; more is a damaged or hostile file.
constexpr std::size_t kMaxOwners = 256;
constexpr std::size_t kMaxProviders = 1024;

} // namespace

json transportToJson(const TransportFacts& facts) {
    json owners = json::array();
    for (const auto& o : facts.udpOwners) {
        owners.push_back(json{{"port", o.port},
                              {"address", o.address},
                              {"pid", o.pid},
                              {"process", o.process},
                              {"services", o.services},
                              {"ikeext", o.isIkeext()}});
    }
    json providers = json::array();
    for (const auto& p : facts.wfpProviders) {
        providers.push_back(json{{"key", p.key},
                                 {"name", p.name},
                                 {"service", p.service},
                                 {"persistent", p.persistent},
                                 {"disabled", p.disabled},
                                 {"callouts", p.callouts},
                                 {"windows", p.builtIn}});
    }
    return json{{"udp_owners", owners}, {"wfp_listed", facts.wfpListed}, {"wfp_providers", providers}};
}

TransportFacts transportFromJson(Reader& r, const json& obj, const std::string& path) {
    TransportFacts facts;
    if (const auto* arr = r.array(obj, path, "udp_owners", true)) {
        if (arr->size() > kMaxOwners) {
            r.fail(path + ".udp_owners", "more sockets than a PC has");
            return facts;
        }
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            const auto& j = (*arr)[i];
            const std::string p = path + ".udp_owners[" + std::to_string(i) + "]";
            UdpPortOwner o;
            o.port = static_cast<std::uint16_t>(r.integer(j, p, "port", 1, 65535, true));
            o.address = r.string(j, p, "address", false);
            o.pid = static_cast<std::uint32_t>(r.integer(j, p, "pid", 0, UINT32_MAX));
            o.process = r.string(j, p, "process", false);
            if (const auto* services = r.array(j, p, "services", false)) {
                for (const auto& s : *services) {
                    if (!s.is_string()) {
                        r.fail(p + ".services", "expected a list of service names");
                        break;
                    }
                    o.services.push_back(s.get<std::string>());
                }
            }
            facts.udpOwners.push_back(std::move(o));
        }
    }
    facts.wfpListed = r.boolean(obj, path, "wfp_listed");
    if (const auto* arr = r.array(obj, path, "wfp_providers", false)) {
        if (arr->size() > kMaxProviders) {
            r.fail(path + ".wfp_providers", "more providers than a PC has");
            return facts;
        }
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            const auto& j = (*arr)[i];
            const std::string p = path + ".wfp_providers[" + std::to_string(i) + "]";
            WfpProvider w;
            w.key = r.string(j, p, "key");
            w.name = r.string(j, p, "name", false);
            w.service = r.string(j, p, "service", false);
            w.persistent = r.boolean(j, p, "persistent");
            w.disabled = r.boolean(j, p, "disabled");
            w.callouts = static_cast<int>(r.integer(j, p, "callouts", 0, 100000));
            // Judged again by this version's list: "windows" is written for readers of the file.
            w.builtIn = isWindowsWfpProvider(w.key, w.service);
            facts.wfpProviders.push_back(std::move(w));
        }
    }
    return facts;
}

} // namespace ipsecdoctor::json_detail
