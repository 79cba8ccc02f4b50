#include "ipsecdoctor/vpn/phonebook.h"

#include "ipsecdoctor/util/ascii.h"
#include "text_lines.h"

#include <algorithm>

namespace ipsecdoctor::vpn {
namespace {

using detail::DecodedText;
using detail::TextLine;
using detail::trim;

/// "[name]" → name; nullopt for a line that is not a section header. The name runs to the LAST
/// ']' (entry names may contain ']'), as GetPrivateProfileString reads it.
std::optional<std::string_view> sectionName(std::string_view line) {
    const auto t = trim(line);
    if (t.empty() || t.front() != '[') {
        return std::nullopt;
    }
    const auto close = t.rfind(']');
    if (close == std::string_view::npos || close == 0) {
        return std::nullopt;
    }
    return t.substr(1, close - 1);
}

struct KeyValue {
    std::string_view key;
    std::string_view value;
};

std::optional<KeyValue> keyValue(std::string_view line) {
    const auto eq = line.find('=');
    if (eq == std::string_view::npos) {
        return std::nullopt;
    }
    const auto key = trim(line.substr(0, eq));
    if (key.empty() || key.front() == ';') {
        return std::nullopt;
    }
    return KeyValue{key, trim(line.substr(eq + 1))};
}

} // namespace

const PhonebookValue* PhonebookEntry::find(std::string_view key) const {
    for (const auto& v : values) {
        if (equalsIgnoreCase(v.key, key)) {
            return &v;
        }
    }
    return nullptr;
}

const PhonebookEntry* Phonebook::find(std::string_view name) const {
    for (const auto& e : entries) {
        if (e.name == name) {
            return &e;
        }
    }
    for (const auto& e : entries) {
        if (equalsIgnoreCase(e.name, name)) {
            return &e;
        }
    }
    return nullptr;
}

Expected<Phonebook> parsePhonebook(std::string_view bytes) {
    auto decoded = detail::decodeLines(bytes);
    if (!decoded) {
        return decoded.error();
    }
    Phonebook book;
    book.encoding = decoded->encoding;
    PhonebookEntry* current = nullptr;
    int number = 0;
    for (const auto& line : decoded->lines) {
        ++number;
        if (auto name = sectionName(line.text)) {
            const std::string clean = detail::sanitizeUtf8(*name);
            // A repeated section continues the first one, as for GetPrivateProfileString.
            auto it = std::find_if(book.entries.begin(), book.entries.end(),
                                   [&](const PhonebookEntry& e) { return equalsIgnoreCase(e.name, clean); });
            if (it != book.entries.end()) {
                current = &*it;
            } else {
                book.entries.push_back(PhonebookEntry{clean, number, {}});
                current = &book.entries.back();
            }
            continue;
        }
        if (!current) {
            continue; // text before the first section
        }
        if (auto kv = keyValue(line.text)) {
            current->values.push_back(
                PhonebookValue{detail::sanitizeUtf8(kv->key), detail::sanitizeUtf8(kv->value), number});
        }
    }
    return book;
}

Expected<std::string> editPhonebook(std::string_view bytes, std::string_view entry, std::string_view key,
                                    const std::optional<std::string>& value, std::string_view insertAfter) {
    auto invalid = [](const std::string& why) {
        return Error::make(ErrorCode::InvalidArgument, why);
    };
    if (key.empty() || key.find_first_of("=\r\n[]") != std::string_view::npos || trim(key) != key) {
        return invalid("phonebook key '" + std::string(key) + "' is not a plain key name");
    }
    if (value && value->find_first_of("\r\n") != std::string::npos) {
        return invalid("phonebook value for '" + std::string(key) + "' contains a line break");
    }
    auto decoded = detail::decodeLines(bytes);
    if (!decoded) {
        return decoded.error();
    }
    auto& lines = decoded->lines;

    // The first section whose name matches exactly, else case-insensitively (as Phonebook::find).
    auto findSection = [&](bool exact) -> std::optional<std::size_t> {
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (auto name = sectionName(lines[i].text)) {
                if (exact ? *name == entry : equalsIgnoreCase(*name, entry)) {
                    return i;
                }
            }
        }
        return std::nullopt;
    };
    auto header = findSection(true);
    if (!header) {
        header = findSection(false);
    }
    if (!header) {
        return Error::make(ErrorCode::NotFound, "no entry '" + std::string(entry) + "' in the phonebook");
    }
    std::size_t end = *header + 1;
    while (end < lines.size() && !sectionName(lines[end].text)) {
        ++end;
    }
    auto findKey = [&](std::string_view k) -> std::optional<std::size_t> {
        for (std::size_t i = *header + 1; i < end; ++i) {
            if (auto kv = keyValue(lines[i].text); kv && equalsIgnoreCase(kv->key, k)) {
                return i;
            }
        }
        return std::nullopt;
    };

    if (auto at = findKey(key)) {
        if (value) {
            const auto eq = lines[*at].text.find('=');
            lines[*at].text = lines[*at].text.substr(0, eq + 1) + *value;
        } else {
            // The last line without a newline goes with the newline before it (the inverse of
            // appending a key to a file without a final newline).
            if (*at + 1 == lines.size() && lines[*at].ending.empty() && *at > 0) {
                lines[*at - 1].ending.clear();
            }
            lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(*at));
        }
        return detail::encodeLines(*decoded);
    }
    if (!value) {
        return detail::encodeLines(*decoded); // removing an absent key changes nothing
    }

    // The file's own line ending for the new line: that of the header, or CRLF as Windows writes.
    std::string ending = lines[*header].ending.empty() ? std::string("\r\n") : lines[*header].ending;
    if (ending == "\r") {
        // A bare CR followed by a line that starts with LF would read back as one CRLF, merging
        // two lines (found by fuzz.phonebook): CRLF never joins with its neighbours.
        ending = "\r\n";
    }
    std::size_t insertAt = end;
    if (auto after = insertAfter.empty() ? std::nullopt : findKey(insertAfter)) {
        insertAt = *after + 1;
    } else {
        for (std::size_t i = *header + 1; i < end; ++i) {
            if (trim(lines[i].text).empty()) {
                insertAt = i;
                break;
            }
        }
    }
    // A key appended after a last line that had no newline needs one first.
    if (insertAt > 0 && lines[insertAt - 1].ending.empty()) {
        lines[insertAt - 1].ending = ending;
        if (insertAt == lines.size()) {
            ending.clear(); // keep "no final newline" as it was
        }
    }
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(insertAt),
                 TextLine{std::string(key) + "=" + *value, ending});
    return detail::encodeLines(*decoded);
}

} // namespace ipsecdoctor::vpn
