// The event XML parser on every real sample of tests/data/real-world (eventlog-xml,
// command-output, evtx) and on hostile input.
#include "event_samples.h"

#include "ipsecdoctor/collect/saved_log.h"
#include "ipsecdoctor/logs/event_xml.h"
#include "ipsecdoctor/platform/event_log.h"
#include "ipsecdoctor/util/file_io.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace ipsecdoctor;

namespace {

const std::filesystem::path kRealWorld = std::filesystem::path(IPSECDOCTOR_TEST_DATA_DIR) / "real-world";

std::string sample(const std::string& relative) {
    auto text = readFile(kRealWorld / relative, 1 << 24);
    EXPECT_TRUE(text) << relative;
    return text ? *text : std::string();
}

} // namespace

TEST(EventXml, MainModeFailureSampleHasEveryField) {
    auto e = parseEventXml(sample("eventlog-xml/ipban_Security-4653_MM-failed_NegotiationTimedOut.xml"));
    ASSERT_TRUE(e) << e.error().detail;
    EXPECT_EQ(e->eventId, 4653u);
    EXPECT_EQ(e->provider, "Microsoft-Windows-Security-Auditing");
    EXPECT_EQ(e->channel, "Security");
    EXPECT_EQ(e->computer, "MYVPN.MYCPU");
    EXPECT_EQ(e->recordId, 100095994u);
    EXPECT_EQ(e->keywords, "0x8010000000000000");
    EXPECT_EQ(e->timeCreated, "2020-07-10T17:20:06.687103300Z");
    EXPECT_EQ(e->timeUnix, 1594401606);
    ASSERT_EQ(e->data.size(), 16u);
    EXPECT_EQ(*e->field("FailureReason"), "Negotiation timed out");
    EXPECT_EQ(*e->field("KeyModName"), "%%8222");
    EXPECT_EQ(*e->field("RemoteKeyModPort"), "4500");
    EXPECT_EQ(e->field("Missing"), nullptr);
    EXPECT_TRUE(e->xml.starts_with("<Event ") && e->xml.ends_with("</Event>"));
}

TEST(EventXml, NpsSampleKeepsNamedFields) {
    auto e = parseEventXml(sample("eventlog-xml/ipban_Security-6272_NPS-granted-access_EAP-MSCHAPv2.xml"));
    ASSERT_TRUE(e) << e.error().detail;
    EXPECT_EQ(e->eventId, 6272u);
    EXPECT_EQ(*e->field("EAPType"), "Microsoft: Secured password (EAP-MSCHAP v2)");
    EXPECT_EQ(*e->field("SubjectUserName"), "mydomain\\username");
}

TEST(EventXml, RemoteAccessSamplesKeepPositionalDataAndBinary) {
    for (const auto* name : {"eventlog-xml/ipban_System-RemoteAccess-20271_RRAS-auth-denied_2024.xml",
                             "eventlog-xml/ipban_System-RemoteAccess-20271_RRAS-auth-denied_German.xml"}) {
        auto e = parseEventXml(sample(name));
        ASSERT_TRUE(e) << name << ": " << e.error().detail;
        EXPECT_EQ(e->eventId, 20271u);
        EXPECT_EQ(e->provider, "RemoteAccess");
        ASSERT_EQ(e->data.size(), 5u);
        EXPECT_TRUE(e->data[0].name.empty());
        EXPECT_FALSE(e->binary.empty());
    }
    auto german =
        parseEventXml(sample("eventlog-xml/ipban_System-RemoteAccess-20271_RRAS-auth-denied_German.xml"));
    ASSERT_TRUE(german);
    EXPECT_NE(german->positional(3)->find("ausgewählte"), std::string::npos); // UTF-8 kept intact
    EXPECT_EQ(german->binary, "B3020000");
}

TEST(EventXml, EventViewerCopyWithDashesIsAClearError) {
    auto e = parseEventXml(sample(
        "eventlog-xml/ipban-issue76_System-RemoteAccess-20271_EventViewer-copy-with-dash-prefixes.txt"));
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().code, ErrorCode::Malformed);
    EXPECT_NE(e.error().detail.find("Event Viewer"), std::string::npos);
}

