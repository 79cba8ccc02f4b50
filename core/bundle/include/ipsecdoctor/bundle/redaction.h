#pragma once
// Bundles never carry pre-shared keys, passwords or private keys. Every entry of a bundle passes
// one redaction step when the bundle is built (redactBundleText for text entries,
// redactJsonStrings for snapshot.json and findings.json), whatever produced it.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace ipsecdoctor {

/// Hides the value of every secret in free text and keeps everything else byte for byte:
/// "key = value" / "key: value" (value to the end of the line), "\"key\": \"value\"" (inside the
/// quotes), <Key>value</Key> and <Data Name='Key'>value</Data>, "--key value", the password of
/// scheme://user:password@host, and every PEM private-key block (one marker line). A key is a
/// secret when it names one (password, passwd, pwd, pass, passphrase, psk, pre-shared key,
/// secret, private key, pin, token, credential(s), NtResponse, NtHash, MSK, MPPE keys,
/// Authorization, EapUserData) or is a key/hash whose value is hex ("Key = 0011 2233 ...").
/// UTF-16LE text, with or without a BOM, is decoded to UTF-8 first.
std::string redactSecrets(std::string_view text);

/// Every string of a JSON document through redactSecrets; a string member named like a secret,
/// and the "value" of a {"name": <secret>, "value": ...} object, become "[redacted]". Keys,
/// numbers, booleans and the structure are kept; base64/hex blobs (certificates) are not text.
void redactJsonStrings(nlohmann::json& document);

/// The step for one text entry of a bundle: RAS trace files (diagnosis/tracing/*.log) are
/// scrubbed (scrubTraceText), then every entry goes through redactSecrets.
std::string redactBundleText(std::string_view path, std::string_view data);

} // namespace ipsecdoctor
