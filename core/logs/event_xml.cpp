// Event XML → EventRecord. The structure is fixed by the event schema
// (http://schemas.microsoft.com/win/2004/08/events/event): System holds the header, EventData
// named or positional <Data>, UserData one provider element with leaf fields.
#include "ipsecdoctor/logs/event_xml.h"

#include "ipsecdoctor/util/utf16_text.h"
#include "ipsecdoctor/util/utf8.h"

#include "xml_scanner.h"

#include <array>
#include <charconv>

namespace ipsecdoctor {
namespace {

using xml::TokenType;

constexpr std::size_t kMaxDepth = 32;
constexpr std::size_t kMaxFields = 512;

Error malformed(std::string what) {
    return Error::make(ErrorCode::Malformed, "event XML: " + std::move(what));
}

template <class T>
bool toNumber(std::string_view s, T& out, int base = 10) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out, base);
    return ec == std::errc() && p == s.data() + s.size() && !s.empty();
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

/// Working buffers reused from one event to the next (and, per thread, from one call to the
/// next): with 100,000 records kept in memory, per-event temporaries interleaved with the kept
/// strings made malloc the main cost of a large log (tests/bench/bench_logs.cpp, docs/logs-step.md).
struct Scratch {
    std::vector<std::string_view> path; // below Event
    std::string text;
    std::vector<EventField> fields; // moved into the record with its exact size
};

Scratch& threadScratch() {
    thread_local Scratch scratch;
    return scratch;
}

/// Builds one record from the tokens between <Event> and </Event>.
class EventBuilder {
public:
    EventBuilder(xml::Scanner& scanner, Scratch& scratch, bool copyXml)
        : m_scanner(scanner), m_scratch(scratch), m_copyXml(copyXml) {}

    /// Where the event's XML is in the input (set once build succeeds).
    std::size_t xmlBegin = 0;
    std::size_t xmlEnd = 0;

    /// Called just after the <Event> start tag; consumes up to and including </Event>.
    Expected<EventRecord> build(std::string_view input, std::size_t eventBegin) {
        auto& path = m_scratch.path;
        auto& text = m_scratch.text;
        path.clear();
        text.clear();
        m_scratch.fields.clear();
        std::string_view dataName;
        bool inField = false;
        while (true) {
            const auto t = m_scanner.next();
            switch (t.type) {
            case TokenType::Error:
                return malformed(m_scanner.error());
            case TokenType::End:
                return malformed("document ends inside <Event>");
            case TokenType::Text:
                if (t.cdata) {
                    text.append(t.text);
                } else if (!xml::decode(t.text, text)) {
                    return malformed("bad entity reference in text");
                }
                if (text.size() > 1024 * 1024) {
                    return Error::make(ErrorCode::TooLarge, "event XML: a field is larger than 1 MB");
                }
                break;
            case TokenType::StartTag: {
                if (path.size() >= kMaxDepth) {
                    return malformed("elements nested too deeply");
                }
                path.push_back(t.name);
                text.clear();
                if (auto r = startElement(path); !r) {
                    return r.error();
                }
                dataName = {};
                inField = isField(path);
                if (inField) {
                    for (const auto& a : m_scanner.attributes()) {
                        if (a.name == "Name") {
                            dataName = a.value;
                        }
                    }
                }
                if (t.selfClosing) {
                    if (auto r = endElement(path, text, dataName, inField); !r) {
                        return r.error();
                    }
                    path.pop_back();
                }
                break;
            }
            case TokenType::EndTag:
                if (path.empty()) {
                    if (t.name != "Event") {
                        return malformed("</" + std::string(t.name) + "> closes <Event>");
                    }
                    xmlBegin = eventBegin;
                    xmlEnd = t.end;
                    if (m_copyXml) {
                        m_record.xml.assign(input.substr(eventBegin, t.end - eventBegin));
                    }
                    if (auto r = validate(); !r) {
                        return r.error();
                    }
                    m_record.data.reserve(m_scratch.fields.size());
                    for (auto& f : m_scratch.fields) {
                        m_record.data.push_back(std::move(f));
                    }
                    if (text.capacity() > 64 * 1024) {
                        text = std::string(); // a huge field: do not keep its buffer per thread
                    }
                    return std::move(m_record);
                }
                if (t.name != path.back()) {
                    return malformed("</" + std::string(t.name) + "> does not close <" +
                                     std::string(path.back()) + ">");
                }
                if (auto r = endElement(path, text, dataName, inField); !r) {
                    return r.error();
                }
                text.clear();
                path.pop_back();
                inField = false;
                break;
            }
        }
    }

private:
    static bool isField(const std::vector<std::string_view>& path) {
        if (path.size() == 2 && path[0] == "EventData" && (path[1] == "Data" || path[1] == "Binary")) {
            return true;
        }
        // UserData/<ProviderElement>/<Leaf>
        return path.size() == 3 && path[0] == "UserData";
    }

