#pragma once
// wevtapi: EvtQuery (channel or .evtx file) + EvtNext + EvtRender(EvtRenderEventXml). A thin
// wrapper: Wine stubs EvtQuery/EvtRender (tests/win/README.md), so its logic is in the portable
// parser and checks, which the real samples test.
#include "ipsecdoctor/platform/event_log.h"

namespace ipsecdoctor::win {

class Win32EventLog final : public EventLog {
public:
    Expected<std::vector<std::string>> query(const EventQuery& q) override;
    std::vector<std::pair<std::uint32_t, std::string>> failureReasonTexts() override;
};

} // namespace ipsecdoctor::win
