#pragma once
// Portable parser of Windows event XML: one <Event> (EvtRender), several in a row (evtxexport,
// wevtutil qe /f:xml) or wrapped in <Events> (Event Viewer "Save as XML"). Pure and bounded:
// hostile input gets Error{Malformed|TooLarge}, never a crash or a hang.
#include "ipsecdoctor/model/logs_info.h"
#include "ipsecdoctor/util/expected.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

inline constexpr std::size_t kMaxEventXmlBytes = 64u * 1024 * 1024;

/// Exactly one <Event> element (surrounding whitespace and an XML declaration allowed).
Expected<EventRecord> parseEventXml(std::string_view xml);
/// The same, keeping `xml`'s buffer as the record's raw XML instead of copying it (what the
/// collector and readSavedLog do with each rendered record: 100,000 records are kept).
Expected<EventRecord> parseEventXml(std::string&& xml);

/// Every <Event> of a document, in document order; at most maxEvents (TooLarge beyond).
/// UTF-8 (with or without BOM) or UTF-16LE with BOM.
Expected<std::vector<EventRecord>> parseEventXmlDocument(std::string_view text,
                                                         std::size_t maxEvents = 200000);

/// "2020-07-10T17:20:06.687103300Z" → seconds since 1970; nullopt unless a valid UTC timestamp.
std::optional<std::int64_t> parseIsoUtcSeconds(std::string_view text);

} // namespace ipsecdoctor