    Expected<void> startElement(const std::vector<std::string_view>& path) {
        if (path.size() != 2 || path[0] != "System") {
            return {};
        }
        const auto& attrs = m_scanner.attributes();
        auto attr = [&](std::string_view name) -> std::string {
            for (const auto& a : attrs) {
                if (a.name == name) {
                    std::string v;
                    (void)xml::decode(a.value, v);
                    return v;
                }
            }
            return {};
        };
        if (path[1] == "Provider") {
            m_record.provider = attr("Name");
            if (m_record.provider.empty()) {
                m_record.provider = attr("EventSourceName");
            }
        } else if (path[1] == "TimeCreated") {
            m_record.timeCreated = attr("SystemTime");
        }
        return {};
    }

    Expected<void> endElement(const std::vector<std::string_view>& path, const std::string& text,
                              std::string_view dataName, bool inField) {
        if (inField) {
            if (path.back() == "Binary") {
                m_record.binary = std::string(trimmed(text));
                return {};
            }
            if (m_scratch.fields.size() >= kMaxFields) {
                return Error::make(ErrorCode::TooLarge, "event XML: more than 512 data fields");
            }
            std::string name;
            if (!dataName.empty()) {
                if (!xml::decode(dataName, name)) {
                    return malformed("bad entity reference in a Data name");
                }
            } else if (path[0] == "UserData") {
                name = std::string(path.back());
            }
            m_scratch.fields.push_back({std::move(name), text});
            return {};
        }
        if (path.size() != 2 || path[0] != "System") {
            return {};
        }
        const auto& el = path[1];
        if (el == "EventID") {
            m_hasId = toNumber(text, m_record.eventId);
            if (!m_hasId) {
                return malformed("EventID '" + truncateUtf8(trimmed(text), 40) + "' is not a number");
            }
        } else if (el == "Level") {
            (void)toNumber(text, m_record.level);
        } else if (el == "Keywords") {
            m_record.keywords = std::string(trimmed(text));
        } else if (el == "EventRecordID") {
            if (!trimmed(text).empty() && !toNumber(text, m_record.recordId)) {
                return malformed("EventRecordID '" + truncateUtf8(trimmed(text), 40) + "' is not a number");
            }
        } else if (el == "Channel") {
            m_record.channel = std::string(trimmed(text));
        } else if (el == "Computer") {
            m_record.computer = std::string(trimmed(text));
        }
        return {};
    }

    Expected<void> validate() {
        if (!m_hasId) {
            return malformed("<Event> without System/EventID");
        }
        if (m_record.provider.empty()) {
            return malformed("<Event> without System/Provider");
        }
        const auto seconds = parseIsoUtcSeconds(m_record.timeCreated);
        if (!seconds) {
            return malformed("TimeCreated '" + truncateUtf8(m_record.timeCreated, 40) +
                             "' is not a UTC timestamp");
        }
        m_record.timeUnix = *seconds;
        return {};
    }

    xml::Scanner& m_scanner;
    Scratch& m_scratch;
    bool m_copyXml;
    EventRecord m_record;
    bool m_hasId = false;
};

/// Event Viewer's "Copy" of the Details/XML view: lines prefixed with "- " that are not XML.
bool looksLikeEventViewerCopy(std::string_view text) {
    const auto s = trimmed(text);
    return s.size() > 2 && s[0] == '-' && (s[1] == ' ' || s[1] == '\t') &&
           trimmed(s.substr(1)).starts_with("<");
}

/// `span` non-null: exactly one event whose XML is not copied; its place in `text` goes there.
Expected<std::vector<EventRecord>> parseUtf8Document(std::string_view text, std::size_t maxEvents,
                                                     bool exactlyOne,
                                                     std::pair<std::size_t, std::size_t>* span = nullptr) {
    if (looksLikeEventViewerCopy(text)) {
        return malformed(
            "this is Event Viewer's copy of the XML view (lines start with '-'), not XML: save the events "
            "with \"Save Selected Events\" (.evtx) or copy them from the XML view as text");
    }
    xml::Scanner scanner(text);
    std::vector<EventRecord> events;
    std::size_t depth = 0; // wrapper elements (<Events>) around the events
    while (true) {
        const auto t = scanner.next();
        switch (t.type) {
        case TokenType::Error:
            return malformed(scanner.error());
        case TokenType::End:
            if (depth != 0) {
                return malformed("document ends inside a wrapper element");
            }
            if (events.empty()) {
                return malformed("no <Event> element found");
            }
            return events;
        case TokenType::Text:
            if (!t.cdata && !trimmed(t.text).empty()) {
                return malformed("unexpected text outside <Event>: '" + truncateUtf8(trimmed(t.text), 40) +
                                 "'");
            }
            break;
        case TokenType::StartTag:
            if (t.name == "Event") {
                if (exactlyOne && !events.empty()) {
                    return malformed("more than one <Event>");
                }
                if (events.size() >= maxEvents) {
                    return Error::make(ErrorCode::TooLarge,
                                       "event XML: more than " + std::to_string(maxEvents) + " events");
                }
                if (t.selfClosing) {
                    return malformed("empty <Event/>");
                }
                EventBuilder builder(scanner, threadScratch(), span == nullptr);
                auto record = builder.build(text, t.begin);
                if (!record) {
                    return record.error();
                }
                if (span) {
                    *span = {builder.xmlBegin, builder.xmlEnd};
                }
                events.push_back(std::move(record).value());
            } else if (t.name == "Events" && !exactlyOne) {
                if (!t.selfClosing) {
                    if (++depth > 2) {
                        return malformed("<Events> nested too deeply");
                    }
                }
            } else {
                return malformed("unexpected element <" + truncateUtf8(t.name, 40) + "> (expected <Event>)");
            }
            break;
        case TokenType::EndTag:
            if (depth == 0 || t.name != "Events") {
                return malformed("unexpected </" + truncateUtf8(t.name, 40) + ">");
            }
            --depth;
            break;
        }
    }
}

Expected<std::vector<EventRecord>> parseAny(std::string_view text, std::size_t maxEvents, bool exactlyOne) {
    if (text.size() > kMaxEventXmlBytes) {
        return Error::make(ErrorCode::TooLarge, "event XML larger than 64 MB");
    }
    if (text.size() >= 2 && static_cast<unsigned char>(text[0]) == 0xFF &&
        static_cast<unsigned char>(text[1]) == 0xFE) {
        auto utf8 = utf16ToUtf8Strict(text.substr(2)); // after the BOM
        if (!utf8) {
            return malformed("invalid UTF-16");
        }
        if (auto clean = xml::sanitized(*utf8)) {
            return parseUtf8Document(*clean, maxEvents, exactlyOne);
        }
        return parseUtf8Document(*utf8, maxEvents, exactlyOne);
    }
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
    }
    if (auto clean = xml::sanitized(text)) {
        return parseUtf8Document(*clean, maxEvents, exactlyOne);
    }
    return parseUtf8Document(text, maxEvents, exactlyOne);
}

} // namespace

