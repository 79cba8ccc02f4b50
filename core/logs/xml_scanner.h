#pragma once
// A small pull scanner for the XML subset Windows writes for events: elements, attributes,
// text, the five predefined entities and character references, comments, CDATA and processing
// instructions. DOCTYPE is refused (no entity expansion, so no billion-laughs). Views point into
// the input; decode() resolves entities.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::xml {

enum class TokenType { StartTag, EndTag, Text, End, Error };

struct Attribute {
    std::string_view name;  // local name (prefix removed)
    std::string_view value; // raw, entities not yet decoded
};

struct Token {
    TokenType type = TokenType::End;
    std::string_view name; // local name of a tag
    std::string_view text; // raw text (entities not decoded), or CDATA content
    bool cdata = false;
    bool selfClosing = false;
    std::size_t begin = 0; // offset of the token in the input
    std::size_t end = 0;   // offset just after it
};

class Scanner {
public:
    explicit Scanner(std::string_view input) : m_in(input) {}
    /// The next token; Error (see error()) on malformed input, then End forever.
    Token next();
    const std::vector<Attribute>& attributes() const { return m_attrs; } // of the last StartTag
    const std::string& error() const { return m_error; }
    std::size_t position() const { return m_pos; }

private:
    Token fail(std::string why);
    bool skipPast(std::string_view terminator);
    std::string_view readName();
    void skipSpace();

    std::string_view m_in;
    std::size_t m_pos = 0;
    std::vector<Attribute> m_attrs;
    std::string m_error;
};

/// Appends `raw` to `out` with entities and character references resolved; false on a bad one,
/// including a reference to a character XML 1.0 does not allow (C0 controls other than tab, CR
/// and LF, U+FFFE, U+FFFF): "&#x1B;" would otherwise carry a terminal escape into the output.
bool decode(std::string_view raw, std::string& out);

/// nullopt when `document` is well-formed UTF-8 without C0 controls other than tab, CR and LF;
/// otherwise a copy where each bad byte or control is U+FFFD. Views of the copy, and everything
/// decoded from it, are then valid UTF-8 (JSON output needs it) whatever the file held.
std::optional<std::string> sanitized(std::string_view document);

} // namespace ipsecdoctor::xml
