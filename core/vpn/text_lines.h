#pragma once
// Decoding a phonebook's bytes into UTF-8 lines that remember their line ending, and encoding
// them back unchanged: the editor must restore a file byte for byte.

#include "ipsecdoctor/vpn/phonebook.h"

#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::vpn::detail {

struct TextLine {
    std::string text;   // UTF-8, without the line ending
    std::string ending; // "\r\n", "\n", "\r" or "" (last line without newline)
};

struct DecodedText {
    TextEncoding encoding = TextEncoding::Utf8;
    std::vector<TextLine> lines;
};

/// Splits the bytes into lines after removing the BOM and decoding UTF-16LE. Invalid UTF-8 stays
/// as it is here (the editor must write it back unchanged); use sanitizeUtf8 for display.
Expected<DecodedText> decodeLines(std::string_view bytes);
/// The inverse of decodeLines for an unchanged text.
std::string encodeLines(const DecodedText& text);
/// Replaces every invalid UTF-8 sequence with U+FFFD (JSON and Qt need valid UTF-8).
std::string sanitizeUtf8(std::string_view text);
/// Trims spaces and tabs at both ends.
std::string_view trim(std::string_view s);

} // namespace ipsecdoctor::vpn::detail