Expected<EventRecord> parseEventXml(std::string_view xml) {
    auto events = parseAny(xml, 1, true);
    if (!events) {
        return events.error();
    }
    return std::move(events->front());
}

Expected<EventRecord> parseEventXml(std::string&& xml) {
    // UTF-16 is converted first, so its offsets would not be the input's: parse a copy.
    if (xml.size() > kMaxEventXmlBytes || (xml.size() >= 2 && static_cast<unsigned char>(xml[0]) == 0xFF &&
                                           static_cast<unsigned char>(xml[1]) == 0xFE)) {
        return parseEventXml(std::string_view(xml));
    }
    if (auto clean = xml::sanitized(xml)) {
        xml = std::move(*clean);
    }
    const std::size_t bom = std::string_view(xml).starts_with("\xEF\xBB\xBF") ? 3 : 0;
    std::pair<std::size_t, std::size_t> span;
    auto events = parseUtf8Document(std::string_view(xml).substr(bom), 1, true, &span);
    if (!events) {
        return events.error();
    }
    // The record keeps the caller's buffer, cut to <Event>...</Event>: no copy of the XML.
    xml.erase(bom + span.second);
    xml.erase(0, bom + span.first);
    EventRecord record = std::move(events->front());
    record.xml = std::move(xml);
    return record;
}

Expected<std::vector<EventRecord>> parseEventXmlDocument(std::string_view text, std::size_t maxEvents) {
    return parseAny(text, maxEvents, false);
}

std::optional<std::int64_t> parseIsoUtcSeconds(std::string_view s) {
    // YYYY-MM-DDTHH:MM:SS[.fraction]Z
    if (s.size() < 20 || s.size() > 40 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') ||
        s[13] != ':' || s[16] != ':' || s.back() != 'Z') {
        return std::nullopt;
    }
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!toNumber(s.substr(0, 4), y) || !toNumber(s.substr(5, 2), mo) || !toNumber(s.substr(8, 2), d) ||
        !toNumber(s.substr(11, 2), h) || !toNumber(s.substr(14, 2), mi) || !toNumber(s.substr(17, 2), sec)) {
        return std::nullopt;
    }
    const auto frac = s.substr(19, s.size() - 20);
    if (!frac.empty()) {
        if (frac[0] != '.' || frac.size() < 2) {
            return std::nullopt;
        }
        for (char c : frac.substr(1)) {
            if (c < '0' || c > '9') {
                return std::nullopt;
            }
        }
    }
    if (y < 1601 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) {
        return std::nullopt;
    }
    // Days from civil (Howard Hinnant's algorithm).
    const int yy = y - (mo <= 2 ? 1 : 0);
    const int era = yy / 400;
    const int yoe = yy - era * 400;
    const int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const std::int64_t days = static_cast<std::int64_t>(era) * 146097 + doe - 719468;
    return days * 86400 + h * 3600 + mi * 60 + sec;
}

} // namespace ipsecdoctor
