// The Logs step asks the Security log for exactly the IPsec events the knowledge base explains:
// no 4964 (a logon event inside the 4960-4965 block) to crowd out the IKE failures.
#include "ipsecdoctor/collect/event_queries.h"
#include "ipsecdoctor/knowledge/error_codes.h"
#include "ipsecdoctor/platform/event_log.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>

using namespace ipsecdoctor;

namespace {

/// Event ids an XPath filter of "EventID=n" and "(EventID>=a and EventID<=b)" terms selects.
std::set<std::uint32_t> selectedIds(const std::string& xpath) {
    std::set<std::uint32_t> ids;
    const std::regex range(R"(\(EventID>=(\d+) and EventID<=(\d+)\))");
    const std::regex single(R"(EventID=(\d+))");
    std::string rest;
    std::sregex_iterator end;
    std::size_t last = 0;
    for (std::sregex_iterator it(xpath.begin(), xpath.end(), range); it != end; ++it) {
        for (auto id = std::stoul((*it)[1]); id <= std::stoul((*it)[2]); ++id) {
            ids.insert(static_cast<std::uint32_t>(id));
        }
        rest += xpath.substr(last, static_cast<std::size_t>(it->position()) - last);
        last = static_cast<std::size_t>(it->position() + it->length());
    }
    rest += xpath.substr(last);
    for (std::sregex_iterator it(rest.begin(), rest.end(), single); it != end; ++it) {
        ids.insert(static_cast<std::uint32_t>(std::stoul((*it)[1])));
    }
    return ids;
}

const EventQuery& securityQuery(const std::vector<EventQuery>& queries) {
    for (const auto& q : queries) {
        if (q.channel == "Security") {
            return q;
        }
    }
    throw std::runtime_error("no Security query");
}

} // namespace

TEST(EventQueries, SecurityQuerySelectsExactlyTheKnownIpsecEvents) {
    const auto queries = ipsecEventQueries(0, 500);
    const auto& q = securityQuery(queries);
    EXPECT_TRUE(q.xpath.starts_with("*[System[Provider[@Name='Microsoft-Windows-Security-Auditing'] and ("))
        << q.xpath;
    EXPECT_EQ(std::count(q.xpath.begin(), q.xpath.end(), '['),
              std::count(q.xpath.begin(), q.xpath.end(), ']'));
    EXPECT_EQ(std::count(q.xpath.begin(), q.xpath.end(), '('),
              std::count(q.xpath.begin(), q.xpath.end(), ')'));

    std::set<std::uint32_t> known;
    for (const auto& e : eventTable()) {
        if (e.code < 10000) {
            known.insert(e.code);
        }
    }
    const auto selected = selectedIds(q.xpath);
    EXPECT_EQ(selected, known);
    EXPECT_FALSE(selected.contains(4964)) << q.xpath;
    EXPECT_TRUE(selected.contains(4963) && selected.contains(4965) && selected.contains(4653));
    EXPECT_EQ(q.maxEvents, 500u);
}

TEST(EventQueries, TimeWindowIsAppliedInsideTheSystemFilter) {
    const auto queries = ipsecEventQueries(3600, 50);
    const auto& q = securityQuery(queries);
    EXPECT_NE(q.xpath.find(" and TimeCreated[timediff(@SystemTime) <= 3600000]]]"), std::string::npos)
        << q.xpath;
    EXPECT_EQ(selectedIds(q.xpath).count(4964), 0u);
}
