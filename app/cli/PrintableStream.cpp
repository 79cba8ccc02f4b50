#include "PrintableStream.h"

#include "ipsecdoctor/util/utf8.h"

namespace ipsecdoctor::app {

PrintableStream::PrintableStream(std::ostream& target) : m_buffer(target), m_stream(&m_buffer) {}

PrintableStream::~PrintableStream() {
    m_buffer.flushLine();
}

void PrintableStream::LineBuffer::flushLine() {
    // Whole lines only: a UTF-8 sequence never spans two of them, so nothing valid is cut.
    if (!m_line.empty()) {
        m_target << printable(m_line, /*keepLineBreaks=*/true);
        m_line.clear();
    }
    m_target.flush();
}

PrintableStream::LineBuffer::int_type PrintableStream::LineBuffer::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof())) {
        return traits_type::not_eof(c);
    }
    m_line += traits_type::to_char_type(c);
    if (m_line.back() == '\n') {
        flushLine();
    }
    return c;
}

std::streamsize PrintableStream::LineBuffer::xsputn(const char* s, std::streamsize n) {
    for (std::streamsize i = 0; i < n; ++i) {
        overflow(traits_type::to_int_type(s[i]));
    }
    return n;
}

int PrintableStream::LineBuffer::sync() {
    // An explicit flush (std::flush, std::endl) writes what is pending, even mid-line.
    flushLine();
    return 0;
}

} // namespace ipsecdoctor::app
