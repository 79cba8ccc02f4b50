#pragma once
// Bundles never carry pre-shared keys, passwords or private keys. Everything textual that goes
// into a bundle (logs today; configs and traces later) passes through redactSecrets first.

#include <string>
#include <string_view>

namespace ipsecdoctor {

/// Replaces the value of every "key = value" / "key: value" whose key names a secret
/// (psk, password, secret, presharedkey, passphrase, private key...) with "[redacted]", and every
/// PEM private-key block with a one-line marker. Everything else is kept byte for byte.
std::string redactSecrets(std::string_view text);

} // namespace ipsecdoctor
