// parseJson: JSON from elsewhere (bundles, journals, the helper's result) into a DOM, within limits.
#include "ipsecdoctor/json/model_json.h"

#include <optional>

namespace ipsecdoctor {

using nlohmann::json;

namespace {

/// A lower bound of the values in `text`, from a plain byte scan: every value but the first
/// follows a comma or opens a container, so a document with n commas outside strings holds more
/// than n values. It refuses "[0,0,0,...]" at memory speed, before the slower SAX pass.
std::size_t commasOutsideStrings(std::string_view text) {
    std::size_t commas = 0;
    bool inString = false;
    bool escaped = false;
    for (char c : text) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == ',') {
            ++commas;
        }
    }
    return commas;
}

Error tooManyValues(const JsonLimits& limits) {
    return Error::make(ErrorCode::TooLarge,
                       "JSON holds more than " + std::to_string(limits.maxValues) + " values");
}

/// The first pass: nlohmann's SAX parser (iterative, so deep nesting cannot exhaust the stack)
/// counting values, depth and string sizes, and stopping at the first limit passed.
class LimitCounter : public nlohmann::json_sax<json> {
public:
    explicit LimitCounter(const JsonLimits& limits) : m_limits(limits) {}

    std::optional<Error> problem;

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t& s) override { return text(s) && value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override { return open(); }
    bool key(string_t& s) override { return text(s); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        problem = Error::make(ErrorCode::Malformed, "not valid JSON");
        return false;
    }

private:
    bool fail(ErrorCode code, std::string why) {
        problem = Error::make(code, std::move(why));
        return false;
    }
    bool value() {
        if (++m_values > m_limits.maxValues) {
            problem = tooManyValues(m_limits);
            return false;
        }
        return true;
    }
    bool text(const string_t& s) {
        if (s.size() > m_limits.maxStringBytes) {
            return fail(ErrorCode::TooLarge, "JSON holds a string of " + std::to_string(s.size()) +
                                                 " bytes; the limit is " +
                                                 std::to_string(m_limits.maxStringBytes));
        }
        return true;
    }
    bool open() {
        if (++m_depth > m_limits.maxDepth) {
            return fail(ErrorCode::Malformed,
                        "JSON nested deeper than " + std::to_string(m_limits.maxDepth) + " levels");
        }
        return value();
    }
    bool close() {
        --m_depth;
        return true;
    }

    const JsonLimits& m_limits;
    std::size_t m_values = 0;
    std::size_t m_depth = 0;
};

} // namespace

Expected<json> parseJson(std::string_view text, const JsonLimits& limits) {
    if (text.size() > limits.maxBytes) {
        return Error::make(ErrorCode::TooLarge, "JSON document of " + std::to_string(text.size()) +
                                                    " bytes; the limit is " +
                                                    std::to_string(limits.maxBytes));
    }
    if (commasOutsideStrings(text) >= limits.maxValues) {
        return tooManyValues(limits);
    }
    LimitCounter counter(limits);
    if (!json::sax_parse(text.begin(), text.end(), &counter)) {
        return counter.problem.value_or(Error::make(ErrorCode::Malformed, "not valid JSON"));
    }
    json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
        return Error::make(ErrorCode::Malformed, "not valid JSON");
    }
    return j;
}

} // namespace ipsecdoctor
