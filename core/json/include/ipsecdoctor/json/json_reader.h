#pragma once
// Reading untrusted JSON into the model without exceptions: each accessor checks the type,
// and the first problem is kept with its path ("services[2].state") for a clear error.

#include "ipsecdoctor/util/expected.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ipsecdoctor {
struct MachineInfo;
}

namespace ipsecdoctor::json_detail {

class Reader {
public:
    /// Records the first failure only: later ones are usually consequences of it.
    void fail(const std::string& path, std::string_view what) {
        if (!m_error) {
            m_error = path + ": " + std::string(what);
        }
    }
    bool ok() const { return !m_error.has_value(); }
    Error error() const { return Error::make(ErrorCode::Malformed, m_error.value_or("invalid JSON")); }

    const nlohmann::json* member(const nlohmann::json& obj, const std::string& path, const char* key,
                                 bool required) {
        if (!obj.is_object()) {
            fail(path, "expected an object");
            return nullptr;
        }
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) {
                fail(path + "." + key, "missing");
            }
            return nullptr;
        }
        return &*it;
    }

    std::string string(const nlohmann::json& obj, const std::string& path, const char* key,
                       bool required = true) {
        const auto* v = member(obj, path, key, required);
        if (!v) {
            return {};
        }
        if (!v->is_string()) {
            fail(path + "." + key, "expected a string");
            return {};
        }
        return v->get<std::string>();
    }

    bool boolean(const nlohmann::json& obj, const std::string& path, const char* key, bool fallback = false) {
        const auto* v = member(obj, path, key, false);
        if (!v) {
            return fallback;
        }
        if (!v->is_boolean()) {
            fail(path + "." + key, "expected true or false");
            return fallback;
        }
        return v->get<bool>();
    }

    /// true, false, or null/absent (nullopt): a fact that may be unknown.
    std::optional<bool> optionalBoolean(const nlohmann::json& obj, const std::string& path, const char* key) {
        const auto* v = member(obj, path, key, false);
        if (!v || v->is_null()) {
            return std::nullopt;
        }
        if (!v->is_boolean()) {
            fail(path + "." + key, "expected true, false or null");
            return std::nullopt;
        }
        return v->get<bool>();
    }

    std::int64_t integer(const nlohmann::json& obj, const std::string& path, const char* key,
                         std::int64_t min, std::int64_t max, bool required = false) {
        const auto* v = member(obj, path, key, required);
        if (!v) {
            return 0;
        }
        if (!v->is_number_integer()) {
            fail(path + "." + key, "expected an integer");
            return 0;
        }
        const auto value = v->is_number_unsigned()
                               ? static_cast<std::int64_t>(std::min<std::uint64_t>(
                                     v->get<std::uint64_t>(), static_cast<std::uint64_t>(INT64_MAX)))
                               : v->get<std::int64_t>();
        if (value < min || value > max) {
            fail(path + "." + key, "out of range");
            return 0;
        }
        return value;
    }

    /// Maps an enum id through `parse`; an unknown id is an error, not a default.
    template <class E, class Parse>
    E enumeration(const nlohmann::json& obj, const std::string& path, const char* key, Parse parse,
                  E fallback) {
        const auto id = string(obj, path, key);
        if (!ok()) {
            return fallback;
        }
        std::optional<E> value = parse(id);
        if (!value) {
            fail(path + "." + key, "unknown value '" + id + "'");
            return fallback;
        }
        return *value;
    }

    const nlohmann::json* array(const nlohmann::json& obj, const std::string& path, const char* key,
                                bool required = false) {
        const auto* v = member(obj, path, key, required);
        if (v && !v->is_array()) {
            fail(path + "." + key, "expected an array");
            return nullptr;
        }
        return v;
    }

private:
    std::optional<std::string> m_error;
};

/// The "machine" object shared by snapshots and bundle manifests.
nlohmann::json machineToJson(const MachineInfo& m);
MachineInfo machineFromJson(Reader& r, const nlohmann::json& obj, const std::string& path);

} // namespace ipsecdoctor::json_detail
