// The rule of a probe host (the only server the probe ever contacts).
#include "ProbeCliOptions.h"

#include "ipsecdoctor/ike/udp_transport.h"

#include <cctype>

namespace ipsecdoctor::app {

bool isValidProbeHost(const std::string& host) {
    if (ike::parseIpAddress(host)) {
        return true;
    }
    if (host.empty() || host.size() > 253 || host.front() == '.' || host.front() == '-') {
        return false;
    }
    std::size_t label = 0;
    for (char c : host) {
        if (c == '.') {
            if (label == 0) {
                return false;
            }
            label = 0;
            continue;
        }
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') {
            return false;
        }
        if (++label > 63) {
            return false;
        }
    }
    return true;
}

} // namespace ipsecdoctor::app
