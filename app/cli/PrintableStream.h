#pragma once
// An ostream that hands each line to another stream through printable(): the CLI's text output
// carries strings from bundles, event logs and phonebooks, and a control character among them
// (ESC, CR, a bidi override) would let that file clear the terminal, rewrite a line ("all checks
// passed") or set the window title. Lines keep their LF and tabs; the rest is shown escaped.

#include <ostream>
#include <streambuf>
#include <string>

namespace ipsecdoctor::app {

class PrintableStream {
public:
    explicit PrintableStream(std::ostream& target);
    ~PrintableStream(); // writes out a last line without LF
    PrintableStream(const PrintableStream&) = delete;
    PrintableStream& operator=(const PrintableStream&) = delete;

    std::ostream& stream() { return m_stream; }

private:
    class LineBuffer : public std::streambuf {
    public:
        explicit LineBuffer(std::ostream& target) : m_target(target) {}
        void flushLine();

    protected:
        int_type overflow(int_type c) override;
        std::streamsize xsputn(const char* s, std::streamsize n) override;
        int sync() override;

    private:
        std::ostream& m_target;
        std::string m_line;
    };

    LineBuffer m_buffer;
    std::ostream m_stream;
};

} // namespace ipsecdoctor::app
