#pragma once
// Which names label a secret: the key of "key = value", a JSON member, an XML element or a
// Data Name attribute, a command-line option. Shared by the text redactor and the JSON walk.

#include <string_view>

namespace ipsecdoctor {

enum class SecretName {
    No,
    Always,        // password, psk, secret, pin, token, credentials, NtResponse, MSK, MPPE keys...
    IfHex,         // "key", "hash": a secret only when the value is hex (a key or hash), not "Key Length: 0"
    IfKeyMaterial, // "private key": hex or base64, not a state ("private_key": "accessible")
};

/// `name` is the text before the separator, possibly several words ("pre-shared key",
/// "MPPE Send key", "L2tpIPsecPsk", "--password"): long secret words match the end of the
/// letters run together, short ones (pass, pin, pwd, msk) only the last word.
SecretName secretName(std::string_view name);

/// True when `value` begins with at least 8 hex digits, possibly grouped by spaces, ':' or '-',
/// after an optional "0x" ("0011 2233 ...", "00:11:22:33", "0x8846f7eaee8fb117").
bool startsWithHexBytes(std::string_view value);

/// secretName() decided for this value.
bool namesSecretValue(std::string_view name, std::string_view value);

} // namespace ipsecdoctor
