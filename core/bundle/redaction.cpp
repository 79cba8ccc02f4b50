#include "ipsecdoctor/bundle/redaction.h"

#include "ipsecdoctor/util/utf16_text.h"
#include "secret_words.h"

#include <algorithm>

namespace ipsecdoctor {
namespace {

constexpr std::string_view kRedacted = "[redacted]";
constexpr std::size_t kMaxKeyLength = 48;

bool isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.';
}
bool isSpace(char c) {
    return c == ' ' || c == '\t';
}
bool isQuote(char c) {
    return c == '"' || c == '\'';
}
bool endsAuthority(char c) {
    return std::string_view("/?#\"'<>").find(c) != std::string_view::npos;
}

/// The key of "key = value", "key: value", "\"key\": \"value\"" ending before `sep`: name
/// characters and single spaces ("pre-shared key", "MPPE Send key").
std::string_view keyBefore(std::string_view line, std::size_t sep) {
    std::size_t end = sep;
    while (end > 0 && isSpace(line[end - 1])) {
        --end;
    }
    if (end > 0 && isQuote(line[end - 1])) {
        --end;
    }
    std::size_t start = end;
    while (start > 0 && end - start < kMaxKeyLength &&
           (isNameChar(line[start - 1]) ||
            (line[start - 1] == ' ' && start >= 2 && isNameChar(line[start - 2])))) {
        --start;
    }
    return line.substr(start, end - start);
}

/// The quote closing a string that `open` starts (its quote, or `quote` after `open`);
/// backslash escapes skipped in double-quoted strings; npos when unclosed.
std::size_t closingQuote(std::string_view line, std::size_t open, char quote = 0) {
    quote = quote != 0 ? quote : line[open];
    for (std::size_t k = open + 1; k < line.size(); ++k) {
        if (line[k] == '\\' && quote == '"') {
            ++k;
        } else if (line[k] == quote) {
            return k;
        }
    }
    return std::string_view::npos;
}

/// What names the content of the element whose start tag ends at `gt`: the element
/// ("<Password>") or a quoted attribute value just before it ("<Data Name='Password'>").
std::string_view xmlNameBefore(std::string_view line, std::size_t gt) {
    if (gt == 0 || line[gt - 1] == '/') {
        return {};
    }
    if (isQuote(line[gt - 1])) {
        if (gt < 2) {
            return {};
        }
        const auto open = line.rfind(line[gt - 1], gt - 2);
        if (open == std::string_view::npos || open == 0 || line[open - 1] != '=') {
            return {};
        }
        return line.substr(open + 1, gt - 2 - open);
    }
    std::size_t start = gt;
    while (start > 0 && isNameChar(line[start - 1])) {
        --start;
    }
    if (start == 0 || line[start - 1] != '<' || start == gt) {
        return {};
    }
    return line.substr(start, gt - start);
}

class LineRedactor {
public:
    /// One line without its end. `inElement`: a secret XML element is open from a previous line.
    std::string redact(std::string_view line, bool& inElement) {
        m_line = line;
        m_out.clear();
        m_copied = 0;
        m_quoteScan = 0;
        m_quote = 0;
        std::size_t i = 0;
        if (inElement) {
            i = hideElementContent(0, inElement);
        }
        while (i < m_line.size()) {
            const char c = m_line[i];
            if (c == ':' && m_line.substr(i).starts_with("://")) {
                i = hideUrlPassword(i + 3);
            } else if ((c == '=' || c == ':') &&
                       namesSecretValue(keyBefore(m_line, i), m_line.substr(i + 1))) {
                i = hideValue(i + 1);
            } else if (c == '>' && isSecretElement(i)) {
                i = hideElementContent(i + 1, inElement);
            } else if (c == '-' && (i == 0 || isSpace(m_line[i - 1]))) {
                i = hideOptionValue(i);
            } else {
                ++i;
            }
        }
        m_out += m_line.substr(m_copied);
        return m_out;
    }

private:
    void replace(std::size_t from, std::size_t to, std::string_view with) {
        m_out += m_line.substr(m_copied, from - m_copied);
        m_out += with;
        m_copied = to;
    }

    /// A value after '=' / ':' at `from`: a quoted value up to its quote; anything else to the end
    /// of the line (a password may hold spaces), of the quoted string or attribute the key is in
    /// ("detail": "password=x", Value='psk=x'), or of the XML text it is in (<Data>psk=x</Data>),
    /// so that the JSON or XML around it stays well-formed.
    std::size_t hideValue(std::size_t from) {
        std::size_t j = from;
        while (j < m_line.size() && isSpace(m_line[j])) {
            ++j;
        }
        if (j < m_line.size() && isQuote(m_line[j])) {
            const auto close = closingQuote(m_line, j);
            if (close != std::string_view::npos) {
                replace(j + 1, close, kRedacted);
                return close + 1;
            }
        }
        std::size_t end = std::min(m_line.size(), m_line.find("</", from));
        if (const char quote = enclosingQuote(from - 1)) { // the separator's string, not the key's
            end = std::min(end, closingQuote(m_line, from - 1, quote));
        }
        replace(from, end, std::string(" ") + std::string(kRedacted));
        return end;
    }

