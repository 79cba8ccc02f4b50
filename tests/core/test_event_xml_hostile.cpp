// Event XML from a hostile or damaged file: whatever it holds, the records and error details are
// valid UTF-8 (JSON output needs it) and carry no control character written as a reference.
#include "ipsecdoctor/collect/saved_log.h"
#include "ipsecdoctor/logs/event_xml.h"
#include "ipsecdoctor/platform/event_log.h"
#include "ipsecdoctor/util/json_dump.h"
#include "ipsecdoctor/util/utf8.h"

#include "temp_dir.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace ipsecdoctor;

namespace {

std::string rasEvent(const std::string& eventId, const std::string& entry) {
    return "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
           "<Provider Name='RasClient' /><EventID Qualifiers='0'>" +
           eventId +
           "</EventID><Level>2</Level><TimeCreated SystemTime='2024-03-18T13:29:21.000000000Z' />"
           "<EventRecordID>4203</EventRecordID><Channel>Application</Channel><Computer>vm</Computer>"
           "</System><EventData><Data>SYSTEM</Data><Data>" +
           entry + "</Data><Data>809</Data></EventData></Event>";
}

} // namespace

TEST(EventXmlHostile, ErrorDetailsAreCutBetweenCharacters) {
    // The review's crash: 39 digits and "é"; a byte-wise cut at 40 left half of the "é".
    for (const auto& input :
         {rasEvent(std::string(39, '1') + "\xC3\xA9", "x"),
          "<Events>" + std::string(39, 'x') + "\xC3\xA9" + rasEvent("20227", "x") + "</Events>",
          "<" + std::string(39, 'E') + "\xC3\xA9/>"}) {
        auto r = parseEventXmlDocument(input);
        ASSERT_FALSE(r) << input;
        EXPECT_TRUE(isValidUtf8(r.error().detail)) << r.error().detail;
        const nlohmann::json doc{{"detail", r.error().detail}};
        EXPECT_NO_THROW((void)doc.dump());
    }
    auto r = parseEventXml(rasEvent(std::string(39, '1') + "\xC3\xA9", "x"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().detail, "event XML: EventID '" + std::string(39, '1') + "' is not a number");
}

TEST(EventXmlHostile, BytesThatAreNotUtf8BecomeReplacementCharacters) {
    const std::string input = rasEvent("20227", "Azure\xFF\xFE\xC3");
    auto copied = parseEventXml(input);
    ASSERT_TRUE(copied) << copied.error().detail;
    EXPECT_EQ(copied->data.at(1).value, "Azure\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_TRUE(isValidUtf8(copied->xml));
    // The overload that keeps the caller's buffer gives the same record.
    auto moved = parseEventXml(std::string(input));
    ASSERT_TRUE(moved);
    EXPECT_EQ(*moved, *copied);
    // What a bundle stores parses back to the same record.
    auto again = parseEventXml(copied->xml);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *copied);
    auto many = parseEventXmlDocument("<Events>" + input + input + "</Events>");
    ASSERT_TRUE(many);
    EXPECT_EQ(many->size(), 2u);
}

TEST(EventXmlHostile, ControlCharacterReferencesAreRefusedAsXml10Does) {
    for (const char* ref : {"&#x1B;", "&#27;", "&#x1;", "&#x1F;", "&#xFFFE;", "&#xFFFF;", "&#x0;"}) {
        auto r = parseEventXml(rasEvent("20227", std::string("Azure") + ref + "[2J"));
        ASSERT_FALSE(r) << ref;
        EXPECT_EQ(r.error().code, ErrorCode::Malformed);
    }
    // Tab, LF and CR are XML characters.
    auto ok = parseEventXml(rasEvent("20227", "a&#x9;b&#xA;c&#xD;d&#xE9;"));
    ASSERT_TRUE(ok) << ok.error().detail;
    EXPECT_EQ(ok->data.at(1).value, "a\tb\nc\rd\xC3\xA9");
}

TEST(EventXmlHostile, RawControlCharactersAreReplaced) {
    auto r = parseEventXml(rasEvent("20227", "Azure\x1B[2J\x07"
                                             "FAKE\tok"));
    ASSERT_TRUE(r) << r.error().detail;
    EXPECT_EQ(r->data.at(1).value, "Azure\xEF\xBF\xBD[2J\xEF\xBF\xBD"
                                   "FAKE\tok");
    EXPECT_EQ(r->xml.find('\x1B'), std::string::npos);
}

#ifndef _WIN32
TEST(EventXmlHostile, OversizedEvtxIsRefusedBeforeLibevtxOpensIt) {
    ipsecdoctor::testing::TempDir dir;
    const auto path = dir.path() / "huge.evtx";
    {
        std::ofstream out(path, std::ios::binary);
        out << std::string("ElfFile\0", 8);
    }
    std::filesystem::resize_file(path, 200u * 1024 * 1024); // sparse: no disk used
    auto saved = readSavedLog(path);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, ErrorCode::TooLarge);
    EXPECT_NE(saved.error().detail.find("limit for an .evtx"), std::string::npos) << saved.error().detail;
}
#endif
