#include "ipsecdoctor/util/file_io.h"

#include <fstream>
#include <random>
#include <system_error>

namespace ipsecdoctor {

namespace fs = std::filesystem;

Expected<std::string> readFile(const fs::path& path, std::uintmax_t maxBytes) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) {
        return Error::make(ec == std::errc::no_such_file_or_directory ? ErrorCode::NotFound : ErrorCode::Io,
                           "cannot read '" + path.string() + "': " + ec.message());
    }
    if (size > maxBytes) {
        return Error::make(ErrorCode::TooLarge, "'" + path.string() + "' is " + std::to_string(size) +
                                                    " bytes, more than the " + std::to_string(maxBytes) +
                                                    " allowed");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Error::make(ErrorCode::Io, "cannot open '" + path.string() + "'");
    }
    std::string data(static_cast<std::size_t>(size), '\0');
    in.read(data.data(), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size)) {
        return Error::make(ErrorCode::Io, "short read on '" + path.string() + "'");
    }
    return data;
}

Expected<void> writeFileAtomic(const fs::path& path, std::string_view data) {
    std::error_code ec;
    if (path.has_parent_path()) {
        fs::create_directories(path.parent_path(), ec);
        if (ec) {
            return Error::make(ErrorCode::Io,
                               "cannot create '" + path.parent_path().string() + "': " + ec.message());
        }
    }
    std::random_device rd;
    fs::path tmp = path;
    tmp += ".tmp-" + std::to_string(rd());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) {
            return Error::make(ErrorCode::Io, "cannot create '" + tmp.string() + "'");
        }
        out.write(data.data(), static_cast<std::streamsize>(data.size()));
        out.flush();
        if (!out) {
            out.close();
            fs::remove(tmp, ec);
            return Error::make(ErrorCode::Io, "cannot write '" + tmp.string() + "'");
        }
    }
    auto replaced = atomicReplace(tmp, path);
    if (!replaced) {
        fs::remove(tmp, ec);
    }
    return replaced;
}

} // namespace ipsecdoctor
