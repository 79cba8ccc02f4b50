#pragma once
// A portable reader and editor of RAS phonebooks (rasphone.pbk): INI text, `[Entry name]`
// sections of `Key=value` lines (docs/ipsec-facts.md §1.4). The reader follows what
// GetPrivateProfileString does with the same file, so that we see what Windows sees:
//  - keys are matched case-insensitively and the FIRST occurrence in a section wins (an entry
//    repeats keys across its sub-blocks: `Device=WAN Miniport (IKEv2)` then `DEVICE=vpn`);
//  - spaces around keys and values are ignored; lines without '=' are ignored;
//  - a section name repeated later in the file is the same entry (the first one wins).
// Encodings: UTF-8 with or without BOM, ANSI (bytes that are not UTF-8 are kept as U+FFFD so a
// name is never lost silently), UTF-16LE with BOM (scripts rewrite phonebooks with Set-Content);
// CRLF, LF or a missing final newline. Never throws; a file over kMaxPhonebookBytes is TooLarge.
//
// The editor changes one key of one entry and leaves every other byte as it was (line endings,
// encoding, order, unknown keys), so that a remediation's undo restores the file exactly.

#include "ipsecdoctor/util/expected.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::vpn {

inline constexpr std::size_t kMaxPhonebookBytes = 8u * 1024 * 1024;

enum class TextEncoding { Utf8, Utf8Bom, Utf16Le };

struct PhonebookValue {
    std::string key;   // as written
    std::string value; // trimmed, UTF-8
    int line = 0;      // 1-based, for "where did this come from"

    bool operator==(const PhonebookValue&) const = default;
};

struct PhonebookEntry {
    std::string name; // UTF-8
    int line = 0;     // line of the [name] header
    std::vector<PhonebookValue> values;

    /// First value of `key` (case-insensitive), nullptr when absent.
    const PhonebookValue* find(std::string_view key) const;
    bool operator==(const PhonebookEntry&) const = default;
};

struct Phonebook {
    TextEncoding encoding = TextEncoding::Utf8;
    std::vector<PhonebookEntry> entries;

    /// The entry Windows uses for `name` (the first section of that name, case-insensitive).
    const PhonebookEntry* find(std::string_view name) const;
};

/// Parses the bytes of a phonebook file. Errors: TooLarge, Malformed (UTF-16 with an odd length).
Expected<Phonebook> parsePhonebook(std::string_view bytes);

/// The bytes of the file with `key` of entry `entry` set to `value`, or removed when `value` is
/// nullopt. A new key goes after `insertAfter` when that key exists in the entry, else at the end
/// of the entry's first block (before its first blank line). Errors: NotFound (no such entry),
/// InvalidArgument (a key or value with a line break, '=' in the key, or an empty key),
/// TooLarge, Malformed.
Expected<std::string> editPhonebook(std::string_view bytes, std::string_view entry, std::string_view key,
                                    const std::optional<std::string>& value,
                                    std::string_view insertAfter = {});

} // namespace ipsecdoctor::vpn
