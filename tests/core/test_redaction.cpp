#include "ipsecdoctor/bundle/redaction.h"
#include "ipsecdoctor/util/utf16_text.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

using namespace ipsecdoctor;

TEST(Redaction, HidesSecretValuesKeepsTheRest) {
    const std::string log = "2026-11-27 [info] connecting to vpn.example.com\n"
                            "L2tpPsk=Sup3rS3cret!\r\n"
                            "  user password: hunter2\n"
                            "PreSharedKey = abc def\n"
                            "ipsec.secrets: : PSK \"x\"\n"
                            "EAP-MSCHAPv2 identity=alice\n";
    const std::string out = redactSecrets(log);
    EXPECT_EQ(out.find("Sup3rS3cret"), std::string::npos);
    EXPECT_EQ(out.find("hunter2"), std::string::npos);
    EXPECT_EQ(out.find("abc def"), std::string::npos);
    EXPECT_NE(out.find("L2tpPsk= [redacted]\r\n"), std::string::npos);
    EXPECT_NE(out.find("connecting to vpn.example.com\n"), std::string::npos);
    EXPECT_NE(out.find("identity=alice"), std::string::npos); // not a secret
}

TEST(Redaction, RemovesPrivateKeyBlocks) {
    const std::string pem =
        "before\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nAAAA\n-----END RSA PRIVATE KEY-----\n"
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\nafter\n";
    const std::string out = redactSecrets(pem);
    EXPECT_EQ(out.find("MIIEow"), std::string::npos);
    EXPECT_NE(out.find("[private key redacted]"), std::string::npos);
    EXPECT_NE(out.find("MIIB"), std::string::npos); // certificates are public
    EXPECT_NE(out.find("after\n"), std::string::npos);
}

TEST(Redaction, TextWithoutSecretsIsUnchanged) {
    const std::string text = "no secrets here\nkey=value\nunterminated";
    EXPECT_EQ(redactSecrets(text), text);
}

