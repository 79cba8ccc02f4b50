#include "xml_scanner.h"

#include "ipsecdoctor/util/utf8.h"

#include "ipsecdoctor/util/utf8.h"

#include <charconv>

namespace ipsecdoctor::xml {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isNameChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.' || c == ':' || u >= 0x80;
}

std::string_view localName(std::string_view qname) {
    const auto colon = qname.rfind(':');
    return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

/// XML 1.0's Char production.
bool isXmlChar(std::uint32_t cp) {
    if (cp < 0x20) {
        return cp == '\t' || cp == '\n' || cp == '\r';
    }
    return cp <= 0xD7FF || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

bool isBadControl(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

} // namespace

std::optional<std::string> sanitized(std::string_view document) {
    bool controls = false;
    for (char c : document) {
        if (isBadControl(c)) {
            controls = true;
            break;
        }
    }
    if (!controls && isValidUtf8(document)) {
        return std::nullopt;
    }
    std::string out = toValidUtf8(document);
    std::string clean;
    clean.reserve(out.size());
    for (char c : out) {
        if (isBadControl(c)) {
            clean += "\xEF\xBF\xBD";
        } else {
            clean += c;
        }
    }
    return clean;
}

bool decode(std::string_view raw, std::string& out) {
    std::size_t i = 0;
    while (i < raw.size()) {
        const auto amp = raw.find('&', i);
        if (amp == std::string_view::npos) {
            out.append(raw.substr(i));
            return true;
        }
        out.append(raw.substr(i, amp - i));
        const auto semi = raw.find(';', amp);
        if (semi == std::string_view::npos || semi - amp > 12) {
            return false;
        }
        const auto ent = raw.substr(amp + 1, semi - amp - 1);
        if (ent == "lt") {
            out += '<';
        } else if (ent == "gt") {
            out += '>';
        } else if (ent == "amp") {
            out += '&';
        } else if (ent == "quot") {
            out += '"';
        } else if (ent == "apos") {
            out += '\'';
        } else if (ent.size() > 1 && ent[0] == '#') {
            const bool hex = ent[1] == 'x' || ent[1] == 'X';
            const auto digits = ent.substr(hex ? 2 : 1);
            std::uint32_t cp = 0;
            auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
            if (ec != std::errc() || p != digits.data() + digits.size() || !isXmlChar(cp)) {
                return false;
            }
            appendUtf8(out, cp);
        } else {
            return false;
        }
        i = semi + 1;
    }
    return true;
}

Token Scanner::fail(std::string why) {
    m_error = std::move(why) + " at offset " + std::to_string(m_pos);
    m_pos = m_in.size();
    Token t;
    t.type = TokenType::Error;
    return t;
}

bool Scanner::skipPast(std::string_view terminator) {
    const auto at = m_in.find(terminator, m_pos);
    if (at == std::string_view::npos) {
        return false;
    }
    m_pos = at + terminator.size();
    return true;
}

void Scanner::skipSpace() {
    while (m_pos < m_in.size() && isSpace(m_in[m_pos])) {
        ++m_pos;
    }
}

std::string_view Scanner::readName() {
    const auto start = m_pos;
    while (m_pos < m_in.size() && isNameChar(m_in[m_pos])) {
        ++m_pos;
    }
    return m_in.substr(start, m_pos - start);
}

Token Scanner::next() {
    // Comments and processing instructions are skipped in a loop, not by recursion: a long run
    // of them must not grow the stack.
    while (true) {
        if (!m_error.empty() || m_pos >= m_in.size()) {
            return Token{};
        }
        if (m_in.substr(m_pos).starts_with("<!--")) {
            if (!skipPast("-->")) {
                return fail("unterminated comment");
            }
            continue;
        }
        if (m_in.substr(m_pos).starts_with("<?")) {
            if (!skipPast("?>")) {
                return fail("unterminated processing instruction");
            }
            continue;
        }
        break;
    }
    Token t;
    t.begin = m_pos;
    if (m_in[m_pos] != '<') {
        const auto lt = m_in.find('<', m_pos);
        const auto stop = lt == std::string_view::npos ? m_in.size() : lt;
        t.type = TokenType::Text;
        t.text = m_in.substr(m_pos, stop - m_pos);
        m_pos = stop;
        t.end = m_pos;
        return t;
    }
    const auto rest = m_in.substr(m_pos);
    if (rest.starts_with("<![CDATA[")) {
        const auto start = m_pos + 9;
        if (!skipPast("]]>")) {
            return fail("unterminated CDATA section");
        }
        t.type = TokenType::Text;
        t.cdata = true;
        t.text = m_in.substr(start, m_pos - 3 - start);
        t.end = m_pos;
        return t;
    }
    if (rest.starts_with("<!")) {
        return fail("DOCTYPE and entity declarations are not accepted");
    }
    ++m_pos;
    if (m_pos < m_in.size() && m_in[m_pos] == '/') {
        ++m_pos;
        const auto name = readName();
        skipSpace();
        if (name.empty() || m_pos >= m_in.size() || m_in[m_pos] != '>') {
            return fail("malformed end tag");
        }
        ++m_pos;
        t.type = TokenType::EndTag;
        t.name = localName(name);
        t.end = m_pos;
        return t;
    }
    const auto name = readName();
    if (name.empty()) {
        return fail("malformed start tag");
    }
    m_attrs.clear();
    while (true) {
        skipSpace();
        if (m_pos >= m_in.size()) {
            return fail("unterminated start tag");
        }
        const char c = m_in[m_pos];
        if (c == '>') {
            ++m_pos;
            break;
        }
        if (c == '/') {
            if (m_pos + 1 >= m_in.size() || m_in[m_pos + 1] != '>') {
                return fail("malformed empty-element tag");
            }
            m_pos += 2;
            t.selfClosing = true;
            break;
        }
        const auto attrName = readName();
        skipSpace();
        if (attrName.empty() || m_pos >= m_in.size() || m_in[m_pos] != '=') {
            return fail("malformed attribute");
        }
        ++m_pos;
        skipSpace();
        if (m_pos >= m_in.size() || (m_in[m_pos] != '"' && m_in[m_pos] != '\'')) {
            return fail("attribute value without quotes");
        }
        const char quote = m_in[m_pos++];
        const auto close = m_in.find(quote, m_pos);
        if (close == std::string_view::npos) {
            return fail("unterminated attribute value");
        }
        if (m_attrs.size() >= 64) {
            return fail("too many attributes");
        }
        m_attrs.push_back({localName(attrName), m_in.substr(m_pos, close - m_pos)});
        m_pos = close + 1;
    }
    t.type = TokenType::StartTag;
    t.name = localName(name);
    t.end = m_pos;
    return t;
}

} // namespace ipsecdoctor::xml