    /// The quote of the JSON string or XML attribute value that position `at` is inside, or 0.
    /// Positions only grow along a line: the scan goes on from where it stopped.
    char enclosingQuote(std::size_t at) {
        for (; m_quoteScan < at; ++m_quoteScan) {
            const char c = m_line[m_quoteScan];
            if (m_quote == '"' && c == '\\') {
                ++m_quoteScan;
            } else if (m_quote != 0) {
                m_quote = c == m_quote ? 0 : m_quote;
            } else if (c == '"' || (c == '\'' && m_quoteScan > 0 && m_line[m_quoteScan - 1] == '=')) {
                m_quote = c;
            }
        }
        return m_quote;
    }

    bool isSecretElement(std::size_t gt) {
        const auto name = xmlNameBefore(m_line, gt);
        return !name.empty() && namesSecretValue(name, m_line.substr(gt + 1));
    }

    std::size_t hideElementContent(std::size_t from, bool& inElement) {
        const auto lt = m_line.find('<', from);
        inElement = lt == std::string_view::npos;
        const std::size_t end = inElement ? m_line.size() : lt;
        if (end > from) {
            replace(from, end, kRedacted);
        }
        return end;
    }

    /// scheme://user:password@host: the password goes, the user stays.
    std::size_t hideUrlPassword(std::size_t authority) {
        std::size_t end = authority;
        while (end < m_line.size() && !isSpace(m_line[end]) && !endsAuthority(m_line[end])) {
            ++end;
        }
        const auto found = m_line.substr(authority, end - authority).rfind('@');
        if (found == std::string_view::npos) {
            return end;
        }
        const auto at = authority + found;
        const auto colon = m_line.substr(0, at).find(':', authority);
        if (colon != std::string_view::npos) {
            replace(colon + 1, at, kRedacted);
        }
        return at + 1;
    }

    /// "--password x", "-psk x": the next word after an option that names a secret.
    std::size_t hideOptionValue(std::size_t dash) {
        std::size_t start = dash;
        while (start < m_line.size() && m_line[start] == '-') {
            ++start;
        }
        std::size_t end = start;
        while (end < m_line.size() && isNameChar(m_line[end])) {
            ++end;
        }
        std::size_t value = end;
        while (value < m_line.size() && isSpace(m_line[value])) {
            ++value;
        }
        if (end == start || value == end || value >= m_line.size() || m_line[value] == '-' ||
            !namesSecretValue(m_line.substr(start, end - start), m_line.substr(value))) {
            return end == dash ? dash + 1 : end;
        }
        std::size_t valueEnd = value;
        if (isQuote(m_line[value])) {
            const auto close = closingQuote(m_line, value);
            valueEnd = close == std::string_view::npos ? m_line.size() : close + 1;
        } else {
            while (valueEnd < m_line.size() && !isSpace(m_line[valueEnd])) {
                ++valueEnd;
            }
        }
        replace(value, valueEnd, kRedacted);
        return valueEnd;
    }

    std::string_view m_line;
    std::string m_out;
    std::size_t m_copied = 0;
    std::size_t m_quoteScan = 0; // enclosingQuote: scanned up to here
    char m_quote = 0;
};

} // namespace

std::string redactSecrets(std::string_view input) {
    const std::string text = normalizeUtf16(input);
    std::string out;
    out.reserve(text.size());
    bool inPrivateKey = false;
    bool inElement = false;
    LineRedactor redactor;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t eol = text.find('\n', pos);
        const std::size_t next = eol == std::string::npos ? text.size() : eol + 1;
        std::string_view line(text.data() + pos, next - pos);
        pos = next;
        if (inPrivateKey) {
            inPrivateKey = line.find("-----END") == std::string_view::npos;
            continue;
        }
        if (line.find("-----BEGIN") != std::string_view::npos &&
            line.find("PRIVATE KEY") != std::string_view::npos) {
            out += "[private key redacted]\n";
            inPrivateKey = line.find("-----END") == std::string_view::npos;
            continue;
        }
        std::string_view ending;
        if (line.ends_with("\r\n")) {
            ending = "\r\n";
        } else if (line.ends_with("\n")) {
            ending = "\n";
        }
        out += redactor.redact(line.substr(0, line.size() - ending.size()), inElement);
        out += ending;
    }
    return out;
}

} // namespace ipsecdoctor