namespace {

std::string redactedLine(const std::string& line) {
    return redactSecrets(line + "\n");
}

std::string utf16le(const std::string& ascii) {
    std::string out;
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

} // namespace

TEST(Redaction, EveryFormOfASecretIsHidden) {
    // {line, the secret it must not show}: each the shape a secret takes somewhere a bundle reads.
    const std::vector<std::pair<std::string, std::string>> cases{
        {"password=hunter2", "hunter2"},
        {"{\"password\": \"json-hunter2\", \"user\": \"alice\"}", "json-hunter2"},
        {"\"psk\":\"s3cr3t-json\"", "s3cr3t-json"},
        {"<Password>xml-hunter2</Password>", "xml-hunter2"},
        {"<Data Name='Password'>data-hunter2</Data>", "data-hunter2"},
        {"<Data Name=\"PreSharedKey\">data-psk</Data>", "data-psk"},
        {"pre-shared key: spaced-psk", "spaced-psk"},
        {"rasdial Office alice --password opt-hunter2 /phonebook:x", "opt-hunter2"},
        {"vpncmd -psk \"quoted psk value\"", "quoted psk value"},
        {"pwd=pwd-value", "pwd-value"},
        {"pass=pass-value", "pass-value"},
        {"PIN: 4711", "4711"},
        {"token=eyJhbGciOi.token", "eyJhbGciOi.token"},
        {"Credentials: P@ssw0rd!", "P@ssw0rd!"},
        {"credential = cred-value", "cred-value"},
        {"NtResponse: 0123456789abcdef0123456789abcdef0123456789abcdef", "0123456789abcdef"},
        {"NTHash=8846f7eaee8fb117ad06bdd830b7586c", "8846f7eaee8fb117"},
        {"hash: 8846f7eaee8fb117ad06bdd830b7586c", "8846f7eaee8fb117"},
        {"MSK: 00112233445566778899", "0011223344"},
        {"MPPE Send key: a1b2c3d4e5f6", "a1b2c3d4e5f6"},
        {"MPPE-Recv-Key = 11 22 33 44 55 66 77 88", "55 66 77 88"},
        {"Key = 0011 2233 4455 6677 8899", "4455 6677"},
        {"SessionKey: 0x8846f7eaee8fb117", "8846f7eaee8fb117"},
        {"connect https://alice:url-hunter2@vpn.example.com/path", "url-hunter2"},
        {"Authorization: Basic YWxpY2U6aHVudGVyMg==", "YWxpY2U6aHVudGVyMg=="},
        {"Proxy-Authorization: Bearer abc.def.ghi", "abc.def.ghi"},
        {"L2tpPsk=Sup3rS3cret!", "Sup3rS3cret!"},
        {"client_secret: shh-secret", "shh-secret"},
        {"EapUserData: 7B2275736572223A22616C696365227D", "7B2275736572"},
        {"PrivateKey=MIIEvQIBADANBgkqhkiG9w0B", "MIIEvQIBADANBgkqhkiG9w0B"},
    };
    for (const auto& [line, secret] : cases) {
        const std::string out = redactedLine(line);
        EXPECT_EQ(out.find(secret), std::string::npos) << line << " -> " << out;
        EXPECT_NE(out.find("[redacted]"), std::string::npos) << line << " -> " << out;
    }
}

TEST(Redaction, KeepsWhatSurroundsAQuotedOrXmlSecret) {
    EXPECT_EQ(redactSecrets("{\"password\": \"x1\", \"user\": \"alice\"}"),
              "{\"password\": \"[redacted]\", \"user\": \"alice\"}");
    EXPECT_EQ(redactSecrets("<Password>x1</Password><Server>vpn</Server>"),
              "<Password>[redacted]</Password><Server>vpn</Server>");
    EXPECT_EQ(redactSecrets("https://alice:pw@vpn.example.com/x"),
              "https://alice:[redacted]@vpn.example.com/x");
    EXPECT_EQ(redactSecrets("run --password pw1 --server vpn"), "run --password [redacted] --server vpn");
}

TEST(Redaction, ASecretInsideXmlTextOrAStringKeepsTheDocumentWellFormed) {
    EXPECT_EQ(redactSecrets("<Data>Office VPN password=x1</Data><Data>809</Data>"),
              "<Data>Office VPN password= [redacted]</Data><Data>809</Data>");
    EXPECT_EQ(redactSecrets("  \"detail\": \"pwd=x\\\"2\", \"next\": \"kept\""),
              "  \"detail\": \"pwd= [redacted]\", \"next\": \"kept\"");
    EXPECT_EQ(redactSecrets("<E Value='psk=x3' Other='kept'/>"), "<E Value='psk= [redacted]' Other='kept'/>");
}

TEST(Redaction, ASecretElementOverSeveralLinesIsHiddenToItsEnd) {
    const std::string out =
        redactSecrets("<Password>\n  multi-line-secret\n</Password>\n<Next>kept</Next>\n");
    EXPECT_EQ(out.find("multi-line-secret"), std::string::npos) << out;
    EXPECT_NE(out.find("<Next>kept</Next>"), std::string::npos) << out;
}

TEST(Redaction, Utf16TextIsDecodedThenRedacted) {
    for (const std::string& prefix : {std::string("\xFF\xFE", 2), std::string()}) { // with and without BOM
        const std::string out = redactSecrets(prefix + utf16le("user=alice\r\npassword=utf16-hunter2\r\n"));
        EXPECT_EQ(out, "user=alice\r\npassword= [redacted]\r\n");
    }
    // A UTF-16 fragment inside UTF-8 text is decoded too.
    const std::string mixed = "log start\n" + utf16le("psk=fragment-secret") + "\nend\n";
    const std::string out = redactSecrets(mixed);
    EXPECT_EQ(out.find("fragment-secret"), std::string::npos);
    EXPECT_EQ(out.find(utf16le("fragment-secret")), std::string::npos);
    EXPECT_NE(out.find("log start\n"), std::string::npos);
}

TEST(Redaction, EvidenceIsNotRedacted) {
    // Over-redaction destroys what support staff need: none of these names a secret.
    const std::string text =
        "IKE negotiation failed with error 13801\n"
        "Event 20227: The user PC-TEST\\alice dialed a connection named Office VPN which has failed.\n"
        "Proposal: AES256-SHA256-DH14, Integrity/Hash: SHA256\n"
        "Thumbprint: 3B1EFD3A66EA28B16697394703A72CA340A05BD5\n"
        "Key Length: 0\n"
        "Keying Module Name: IKEv2\n"
        "key=value\n"
        "\"private_key\": \"inaccessible\", \"pre_shared_key_configured\": true, \"auth\": \"psk\"\n"
        "Failure Reason: IKE authentication credentials are unacceptable\n"
        "Token Elevation Type: %%1936\n"
        "bypass: on\n"
        "Mask: 255.255.255.0\n"
        "Authority Key Id: 0A1B2C3D4E5F60718293A4B5C6D7E8F901234567\n"
        "registry: HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Parameters\n"
        "time 09:12:01:100: >PPP packet sent\n"
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    EXPECT_EQ(redactSecrets(text), text);
}

TEST(Redaction, JsonStringsAreRedactedAndTheStructureKept) {
    nlohmann::json doc = {
        {"logs",
         {{"events",
           {{{"xml", "<Event><EventData><Data Name='Password'>ev-secret</Data></EventData></Event>"},
             {"data",
              {{{"name", "Password"}, {"value", "field-secret"}},
               {{"name", "Reason"}, {"value", "timeout"}}}},
             {"event_id", 4653}}}}}},
        {"errors", {{{"area", "vpn"}, {"target", "Office password=err-secret"}}}},
        {"password", "member-secret"},
        {"pre_shared_key_configured", true},
        {"der_base64", std::string(80, 'A') + "psk="},
        {"thumbprint", "3B1EFD3A66EA28B16697394703A72CA340A05BD5"},
    };
    const nlohmann::json before = doc;
    redactJsonStrings(doc);
    const std::string dumped = doc.dump();
    for (const char* secret : {"ev-secret", "field-secret", "err-secret", "member-secret"}) {
        EXPECT_EQ(dumped.find(secret), std::string::npos) << secret;
    }
    EXPECT_EQ(doc["logs"]["events"][0]["data"][1]["value"], "timeout");
    EXPECT_EQ(doc["logs"]["events"][0]["event_id"], 4653);
    EXPECT_EQ(doc["pre_shared_key_configured"], true);
    EXPECT_EQ(doc["der_base64"], before["der_base64"]); // a blob, not text
    EXPECT_EQ(doc["thumbprint"], before["thumbprint"]);
    EXPECT_EQ(doc["errors"][0]["target"], "Office password= [redacted]");
}

TEST(Redaction, HostileLongLinesStayLinear) {
    // One 2 MB line of many secrets, URLs or quotes: each byte is looked at a bounded number of times.
    std::string secrets;
    std::string urls;
    std::string quotes;
    while (secrets.size() < 2'000'000) {
        secrets += "<a>password=x</a>";
        urls += "://";
        quotes += "\"'>";
    }
    const auto start = std::chrono::steady_clock::now();
    const std::string out = redactSecrets(secrets);
    EXPECT_EQ(out.find("=x"), std::string::npos);
    EXPECT_EQ(redactSecrets(urls), urls);
    EXPECT_EQ(redactSecrets(quotes), quotes);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(Redaction, AUtf16FragmentAtTheVeryEndOfTheInputIsReadWithinIt) {
    // Found by fuzz_event_xml under ASan: a run of UTF-16 units reaching the last byte was read one
    // byte past the end. A vector without a terminating NUL makes that read visible to ASan.
    const std::string text = "x" + utf16le("abcdefgh");
    const std::vector<char> exact(text.begin(), text.end());
    EXPECT_EQ(normalizeUtf16(std::string_view(exact.data(), exact.size())), "xabcdefgh");
}