TEST(EventXml, SchemaTemplateWithPlaceholdersIsRejected) {
    auto e = parseEventXml(sample(
        "eventlog-xml/AtomicGaryBusey-AzureForensics_Security-4653_XML-schema-template_placeholders.xml"));
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().code, ErrorCode::Malformed);
    EXPECT_NE(e.error().detail.find("EventRecordID"), std::string::npos) << e.error().detail;
}

TEST(EventXml, CommandOutputSamplesAreNotEventXml) {
    for (const auto& entry : std::filesystem::directory_iterator(kRealWorld / "command-output")) {
        auto text = readFile(entry.path(), 1 << 24);
        ASSERT_TRUE(text);
        auto events = parseEventXmlDocument(*text);
        ASSERT_FALSE(events) << entry.path();
        EXPECT_EQ(events.error().code, ErrorCode::Malformed);
    }
}

TEST(EventXml, SeveralEventsInAWrapperOrInARow) {
    const auto a = ipsecdoctor::testing::rasDialFailedXml("2026-11-27T09:12:00.0000000Z", "13801");
    const auto b = ipsecdoctor::testing::rasDialFailedXml("2026-11-27T09:14:00.0000000Z", "809");
    auto wrapped = parseEventXmlDocument("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Events>" + a + "\n" +
                                         b + "</Events>");
    ASSERT_TRUE(wrapped) << wrapped.error().detail;
    ASSERT_EQ(wrapped->size(), 2u);
    EXPECT_EQ(*(*wrapped)[1].positional(3), "809");
    auto inRow = parseEventXmlDocument(a + "\n\n" + b);
    ASSERT_TRUE(inRow);
    EXPECT_EQ(inRow->size(), 2u);
    EXPECT_FALSE(parseEventXml(a + b)) << "parseEventXml takes exactly one event";
    EXPECT_EQ(parseEventXmlDocument(a + b, 1).error().code, ErrorCode::TooLarge);
}

TEST(EventXml, Utf16WithBomIsAccepted) {
    const auto utf8 = ipsecdoctor::testing::rasDialFailedXml("2026-11-27T09:12:00Z", "809", "Büro");
    std::string utf16 = "\xFF\xFE";
    // ASCII plus one Latin-1 letter: each code point is one UTF-16 unit.
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        auto c = static_cast<unsigned char>(utf8[i]);
        std::uint32_t cp = c;
        if (c == 0xC3) {
            cp = 0xC0 | (static_cast<unsigned char>(utf8[++i]) & 0x3F);
        }
        utf16 += static_cast<char>(cp & 0xFF);
        utf16 += static_cast<char>(cp >> 8);
    }
    auto events = parseEventXmlDocument(utf16);
    ASSERT_TRUE(events) << events.error().detail;
    EXPECT_EQ(*events->front().positional(2), "Büro");
}

TEST(EventXml, EntitiesAndCdataAreDecoded) {
    auto e =
        parseEventXml(ipsecdoctor::testing::rasDialFailedXml("2026-11-27T09:12:00Z", "809", "A & B <test>"));
    ASSERT_TRUE(e);
    EXPECT_EQ(*e->positional(2), "A & B <test>");
    const std::string cdata =
        "<Event><System><Provider Name='RasClient'/><EventID>20227</EventID><TimeCreated "
        "SystemTime='2026-11-27T09:12:00Z'/></System><EventData><Data><![CDATA[a<b]]></Data>"
        "<Data>&#233;&#x20AC;</Data></EventData></Event>";
    auto c = parseEventXml(cdata);
    ASSERT_TRUE(c) << c.error().detail;
    EXPECT_EQ(*c->positional(0), "a<b");
    EXPECT_EQ(*c->positional(1), "é€");
}

