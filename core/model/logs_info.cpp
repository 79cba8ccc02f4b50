#include "ipsecdoctor/model/logs_info.h"

namespace ipsecdoctor {

const std::string* EventRecord::field(std::string_view name) const {
    for (const auto& f : data) {
        if (f.name == name) {
            return &f.value;
        }
    }
    return nullptr;
}

const std::string* EventRecord::positional(std::size_t index) const {
    return index < data.size() ? &data[index].value : nullptr;
}

} // namespace ipsecdoctor
