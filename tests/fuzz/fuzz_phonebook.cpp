// Fuzz target for the phonebook reader and editor: parsePhonebook, vpnProfiles (with the
// CustomIPSecPolicies decoder), the profiles' JSON and editPhonebook. Invariants: the JSON of
// whatever is read dumps (valid UTF-8) and reads back equal, and an edit followed by its inverse
// restores the value (and the bytes, when the key was absent).
//
// Seeds in corpus/pbk: small phonebooks written for this target (CRLF, LF, UTF-16, custom policy).

#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/vpn/phonebook.h"
#include "ipsecdoctor/vpn/vpn_profiles.h"

#include <cstdio>
#include <cstdlib>

namespace {

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz_phonebook: invariant violated: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ipsecdoctor;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    auto book = vpn::parsePhonebook(input);
    if (!book) {
        return 0;
    }
    SystemSnapshot snapshot;
    snapshot.vpn = VpnConfiguration{vpn::vpnProfiles(*book, PhonebookScope::File, "fuzz.pbk"), {}, {}};
    const auto text = toJson(snapshot).dump(); // throws (and aborts the fuzzer) on invalid UTF-8
    auto back = snapshotFromJson(*parseJson(text));
    require(back.hasValue(), "snapshot JSON reads back");
    require(back->vpn == snapshot.vpn, "profiles survive the JSON round trip");

    if (book->entries.empty()) {
        return 0;
    }
    const auto& entry = book->entries.front();
    if (entry.name.find("\xEF\xBF\xBD") != std::string::npos) {
        return 0; // a name that was not UTF-8 cannot be named back (the editor reports NotFound)
    }
    const auto* old = entry.find("VpnStrategy");
    const std::optional<std::string> before = old ? std::optional<std::string>(old->value) : std::nullopt;
    auto edited = vpn::editPhonebook(input, entry.name, "VpnStrategy", std::string("7"));
    if (!edited) {
        return 0;
    }
    auto reread = vpn::parsePhonebook(*edited);
    require(reread.hasValue(), "an edited phonebook parses");
    const auto* now = reread->find(entry.name);
    require(now && now->find("VpnStrategy") && now->find("VpnStrategy")->value == "7",
            "the edit is read back");
    auto restored = vpn::editPhonebook(*edited, entry.name, "VpnStrategy", before);
    require(restored.hasValue(), "the inverse edit succeeds");
    auto again = vpn::parsePhonebook(*restored);
    require(again.hasValue(), "a restored phonebook parses");
    const auto* restoredEntry = again->find(entry.name);
    const auto* value = restoredEntry ? restoredEntry->find("VpnStrategy") : nullptr;
    require(before ? value && value->value == *before : value == nullptr,
            "the inverse edit restores the value");
    if (!before && input.substr(0, 2) != "\xFF\xFE") { // UTF-16: unpaired surrogates become U+FFFD
        require(*restored == input, "removing an added key restores the file byte for byte");
    }
    return 0;
}