TEST(EventXml, HostileInputGetsAnErrorNotACrash) {
    const std::vector<std::string> bad = {
        "",
        "<",
        "<Event",
        "<Event>",
        "<Event></Foo>",
        "<!DOCTYPE x [<!ENTITY a 'b'>]><Event/>",
        "<Event><System><EventID>x</EventID></System></Event>",
        "<Event><System><Provider Name='p'/><EventID>1</EventID></System></Event>", // no time
        "<Event><System><Provider Name='p'/><EventID>1</EventID><TimeCreated "
        "SystemTime='2020-13-01T00:00:00Z'/>"
        "</System></Event>",
        "<Event><EventData><Data>&bogus;</Data></EventData></Event>",
        "<Event><EventData><Data>&#0;</Data></EventData></Event>",
        "<Event a=b></Event>",
        "text<Event/>",
        "<Other/>",
        std::string(100, '<'),
        std::string(40, '-') + "<Event>",
    };
    for (const auto& input : bad) {
        auto r = parseEventXmlDocument(input);
        EXPECT_FALSE(r) << input;
    }
    std::string deep = "<Event>";
    for (int i = 0; i < 100; ++i) {
        deep += "<a>";
    }
    EXPECT_FALSE(parseEventXml(deep));
    std::string comments;
    for (int i = 0; i < 100000; ++i) {
        comments += "<!---->";
    }
    EXPECT_FALSE(parseEventXmlDocument(comments)); // no stack growth per comment
}

TEST(EventXml, IsoTimestamps) {
    EXPECT_EQ(parseIsoUtcSeconds("1970-01-01T00:00:00Z"), 0);
    EXPECT_EQ(parseIsoUtcSeconds("2024-02-29T12:00:00.5Z"), 1709208000);
    EXPECT_FALSE(parseIsoUtcSeconds("YYYY-MM-DDTHH:MM:SS.SSSSSSSSSZ"));
    EXPECT_FALSE(parseIsoUtcSeconds("2024-02-29T12:00:00"));
    EXPECT_FALSE(parseIsoUtcSeconds("2024-02-29T12:00:00.Z"));
}

#ifndef _WIN32
// libevtx on the real .evtx samples (on Windows, EvtQueryFilePath reads them; Wine stubs it).
TEST(SavedLog, EvtxSamplesThroughLibevtx) {
    struct Expect {
        const char* name;
        std::size_t minEvents;
    };
    for (const auto& [name, minEvents] :
         {Expect{"omerbenamram-evtx_system_1881events.evtx", 1881},
          Expect{"omerbenamram-evtx_Application_no_crc32_17events_bad-CRC.evtx", 17},
          Expect{"omerbenamram-evtx_Security_short_selected_7events_WFP-5152-5157.evtx", 7},
          Expect{"omerbenamram-evtx_sample_with_a_bad_chunk_magic_corrupt.evtx", 200}}) {
        auto saved = readSavedLog(kRealWorld / "evtx" / name);
        ASSERT_TRUE(saved) << name << ": " << saved.error().detail;
        EXPECT_GE(saved->logs.events.size(), minEvents) << name;
        EXPECT_EQ(saved->logs.source, "file");
        EXPECT_EQ(saved->logs.fileName, name);
        for (std::size_t i = 1; i < saved->logs.events.size(); ++i) {
            ASSERT_GE(saved->logs.events[i - 1].timeUnix, saved->logs.events[i].timeUnix) << "newest first";
        }
    }
    auto security = readSavedLog(kRealWorld / "evtx" /
                                 "omerbenamram-evtx_Security_short_selected_7events_WFP-5152-5157.evtx");
    ASSERT_TRUE(security);
    EXPECT_EQ(security->logs.events.front().provider, "Microsoft-Windows-Security-Auditing");
}
#endif

TEST(SavedLog, XmlFileAndBadFiles) {
    auto saved =
        readSavedLog(kRealWorld / "eventlog-xml" / "ipban_Security-4653_MM-failed_NegotiationTimedOut.xml");
    ASSERT_TRUE(saved) << saved.error().detail;
    ASSERT_EQ(saved->logs.events.size(), 1u);
    auto copy =
        readSavedLog(kRealWorld / "eventlog-xml" /
                     "ipban-issue76_System-RemoteAccess-20271_EventViewer-copy-with-dash-prefixes.txt");
    ASSERT_FALSE(copy);
    EXPECT_NE(copy.error().detail.find("Event Viewer"), std::string::npos);
    EXPECT_EQ(readSavedLog(kRealWorld / "evtx" / "does-not-exist.evtx").error().code, ErrorCode::NotFound);
    EXPECT_FALSE(readSavedLog(kRealWorld / "pbk" / "githlp69-a_rasphone_IKEv2-PowershellCreated.pbk"));
}
