#pragma once
// A corpus of planted secrets for the bundle export tests: every shape a secret takes (key=value,
// JSON, XML, "key value", URL userinfo, Authorization, hex keys, PEM, UTF-16) with a value of its
// own, and the texts that carry them into each place a bundle reads (log, event XML, phonebook,
// trace files). An exported bundle must hold none of the values, in UTF-8 or UTF-16LE.

#include <string>
#include <vector>

namespace ipsecdoctor::testing {

struct PlantedSecret {
    std::string text;  // how it is written
    std::string value; // what must never come out
};

inline std::vector<PlantedSecret> plantedTextSecrets() {
    return {
        {"password=PlantPwKv01", "PlantPwKv01"},
        {"{\"password\": \"PlantJson02\", \"user\": \"alice\"}", "PlantJson02"},
        {"<Password>PlantXml03</Password>", "PlantXml03"},
        {"pre-shared key: PlantSpace04", "PlantSpace04"},
        {"rasdial \"Office VPN\" alice --password PlantOpt05", "PlantOpt05"},
        {"pwd=PlantPwd06", "PlantPwd06"},
        {"pass=PlantPass07", "PlantPass07"},
        {"PIN: PlantPin08", "PlantPin08"},
        {"token=PlantToken09", "PlantToken09"},
        {"Credentials: PlantCred10", "PlantCred10"},
        {"NtResponse: 0A1B2C3D4E5F60718293A4B5C6D7E8F9", "0A1B2C3D4E5F60718293A4B5C6D7E8F9"},
        {"nthash=8846F7EAEE8FB117AD06BDD830B7586C", "8846F7EAEE8FB117AD06BDD830B7586C"},
        {"hash: 5F4DCC3B5AA765D61D8327DEB882CF99", "5F4DCC3B5AA765D61D8327DEB882CF99"},
        {"MSK: 11AA22BB33CC44DD55EE66FF", "11AA22BB33CC44DD55EE66FF"},
        {"MPPE Send key: 99887766554433221100AABB", "99887766554433221100AABB"},
        {"Key = 0011 2233 4455 6677 8899 AABB", "4455 6677 8899"},
        {"https://alice:PlantUrl17@vpn.example.com/", "PlantUrl17"},
        {"Authorization: Basic UGxhbnRBdXRoMTg=", "UGxhbnRBdXRoMTg="},
        {"-----BEGIN PRIVATE KEY-----\nPlantPemBody19\n-----END PRIVATE KEY-----", "PlantPemBody19"},
        {"L2tpPsk=PlantPsk21", "PlantPsk21"},
        {"client_secret: PlantSecret22", "PlantSecret22"},
        {"EapUserData: 506C616E744561703232", "506C616E744561703232"},
    };
}

/// Every form above, one a line, plus evidence that must survive.
inline std::string plantedSecretLines() {
    std::string text = "2026-11-27 10:00:00 [info] IKE negotiation failed with error 13801\n";
    for (const auto& s : plantedTextSecrets()) {
        text += s.text + "\n";
    }
    return text;
}

inline std::string utf16le(const std::string& ascii) {
    std::string out;
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

/// A RAS trace: a PPP packet dump whose bytes spell PlantDump24 (the short last line too), a
/// grouped dump, credential lines, and the text forms.
inline std::string plantedTrace() {
    return "[2620] 09:12:01:100: RasDial started for entry Office VPN\n"
           "[2620] 09:12:01:200: >PPP packet sent at 11/27/2026 09:12:01:200\n"
           "[2620] 09:12:01:200: >C2 23 02 01 00 3F 31 10 50 6C 61 6E 74 44 75 6D |.#..?1..PlantDum|\n"
           "[2620] 09:12:01:200: >70 32 34 |p24|\n"
           "0000: 506c 616e 7447 7270 3235 0000\n"
           "[2620] 09:12:01:300: Credentials: PlantCred26\n"
           "[2620] 09:12:02:000: IKE negotiation failed with error 13801\n" +
           plantedSecretLines();
}

/// The values of everything above that must not come out of a bundle.
inline std::vector<std::string> plantedValues() {
    std::vector<std::string> values;
    for (const auto& s : plantedTextSecrets()) {
        values.push_back(s.value);
    }
    for (const char* v :
         {"PlantDum", "50 6C 61 6E 74", "70 32 34", "506c 616e", "PlantCred26", "PlantData27", "PlantEvent28",
          "PlantProfile29", "PlantDevice30", "PlantServer31", "PlantPbkPsk32", "PlantError33"}) {
        values.emplace_back(v);
    }
    return values;
}

/// Event XML with secrets in <Data Name='Password'>, in a positional <Data> and in free text.
inline std::string plantedEventXml() {
    return "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider "
           "Name='RasClient' /><EventID Qualifiers='0'>20227</EventID><Level>2</Level><Task>0</Task>"
           "<Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='2026-11-27T10:00:00.000Z' />"
           "<EventRecordID>7</EventRecordID><Channel>Application</Channel><Computer>PC-TEST</Computer>"
           "<Security /></System><EventData><Data>{B4000371-A67F-452F-AA4C-3125AA9CFC78}</Data>"
           "<Data>PC-TEST\\alice</Data><Data>Office VPN password=PlantEvent28</Data><Data>809</Data>"
           "<Data Name='Password'>PlantData27</Data></EventData></Event>";
}

/// A phonebook whose fields carry secrets (a PSK line the collector never reads, too).
inline std::string plantedPhonebook() {
    return "[Office pwd=PlantProfile29]\r\n"
           "MEDIA=rastapi\r\n"
           "Port=VPN2-0\r\n"
           "Device=WAN Miniport (IKEv2) password=PlantDevice30\r\n"
           "PhoneNumber=https://bob:PlantServer31@vpn.example.com\r\n"
           "PreSharedKey=PlantPbkPsk32\r\n"
           "VpnStrategy=7\r\n";
}

} // namespace ipsecdoctor::testing
