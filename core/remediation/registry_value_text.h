#pragma once
// How a journal stores a registry value: "<type>:<hex of the raw bytes>", e.g. "4:01000000" for
// REG_DWORD 1. Decoding never throws: a journal is a file, and a bad one is refused, not fatal.

#include "ipsecdoctor/platform/registry.h"

#include <optional>
#include <string>
#include <string_view>

namespace ipsecdoctor {

std::string encodeRegistryValue(const RegistryValue& value);

/// nullopt for anything but a decimal type that fits 32 bits, a colon and an even number of
/// hex digits (at most 64 KiB of data).
std::optional<RegistryValue> decodeRegistryValue(std::string_view text);

} // namespace ipsecdoctor
